import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An inschrijving of a student at an mbo, and how it ended. */
@Entity({ name: 'inschrijving' })
export class Inschrijving {
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

  @Column({ name: 'ingeschreven_per', type: 'date' })
  ingeschrevenPer!: string;

  @Column({ name: 'uitgeschreven_per', type: 'date', nullable: true })
  uitgeschrevenPer!: string | null;

  @Column({ type: 'integer', nullable: true })
  uitschrijfreden!: number | null;

  /** The woongemeente the mbo gave (on the inschrijving or its uitschrijving); null when it gave none. */
  @Column({ type: 'text', nullable: true })
  woongemeente!: string | null;

  @Column({ type: 'text' })
  status!: 'ingeschreven' | 'uitgeschreven' | 'geswitcht';

  @Column({ name: 'geregistreerd_op', type: 'timestamptz' })
  geregistreerdOp!: Date;
}
