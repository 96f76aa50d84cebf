import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Dossier } from './dossier.entity';

export type DossierVersieRij = { dossierId: string; versie: number; inhoud: string; inhoudHash: string; ingediendDoor: string; ingediendOp: Date };

type DossierRow = {
  id: string;
  jongere_id: string;
  schooljaar: string;
  vestiging: string;
  versie: number;
  inhoud_hash: string;
  ingediend_op: Date;
};

/**
 * Set-based SQL for dossiers (one statement per batch, arrays as parameters), inside the caller's transaction.
 * Bulk submissions of thousands of dossiers make per-row ORM statements the bottleneck; the tables live in the
 * service's schema, which is the connection's search_path.
 */
@Injectable()
export class DossierRepository {
  /** The current dossiers of these students in a schooljaar, locked until the transaction ends. */
  async lockExisting(manager: EntityManager, schooljaar: string, jongereIds: string[]): Promise<DossierRow[]> {
    return manager.query(
      `SELECT id, jongere_id, schooljaar, vestiging, versie, inhoud_hash, ingediend_op
       FROM dossier WHERE schooljaar = $1 AND jongere_id = ANY($2::text[]) FOR UPDATE`,
      [schooljaar, jongereIds],
    );
  }

  async insert(manager: EntityManager, dossiers: Dossier[]): Promise<void> {
    if (dossiers.length === 0) return;
    await manager.query(
      `INSERT INTO dossier (id, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, versie,
                            persoonsnummer_versleuteld, inhoud, inhoud_hash, ingediend_op, bijgewerkt_op)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
                            $9::text[], $10::jsonb[], $11::text[], $12::timestamptz[], $12::timestamptz[])`,
      this.columns(dossiers),
    );
  }

  async update(manager: EntityManager, dossiers: Dossier[]): Promise<void> {
    if (dossiers.length === 0) return;
    await manager.query(
      `UPDATE dossier AS d SET brin = u.brin, vestiging = u.vestiging, woongemeente = u.woongemeente, rmc_regio = u.rmc_regio,
              versie = u.versie, persoonsnummer_versleuteld = u.pn, inhoud = u.inhoud, inhoud_hash = u.hash, bijgewerkt_op = u.op
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
                   $9::text[], $10::jsonb[], $11::text[], $12::timestamptz[])
            AS u(id, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, versie, pn, inhoud, hash, op)
       WHERE d.id = u.id`,
      this.columns(dossiers),
    );
  }

  async insertVersies(manager: EntityManager, rows: DossierVersieRij[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO dossier_versie (dossier_id, versie, inhoud, inhoud_hash, ingediend_door, ingediend_op)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::jsonb[], $4::text[], $5::text[], $6::timestamptz[])`,
      [
        rows.map((row) => row.dossierId),
        rows.map((row) => row.versie),
        rows.map((row) => row.inhoud),
        rows.map((row) => row.inhoudHash),
        rows.map((row) => row.ingediendDoor),
        rows.map((row) => row.ingediendOp),
      ],
    );
  }

  private columns(dossiers: Dossier[]): unknown[] {
    return [
      dossiers.map((d) => d.id),
      dossiers.map((d) => d.jongereId),
      dossiers.map((d) => d.schooljaar),
      dossiers.map((d) => d.brin),
      dossiers.map((d) => d.vestiging),
      dossiers.map((d) => d.woongemeente),
      dossiers.map((d) => d.rmcRegio),
      dossiers.map((d) => d.versie),
      dossiers.map((d) => d.persoonsnummerVersleuteld),
      dossiers.map((d) => JSON.stringify(d.inhoud)),
      dossiers.map((d) => d.inhoudHash),
      dossiers.map((d) => d.bijgewerktOp),
    ];
  }
}
