import { BeforeApplicationShutdown, HttpException, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AsyncResource } from 'node:async_hooks';
import { setImmediate as volgendeRonde } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { Claims } from '@sluitend/auth';
import { DienDossierIn } from '@sluitend/contracts';
import { Clock } from '@sluitend/domain-nl';
import { CLOCK } from '@sluitend/messaging';
import { DienDossierInService, DossierResultaat } from '../dien-dossier-in/dien-dossier-in.service';
import { CsvRij, DossierCsv, ImportMelding, KolomIndex, kolomVanVeld, valideerRij } from './dossier-csv';
import { DossierImportJobs } from './dossier-import.jobs';
import { ImportModus } from './dossier-import.entity';

/** Rows per validation step and per call of the use case (one statement set, one savepoint or transaction). */
export const IMPORT_CHUNK = 2_000;
/** Jobs one process holds (running + waiting); each keeps its rows in memory until it ends. */
export const MAX_JOBS_PER_PROCES = 4;
/** Problems kept in the job's report; the count is always exact. */
export const MAX_MELDINGEN = 10_000;
const HARTSLAG_MS = 5_000;
/** A job whose heartbeat is older than this is taken to be interrupted. */
const VERLOPEN_NA_SECONDEN = 30;
const OPRUIMEN_MS = 15_000;
const BEWAAR_DAGEN = 30;
const STOP_WACHT_MS = 10_000;

/** An accepted upload: the rows stay in this process's memory only, until the job ends. */
export type ImportWerk = { id: string; modus: ImportModus; user: Claims; correlationId: string; csv: DossierCsv | null };

/**
 * A valid row, kept as the JSON of its validated dossier until its chunk is stored: a one-byte string is a fraction
 * of the memory of the parsed object graph, and 50,000 of them are held for the whole job (alles-of-niets validates
 * every row before it stores one).
 */
type GeldigeRij = { regel: number; leerling: string; json: string };
type Tellers = { verwerkt: number; aangemaakt: number; bijgewerkt: number; ongewijzigd: number };

/** The job was stopped (shutdown) or declared interrupted by a replica: its state is already recorded. */
class ImportOnderbroken extends Error {}
/** alles-of-niets: a row was refused at store time, so the transaction rolls back. */
class AllesAfgewezen extends Error {}


/**
 * Runs dossier imports in the background of the overstap process, one at a time, in chunks:
 * 1. valideren — every row through the dossier schema, plus a check for students that appear twice;
 * 2. opslaan — `alles-of-niets`: only when no row failed, all chunks in ONE transaction (each chunk a savepoint),
 *    so nothing is visible or published until the whole file commits, and any failure stores nothing;
 *    `per-rij`: the good rows, one transaction per chunk that also records the job's progress, so the counts always
 *    match what is stored.
 * Progress goes to the job table; a heartbeat marks the job alive. Jobs whose heartbeat stops (the process was
 * killed or restarted) are marked mislukt by any replica within about 30 s (and at start-up), saying what was stored.
 * A job is not resumed: its CSV lived only in the memory of the process that died, and is never stored.
 */
