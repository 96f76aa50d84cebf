import { useQuery } from '@tanstack/react-query';
import { data, rapportage } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { kolommenAlsSeries } from './reeksen';
import { isLeeg, Tabel } from './tabel';

/** Verzuim figures: meldingen per kind and status, per woongemeente and per school (each organisation its own). */
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
            </>
          )}
        </>
      )}
    </section>
  );
}
