import { Column, Entity, PrimaryColumn } from 'typeorm';

/** rapportage's read model of a dossier: codes and categories only, enough to count and group. */
@Entity({ name: 'dossier_projectie' })
export class DossierProjectie {
  @PrimaryColumn({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'integer' })
  versie!: number;

  @Column({ type: 'text' })
  schooljaar!: string;

  @Column({ type: 'text' })
  brin!: string;

  @Column({ type: 'text' })
  vestiging!: string;

  @Column({ type: 'text' })
  woongemeente!: string;

  @Column({ name: 'rmc_regio', type: 'text', nullable: true })
  rmcRegio!: string | null;

  @Column({ type: 'text' })
  onderwijstype!: string;

  @Column({ type: 'text' })
  bestemming!: string;

  /** When overstap recorded the submission (the event's occurredAt). */
  @Column({ name: 'ingediend_op', type: 'timestamptz' })
  ingediendOp!: Date;

  /** When this projection applied it: with ingediend_op it gives the submit → projected latency. */
  @Column({ name: 'geprojecteerd_op', type: 'timestamptz' })
  geprojecteerdOp!: Date;
}