@Injectable()
export class DossierImportRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DossierImport');
  private readonly wachtrij: ImportWerk[] = [];
  private actief: ImportWerk | null = null;
  private lus: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private laatsteOpruiming = 0;
  private stoppen = false;
  /** Created outside any request: jobs run in its context, not in (and logged as part of) the upload's request. */
  private readonly achtergrond = new AsyncResource('DossierImportRunner');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: DossierImportJobs,
    private readonly dienDossierIn: DienDossierInService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ruimOp();
    this.timer = setInterval(() => void this.tik(), HARTSLAG_MS);
    this.timer.unref();
  }

  /**
   * Stops taking chunks; the running job ends at its next chunk and marks itself mislukt (alles-of-niets rolls back).
   * Waits for that briefly, then marks whatever is left: the waiting jobs, and a running one that did not stop in time
   * (its own later writes then fail on `status = 'bezig'`, so it cannot complete after all).
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stoppen = true;
    if (this.timer) clearInterval(this.timer);
    if (this.lus) await Promise.race([this.lus, new Promise((resolve) => setTimeout(resolve, STOP_WACHT_MS).unref())]);
    for (const werk of [...(this.actief ? [this.actief] : []), ...this.wachtrij.splice(0)]) {
      await this.jobs
        .faal(werk.id, werk.modus, this.redenGestopt(werk.modus), this.clock.now())
        .catch((error: unknown) => this.logger.warn(`import ${werk.id}: not marked as stopped: ${(error as Error).message}`));
    }
  }

  heeftRuimte(): boolean {
    return !this.stoppen && this.wachtrij.length + (this.actief ? 1 : 0) < MAX_JOBS_PER_PROCES;
  }

  plan(werk: ImportWerk): void {
    this.wachtrij.push(werk);
    this.startLus();
  }

  private startLus(): void {
    if (this.lus || this.stoppen) return;
    this.lus = this.achtergrond.runInAsyncScope(() =>
      this.verwerkWachtrij().finally(() => {
        this.lus = null;
        // A job planned between the loop's last look at the queue and this moment.
        if (this.wachtrij.length > 0) this.startLus();
      }),
    );
  }

  private async verwerkWachtrij(): Promise<void> {
    for (let werk = this.wachtrij.shift(); werk && !this.stoppen; werk = this.wachtrij.shift()) {
      this.actief = werk;
      const start = performance.now();
      try {
        const uitkomst = await this.verwerk(werk);
        this.logger.log(
          `import ${werk.id} (${werk.modus}, ${uitkomst.totaal} rows, correlationId ${werk.correlationId}) ${uitkomst.status} after ` +
            `${Math.round(performance.now() - start)} ms (valideren ${uitkomst.valideren} ms, opslaan ${uitkomst.opslaan} ms)`,
        );
      } catch (error) {
        // Interrupted because another replica declared the job dead: already recorded. Stopped: say so now.
        const gestopt = error instanceof ImportOnderbroken && this.stoppen;
        if (!(error instanceof ImportOnderbroken)) {
          // The message only: a driver's detail could quote values.
          this.logger.error(`import ${werk.id} failed: ${(error as Error).message}`);
        }
        if (gestopt || !(error instanceof ImportOnderbroken)) {
          await this.jobs
            .faal(werk.id, werk.modus, gestopt ? this.redenGestopt(werk.modus) : this.redenFout(werk), this.clock.now())
            .catch((inner: unknown) => this.logger.warn(`import ${werk.id}: not marked as ended: ${(inner as Error).message}`));
        }
      } finally {
        werk.csv = null;
        this.actief = null;
      }
    }
  }

  private async verwerk(werk: ImportWerk): Promise<{ status: string; totaal: number; valideren: number; opslaan: number }> {
    if (!(await this.jobs.start(werk.id, this.clock.now()))) return { status: 'already ended', totaal: 0, valideren: 0, opslaan: 0 };
    const t0 = performance.now();
    const { geldig, meldingen, fouten, totaal } = await this.valideer(werk);
    const valideren = Math.round(performance.now() - t0);
    const rapport = { fouten, meldingen: meldingen.slice(0, MAX_MELDINGEN), meldingenTotaal: meldingen.length };
    if (werk.modus === 'alles-of-niets' && fouten > 0) {
      await this.jobs.rond(this.dataSource, werk.id, 'afgewezen', { ...rapport, gevalideerd: totaal }, this.clock.now());
      return { status: 'afgewezen', totaal, valideren, opslaan: 0 };
    }
    await this.bijwerken(this.dataSource, werk.id, { fase: 'opslaan', ...rapport });
    const t1 = performance.now();
    const status = werk.modus === 'alles-of-niets' ? await this.slaAllesOp(werk, geldig) : await this.slaPerRijOp(werk, geldig, meldingen, fouten);
    return { status, totaal, valideren, opslaan: Math.round(performance.now() - t1) };
  }

  /** Every row through the dossier schema, and students appearing twice in the file (same schooljaar). */
  private async valideer(werk: ImportWerk) {
    const csv = werk.csv;
    if (!csv) throw new Error('import without rows');
    werk.csv = null;
    const index = new KolomIndex(csv.kolommen);
    // Each raw row is dropped once validated, so the rows and their dossiers' JSON are never both held in full.
    const rijen: (CsvRij | undefined)[] = csv.rijen;
    const totaal = rijen.length;
    const geldig: GeldigeRij[] = [];
    const meldingen: ImportMelding[] = [];
    let fouten = 0;
    for (let start = 0; start < totaal; start += IMPORT_CHUNK) {
      this.controleerStop();
      for (let i = start; i < Math.min(start + IMPORT_CHUNK, totaal); i++) {
        const uitkomst = valideerRij(rijen[i] as CsvRij, index);
        rijen[i] = undefined;
        if (uitkomst.dossier) {
          const { dossier } = uitkomst;
          geldig.push({ regel: uitkomst.regel, leerling: `${dossier.leerling.persoonsnummer}|${dossier.schooljaar}`, json: JSON.stringify(dossier) });
        } else {
          fouten++;
          meldingen.push(...uitkomst.meldingen);
        }
      }
      await this.bijwerken(this.dataSource, werk.id, { gevalideerd: Math.min(start + IMPORT_CHUNK, totaal) });
      await volgendeRonde();
    }
    const dubbel = this.dubbeleLeerlingen(geldig);
    fouten += dubbel.regels.size;
    meldingen.push(...dubbel.meldingen);
    meldingen.sort((a, b) => a.regel - b.regel);
    return { geldig: geldig.filter((rij) => !dubbel.regels.has(rij.regel)), meldingen, fouten, totaal };
  }

  /** A student twice in one file is ambiguous (which row is right?): every row of such a pair is reported. */
  private dubbeleLeerlingen(geldig: GeldigeRij[]): { regels: Set<number>; meldingen: ImportMelding[] } {
    const perLeerling = new Map<string, number[]>();
    for (const rij of geldig) {
      const regels = perLeerling.get(rij.leerling);
      if (regels) regels.push(rij.regel);
      else perLeerling.set(rij.leerling, [rij.regel]);
    }
    const regels = new Set<number>();
    const meldingen: ImportMelding[] = [];
    for (const groep of perLeerling.values()) {
      if (groep.length < 2) continue;
      for (const regel of groep) {
        regels.add(regel);
        const anderen = groep.filter((ander) => ander !== regel).join(', ');
        meldingen.push({
          regel,
          kolom: 'bsn_of_onderwijsnummer',
          field: 'leerling.persoonsnummer',
          rule: 'uniek',
          message: `dezelfde leerling staat voor dit schooljaar ook op regel ${anderen}`,
        });
      }
    }
    return { regels, meldingen };
  }

  /**
   * All chunks in one transaction; progress is written beside it (provisional) and the result inside it. Rows the
   * use case refuses at store time are collected over all chunks, so the report is complete, and then nothing commits.
   */
  private async slaAllesOp(werk: ImportWerk, geldig: GeldigeRij[]): Promise<'voltooid' | 'afgewezen'> {
    const tellers: Tellers = { verwerkt: 0, aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 0 };
    const geweigerd: ImportMelding[] = [];
    let fouten = 0;
    try {
      await this.dataSource.transaction(async (manager) => {
        // Chunks are taken off the front: a stored chunk's rows are released while the transaction goes on.
        while (geldig.length > 0) {
          this.controleerStop();
          const uitkomst = await this.slaDeelOp(manager, geldig.splice(0, IMPORT_CHUNK), werk);
          this.tel(tellers, uitkomst.resultaten, uitkomst.geweigerd);
          fouten += uitkomst.geweigerd;
          geweigerd.push(...uitkomst.meldingen);
          await this.bijwerken(this.dataSource, werk.id, { ...tellers, fouten });
          await volgendeRonde();
        }
        if (fouten > 0) throw new AllesAfgewezen();
        // Inside the transaction: the job is voltooid exactly when its dossiers commit, and not if it was
        // declared interrupted meanwhile.
        if (!(await this.jobs.rond(manager, werk.id, 'voltooid', tellers, this.clock.now()))) throw new ImportOnderbroken();
      });
      return 'voltooid';
    } catch (error) {
      if (!(error instanceof AllesAfgewezen)) throw error;
      await this.jobs.rond(
        this.dataSource,
        werk.id,
        'afgewezen',
        { verwerkt: 0, aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 0, fouten, ...begrens(geweigerd) },
        this.clock.now(),
      );
      return 'afgewezen';
    }
  }

  /** One transaction per chunk, recording the job's progress in it: the counts always match what is stored. */
  private async slaPerRijOp(werk: ImportWerk, geldig: GeldigeRij[], meldingen: ImportMelding[], foutenBijValideren: number): Promise<'voltooid'> {
    const tellers: Tellers = { verwerkt: 0, aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 0 };
    let fouten = foutenBijValideren;
    while (geldig.length > 0) {
      this.controleerStop();
      const deel = geldig.splice(0, IMPORT_CHUNK);
      const stand = { ...tellers };
      let nieuw: ImportMelding[] = [];
      let geweigerd = 0;
      await this.dataSource.transaction(async (manager) => {
        const uitkomst = await this.slaDeelOp(manager, deel, werk);
        this.tel(stand, uitkomst.resultaten, uitkomst.geweigerd);
        nieuw = uitkomst.meldingen;
        geweigerd = uitkomst.geweigerd;
        const rapport = nieuw.length > 0 ? begrens([...meldingen, ...nieuw].sort((a, b) => a.regel - b.regel)) : {};
        if (!(await this.jobs.voortgang(manager, werk.id, { ...stand, fouten: fouten + geweigerd, ...rapport }))) throw new ImportOnderbroken();
      });
      Object.assign(tellers, stand);
      fouten += geweigerd;
      meldingen.push(...nieuw);
      meldingen.sort((a, b) => a.regel - b.regel);
      await volgendeRonde();
    }
    if (!(await this.jobs.rond(this.dataSource, werk.id, 'voltooid', {}, this.clock.now()))) throw new ImportOnderbroken();
    return 'voltooid';
  }

  /**
   * One chunk through the use case (a savepoint). Rows it refuses at store time — another vestiging already
   * submitted this student — are reported and left out, and the rest of the chunk is tried again.
   */
  private async slaDeelOp(manager: EntityManager, deel: GeldigeRij[], werk: ImportWerk) {
    const meldingen: ImportMelding[] = [];
    let geweigerd = 0;
    for (let rest = deel; rest.length > 0; ) {
      try {
        const resultaten = await this.dienDossierIn.execute(
          rest.map((rij) => JSON.parse(rij.json) as DienDossierIn),
          werk.user,
          werk.correlationId,
          'dossiers',
          manager,
        );
        return { resultaten, geweigerd, meldingen };
      } catch (error) {
        const afgewezen = meldingenVanUseCase(error, rest);
        if (!afgewezen) throw error;
        meldingen.push(...afgewezen.meldingen);
        geweigerd += afgewezen.indexen.size;
        rest = rest.filter((_, index) => !afgewezen.indexen.has(index));
      }
    }
    return { resultaten: [] as DossierResultaat[], geweigerd, meldingen };
  }

  private tel(tellers: Tellers, resultaten: DossierResultaat[], geweigerd: number): void {
    tellers.verwerkt += resultaten.length + geweigerd;
    for (const resultaat of resultaten) tellers[resultaat.status] += 1;
  }

  private async bijwerken(uitvoerder: DataSource | EntityManager, id: string, stand: Parameters<DossierImportJobs['voortgang']>[2]): Promise<void> {
    if (!(await this.jobs.voortgang(uitvoerder, id, stand))) throw new ImportOnderbroken();
  }

  private controleerStop(): void {
    if (this.stoppen) throw new ImportOnderbroken();
  }

  private async tik(): Promise<void> {
    try {
      await this.jobs.hartslag([...(this.actief ? [this.actief.id] : []), ...this.wachtrij.map((werk) => werk.id)]);
      if (Date.now() - this.laatsteOpruiming >= OPRUIMEN_MS) await this.ruimOp();
    } catch (error) {
      this.logger.warn(`import heartbeat: ${(error as Error).message}`);
    }
  }

  private async ruimOp(): Promise<void> {
    this.laatsteOpruiming = Date.now();
    const ids = await this.jobs.ruimOp(VERLOPEN_NA_SECONDEN, BEWAAR_DAGEN, this.clock.now());
    if (ids.length > 0) this.logger.warn(`marked ${ids.length} interrupted dossier import(s) as mislukt: ${ids.join(', ')}`);
  }

  private redenGestopt(modus: ImportModus): string {
    return `onderbroken: de dienst stopte tijdens de verwerking. ${
      modus === 'alles-of-niets' ? 'Er is niets opgeslagen.' : 'De verwerkte rijen zijn opgeslagen, de rest niet.'
    } Upload het bestand opnieuw; al opgeslagen rijen komen dan terug als ongewijzigd.`;
  }

  private redenFout(werk: ImportWerk): string {
    return `de verwerking is mislukt door een interne fout (correlationId ${werk.correlationId}). ${
      werk.modus === 'alles-of-niets' ? 'Er is niets opgeslagen.' : 'De verwerkte rijen zijn opgeslagen, de rest niet.'
    } Probeer het later opnieuw.`;
  }
}

