import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ImportFase, ImportMelding, ImportModus, ImportStatus } from '@sluitend/contracts';

/**
 * A CSV upload of dossiers, processed in the background: its progress and result. Holds no row contents — only
 * counts and, per rejected row, the line, column, field and rule (never the cell's value). The CSV itself is kept in
 * the memory of the process that runs the job, never here.
 */
@Entity({ name: 'dossier_import' })
export class DossierImport {
  @PrimaryColumn('uuid')
  id!: string;

  /** The school that uploaded; only it may read the job. */
  @Column({ type: 'text' })
  brin!: string;

  @Column({ name: 'ingediend_door', type: 'text' })
  ingediendDoor!: string;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ type: 'text' })
  modus!: ImportModus;

  @Column({ type: 'text' })
  status!: ImportStatus;

  @Column({ type: 'text', nullable: true })
  fase!: ImportFase | null;

  @Column({ type: 'integer' })
  totaal!: number;

  @Column({ type: 'integer', default: 0 })
  gevalideerd!: number;

  @Column({ type: 'integer', default: 0 })
  verwerkt!: number;

  @Column({ type: 'integer', default: 0 })
  aangemaakt!: number;

  @Column({ type: 'integer', default: 0 })
  bijgewerkt!: number;

  @Column({ type: 'integer', default: 0 })
  ongewijzigd!: number;

  /** Rows with at least one problem. */
  @Column({ type: 'integer', default: 0 })
  fouten!: number;

  /** The first MAX_MELDINGEN problems, in line order. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  meldingen!: ImportMelding[];

  @Column({ name: 'meldingen_totaal', type: 'integer', default: 0 })
  meldingenTotaal!: number;

  @Column({ type: 'text', nullable: true })
  reden!: string | null;

  @Column({ name: 'ontvangen_op', type: 'timestamptz' })
  ontvangenOp!: Date;

  @Column({ name: 'gestart_op', type: 'timestamptz', nullable: true })
  gestartOp!: Date | null;

  @Column({ name: 'klaar_op', type: 'timestamptz', nullable: true })
  klaarOp!: Date | null;

  /** Database time of the running process's last sign of life; a stale one means the job was interrupted. */
  @Column({ name: 'hartslag_op', type: 'timestamptz' })
  hartslagOp!: Date;
}
