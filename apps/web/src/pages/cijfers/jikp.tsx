import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { alleRmcRegios } from '@sluitend/domain-nl';
import { data, rapportage } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { formatDatum, regioLabel } from '../../teksten';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { GrafiekAntwoord, reeksenVan } from './reeksen';
import { getal, isLeeg, Onderdrukking, Tabel } from './tabel';
import { Voorlopig } from './voorlopig';

/** OCW's age band: 16 up to (not including) 23; the API can stretch it for local plans, the portal asks OCW's. */
const TOT_LEEFTIJD = 23;
/** How many peildata the factsheet's comparison shows (the peildatum and the years before it). */
const JAREN = 5;
/** How many years back the peildatum can be chosen (further when the page's school year lies further back). */
const KEUZEJAREN = 10;

/**
 * Jongeren in een kwetsbare positie (JiKP): the factsheet on a peildatum (1 October) and the kwetsbare positie per
 * gemeente of a school year's uitstroom. An RMC-regio reads its own gemeenten, a gemeente its residents; ops picks one
 * region at a time (the API needs it), small numbers suppressed.
 */
export function JikpSectie({
  schooljaar,
  organisatie,
  ops,
  peiljaar,
}: {
  schooljaar: string;
  organisatie: string;
  ops: boolean;
  /** the year of the last 1 October by the platform's clock: the newest peildatum there is */
  peiljaar: number;
}) {
  const [regio, setRegio] = useState('');
  const rmcRegio = ops && regio ? regio : undefined;
  const naam = rmcRegio ?? organisatie;
  return (
    <section aria-labelledby="jikp" className="sluitend-dashboard-sectie">
      <h2 id="jikp" className="utrecht-heading-2">
        Jongeren in een kwetsbare positie
      </h2>
      <p className="utrecht-paragraph">
        Jongeren van 16 tot en met {TOT_LEEFTIJD - 1} jaar zonder startkwalificatie die praktijkonderwijs, voortgezet speciaal onderwijs, vmbo
        basisberoepsgerichte leerweg of entree volgden, geteld naar hun woongemeente op 1 oktober.
      </p>
      {ops && (
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="jikp-rmc-regio">
            RMC-regio
          </label>
          <select id="jikp-rmc-regio" className="utrecht-select" value={regio} onChange={(event) => setRegio(event.target.value)}>
            <option value="">Kies een RMC-regio</option>
            {alleRmcRegios().map((r) => (
              <option key={r.code} value={r.code}>
                {regioLabel(r.code)}
              </option>
            ))}
          </select>
        </div>
      )}
      {ops && !rmcRegio ? (
        <Leeg>Kies een RMC-regio: de cijfers over jongeren in een kwetsbare positie gaan per regio en gemeente.</Leeg>
      ) : (
        <>
          <Factsheet
            key={`${rmcRegio}-${schooljaar}`}
            rmcRegio={rmcRegio}
            naam={naam}
            standaardJaar={Math.min(peiljaar, Number(schooljaar.slice(0, 4)))}
            laatsteJaar={peiljaar}
          />
          <KwetsbarePositie schooljaar={schooljaar} rmcRegio={rmcRegio} naam={naam} />
        </>
      )}
    </section>
  );
}

