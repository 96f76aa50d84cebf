import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AsyncResource } from 'node:async_hooks';
import { DataSource } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { Kalender } from '../../../kalenders/domain/kalender';
import { LaadKalender } from '../../../kalenders/queries/kalender/laad-kalender';
import { AbsentiesRepository } from '../../../absenties/database/absenties.repository';
import { AbsentieDag, isLeeg } from '../../../absenties/domain/absentie-dag';
import { LeerlingenRepository, LeerlingRecord } from '../../../leerlingen/database/leerlingen.repository';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { AbsentieImportsRepository, ImportMeldingen, StagedLeerling } from '../../database/absentie-imports.repository';
import { AbsentieFout } from '../../domain/registratie.errors';
import { BeoordeelAbsenties } from '../beoordeel-absenties/beoordeel-absenties';

/** Students stored and evaluated per step (their staged days, histories and standing meldingen read at once). */
export const IMPORT_PAGINA = 200;
/** How often the runner looks for jobs another process left (and uploads that broke off). */
const RONDE_MS = 30_000;
/** An upload whose progress has not moved for this long was broken off (the process died mid-file). */
const VERLATEN_NA_MS = 10 * 60_000;

/** The process is stopping: the job's transaction rolls back, it stays verwerken for the next process. */
class Gestopt extends Error {}

/**
 * Processes absence imports that were read without a problem (status verwerken), one at a time per process: in ONE
 * transaction, page by page of students (ordered by pseudonym, locked as the intake locks them), the staged days are
 * stored in absentie (one statement) and each student's history — as stored before, the file's days merged in — is
 * evaluated once from the earliest day of the file (meldingen filed, voided or changed with their outbox events); then
 * the job is klaar and its staged blocks go. Nothing is
 * visible or published before the whole file commits. Progress (students evaluated, meldingen) is written from
 * outside the transaction so a poll sees it. An advisory lock keeps a job to one replica; a job whose process died
 * rolls back and is taken again (at start and every 30 s) — its rows are staged in the database, not in memory.
 */
