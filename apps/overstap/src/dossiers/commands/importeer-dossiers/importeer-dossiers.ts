import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Claims, assertActsFor } from '@sluitend/auth';
import { Clock, CLOCK, normaliseBrin } from '@sluitend/domain-nl';
import { DossierCsvFout, KolomIndex, doorloopDossierCsv } from './dossier-csv';
import { DossierImport, ImportModus } from './dossier-import.entity';
import { DossierImportJobs } from './dossier-import.jobs';
import { DossierImportRunner } from './dossier-import.runner';
import { DossierImportView } from './importeer-dossiers.dto';

const ROLLEN = ['schooladministratie', 'decaan', 'mentor'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Lines named in a 403; the count is exact. */
const MAX_SCOPE_MELDINGEN = 100;

/**
 * Use case: a VO school uploads a CSV of dossiers (one row per leaving student) as a job. The upload itself only
 * reads the file's structure and checks that every row is the school's own (else 403, nothing stored); the rows are
 * validated and stored in the background (DossierImportRunner). Read back: the job, to the same school only.
 */
@Injectable()
export class ImporteerDossiersService {
  constructor(
    private readonly jobs: DossierImportJobs,
    private readonly runner: DossierImportRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async ontvang(tekst: string, modus: ImportModus, user: Claims, correlationId: string): Promise<DossierImportView> {
    assertActsFor(user, 'vo-school', user.org.code, ROLLEN);
    if (!this.runner.heeftRuimte()) {
      throw new ServiceUnavailableException({ code: 'import.wachtrij-vol', detail: 'er lopen al te veel imports; probeer het over een paar minuten opnieuw' });
    }
    const { kolommen, aantal } = await this.lees(tekst, user);
    const job = await this.jobs.maak({
      id: randomUUID(),
      brin: user.org.code,
      ingediendDoor: user.sub,
      correlationId,
      modus,
      totaal: aantal,
      ontvangenOp: this.clock.now(),
    });
    this.runner.plan({ id: job.id, modus, user, correlationId, bestand: { tekst, kolommen, aantal } });
    return toView(job);
  }

  async bekijk(jobId: string, user: Claims): Promise<DossierImportView> {
    const job = UUID.test(jobId) ? await this.jobs.vind(jobId) : null;
    // Another organisation learns nothing, not even that the job exists.
    if (!job || user.org.type !== 'vo-school' || user.org.code !== job.brin) {
      throw new NotFoundException({ code: 'import.niet-gevonden', detail: 'geen import met dit id voor deze school' });
    }
    assertActsFor(user, 'vo-school', job.brin, ROLLEN);
    return toView(job);
  }

  /**
   * One pass over the file: its structure (CSV syntax, header, row count) and that every row is the school's own — an
   * empty BRIN is a row error for the validation. No row is kept: the runner reads the text again.
   */
  private async lees(tekst: string, user: Claims): Promise<{ kolommen: string[]; aantal: number }> {
    const vreemd: number[] = [];
    let index: KolomIndex | undefined;
    let gelezen: { kolommen: string[]; aantal: number };
    try {
      gelezen = await doorloopDossierCsv(tekst, (rijen, kolommen) => {
        index ??= new KolomIndex(kolommen);
        for (const rij of rijen) {
          const brin = index.cel(rij, 'brin');
          if (brin !== undefined && (normaliseBrin(brin) ?? brin) !== user.org.code) vreemd.push(rij.regel);
        }
      });
    } catch (error) {
      if (!(error instanceof DossierCsvFout)) throw error;
      throw new BadRequestException({ code: error.code, detail: error.message, ...(error.meldingen.length > 0 ? { errors: error.meldingen } : {}) });
    }
    if (vreemd.length > 0) {
      throw new ForbiddenException({
        code: 'auth.organisation-scope',
        detail: `${vreemd.length} rij(en) horen bij een andere school dan ${user.org.code}; er is niets opgeslagen`,
        errors: vreemd.slice(0, MAX_SCOPE_MELDINGEN).map((regel) => ({
          regel,
          kolom: 'brin',
          field: 'school.brin',
          rule: 'auth.organisation-scope',
          message: `regel ${regel}: BRIN is niet die van ${user.org.code}`,
        })),
      });
    }
    return gelezen;
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
