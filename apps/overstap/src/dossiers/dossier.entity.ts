import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * The current version of a student's digitaal doorstroomdossier for one schooljaar. The BSN is stored only
 * encrypted (the mbo needs it for inschrijving); everything else refers to the pseudonymous jongereId.
 */
@Entity({ name: 'dossier' })
@Unique('dossier_jongere_schooljaar_uq', ['jongereId', 'schooljaar'])
export class Dossier {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'jongere_id', type: 'text' })
  jongereId!: string;

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

  @Column({ type: 'integer' })
  versie!: number;

  @Column({ name: 'persoonsnummer_versleuteld', type: 'text' })
  persoonsnummerVersleuteld!: string;

  /** The dossier's content without the persoonsnummer. */
  @Column({ type: 'jsonb' })
  inhoud!: Record<string, unknown>;

  @Column({ name: 'inhoud_hash', type: 'text' })
  inhoudHash!: string;

  @CreateDateColumn({ name: 'ingediend_op', type: 'timestamptz' })
  ingediendOp!: Date;

  @UpdateDateColumn({ name: 'bijgewerkt_op', type: 'timestamptz' })
  bijgewerktOp!: Date;
}
