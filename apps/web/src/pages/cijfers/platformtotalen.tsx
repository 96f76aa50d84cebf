import { useQuery } from '@tanstack/react-query';
import { data, rapportage } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { regioLabel } from '../../teksten';
import { Grafiek } from './grafiek';

/** Ops: the platform's totals — doorstroomdossiers per RMC-regio (counts only, no personal data). */
export function PlatformtotalenSectie({ schooljaar }: { schooljaar: string }) {
  const tellingen = useQuery({
    queryKey: ['dossier-tellingen', schooljaar],
    queryFn: () => data(rapportage.GET('/api/rapportage/dossiers/tellingen', { params: { query: { schooljaar } } })),
  });
  const totalen = tellingen.data;
  const regios = totalen?.perRmcRegio.map((regio) => (regio.rmcRegio ? regioLabel(regio.rmcRegio) : 'woonregio onbekend')) ?? [];
  return (
    <section aria-labelledby="platformtotalen" className="sluitend-dashboard-sectie">
      <h2 id="platformtotalen" className="utrecht-heading-2">
        Platformtotalen
      </h2>
      {tellingen.isPending && <Laden wat="De platformtotalen" />}
      {tellingen.isError && <Fout fout={tellingen.error} wat="De platformtotalen" />}
      {totalen && (
        <>
          <p className="utrecht-paragraph">
            {totalen.totaal.toLocaleString('nl-NL')} doorstroomdossiers in schooljaar {totalen.schooljaar}, van{' '}
            {totalen.perSchool.length.toLocaleString('nl-NL')} vestigingen.
          </p>
          {totalen.perRmcRegio.length === 0 ? (
            <Leeg>Nog geen dossiers in schooljaar {schooljaar}.</Leeg>
          ) : (
            <>
              <Grafiek
                titel="Doorstroomdossiers per RMC-regio"
                categorieen={regios}
                series={[{ naam: 'Dossiers', waarden: totalen.perRmcRegio.map((regio) => regio.aantal) }]}
                liggend
              />
              <table className="sluitend-tabel">
                <caption className="utrecht-paragraph sluitend-bijschrift">
                  <strong>Doorstroomdossiers per RMC-regio</strong> (woonregio van de leerling)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">RMC-regio</th>
                    <th scope="col" className="sluitend-getal">
                      Dossiers
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {totalen.perRmcRegio.map((regio, index) => (
                    <tr key={regio.rmcRegio ?? 'onbekend'}>
                      <th scope="row">{regios[index]}</th>
                      <td className="sluitend-getal">{regio.aantal.toLocaleString('nl-NL')}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Totaal</th>
                    <td className="sluitend-getal">{totalen.totaal.toLocaleString('nl-NL')}</td>
                  </tr>
                </tfoot>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