const begrens = (meldingen: ImportMelding[]) => ({ meldingen: meldingen.slice(0, MAX_MELDINGEN), meldingenTotaal: meldingen.length });

/**
 * The use case's own refusals at store time (409 dossier.andere-school, 400 duplicates) name rows as
 * `dossiers[i].<field>`: turned into the file's lines. Anything else is not a row's fault: undefined.
 */
export function meldingenVanUseCase(error: unknown, rijen: readonly { regel: number }[]): { indexen: Set<number>; meldingen: ImportMelding[] } | undefined {
  if (!(error instanceof HttpException) || ![400, 409].includes(error.getStatus())) return undefined;
  const body = error.getResponse() as { code?: string; errors?: { field: string; rule: string; message: string }[] };
  const indexen = new Set<number>();
  const meldingen: ImportMelding[] = [];
  for (const issue of body.errors ?? []) {
    const match = issue.field.match(/^dossiers\[(\d+)\]\.(.+)$/);
    const rij = match ? rijen[Number(match[1])] : undefined;
    if (!match || !rij) return undefined;
    indexen.add(Number(match[1]));
    meldingen.push({ regel: rij.regel, kolom: kolomVanVeld(match[2]), field: match[2], rule: issue.rule, message: issue.message });
  }
  return indexen.size > 0 ? { indexen, meldingen: meldingen.sort((a, b) => a.regel - b.regel) } : undefined;
}
