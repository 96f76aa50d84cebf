import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AanmeldingStatus } from '@sluitend/contracts';

/** An aanmelding of a student at an mbo institution for a programme, with its current status. */
@Entity({ name: 'aanmelding' })
export class Aanmelding {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'jongere_id', type: 'text' })
  jongereId!: string;

  @Column({ type: 'text' })
  schooljaar!: string;

  @Column({ name: 'mbo_brin', type: 'text' })
  mboBrin!: string;

  @Column({ type: 'text' })
  locatie!: string;

  @Column({ type: 'text' })
  crebo!: string;

  @Column({ type: 'integer' })
  niveau!: number;

  @Column({ type: 'date' })
  startdatum!: string;

  @Column({ type: 'text' })
  status!: AanmeldingStatus;

  @Column({ name: 'aangemeld_op', type: 'timestamptz' })
  aangemeldOp!: Date;

  /** When Sluitend actually received the aanmelding (the mbo may date `aangemeldOp` back a bounded number of days). */
  @Column({ name: 'geregistreerd_op', type: 'timestamptz' })
  geregistreerdOp!: Date;

  /** Aangemeld on or before the end of 1 April (Europe/Amsterdam): the student has toelatingsrecht. */
  @Column({ name: 'op_tijd', type: 'boolean' })
  opTijd!: boolean;

  @Column({ name: 'gewijzigd_op', type: 'timestamptz' })
  gewijzigdOp!: Date;
}
