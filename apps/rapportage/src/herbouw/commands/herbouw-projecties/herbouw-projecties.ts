import { DataSource } from 'typeorm';
import { EventContractError, ParsedEvent, parseEvent } from '@sluitend/contracts';
import { createServiceDataSource, initializeAndMigrate, schemaOf } from '@sluitend/persistence';
import { ProjecteerDossier } from '../../../dossiers/commands/projecteer-dossier/projecteer-dossier';
import { DossiersRepository } from '../../../dossiers/database/dossiers.repository';
import { RAPPORTAGE_MIGRATIES } from '../../../migrations';
import { ProjecteerOverstap } from '../../../tabellenboek/commands/projecteer-overstap/projecteer-overstap';
import { VoegPersonenSamen } from '../../../tabellenboek/commands/voeg-personen-samen/voeg-personen-samen';
import { TABELLENBOEK_PROJECTIES, TabellenboekRepository } from '../../../tabellenboek/database/tabellenboek.repository';
import type { OverstapGebeurtenis, OverstapGebeurtenistype } from '../../../tabellenboek/domain/overstapprojectie';
import { OVERSTAP_SIGNAALTYPEN } from '../../../tabellenboek/domain/overstapprojectie';
import { ProjecteerAlerts } from '../../../alertcijfers/commands/projecteer-alerts/projecteer-alerts';
import { ALERT_PROJECTIES, AlertcijfersRepository } from '../../../alertcijfers/database/alertcijfers.repository';
import { ALERT_GEBEURTENISTYPEN, AlertGebeurtenis } from '../../../alertcijfers/domain/alertprojectie';
import { ProjecteerCasussen } from '../../../trajectcijfers/commands/projecteer-casussen/projecteer-casussen';
import { TRAJECT_PROJECTIES, TrajectcijfersRepository } from '../../../trajectcijfers/database/trajectcijfers.repository';
import { CASUS_GEBEURTENISTYPEN, CasusGebeurtenis } from '../../../trajectcijfers/domain/casusprojectie';
import { ProjecteerBenaderrondes } from '../../../trajectcijfers/commands/projecteer-benaderrondes/projecteer-benaderrondes';
import { ProjecteerProgrammadeelnames } from '../../../trajectcijfers/commands/projecteer-programmadeelnames/projecteer-programmadeelnames';
import { RONDE_PROGRAMMA_PROJECTIES, RondesEnProgrammasRepository } from '../../../trajectcijfers/database/rondes-en-programmas.repository';
import { DEELNAME_GEBEURTENISTYPEN, DeelnameGebeurtenis } from '../../../trajectcijfers/domain/deelnameprojectie';
import type { RondeGebeurtenis } from '../../../trajectcijfers/domain/rondeprojectie';
import { ProjecteerMeldingen } from '../../../verzuimcijfers/commands/projecteer-meldingen/projecteer-meldingen';
import { VERZUIM_PROJECTIES, VerzuimcijfersRepository } from '../../../verzuimcijfers/database/verzuimcijfers.repository';
import { MELDING_GEBEURTENISTYPEN, MeldingGebeurtenis } from '../../../verzuimcijfers/domain/meldingprojectie';
import { ProjecteerZiekteverzuim } from '../../../verzuimcijfers/commands/projecteer-ziekteverzuim/projecteer-ziekteverzuim';
import { ZIEKTEVERZUIM_PROJECTIES, ZiekteverzuimRepository } from '../../../verzuimcijfers/database/ziekteverzuim.repository';
import { ZIEKTEVERZUIM_GEBEURTENISTYPEN, ZiekteverzuimGebeurtenis } from '../../../verzuimcijfers/domain/ziekteverzuimprojectie';
import { ProjecteerVsv } from '../../../vsv/commands/projecteer-vsv/projecteer-vsv';
import { VSV_PROJECTIES, VsvRepository } from '../../../vsv/database/vsv.repository';
import { VSV_GEBEURTENISTYPEN, VsvGebeurtenis } from '../../../vsv/domain/vsvprojectie';
import { ProjecteerJikp } from '../../../jikp/commands/projecteer-jikp/projecteer-jikp';
import { JIKP_PROJECTIES, JikpRepository } from '../../../jikp/database/jikp.repository';
import type { JikpGebeurtenis } from '../../../jikp/domain/jikpprojectie';
import { HerbouwRepository } from '../../database/herbouw.repository';
import { Tabelverschil, TIJDSTEMPELS_VAN_DE_PROJECTIE, vergelijk, Vergelijking } from '../../domain/vergelijking';