@Injectable()
export class AbsentieImportRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AbsentieImport');
  private wachtrij: Promise<void> = Promise.resolve();
  private readonly bekend = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private stoppen = false;
  /** Created outside any request: jobs run in its context, not as part of the upload's request. */
  private readonly achtergrond = new AsyncResource('AbsentieImportRunner');

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: AbsentieImportsRepository,
    private readonly leerlingen: LeerlingenRepository,
    private readonly absenties: AbsentiesRepository,
    private readonly laadKalender: LaadKalender,
    private readonly beoordeelAbsenties: BeoordeelAbsenties,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    void this.ronde();
    this.timer = setInterval(() => void this.ronde(), RONDE_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stoppen = true;
    if (this.timer) clearInterval(this.timer);
    await this.wachtrij;
  }

  /** Queues a job (once per process); it runs after the jobs before it. */
  start(importId: string): void {
    if (this.stoppen || this.bekend.has(importId)) return;
    this.bekend.add(importId);
    this.wachtrij = this.wachtrij.then(() =>
      this.achtergrond.runInAsyncScope(() =>
        this.verwerk(importId)
          .catch((error: unknown) => this.logger.error(`absentie-import ${importId}: ${error instanceof Error ? error.message : String(error)}`))
          .finally(() => this.bekend.delete(importId)),
      ),
    );
  }

  /** Waits until the jobs queued so far are done (tests, the benchmark's service stop). */
  async klaar(): Promise<void> {
    await this.wachtrij;
  }

  private async ronde(): Promise<void> {
    if (this.stoppen) return;
    try {
      const nu = this.clock.now();
      await this.imports.sluitVerlaten(this.dataSource, new Date(nu.getTime() - VERLATEN_NA_MS), nu);
      for (const id of await this.imports.wachtend(this.dataSource)) this.start(id);
    } catch (error) {
      this.logger.warn(`absentie-import: wachtende jobs niet op te halen: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async verwerk(importId: string): Promise<void> {
    const begin = Date.now();
    try {
      await this.dataSource.transaction(async (manager) => {
        const job = await this.imports.neem(manager, importId);
        if (!job) return;
        const kalender = await metDomainErrors(() => this.laadKalender.execute({ input: { brin: job.brin } }, manager));
        if (!kalender) throw AbsentieFout.geenKalender();
        const meldingen: ImportMeldingen = { nieuw: 0, vervallen: 0, gewijzigd: 0 };
        let beoordeeld = 0;
        let na = '';
        for (;;) {
          if (this.stoppen) throw new Gestopt();
          const pagina = await this.imports.leerlingenPagina(manager, importId, na, IMPORT_PAGINA);
          if (pagina.length === 0) break;
          na = pagina[pagina.length - 1].jongereId;
          const gevonden = await this.leerlingen.lockVanSchool(
            manager,
            job.brin,
            pagina.map((p) => p.jongereId),
          );
          // A student unregistered since the file was read is left out (the check found them then).
          const leerlingen = pagina.filter((p) => gevonden.has(p.jongereId));
          const ids = leerlingen.map((p) => p.jongereId);
          // The stored histories before this page is written; the file's days merged in, so nothing is read back.
          const opgeslagen = await this.absenties.historie(manager, job.brin, ids, kalender.eersteDag, kalender.laatsteDag);
          const historieen = voegSamen(opgeslagen, leerlingen, kalender);
          // Days the students have no record of yet: a plain insert; replaced and withdrawn days: replace-or-withdraw.
          const { nieuw, anders } = splitsNieuw(opgeslagen, leerlingen, kalender);
          await this.absenties.voegNieuweToe(manager, job.brin, nieuw, this.clock.now());
          await this.absenties.leg(
            manager,
            anders.map((r) => ({ brin: job.brin, ...r })),
            this.clock.now(),
          );
          const vastgelegd = await this.beoordeelAbsenties.execute(
            {
              input: {
                brin: job.brin,
                leerlingen: ids.map((id) => gevonden.get(id) as LeerlingRecord),
                vanaf: new Map(leerlingen.map((p) => [p.jongereId, p.dagen[0].dag.datum])),
                kalender,
                historieen,
              },
              correlationId: job.correlation_id,
            },
            manager,
          );
          meldingen.nieuw += vastgelegd.nieuw.length;
          meldingen.vervallen += vastgelegd.vervallen.length;
          meldingen.gewijzigd += vastgelegd.gewijzigd.length;
          beoordeeld += pagina.length;
          await this.imports.verwerkVoortgang(this.dataSource, importId, beoordeeld, meldingen, this.clock.now());
        }
        await this.imports.verwerkVoortgang(manager, importId, beoordeeld, meldingen, this.clock.now());
        await this.imports.sluit(manager, importId, 'klaar', null, this.clock.now());
        this.logger.log(
          `absentie-import ${importId}: ${beoordeeld} leerlingen beoordeeld, ${meldingen.nieuw} nieuwe meldingen, in ${Date.now() - begin} ms`,
        );
      });
    } catch (error) {
      if (error instanceof Gestopt) return;
      const reden = error instanceof Error ? error.message : String(error);
      await this.imports.sluit(this.dataSource, importId, 'mislukt', `de verwerking mislukte: ${reden}`, this.clock.now());
      throw error;
    }
  }
}

/**
 * The histories as they are after the page's days are stored — what `AbsentiesRepository.historie` would read back:
 * a day of the file replaces the stored one, a day that says nothing withdraws it (as `AbsentiesRepository.leg`
 * writes them); within the calendar's year, in date order.
 */
export function voegSamen(
  opgeslagen: ReadonlyMap<string, readonly AbsentieDag[]>,
  leerlingen: readonly StagedLeerling[],
  { eersteDag, laatsteDag }: Pick<Kalender, 'eersteDag' | 'laatsteDag'>,
): Map<string, AbsentieDag[]> {
  const samen = new Map<string, AbsentieDag[]>();
  for (const { jongereId, dagen } of leerlingen) {
    const perDatum = new Map((opgeslagen.get(jongereId) ?? []).map((dag) => [dag.datum, dag]));
    for (const { dag } of dagen) {
      // The calendar's year only, as a read of the stored history gives it (a new calendar version may be shorter).
      if (dag.datum < eersteDag || dag.datum > laatsteDag) continue;
      if (isLeeg(dag)) perDatum.delete(dag.datum);
      else perDatum.set(dag.datum, dag);
    }
    samen.set(
      jongereId,
      [...perDatum.values()].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0)),
    );
  }
  return samen;
}

type PaginaRecord = { jongereId: string; dag: AbsentieDag };

/**
 * The page's days in two: those of a date the student has no stored record of (within the calendar's year, read under
 * the students' lock: nothing else writes them meanwhile), and the rest — replacements, withdrawals and any day outside
 * the year read (a calendar changed since the file was read), for the replace-or-withdraw statement. A withdrawal of a
 * day never stored is nothing to do.
 */
export function splitsNieuw(
  opgeslagen: ReadonlyMap<string, readonly AbsentieDag[]>,
  leerlingen: readonly StagedLeerling[],
  { eersteDag, laatsteDag }: Pick<Kalender, 'eersteDag' | 'laatsteDag'>,
): { nieuw: PaginaRecord[]; anders: PaginaRecord[] } {
  const nieuw: PaginaRecord[] = [];
  const anders: PaginaRecord[] = [];
  for (const { jongereId, dagen } of leerlingen) {
    const eerder = opgeslagen.get(jongereId) ?? [];
    const bekend = eerder.length > 0 ? new Set(eerder.map((dag) => dag.datum)) : undefined;
    for (const { dag } of dagen) {
      if (dag.datum < eersteDag || dag.datum > laatsteDag || bekend?.has(dag.datum)) anders.push({ jongereId, dag });
      else if (!isLeeg(dag)) nieuw.push({ jongereId, dag });
    }
  }
  return { nieuw, anders };
}
