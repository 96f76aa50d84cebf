import { Injectable } from '@nestjs/common';
import { assertActsFor, Claims } from '@sluitend/auth';
import type { DossierImportView } from '@sluitend/contracts';
import { DossierImport } from '../../database/dossier-import.entity';
import { DossierImportsRepository } from '../../database/dossier-imports.repository';
import { DossierFout } from '../../domain/dossiers.errors';
import { DOSSIER_ROLLEN } from '../../domain/dossier-rollen';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type BekijkDossierImportQuery = { input: { jobId: string }; actor: Claims };

/** An import job's progress and result, for the school that uploaded it only: anyone else finds nothing. */
@Injectable()
export class BekijkDossierImport {
  constructor(private readonly jobs: DossierImportsRepository) {}

  async execute({ input, actor }: BekijkDossierImportQuery): Promise<DossierImportView> {
    const job = UUID.test(input.jobId) ? await this.jobs.vind(input.jobId) : null;
    // Another organisation learns nothing, not even that the job exists.
    if (!job || actor.org.type !== 'vo-school' || actor.org.code !== job.brin) throw DossierFout.importNietGevonden();
    assertActsFor(actor, 'vo-school', job.brin, DOSSIER_ROLLEN);
    return toView(job);
  }
}

export function toView(job: DossierImport): DossierImportView {
  const iso = (datum: Date | null) => (datum ? new Date(datum).toISOString() : null);
  return {
    jobId: job.id,
    status: job.status,
    modus: job.modus,
    fase: job.fase,
    totaal: job.totaal,
    gevalideerd: job.gevalideerd,
    verwerkt: job.verwerkt,
    aangemaakt: job.aangemaakt,
    bijgewerkt: job.bijgewerkt,
    ongewijzigd: job.ongewijzigd,
    fouten: job.fouten,
    meldingen: job.meldingen.map(({ regel, kolom, field, rule, message }) => ({ regel, kolom, field, rule, message })),
    meldingenTotaal: job.meldingenTotaal,
    reden: job.reden,
    ontvangenOp: new Date(job.ontvangenOp).toISOString(),
    gestartOp: iso(job.gestartOp),
    klaarOp: iso(job.klaarOp),
  };
}