/** Every projection table of rapportage, compared after a rebuild. */
export const PROJECTIES = [
  'dossier_projectie',
  ...TABELLENBOEK_PROJECTIES,
  ...TRAJECT_PROJECTIES,
  ...RONDE_PROGRAMMA_PROJECTIES,
  ...ALERT_PROJECTIES,
  ...VERZUIM_PROJECTIES,
  ...ZIEKTEVERZUIM_PROJECTIES,
  ...VSV_PROJECTIES,
  ...JIKP_PROJECTIES,
] as const;

/** The services whose event topics the rebuild reads (as the live consumer subscribes to them). */
export const HERBOUW_BRONNEN = ['overstap', 'trajecten', 'notificaties', 'verzuim'] as const;

const CASUS = new Set<string>(CASUS_GEBEURTENISTYPEN);
const ALERT = new Set<string>(ALERT_GEBEURTENISTYPEN);
const MELDING = new Set<string>(MELDING_GEBEURTENISTYPEN);
const ZIEKTEVERZUIM = new Set<string>(ZIEKTEVERZUIM_GEBEURTENISTYPEN);
const VSV = new Set<string>(VSV_GEBEURTENISTYPEN);
const DEELNAME = new Set<string>(DEELNAME_GEBEURTENISTYPEN);
const RONDE = 'trajecten.benaderronde.afgesloten';

const GEKOPPELD = 'overstap.persoon.gekoppeld';

/**
 * What consecutive events share to be applied in one call (as the Kafka adapters batch them): one group per case,
 * alert, melding and M@ZL projection (those fold mixed types), the type itself for overstap's.
 */
const groepVan = (type: string): string =>
  CASUS.has(type)
    ? 'casus'
    : DEELNAME.has(type)
      ? 'deelname'
      : ALERT.has(type)
        ? 'alert'
        : MELDING.has(type)
          ? 'melding'
          : ZIEKTEVERZUIM.has(type)
            ? 'ziekteverzuim'
            : type;

/** The overstap event types rapportage projects (as its Kafka adapters subscribe to them). */
const OVERSTAP_GEPROJECTEERD = [
  'overstap.dossier.ingediend',
  'overstap.aanmelding.geregistreerd',
  'overstap.aanmelding.status-gewijzigd',
  'overstap.inschrijving.geregistreerd',
  'overstap.inschrijving.beeindigd',
  ...OVERSTAP_SIGNAALTYPEN,
  // A person link re-keys what came before it under the onderwijsnummer (ADR 0018).
  GEKOPPELD,
] satisfies Array<OverstapGebeurtenistype | typeof GEKOPPELD>;

/** Every event type rapportage projects. */
const GEPROJECTEERD = new Set<string>([...OVERSTAP_GEPROJECTEERD, ...CASUS, ...DEELNAME, RONDE, ...ALERT, ...MELDING, ...ZIEKTEVERZUIM]);

export type HerbouwProjectiesCommand = {
  input: {
    /**
     * The event log as read from the topics (overstap, trajecten, notificaties, verzuim one after another), each in
     * partition order: raw JSON values (a record without value is skipped). A stream is applied as it is read, so the
     * log is never held whole.
     */
    records: Iterable<Buffer | string | null> | AsyncIterable<Buffer | string | null>;
    /** The fresh schema to build into (dropped first when it exists). */
    herbouwSchema: string;
    /** Keep the rebuilt schema for inspection; else it is dropped after the comparison. */
    behouden: boolean;
    /** Events applied per transaction (consecutive events of one group, as the Kafka transport batches them). */
    chunk?: number;
  };
};

