import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { data, rapportage } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { formatDatum, gemeenteLabel, regioLabel } from '../../teksten';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { reeksenVan } from './reeksen';
import { getal, isLeeg, Tabel } from './tabel';
import { Voorlopig } from './voorlopig';

type Dimensie = 'gemeente' | 'rmc-regio' | 'school' | 'niveau';

/** The rows the figures can be split into: the select's option and the table's row heading. */
const DIMENSIES: { waarde: Dimensie; optie: string; kop: string }[] = [
  { waarde: 'gemeente', optie: 'woongemeente', kop: 'Woongemeente' },
  { waarde: 'rmc-regio', optie: 'RMC-regio', kop: 'RMC-regio' },
  { waarde: 'school', optie: 'school (BRIN)', kop: 'School (BRIN)' },
  { waarde: 'niveau', optie: 'onderwijsniveau', kop: 'Onderwijsniveau' },
];

/** A percentage to one decimal, or "—" (read out): suppressed, or of nobody. */
const procent = (waarde: number | null | undefined, onderdrukt = false) =>
  waarde === null || waarde === undefined ? (
    <>
      <span aria-hidden="true">—</span>
      <span className="sluitend-sr">{onderdrukt ? 'onderdrukt' : 'geen deelnemers'}</span>
    </>
  ) : (
    `${waarde.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`
  );

/**
 * Voortijdig schoolverlaters (OCW's statistical definition): the deelnemers of a school year and who of them left
 * without a startkwalificatie, per woongemeente, RMC-regio, school or level; a school its own, ops suppressed.
 */
export function VsvSectie({ schooljaar, organisatie }: { schooljaar: string; organisatie: string }) {
  const [dimensie, setDimensie] = useState<Dimensie>('gemeente');
  const cijfers = useQuery({
    queryKey: ['vsv', schooljaar, dimensie],
    queryFn: () => data(rapportage.GET('/api/rapportage/vsv', { params: { query: { schooljaar, dimensie } } })),
  });
  const vsv = cijfers.data;
  const kop = DIMENSIES.find((d) => d.waarde === dimensie)?.kop ?? 'Rij';
  const per = kop.toLowerCase();
  const startjaar = Number(schooljaar.slice(0, 4));
  // Rows come as codes (GM0014, MC03, a BRIN) or, per level, as names: a gemeente and a region by name too.
  const label = (code: string, tekst: string) =>
    code === 'totaal' ? 'Totaal' : vsv?.dimensie === 'gemeente' ? gemeenteLabel(code) : vsv?.dimensie === 'rmc-regio' ? regioLabel(code) : tekst;
  const tabel = vsv && { ...vsv.tabel, rijen: vsv.tabel.rijen.map((rij, i) => label(vsv.codes[i] ?? rij, rij)) };
  const aantallen = vsv && reeksenVan(vsv.grafiek, 'aantal', { label, zonder: ['totaal'] });
  const percentages = vsv && reeksenVan(vsv.grafiek, 'percentage', { label });
  // A series' value for one category (a row's code, or "totaal"), and whether it is suppressed.
  const waarde = (reeks: string, categorie: string) => {
    const gevonden = vsv?.grafiek.reeksen.find((r) => r.code === reeks);
    const index = vsv?.grafiek.as.codes.indexOf(categorie) ?? -1;
    return { waarde: gevonden?.waarden[index] ?? null, onderdrukt: gevonden?.onderdrukt[index] ?? false };
  };
  const totaal = (reeks: string) => waarde(reeks, 'totaal').waarde;
  const percentage = (categorie: string) => {
    const { waarde: pct, onderdrukt } = waarde('vsv-percentage', categorie);
    return procent(pct, onderdrukt);
  };
  return (
    <section aria-labelledby="vsv" className="sluitend-dashboard-sectie">
      <h2 id="vsv" className="utrecht-heading-2">
        Voortijdig schoolverlaters
      </h2>
      <p className="utrecht-paragraph">
        Een voortijdig schoolverlater (vsv) is een jongere onder de 23 die op de teldatum 1 oktober {startjaar} ingeschreven stond en op 1 oktober{' '}
        {startjaar + 1} nergens is ingeschreven, zonder startkwalificatie (een diploma havo, vwo of mbo niveau 2 of hoger).
      </p>
      {vsv?.voorlopig && (
        <Voorlopig
          peildatum={vsv.volgendeTeldatum}
          gevolg={`wie nu nog niet voor die dag is ingeschreven, telt voorlopig als voortijdig schoolverlater. Kies schooljaar ${startjaar - 1}-${startjaar} voor de laatste volledige meting.`}
        />
      )}
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="vsv-dimensie">
          Uitsplitsen naar
        </label>
        <select id="vsv-dimensie" className="utrecht-select" value={dimensie} onChange={(event) => setDimensie(event.target.value as Dimensie)}>
          {DIMENSIES.map((d) => (
            <option key={d.waarde} value={d.waarde}>
              {d.optie}
            </option>
          ))}
        </select>
      </div>
      {cijfers.isPending && <Laden wat="De VSV-cijfers" />}
      {cijfers.isError && <Fout fout={cijfers.error} wat="De VSV-cijfers" />}
      {vsv && tabel && aantallen && percentages && (
        <>
          <Exports
            rapport="/api/rapportage/vsv"
            query={{ schooljaar, dimensie }}
            wat="de VSV-cijfers"
            bestandsnaam={`vsv-${organisatie}-${dimensie}-${schooljaar}`}
          />
          {isLeeg(vsv.tabel) ? (
            <Leeg>Nog geen deelnemers in schooljaar {schooljaar}.</Leeg>
          ) : (
            <>
              <p className="utrecht-paragraph">
                Van de {getal(totaal('deelnemers'))} deelnemers op {formatDatum(vsv.teldatum)} waren er {getal(totaal('vsv'))} op{' '}
                {formatDatum(vsv.volgendeTeldatum)} voortijdig schoolverlater: {percentage('totaal')}.
              </p>
              <Grafiek
                titel={`Voortijdig schoolverlaters en deelnemers per ${per}`}
                categorieen={aantallen.categorieen}
                series={aantallen.series}
                liggend
              />
              <Grafiek
                titel={`Percentage voortijdig schoolverlaters per ${per}`}
                categorieen={percentages.categorieen}
                series={percentages.series}
                liggend
              />
              <Tabel
                titel={`Voortijdig schoolverlaters per ${per}`}
                tabel={tabel}
                rijkop={kop}
                kolomkop="vsv of geen vsv; het totaal zijn de deelnemers"
                extra={{ kop: 'Percentage vsv', waarden: vsv.codes.map((code) => percentage(code)), totaal: percentage('totaal') }}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
