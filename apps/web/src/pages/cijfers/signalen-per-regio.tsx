import { useQuery } from '@tanstack/react-query';
import { data, rapportage } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { regioLabel } from '../../teksten';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { kolommenAlsSeries } from './reeksen';
import { Tabel } from './tabel';

/** Signals per RMC-regio and kind (an RMC its own region, ops every region suppressed), with its exports (always suppressed). */
export function SignalenPerRegioSectie({ schooljaar, organisatie }: { schooljaar: string; organisatie: string }) {
  const signalen = useQuery({
    queryKey: ['signalen-per-regio', schooljaar],
    queryFn: () => data(rapportage.GET('/api/rapportage/signalen', { params: { query: { schooljaar } } })),
  });
  const antwoord = signalen.data;
  const tabel = antwoord && {
    ...antwoord.tabel,
    rijen: antwoord.rmcRegios.map((code, index) => (code ? regioLabel(code) : (antwoord.tabel.rijen[index] ?? 'onbekend'))),
  };
  return (
    <section aria-labelledby="per-regio" className="sluitend-dashboard-sectie">
      <h2 id="per-regio" className="utrecht-heading-2">
        Signalen per RMC-regio
      </h2>
      {signalen.isPending && <Laden wat="De signalen" />}
      {signalen.isError && <Fout fout={signalen.error} wat="De signalen per regio" />}
      {tabel && (
        <Exports
          rapport="/api/rapportage/signalen"
          query={{ schooljaar }}
          wat="de signalen per regio"
          bestandsnaam={`signalen-per-regio-${organisatie}-${schooljaar}`}
        />
      )}
      {tabel && tabel.rijen.length === 0 && <Leeg>Nog geen signalen in schooljaar {schooljaar}.</Leeg>}
      {tabel && tabel.rijen.length > 0 && (
        <>
          <Grafiek
            titel={`Signalen per soort, schooljaar ${schooljaar}`}
            categorieen={tabel.rijen}
            series={kolommenAlsSeries(tabel)}
            gestapeld
            liggend
          />
          <Tabel titel={`Signalen in schooljaar ${schooljaar}`} tabel={tabel} rijkop="RMC-regio" kolomkop="soort signaal" />
        </>
      )}
    </section>
  );
}