export type HerbouwProjectiesResultaat = {
  gelezen: number;
  toegepast: number;
  /** Event ids seen before in the log (what the inbox drops). */
  herhaald: number;
  /** Events of other types than rapportage projects. */
  overgeslagen: number;
  /** Records that are not a valid event (the live consumer dead-letters those). */
  onleesbaar: number;
  /** The earliest occurredAt applied: how far back the log reached (EVENT_RETENTION, ADR 0017); null for an empty log. */
  vroegste: string | null;
  vergelijking: Vergelijking;
  verschillen: Tabelverschil[];
};

/**
 * Use case: replay rapportage's projections from the event log into a fresh schema (migrations run there, then the
 * same projection use cases the Kafka adapters call, each event id once), and compare every projection table with the
 * live one: row counts and a checksum over the rows (without the projection's own timestamps), and the differing
 * rows when they differ. Started by the `sluitend herbouw-rapportage` CLI; ADR 0017 says how far back the log reaches.
 */
export class HerbouwProjecties {
  private readonly repository = new HerbouwRepository();

  constructor(
    private readonly live: DataSource,
    private readonly databaseUrl: string,
  ) {}

  async execute(command: HerbouwProjectiesCommand): Promise<HerbouwProjectiesResultaat> {
    const { herbouwSchema, behouden } = command.input;
    const liveSchema = schemaOf(this.live);
    if (herbouwSchema === liveSchema) throw new Error('the rebuild schema must differ from the live schema');
    await this.repository.verwijderSchema(this.live, herbouwSchema);
    const herbouw = createServiceDataSource({
      url: this.databaseUrl,
      schema: herbouwSchema,
      entities: [],
      migrations: RAPPORTAGE_MIGRATIES,
      poolSize: 2,
      applicationName: 'rapportage-herbouw',
    });
    try {
      await initializeAndMigrate(herbouw);
      const telling = await this.speelAf(herbouw, command.input.records, command.input.chunk ?? 1000);
      const live: Awaited<ReturnType<HerbouwRepository['vingerafdruk']>>[] = [];
      const herbouwd: typeof live = [];
      const kolommenPerTabel = new Map<string, string[]>();
      for (const tabel of PROJECTIES) {
        const kolommen = await this.repository.kolommen(this.live, liveSchema, tabel, TIJDSTEMPELS_VAN_DE_PROJECTIE);
        kolommenPerTabel.set(tabel, kolommen);
        live.push(await this.repository.vingerafdruk(this.live, liveSchema, tabel, kolommen));
        herbouwd.push(await this.repository.vingerafdruk(this.live, herbouwSchema, tabel, kolommen));
      }
      const vergelijking = vergelijk(live, herbouwd);
      const verschillen: Tabelverschil[] = [];
      for (const t of vergelijking.tabellen.filter((t) => !t.gelijk)) {
        verschillen.push(await this.repository.verschil(this.live, liveSchema, herbouwSchema, t.tabel, kolommenPerTabel.get(t.tabel) ?? []));
      }
      return { ...telling, vergelijking, verschillen };
    } finally {
      if (herbouw.isInitialized) await herbouw.destroy();
      if (!behouden) await this.repository.verwijderSchema(this.live, herbouwSchema);
    }
  }

