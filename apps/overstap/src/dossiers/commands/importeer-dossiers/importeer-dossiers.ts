import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { assertActsFor, Claims } from '@sluitend/auth';
import type { DossierImportView, ImportModus } from '@sluitend/contracts';
import { Clock, CLOCK, normaliseBrin } from '@sluitend/domain-nl';
import { DossierImportsRepository } from '../../database/dossier-imports.repository';
import { DossierFout } from '../../domain/dossiers.errors';
import { DOSSIER_ROLLEN } from '../../domain/dossier-rollen';
import { toView } from '../../queries/dossier-import/dossier-import';
import { DossierCsvFout, KolomIndex, doorloopDossierCsv } from './dossier-csv';
import { DossierImportRunner } from './dossier-import.runner';

/** Lines named when rows of another school are refused; the count is exact. */
const MAX_SCOPE_MELDINGEN = 100;

export type ImporteerDossiersCommand = { input: { tekst: string; modus: ImportModus }; actor: Claims; correlationId: string };

/**
 * Use case: a VO school uploads a CSV of dossiers (one row per leaving student) as a job. The upload itself only
 * reads the file's structure and checks that every row is the school's own (else geen-toegang, nothing stored, no
 * job); the rows are validated and stored in the background (DossierImportRunner, through DienDossierIn).
 */
@Injectable()
export class ImporteerDossiers {
  constructor(
    private readonly jobs: DossierImportsRepository,
    private readonly runner: DossierImportRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: ImporteerDossiersCommand): Promise<DossierImportView> {
    assertActsFor(actor, 'vo-school', actor.org.code, DOSSIER_ROLLEN);
    const bytes = Buffer.byteLength(input.tekst);
    const ruimte = this.runner.ruimte(bytes);
    if (ruimte === 'vol') throw DossierFout.importWachtrijVol();
    if (ruimte === 'te-groot') throw DossierFout.importWachtrijTeGroot();
    const { kolommen, aantal } = await this.lees(input.tekst, actor);
    const job = await this.jobs.maak({
      id: randomUUID(),
      brin: actor.org.code,
      ingediendDoor: actor.sub,
      correlationId,
      modus: input.modus,
      totaal: aantal,
      ontvangenOp: this.clock.now(),
    });
    this.runner.plan({ id: job.id, modus: input.modus, actor, correlationId, bestand: { tekst: input.tekst, kolommen, aantal }, bytes });
    return toView(job);
  }

  /**
   * One pass over the file: its structure (CSV syntax, header, row count) and that every row is the school's own — an
   * empty BRIN is a row error for the validation. No row is kept: the runner reads the text again.
   */
  private async lees(tekst: string, actor: Claims): Promise<{ kolommen: string[]; aantal: number }> {
    const vreemd: number[] = [];
    let index: KolomIndex | undefined;
    let gelezen: { kolommen: string[]; aantal: number };
    try {
      gelezen = await doorloopDossierCsv(tekst, (rijen, kolommen) => {
        index ??= new KolomIndex(kolommen);
        for (const rij of rijen) {
          const brin = index.cel(rij, 'brin');
          if (brin !== undefined && (normaliseBrin(brin) ?? brin) !== actor.org.code) vreemd.push(rij.regel);
        }
      });
    } catch (error) {
      if (!(error instanceof DossierCsvFout)) throw error;
      if (error.code === 'csv.te-veel-rijen') throw DossierFout.bestandTeGroot(error.code, error.message);
      throw DossierFout.bestandOngeldig(error.code, error.message, error.meldingen);
    }
    if (vreemd.length > 0) throw DossierFout.bestandVanAndereSchool(actor.org.code, vreemd, MAX_SCOPE_MELDINGEN);
    return gelezen;
  }
}