/** The factsheet (seed 002): background × participation, age × background, gemeente × background, the years before. */
function Factsheet({
  rmcRegio,
  naam,
  standaardJaar,
  laatsteJaar,
}: {
  rmcRegio: string | undefined;
  naam: string;
  standaardJaar: number;
  laatsteJaar: number;
}) {
  const [jaar, setJaar] = useState(standaardJaar);
  const peildatum = `${jaar}-10-01`;
  const query = { peildatum, ...(rmcRegio ? { rmcRegio } : {}), totLeeftijd: String(TOT_LEEFTIJD), jaren: String(JAREN) };
  const factsheet = useQuery({
    queryKey: ['jikp-factsheet', peildatum, rmcRegio],
    queryFn: () =>
      data(
        rapportage.GET('/api/rapportage/jikp/factsheet', {
          params: { query: { peildatum, ...(rmcRegio ? { rmcRegio } : {}), totLeeftijd: TOT_LEEFTIJD, jaren: JAREN } },
        }),
      ),
  });
  const sheet = factsheet.data;
  const datum = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDatum(iso) : iso);
  // The comparison's series are the total, the backgrounds and the participations: two charts (nine lines would not fit
  // one legend), one table whose rows name their kind.
  const soort = (code: string) => (code === 'totaal' ? 'totaal' : code.startsWith('participatie-') ? 'participatie' : 'achtergrond');
  const alleen = (kind: string) =>
    sheet &&
    reeksenVan(
      {
        ...sheet.vergelijking,
        reeksen: sheet.vergelijking.reeksen.filter((r) => soort(r.code) !== kind).map((r) => (r.code === 'totaal' ? { ...r, naam: 'Totaal' } : r)),
      },
      'aantal',
      {
        label: (_, tekst) => datum(tekst),
      },
    );
  const perAchtergrond = alleen('participatie');
  const perParticipatie = alleen('achtergrond');
  const leeg = sheet?.vergelijking.reeksen.find((reeks) => reeks.code === 'totaal')?.waarden.every((waarde) => waarde === 0) ?? false;
  const benoemd = sheet && {
    ...sheet.vergelijking,
    reeksen: sheet.vergelijking.reeksen.map((reeks) => ({
      ...reeks,
      naam:
        soort(reeks.code) === 'totaal'
          ? 'Totaal'
          : soort(reeks.code) === 'participatie'
            ? `Participatie: ${reeks.naam}`
            : `Achtergrond: ${reeks.naam}`,
    })),
  };
  return (
    <section aria-labelledby="jikp-factsheet">
      <h3 id="jikp-factsheet" className="utrecht-heading-3">
        Factsheet op {formatDatum(peildatum)}
      </h3>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="jikp-peildatum">
          Peildatum
        </label>
        <select id="jikp-peildatum" className="utrecht-select" value={jaar} onChange={(event) => setJaar(Number(event.target.value))}>
          {Array.from({ length: Math.max(KEUZEJAREN, laatsteJaar - jaar + 1) }, (_, i) => laatsteJaar - i).map((j) => (
            <option key={j} value={j}>
              1 oktober {j}
            </option>
          ))}
        </select>
      </div>
      {factsheet.isPending && <Laden wat="De factsheet" />}
      {factsheet.isError && <Fout fout={factsheet.error} wat="De factsheet" />}
      {sheet && benoemd && perAchtergrond && perParticipatie && (
        <>
          <Exports
            rapport="/api/rapportage/jikp/factsheet"
            query={query}
            wat="de JiKP-factsheet"
            bestandsnaam={`jikp-factsheet-${naam}-${peildatum}`}
          />
          {leeg ? (
            <Leeg>
              Geen jongeren in een kwetsbare positie op {formatDatum(peildatum)} en de {JAREN - 1} jaar ervoor.
            </Leeg>
          ) : (
            <>
              <Grafiek
                titel={`Jongeren in een kwetsbare positie per peildatum en achtergrond, ${JAREN} jaar`}
                categorieen={perAchtergrond.categorieen}
                series={perAchtergrond.series}
                soort="lijn"
              />
              <Grafiek
                titel={`Jongeren in een kwetsbare positie per peildatum en participatie, ${JAREN} jaar`}
                categorieen={perParticipatie.categorieen}
                series={perParticipatie.series}
                soort="lijn"
              />
              <GrafiekTabel
                titel="Jongeren in een kwetsbare positie per peildatum"
                kop="Achtergrond of participatie"
                grafiek={benoemd}
                datum={datum}
              />
              <Tabel
                titel={`Achtergrond en participatie op ${formatDatum(sheet.peildatum)}`}
                tabel={sheet.achtergrondEnParticipatie}
                rijkop="Achtergrond"
                kolomkop="participatie"
              />
              <Tabel titel="Leeftijd en achtergrond" tabel={sheet.leeftijdEnAchtergrond} rijkop="Leeftijd op de peildatum" kolomkop="achtergrond" />
              <Tabel titel="Woongemeente en achtergrond" tabel={sheet.gemeenteEnAchtergrond} rijkop="Woongemeente" kolomkop="achtergrond" />
            </>
          )}
          {(sheet.leeftijdOnbekend !== 0 || !leeg) && (
            <p className="utrecht-paragraph">
              {getal(sheet.leeftijdOnbekend)} {sheet.leeftijdOnbekend === 1 ? 'jongere' : 'jongeren'} met onbekende leeftijd{' '}
              {sheet.leeftijdOnbekend === 1 ? 'staat' : 'staan'} niet in de tabellen.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Seed 003's table: per gemeente, every young person in the first category that fits, for one school year's uitstroom. */
function KwetsbarePositie({ schooljaar, rmcRegio, naam }: { schooljaar: string; rmcRegio: string | undefined; naam: string }) {
  const [uitgesplitst, setUitgesplitst] = useState(false);
  const query = { schooljaar, ...(rmcRegio ? { rmcRegio } : {}), totLeeftijd: String(TOT_LEEFTIJD), uitgesplitst: String(uitgesplitst) };
  const positie = useQuery({
    queryKey: ['jikp-kwetsbare-positie', schooljaar, rmcRegio, uitgesplitst],
    queryFn: () =>
      data(
        rapportage.GET('/api/rapportage/jikp/kwetsbare-positie', {
          params: {
            query: { schooljaar, ...(rmcRegio ? { rmcRegio } : {}), totLeeftijd: TOT_LEEFTIJD, uitgesplitst: uitgesplitst ? 'true' : 'false' },
          },
        }),
      ),
  });
  const antwoord = positie.data;
  const grafiek = antwoord && reeksenVan(antwoord.grafiek, 'aantal', { label: (_, tekst) => korteGroep(tekst) });
  return (
    <section aria-labelledby="kwetsbare-positie">
      <h3 id="kwetsbare-positie" className="utrecht-heading-3">
        Kwetsbare positie per gemeente, schooljaar {schooljaar}
      </h3>
      <p className="utrecht-paragraph">
        Elke jongere telt één keer, in de eerste groep die past: uitstroom uit praktijkonderwijs, voortgezet speciaal onderwijs of entree in
        schooljaar {schooljaar}, zittende voortijdig schoolverlaters, en de prioriteitsgroepen van het RMC. Geteld op{' '}
        {formatDatum(`${Number(schooljaar.slice(0, 4)) + 1}-10-01`)}.
      </p>
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <input
          id="jikp-uitgesplitst"
          type="checkbox"
          className="utrecht-checkbox"
          checked={uitgesplitst}
          onChange={(event) => setUitgesplitst(event.target.checked)}
        />
        <label className="utrecht-form-label" htmlFor="jikp-uitgesplitst">
          Uitstroom uitsplitsen naar pro, vso en entree
        </label>
      </div>
      {positie.isPending && <Laden wat="De kwetsbare positie" />}
      {positie.isError && <Fout fout={positie.error} wat="De kwetsbare positie" />}
      {antwoord?.voorlopig && (
        <Voorlopig peildatum={antwoord.peildatum} gevolg="wie dan nog niet is ingeschreven, telt voorlopig als niet in onderwijs." />
      )}
      {antwoord && grafiek && (
        <>
          <Exports
            rapport="/api/rapportage/jikp/kwetsbare-positie"
            query={query}
            wat="de kwetsbare positie"
            bestandsnaam={`kwetsbare-positie-${naam}-${schooljaar}${uitgesplitst ? '-uitgesplitst' : ''}`}
          />
          {isLeeg(antwoord.tabel) ? (
            <Leeg>
              Geen jongeren in een kwetsbare positie voor schooljaar {schooljaar} op {formatDatum(antwoord.peildatum)}.
            </Leeg>
          ) : (
            <>
              <Grafiek
                titel={`Jongeren in een kwetsbare positie per groep en gemeente, schooljaar ${schooljaar}`}
                categorieen={grafiek.categorieen}
                series={grafiek.series}
                gestapeld
                liggend
              />
              <Tabel
                titel={`Jongeren in een kwetsbare positie, schooljaar ${schooljaar}`}
                tabel={antwoord.tabel}
                rijkop="Groep"
                kolomkop="woongemeente"
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** A group's short name on the chart's axis (the table beside it gives the whole definition). */
function korteGroep(groep: string): string {
  const prio = /^doelgroep RMC (prio \d)/.exec(groep);
  if (prio) return `RMC ${prio[1]}`;
  if (groep.startsWith('uitstroom praktijkonderwijs, speciaal onderwijs en entree')) return 'uitstroom pro, vso en entree';
  if (groep.startsWith('uitstroom praktijkonderwijs')) return 'uitstroom pro';
  if (groep.startsWith('uitstroom speciaal onderwijs')) return 'uitstroom vso';
  if (groep.startsWith('uitstroom entree')) return 'uitstroom entree';
  if (groep.startsWith('zittende')) return 'zittende vsv';
  return groep;
}

/** A served figure as a table: a row per series, a column per category (the text alternative of a comparison chart). */
function GrafiekTabel({ titel, kop, grafiek, datum }: { titel: string; kop: string; grafiek: GrafiekAntwoord; datum: (tekst: string) => string }) {
  return (
    <>
      <div className="sluitend-scroll">
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">
            <strong>{titel}</strong> (rijen: {kop.toLowerCase()}; kolommen: peildatum)
          </caption>
          <thead>
            <tr>
              <th scope="col">{kop}</th>
              {grafiek.as.labels.map((label) => (
                <th key={label} scope="col" className="sluitend-getal">
                  {datum(label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grafiek.reeksen.map((reeks) => (
              <tr key={reeks.code}>
                <th scope="row">{reeks.naam}</th>
                {reeks.waarden.map((waarde, i) => (
                  <td key={grafiek.as.codes[i]} className="sluitend-getal">
                    {getal(waarde ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Onderdrukking drempel={grafiek.drempel} />
    </>
  );
}