  /** Applies the log to the fresh schema in runs of one group (groepVan), each event id once. */
  private async speelAf(herbouw: DataSource, records: Iterable<Buffer | string | null> | AsyncIterable<Buffer | string | null>, chunk: number) {
    const dossiers = new ProjecteerDossier(herbouw, new DossiersRepository());
    const overstap = new ProjecteerOverstap(herbouw, new TabellenboekRepository());
    const samenvoegen = new VoegPersonenSamen(herbouw, new TabellenboekRepository());
    const casussen = new ProjecteerCasussen(herbouw, new TrajectcijfersRepository());
    const rondes = new ProjecteerBenaderrondes(herbouw, new RondesEnProgrammasRepository());
    const deelnames = new ProjecteerProgrammadeelnames(herbouw, new RondesEnProgrammasRepository());
    const alerts = new ProjecteerAlerts(herbouw, new AlertcijfersRepository());
    const meldingen = new ProjecteerMeldingen(herbouw, new VerzuimcijfersRepository());
    const ziekteverzuim = new ProjecteerZiekteverzuim(herbouw, new ZiekteverzuimRepository());
    const vsv = new ProjecteerVsv(herbouw, new VsvRepository());
    const jikp = new ProjecteerJikp(herbouw, new JikpRepository());
    const gezien = new Set<string>();
    const telling = { gelezen: 0, toegepast: 0, herhaald: 0, overgeslagen: 0, onleesbaar: 0, vroegste: null as string | null };
    let run: ParsedEvent[] = [];
    const pasToe = async () => {
      if (run.length === 0) return;
      const events = run;
      run = [];
      await herbouw.transaction(async (manager) => {
        const type: string = events[0].type;
        if (CASUS.has(type)) {
          await casussen.execute({ input: { events: events as CasusGebeurtenis[] }, correlationId: 'herbouw' }, manager);
          const afgesloten = events.filter((e) => e.type === 'trajecten.casus.afgesloten') as JikpGebeurtenis[];
          if (afgesloten.length > 0) await jikp.execute({ input: { events: afgesloten }, correlationId: 'herbouw' }, manager);
          return;
        }
        if (DEELNAME.has(type)) {
          await deelnames.execute({ input: { events: events as DeelnameGebeurtenis[] }, correlationId: 'herbouw' }, manager);
          return;
        }
        if (type === RONDE) {
          await rondes.execute({ input: { events: events as RondeGebeurtenis[] }, correlationId: 'herbouw' }, manager);
          return;
        }
        if (ALERT.has(type)) {
          await alerts.execute({ input: { events: events as AlertGebeurtenis[] }, correlationId: 'herbouw' }, manager);
          return;
        }
        if (MELDING.has(type)) {
          await meldingen.execute({ input: { events: events as MeldingGebeurtenis[] }, correlationId: 'herbouw' }, manager);
          return;
        }
        if (ZIEKTEVERZUIM.has(type)) {
          await ziekteverzuim.execute({ input: { events: events as ZiekteverzuimGebeurtenis[] }, correlationId: 'herbouw' }, manager);
          return;
        }
        // The VSV projection reads overstap's inschrijving, dossier and link events besides the tabellenboek (as the
        // live adapters hand them on).
        if (VSV.has(type)) await vsv.execute({ input: { events: events as VsvGebeurtenis[] }, correlationId: 'herbouw' }, manager);
        if (type === GEKOPPELD) {
          const koppelingen = (events as unknown as ParsedEvent<typeof GEKOPPELD>[]).map((e) => e.payload);
          await samenvoegen.execute({ input: { koppelingen }, correlationId: 'herbouw' }, manager);
          await jikp.execute({ input: { events: events as JikpGebeurtenis[] }, correlationId: 'herbouw' }, manager);
          return;
        }
        if (events[0].type === 'overstap.dossier.ingediend') {
          const ingediend = events as ParsedEvent<'overstap.dossier.ingediend'>[];
          await dossiers.execute({ input: { ingediend: ingediend.map((e) => e.payload) }, correlationId: 'herbouw' }, manager);
        }
        await overstap.execute({ input: { events: events as OverstapGebeurtenis[] }, correlationId: 'herbouw' }, manager);
      });
      telling.toegepast += events.length;
    };
    for await (const record of records) {
      if (record === null) continue;
      telling.gelezen++;
      let event: ParsedEvent;
      try {
        event = parseEvent(JSON.parse(record.toString()));
      } catch (error) {
        if (error instanceof SyntaxError || error instanceof EventContractError) {
          telling.onleesbaar++;
          continue;
        }
        throw error;
      }
      if (!GEPROJECTEERD.has(event.type)) {
        telling.overgeslagen++;
        continue;
      }
      if (gezien.has(event.id)) {
        telling.herhaald++;
        continue;
      }
      gezien.add(event.id);
      if (telling.vroegste === null || Date.parse(event.occurredAt) < Date.parse(telling.vroegste)) telling.vroegste = event.occurredAt;
      if (run.length > 0 && (groepVan(run[0].type) !== groepVan(event.type) || run.length >= chunk)) await pasToe();
      run.push(event);
    }
    await pasToe();
    return telling;
  }
}
