import { useQuery } from '@tanstack/react-query';
import { data, rapportage } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { kolommenAlsSeries } from './reeksen';
import { isLeeg, Tabel } from './tabel';

/** A number of days, or "—" (read out) where there is no median: none handled yet, or too few to publish. */
const dagen = (waarde: number | null) =>
  waarde === null ? (
    <>
      <span aria-hidden="true">—</span>
      <span className="sluitend-sr">geen</span>
    </>
  ) : (
    `${waarde.toLocaleString('nl-NL')} dagen`
  );

/**
 * Verzuim figures: meldingen per kind and status, per woongemeente and per school (by kind and by status), and the
 * time to handling in classes and as medians (each organisation its own).
 */
export function VerzuimcijfersSectie({ schooljaar, organisatie }: { schooljaar: string; organisatie: string }) {
  const cijfers = useQuery({
    queryKey: ['verzuimcijfers', schooljaar],
    queryFn: () => data(rapportage.GET('/api/rapportage/verzuim', { params: { query: { schooljaar } } })),
  });
  const verzuim = cijfers.data;
  return (
    <section aria-labelledby="verzuimcijfers" className="sluitend-dashboard-sectie">
      <h2 id="verzuimcijfers" className="utrecht-heading-2">
        Verzuimmeldingen
      </h2>
      {cijfers.isPending && <Laden wat="De verzuimcijfers" />}
      {cijfers.isError && <Fout fout={cijfers.error} wat="De verzuimcijfers" />}
      {verzuim && (
        <>
          <Exports
            rapport="/api/rapportage/verzuim"
            query={{ schooljaar }}
            wat="de verzuimcijfers"
            bestandsnaam={`verzuimcijfers-${organisatie}-${schooljaar}`}
          />
          {isLeeg(verzuim.perSoortEnStatus) ? (
            <Leeg>Nog geen verzuimmeldingen in schooljaar {schooljaar}.</Leeg>
          ) : (
            <>
              <Grafiek
                titel="Verzuimmeldingen per soort en status"
                categorieen={verzuim.perSoortEnStatus.rijen}
                series={kolommenAlsSeries(verzuim.perSoortEnStatus)}
                gestapeld
                liggend
              />
              <Tabel titel="Verzuimmeldingen per soort en status" tabel={verzuim.perSoortEnStatus} rijkop="Soort verzuim" kolomkop="status" />
              <Tabel titel="Verzuimmeldingen per woongemeente" tabel={verzuim.perGemeente} rijkop="Woongemeente" kolomkop="soort verzuim" />
              <Tabel titel="Verzuimmeldingen per school" tabel={verzuim.perSchool} rijkop="School (BRIN)" kolomkop="soort verzuim" />
              {verzuim.perGemeenteEnStatus && (
                <Tabel
                  titel="Verzuimmeldingen per woongemeente en status"
                  tabel={verzuim.perGemeenteEnStatus}
                  rijkop="Woongemeente"
                  kolomkop="status"
                />
              )}
              {verzuim.perSchoolEnStatus && (
                <Tabel titel="Verzuimmeldingen per school en status" tabel={verzuim.perSchoolEnStatus} rijkop="School (BRIN)" kolomkop="status" />
              )}
              <h3 className="utrecht-heading-3">Tijd tot behandeling</h3>
              <p className="utrecht-paragraph">
                Kalenderdagen van de registratie van de melding tot de leerplichtambtenaar of het RMC haar in behandeling nam, en tot zij werd
                afgesloten met een reden van DUO. De dag van registratie is dag 0.
              </p>
              <Grafiek
                titel="Tijd tot in behandeling per soort verzuim"
                categorieen={verzuim.totInBehandeling.rijen}
                series={kolommenAlsSeries(verzuim.totInBehandeling)}
                gestapeld
                liggend
              />
              <Tabel
                titel="Tijd tot in behandeling per soort verzuim"
                tabel={verzuim.totInBehandeling}
                rijkop="Soort verzuim"
                kolomkop="tijd tot in behandeling"
              />
              <Tabel
                titel="Tijd tot afgesloten per soort verzuim"
                tabel={verzuim.totAfgesloten}
                rijkop="Soort verzuim"
                kolomkop="tijd tot afgesloten"
              />
              <div className="sluitend-scroll">
                <table className="sluitend-tabel">
                  <caption className="utrecht-paragraph sluitend-bijschrift">
                    <strong>Mediaan tijd tot behandeling</strong> (de helft van de meldingen was eerder zo ver; p90: 9 op de 10)
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Soort verzuim</th>
                      <th scope="col" className="sluitend-getal">
                        Mediaan tot in behandeling
                      </th>
                      <th scope="col" className="sluitend-getal">
                        p90 tot in behandeling
                      </th>
                      <th scope="col" className="sluitend-getal">
                        Mediaan tot afgesloten
                      </th>
                      <th scope="col" className="sluitend-getal">
                        p90 tot afgesloten
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {verzuim.mediaanDagen.map((m) => (
                      <tr key={m.soort}>
                        <th scope="row">{m.soort}</th>
                        <td className="sluitend-getal">{dagen(m.totInBehandeling.mediaan)}</td>
                        <td className="sluitend-getal">{dagen(m.totInBehandeling.p90)}</td>
                        <td className="sluitend-getal">{dagen(m.totAfgesloten.mediaan)}</td>
                        <td className="sluitend-getal">{dagen(m.totAfgesloten.p90)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
