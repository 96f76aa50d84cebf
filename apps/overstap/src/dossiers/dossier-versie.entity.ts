import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every version a dossier had: changes keep their history (who submitted what, when). */
@Entity({ name: 'dossier_versie' })
export class DossierVersie {
  @PrimaryColumn({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @PrimaryColumn({ type: 'integer' })
  versie!: number;

  @Column({ type: 'jsonb' })
  inhoud!: Record<string, unknown>;

  @Column({ name: 'inhoud_hash', type: 'text' })
  inhoudHash!: string;

  @Column({ name: 'ingediend_door', type: 'text' })
  ingediendDoor!: string;

  @Column({ name: 'ingediend_op', type: 'timestamptz' })
  ingediendOp!: Date;
}
