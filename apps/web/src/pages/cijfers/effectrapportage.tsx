import { useQuery } from '@tanstack/react-query';
import { data, rapportage } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { isLeeg, Tabel } from './tabel';

/** The RMC's effectrapportage (trajecten): outcomes per region, time to first contact and to intake in week buckets. */
export function EffectrapportageSectie({ schooljaar, organisatie }: { schooljaar: string; organisatie: string }) {
  const rapport = useQuery({
    queryKey: ['effectrapportage', schooljaar],
    queryFn: () => data(rapportage.GET('/api/rapportage/effectrapportage', { params: { query: { schooljaar } } })),
  });
  const effect = rapport.data;
  return (
    <section aria-labelledby="effectrapportage" className="sluitend-dashboard-sectie">
      <h2 id="effectrapportage" className="utrecht-heading-2">
        Effectrapportage
      </h2>
      {rapport.isPending && <Laden wat="De effectrapportage" />}
      {rapport.isError && <Fout fout={rapport.error} wat="De effectrapportage" />}
      {effect && (
        <>
          <Exports
            rapport="/api/rapportage/effectrapportage"
            query={{ schooljaar }}
            wat="de effectrapportage"
            bestandsnaam={`effectrapportage-${organisatie}-${schooljaar}`}
          />
          {isLeeg(effect.uitkomsten) && isLeeg(effect.eersteContact) && isLeeg(effect.intake) ? (
            <Leeg>Nog geen trajecten in schooljaar {schooljaar}.</Leeg>
          ) : (
            <>
              <Grafiek
                titel="Uitkomsten van trajecten"
                categorieen={effect.uitkomsten.kolommen}
                series={[{ naam: 'Trajecten', waarden: effect.uitkomsten.kolomtotalen }]}
                liggend
              />
              <Tabel titel="Uitkomsten" tabel={effect.uitkomsten} rijkop="RMC-regio" kolomkop="uitkomst" />
              <Grafiek
                titel="Tijd tot eerste contact en tot intake"
                categorieen={effect.eersteContact.kolommen}
                series={[
                  { naam: 'Eerste contact', waarden: effect.eersteContact.kolomtotalen },
                  {
                    naam: 'Intake',
                    waarden: effect.eersteContact.kolommen.map((kolom) => effect.intake.kolomtotalen[effect.intake.kolommen.indexOf(kolom)] ?? null),
                  },
                ]}
              />
              <Tabel titel="Tijd tot eerste contact" tabel={effect.eersteContact} rijkop="RMC-regio" kolomkop="weken" />
              <Tabel titel="Tijd tot intake" tabel={effect.intake} rijkop="RMC-regio" kolomkop="weken" />
            </>
          )}
        </>
      )}
    </section>
  );
}
