import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AsyncResource } from 'node:async_hooks';
import { setImmediate as volgendeRonde } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { DienDossierIn as DossierInvoer, ImportMelding, ImportModus } from '@sluitend/contracts';
import { Clock, CLOCK, DomainError } from '@sluitend/domain-nl';
import { Runner } from '@sluitend/persistence';
import { OVERSTAP_ENV, OverstapEnv } from '../../../config/overstap-env';
import { DossierImportsRepository, ImportStand } from '../../database/dossier-imports.repository';
import { DienDossierIn, DossierUitkomst } from '../dien-dossier-in/dien-dossier-in';
import { KolomIndex, doorloopDossierCsv, kolomVanVeld, valideerRij } from './dossier-csv';

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

/**
 * An accepted upload. The file's text stays in this process's memory only, until the job ends; each phase reads it
 * again (`doorloopDossierCsv`), so at most a chunk of parsed rows and dossiers is held at a time, not 50,000.
 */
export type ImportBestand = { tekst: string; kolommen: string[]; aantal: number };
export type ImportWerk = {
  id: string;
  modus: ImportModus;
  actor: Claims;
  correlationId: string;
  bestand: ImportBestand | null;
  /** The upload's size in bytes (UTF-8), counted against IMPORT_WACHTRIJ_MAX_BYTES while the job waits or runs. */
  bytes: number;
};

/** Whether the queue takes an upload: yes, not now (too many jobs: 503), or not this file (too many bytes: 413). */
export type WachtrijRuimte = 'ja' | 'vol' | 'te-groot';

