import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { alleRmcRegios } from '@sluitend/domain-nl';
import { data, rapportage } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { isLeeg, Tabel } from './tabel';

type Dimensie = 'opleiding' | 'instelling';

const REGIOS = [...alleRmcRegios()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));

const WAAROM = {
  gevraagd: 'de regio die je koos',
  'eigen-regio': 'je eigen regio',
  'meeste-studenten': 'de regio waar de meeste van je studenten van dit schooljaar wonen',
} as const;

/** Short column heads (the reasons are listed above the table), so the eleven columns fit beside each other. */
const kort = (code: string) => (code.startsWith('reden-') ? `reden ${code.slice(6)}` : code === 'switch' ? 'geswitcht' : 'niet beëindigd');

/** A percentage, "—" (read out as "onderdrukt") where a count it comes from is hidden, "geen" over nobody. */
function procent(waarde: number | null | undefined, onderdrukt: boolean | undefined) {
  if (waarde !== null && waarde !== undefined) return `${waarde.toLocaleString('nl-NL')}%`;
  return onderdrukt ? (
    <>
      <span aria-hidden="true">—</span>
      <span className="sluitend-sr">onderdrukt</span>
    </>
  ) : (
    'geen'
  );
}

/**
 * Uitschrijving (DUO reasons 1–9) and switch of the mbo inschrijvingen that ran in the school year, per institution or
 * programme, with the rates beside those of a region (issue 15 item 2): each organisation its own scope.
 */
export function UitschrijvingenSectie({ schooljaar, organisatie }: { schooljaar: string; organisatie: string }) {
  const [dimensie, setDimensie] = useState<Dimensie>('opleiding');
  const [regio, setRegio] = useState('');
  const query = { schooljaar, dimensie, ...(regio ? { rmcRegio: regio } : {}) };
  const cijfers = useQuery({
    queryKey: ['uitschrijvingen', schooljaar, dimensie, regio],
    queryFn: () => data(rapportage.GET('/api/rapportage/uitschrijvingen', { params: { query } })),
  });
  const uit = cijfers.data;
  const rijkop = dimensie === 'opleiding' ? 'Opleiding' : 'Mbo-instelling (BRIN)';
  return (
    <section aria-labelledby="uitschrijvingen" className="sluitend-dashboard-sectie">
      <h2 id="uitschrijvingen" className="utrecht-heading-2">
        Uitschrijving en switch
      </h2>
      <p className="utrecht-paragraph">
        De mbo-inschrijvingen die in schooljaar {schooljaar} liepen (nieuw of doorlopend): hoeveel eindigden met een uitschrijving, per reden van DUO,
        of met een switch naar een andere opleiding. Uitval is uitschrijving met elke reden behalve 8 (geen uitval). De regio ter vergelijking telt
        alle mbo-inschrijvingen van de jongeren die er wonen, bij alle instellingen.
      </p>
      <div className="sluitend-filters">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="uitschrijvingen-dimensie">
            Uitschrijvingen per
          </label>
          <select
            id="uitschrijvingen-dimensie"
            className="utrecht-select"
            value={dimensie}
            onChange={(event) => setDimensie(event.target.value as Dimensie)}
          >
            <option value="opleiding">opleiding</option>
            <option value="instelling">mbo-instelling</option>
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="uitschrijvingen-regio">
            Vergelijk met regio
          </label>
          <select id="uitschrijvingen-regio" className="utrecht-select" value={regio} onChange={(event) => setRegio(event.target.value)}>
            <option value="">standaard</option>
            {REGIOS.map((r) => (
              <option key={r.code} value={r.code}>
                {r.naam} ({r.code})
              </option>
            ))}
          </select>
        </div>
      </div>
      {cijfers.isPending && <Laden wat="De uitschrijvingscijfers" />}
      {cijfers.isError && <Fout fout={cijfers.error} wat="De uitschrijvingscijfers" />}
      {uit && (
        <>
          <Exports
            rapport="/api/rapportage/uitschrijvingen"
            query={query}
            wat="de uitschrijvingscijfers"
            bestandsnaam={`uitschrijvingen-${organisatie}-${dimensie}-${schooljaar}`}
          />
          {isLeeg(uit.tabel) ? (
            <Leeg>Geen mbo-inschrijvingen in schooljaar {schooljaar}.</Leeg>
          ) : (
            <>
              <Grafiek
                titel={`Uitgeschreven, uitgevallen en geswitcht in procent van de inschrijvingen, per ${dimensie === 'opleiding' ? 'opleiding' : 'instelling'}`}
                categorieen={uit.grafiek.as.labels}
                series={uit.grafiek.reeksen.map((reeks) => ({ naam: reeks.naam, waarden: reeks.waarden }))}
                liggend
              />
              <div className="sluitend-scroll">
                <table className="sluitend-tabel">
                  <caption className="utrecht-paragraph sluitend-bijschrift">
                    <strong>Percentages van de inschrijvingen</strong> (rijen: {rijkop.toLowerCase()}, het totaal en de regio)
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{rijkop}</th>
                      {uit.grafiek.reeksen.map((reeks) => (
                        <th key={reeks.code} scope="col" className="sluitend-getal">
                          {reeks.naam}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {uit.grafiek.as.labels.map((label, i) => (
                      <tr key={uit.grafiek.as.codes[i]}>
                        <th scope="row">{label}</th>
                        {uit.grafiek.reeksen.map((reeks) => (
                          <td key={reeks.code} className="sluitend-getal">
                            {procent(reeks.waarden[i], reeks.onderdrukt[i])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="utrecht-paragraph">
                Redenen van DUO:{' '}
                {uit.tabel.kolommen
                  .filter((_, k) => uit.kolomcodes[k].startsWith('reden-'))
                  .join('; ')
                  .replace(/reden /g, '')}
                .
              </p>
              <Tabel
                titel="Uitschrijvingen per reden en switches"
                tabel={{ ...uit.tabel, kolommen: uit.kolomcodes.map(kort) }}
                rijkop={rijkop}
                kolomkop="einde in het schooljaar"
              />
              {uit.regio ? (
                <>
                  <p className="utrecht-paragraph">
                    Ter vergelijking {uit.regio.naam} ({uit.regio.code}): {WAAROM[uit.regio.keuze]}. Telt deze rij ook studenten van andere
                    organisaties, dan is zij onderdrukt waar zij iets over hen zou verraden.
                  </p>
                  <Tabel
                    titel={`Regio ${uit.regio.naam}`}
                    tabel={{ ...uit.regio.tabel, kolommen: uit.kolomcodes.map(kort) }}
                    rijkop="RMC-regio"
                    kolomkop="einde in het schooljaar"
                  />
                </>
              ) : (
                <p className="utrecht-paragraph">Kies een regio om mee te vergelijken.</p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
