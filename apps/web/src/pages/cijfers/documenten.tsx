import { useMutation, useQuery } from '@tanstack/react-query';
import { data, rapportage } from '../../api/client';
import type { components } from '../../api/rapportage';
import { Fout, Laden, Leeg } from '../../components/status';
import { bewaar } from './exports';

type Document = components['schemas']['GegenereerdeDocumentenDto_Output']['documenten'][number];

const SOORTEN: Record<Document['soort'], string> = { tabellenboek: 'Tabellenboek', effectrapportage: 'Effectrapportage' };
const TYPEN: Record<Document['formaat'], string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const datum = (iso: string) =>
  new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/**
 * The yearly reports rapportage generates on schedule (the tabellenboek per school after the teldatum, the
 * effectrapportage per region before 15 December), as PDF and XLSX: a school its own, an RMC its region's, ops all.
 */
export function DocumentenSectie() {
  const lijst = useQuery({
    queryKey: ['documenten'],
    queryFn: () => data(rapportage.GET('/api/rapportage/documenten')),
  });
  const download = useMutation({
    mutationFn: async (document: Document) => {
      const { data: blob, response } = await rapportage.GET('/api/rapportage/documenten/{id}', {
        params: { path: { id: document.id } },
        parseAs: 'blob',
      });
      if (!response.ok || blob === undefined) throw new Error(`Het downloaden is mislukt (HTTP ${response.status}).`);
      bewaar(new Blob([blob], { type: TYPEN[document.formaat] }), document.bestandsnaam);
    },
  });
  const documenten = lijst.data?.documenten;
  return (
    <section aria-labelledby="jaarrapporten" className="sluitend-dashboard-sectie">
      <h2 id="jaarrapporten" className="utrecht-heading-2">
        Jaarrapporten
      </h2>
      <p className="utrecht-paragraph">
        Elk jaar gemaakt: het tabellenboek per school na de teldatum van 1 oktober en de effectrapportage per RMC-regio vóór 15 december, als PDF en
        XLSX, met kleine aantallen onderdrukt.
      </p>
      {lijst.isPending && <Laden wat="De jaarrapporten" />}
      {lijst.isError && <Fout fout={lijst.error} wat="De jaarrapporten" />}
      {documenten && documenten.length === 0 && <Leeg>Er zijn nog geen jaarrapporten gemaakt.</Leeg>}
      {documenten && documenten.length > 0 && (
        <div className="sluitend-scroll">
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">
              <strong>Gemaakte jaarrapporten</strong> (nieuwste eerst)
            </caption>
            <thead>
              <tr>
                <th scope="col">Rapport</th>
                <th scope="col">Schooljaar</th>
                <th scope="col">School of regio</th>
                <th scope="col">Gemaakt op</th>
                <th scope="col">Bestand</th>
              </tr>
            </thead>
            <tbody>
              {documenten.map((document) => (
                <tr key={document.id}>
                  <th scope="row">{SOORTEN[document.soort]}</th>
                  <td>{document.schooljaar}</td>
                  <td>{document.organisatie}</td>
                  <td>{datum(document.gegenereerdOp)}</td>
                  <td>
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action"
                      disabled={download.isPending}
                      onClick={() => download.mutate(document)}
                    >
                      Download {document.bestandsnaam}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {download.error && <Fout fout={download.error} wat="Het jaarrapport" />}
    </section>
  );
}