type GeldigeRij = { regel: number; dossier: DossierInvoer };
/** The validation's outcome per data row (by its ordinal in the file): whether the row is stored. */
type Validatie = { opslaan: Uint8Array; meldingen: ImportMelding[]; fouten: number; totaal: number };
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
    private readonly jobs: DossierImportsRepository,
    private readonly dienDossierIn: DienDossierIn,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(OVERSTAP_ENV) private readonly env: OverstapEnv,
  ) {}

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

  /** Room for an upload of `bytes`: a job slot, and the bytes of every held upload together within the cap. */
  ruimte(bytes: number): WachtrijRuimte {
    if (this.stoppen || this.wachtrij.length + (this.actief ? 1 : 0) >= MAX_JOBS_PER_PROCES) return 'vol';
    return this.bytesInGebruik() + bytes > this.env.IMPORT_WACHTRIJ_MAX_BYTES ? 'te-groot' : 'ja';
  }

  /** The bytes of the uploads held now: the running job's (until it ends) and the waiting ones'. */
  bytesInGebruik(): number {
    return [...(this.actief ? [this.actief] : []), ...this.wachtrij].reduce((som, werk) => som + werk.bytes, 0);
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
        werk.bestand = null;
        this.actief = null;
      }
    }
  }

  private async verwerk(werk: ImportWerk): Promise<{ status: string; totaal: number; valideren: number; opslaan: number }> {
    if (!(await this.jobs.start(werk.id, this.clock.now()))) return { status: 'already ended', totaal: 0, valideren: 0, opslaan: 0 };
    const t0 = performance.now();
    const validatie = await this.valideer(werk);
    const { meldingen, fouten, totaal } = validatie;
    const valideren = Math.round(performance.now() - t0);
    const rapport = { fouten, meldingen: meldingen.slice(0, MAX_MELDINGEN), meldingenTotaal: meldingen.length };
    if (werk.modus === 'alles-of-niets' && fouten > 0) {
      await this.jobs.rond(this.dataSource, werk.id, 'afgewezen', { ...rapport, gevalideerd: totaal }, this.clock.now());
      return { status: 'afgewezen', totaal, valideren, opslaan: 0 };
    }
    await this.bijwerken(this.dataSource, werk.id, { fase: 'opslaan', ...rapport });
    const t1 = performance.now();
    const status = werk.modus === 'alles-of-niets' ? await this.slaAllesOp(werk, validatie) : await this.slaPerRijOp(werk, validatie);
    return { status, totaal, valideren, opslaan: Math.round(performance.now() - t1) };
  }

  /**
   * Every row through the dossier schema, and students appearing twice in the file (same schooljaar). Keeps per row
   * only whether it is stored, and the problems; the dossiers are built again, chunk by chunk, when storing.
   */
  private async valideer(werk: ImportWerk): Promise<Validatie> {
    const bestand = this.bestandVan(werk);
    const index = new KolomIndex(bestand.kolommen);
    const totaal = bestand.aantal;
    const opslaan = new Uint8Array(totaal);
    const regels = new Int32Array(totaal);
    const perLeerling = new Map<string, number | number[]>();
    const meldingen: ImportMelding[] = [];
    let fouten = 0;
    let rang = 0;
    await doorloopDossierCsv(bestand.tekst, async (rijen) => {
      this.controleerStop();
      for (const rij of rijen) {
        const uitkomst = valideerRij(rij, index);
        regels[rang] = rij.regel;
        if (uitkomst.dossier) {
          opslaan[rang] = 1;
          const sleutel = `${uitkomst.dossier.leerling.persoonsnummer}|${uitkomst.dossier.schooljaar}`;
          const eerder = perLeerling.get(sleutel);
          perLeerling.set(sleutel, eerder === undefined ? rang : Array.isArray(eerder) ? [...eerder, rang] : [eerder, rang]);
        } else {
          fouten++;
          meldingen.push(...uitkomst.meldingen);
        }
        rang++;
        if (rang % IMPORT_CHUNK === 0) await this.bijwerken(this.dataSource, werk.id, { gevalideerd: rang });
      }
    });
    if (rang !== totaal) throw new Error(`the file read ${rang} rows, the upload ${totaal}`);
    if (totaal % IMPORT_CHUNK !== 0) await this.bijwerken(this.dataSource, werk.id, { gevalideerd: totaal });
    // A student twice in one file is ambiguous (which row is right?): every row of such a group is reported.
    for (const groep of perLeerling.values()) {
      if (!Array.isArray(groep)) continue;
      for (const r of groep) {
        opslaan[r] = 0;
        fouten++;
        const anderen = groep
          .filter((ander) => ander !== r)
          .map((ander) => regels[ander])
          .join(', ');
        meldingen.push({
          regel: regels[r],
          kolom: 'bsn_of_onderwijsnummer',
          field: 'leerling.persoonsnummer',
          rule: 'uniek',
          message: `dezelfde leerling staat voor dit schooljaar ook op regel ${anderen}`,
        });
      }
    }
    meldingen.sort((a, b) => a.regel - b.regel);
    return { opslaan, meldingen, fouten, totaal };
  }

  /**
   * Reads the file again and hands the rows to be stored to `verwerk` in chunks of IMPORT_CHUNK, in file order, each
   * through the dossier schema again (the same text gives the same dossier).
   */
  private async perDeel(werk: ImportWerk, opslaan: Uint8Array, verwerk: (deel: GeldigeRij[]) => Promise<void>): Promise<void> {
    const bestand = this.bestandVan(werk);
    const index = new KolomIndex(bestand.kolommen);
    let deel: GeldigeRij[] = [];
    let rang = 0;
    await doorloopDossierCsv(bestand.tekst, async (rijen) => {
      for (const rij of rijen) {
        if (opslaan[rang++] !== 1) continue;
        const { dossier } = valideerRij(rij, index);
        if (!dossier) throw new Error(`line ${rij.regel} was valid and is not any more`);
        deel.push({ regel: rij.regel, dossier });
        if (deel.length === IMPORT_CHUNK) {
          const vol = deel;
          deel = [];
          await verwerk(vol);
        }
      }
    });
    if (deel.length > 0) await verwerk(deel);
  }

  private bestandVan(werk: ImportWerk): ImportBestand {
    if (!werk.bestand) throw new Error('import without its file');
    return werk.bestand;
  }

  /**
   * All chunks in one transaction; progress is written beside it (provisional) and the result inside it. Rows the
   * use case refuses at store time are collected over all chunks, so the report is complete, and then nothing commits.
   */
  private async slaAllesOp(werk: ImportWerk, { opslaan }: Validatie): Promise<'voltooid' | 'afgewezen'> {
    const tellers: Tellers = { verwerkt: 0, aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 0 };
    const geweigerd: ImportMelding[] = [];
    let fouten = 0;
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.perDeel(werk, opslaan, async (deel) => {
          this.controleerStop();
          const uitkomst = await this.slaDeelOp(manager, deel, werk);
          this.tel(tellers, uitkomst.resultaten, uitkomst.geweigerd);
          fouten += uitkomst.geweigerd;
          geweigerd.push(...uitkomst.meldingen);
          await this.bijwerken(this.dataSource, werk.id, { ...tellers, fouten });
          await volgendeRonde();
        });
        if (fouten > 0) throw new AllesAfgewezen();
        // Inside the transaction: the job is voltooid exactly when its dossiers commit, and not if it was
        // declared interrupted meanwhile.
        // Transfer requests (ADR 0020) are reported on their lines, like refusals, but the file is stored.
        const rapport = geweigerd.length > 0 ? begrens(geweigerd) : {};
        if (!(await this.jobs.rond(manager, werk.id, 'voltooid', { ...tellers, ...rapport }, this.clock.now()))) throw new ImportOnderbroken();
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
  private async slaPerRijOp(werk: ImportWerk, { opslaan, meldingen, fouten: foutenBijValideren }: Validatie): Promise<'voltooid'> {
    const tellers: Tellers = { verwerkt: 0, aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 0 };
    let fouten = foutenBijValideren;
    await this.perDeel(werk, opslaan, async (deel) => {
      this.controleerStop();
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
    });
    if (!(await this.jobs.rond(this.dataSource, werk.id, 'voltooid', {}, this.clock.now()))) throw new ImportOnderbroken();
    return 'voltooid';
  }

  /**
   * One chunk through the use case (a savepoint). Rows it refuses at store time are reported and left out, and the
   * rest of the chunk is tried again; a row that became a transfer request is reported on its line.
   */
  private async slaDeelOp(manager: EntityManager, deel: GeldigeRij[], werk: ImportWerk) {
    const meldingen: ImportMelding[] = [];
    let geweigerd = 0;
    for (let rest = deel; rest.length > 0;) {
      try {
        const resultaten = await this.dienDossierIn.execute(
          { input: { dossiers: rest.map((rij) => rij.dossier) }, actor: werk.actor, correlationId: werk.correlationId },
          manager,
        );
        // A student another vestiging holds became a transfer request (ADR 0020): reported on its line, not refused.
        for (const resultaat of resultaten) {
          const rij = rest[resultaat.index];
          if (resultaat.status === 'overdracht-aangevraagd' && rij) {
            meldingen.push({
              regel: rij.regel,
              kolom: 'vestiging',
              field: 'school.vestiging',
              rule: 'dossier.overdracht-aangevraagd',
              message: 'een andere vestiging heeft dit dossier: er is een overdracht aangevraagd',
            });
          }
        }
        return { resultaten, geweigerd, meldingen };
      } catch (error) {
        const afgewezen = meldingenVanUseCase(error, rest);
        if (!afgewezen) throw error;
        meldingen.push(...afgewezen.meldingen);
        geweigerd += afgewezen.indexen.size;
        rest = rest.filter((_, index) => !afgewezen.indexen.has(index));
      }
    }
    return { resultaten: [] as DossierUitkomst[], geweigerd, meldingen };
  }

  private tel(tellers: Tellers, resultaten: DossierUitkomst[], geweigerd: number): void {
    tellers.verwerkt += resultaten.length + geweigerd;
    for (const resultaat of resultaten) if (resultaat.status !== 'overdracht-aangevraagd') tellers[resultaat.status] += 1;
  }

  private async bijwerken(uitvoerder: Runner, id: string, stand: ImportStand): Promise<void> {
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
 * The use case's own refusals at store time — a student twice in one call (ongeldig)
 * — name each refused dossier by its position in the call (`row`) and its field: turned into the file's lines.
 * Anything else is not a row's fault: undefined, and the job fails.
 */
export function meldingenVanUseCase(
  error: unknown,
  rijen: readonly { regel: number }[],
): { indexen: Set<number>; meldingen: ImportMelding[] } | undefined {
  if (!(error instanceof DomainError) || (error.kind !== 'conflict' && error.kind !== 'ongeldig')) return undefined;
  const indexen = new Set<number>();
  const meldingen: ImportMelding[] = [];
  for (const issue of error.issues) {
    const rij = issue.row === undefined ? undefined : rijen[issue.row];
    if (issue.row === undefined || !rij) return undefined;
    indexen.add(issue.row);
    meldingen.push({ regel: rij.regel, kolom: kolomVanVeld(issue.field), field: issue.field, rule: issue.rule, message: issue.message });
  }
  return indexen.size > 0 ? { indexen, meldingen: meldingen.sort((a, b) => a.regel - b.regel) } : undefined;
}
