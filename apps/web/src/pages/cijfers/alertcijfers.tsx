import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { data, rapportage } from '../../api/client';
import { Fout, Laden, Leeg } from '../../components/status';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { isLeeg, Tabel } from './tabel';

type Dimensie = 'organisatie' | 'signaaltype';

/** Alerts (notificaties): where they stand, and how long pick-up and handling took, per organisation or kind of signal. */
export function AlertcijfersSectie({ schooljaar, organisatie }: { schooljaar: string; organisatie: string }) {
  const [dimensie, setDimensie] = useState<Dimensie>('signaaltype');
  const cijfers = useQuery({
    queryKey: ['alertcijfers', schooljaar, dimensie],
    queryFn: () => data(rapportage.GET('/api/rapportage/alerts', { params: { query: { schooljaar, dimensie } } })),
  });
  const alerts = cijfers.data;
  const rijkop = dimensie === 'organisatie' ? 'Organisatie' : 'Soort signaal';
  return (
    <section aria-labelledby="alertcijfers" className="sluitend-dashboard-sectie">
      <h2 id="alertcijfers" className="utrecht-heading-2">
        Oppakken en afhandelen van signalen
      </h2>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="dimensie">
          Rijen per
        </label>
        <select id="dimensie" className="utrecht-select" value={dimensie} onChange={(event) => setDimensie(event.target.value as Dimensie)}>
          <option value="signaaltype">soort signaal</option>
          <option value="organisatie">organisatie</option>
        </select>
      </div>
      {cijfers.isPending && <Laden wat="De alertcijfers" />}
      {cijfers.isError && <Fout fout={cijfers.error} wat="De alertcijfers" />}
      {alerts && (
        <>
          <Exports
            rapport="/api/rapportage/alerts"
            query={{ schooljaar, dimensie }}
            wat="de alertcijfers"
            bestandsnaam={`alertcijfers-${organisatie}-${dimensie}-${schooljaar}`}
          />
          {isLeeg(alerts.stand) ? (
            <Leeg>Nog geen signalen in schooljaar {schooljaar}.</Leeg>
          ) : (
            <>
              <Grafiek
                titel="Tijd tot oppakken en tot afhandelen"
                categorieen={alerts.opgepakt.kolommen}
                series={[
                  { naam: 'Opgepakt', waarden: alerts.opgepakt.kolomtotalen },
                  {
                    naam: 'Afgehandeld',
                    waarden: alerts.opgepakt.kolommen.map(
                      (kolom) => alerts.afgehandeld.kolomtotalen[alerts.afgehandeld.kolommen.indexOf(kolom)] ?? null,
                    ),
                  },
                ]}
              />
              <Tabel titel="Stand van de signalen" tabel={alerts.stand} rijkop={rijkop} kolomkop="stand" />
              <Tabel titel="Tijd tot oppakken" tabel={alerts.opgepakt} rijkop={rijkop} kolomkop="tijd" />
              <Tabel titel="Tijd tot afhandelen" tabel={alerts.afgehandeld} rijkop={rijkop} kolomkop="tijd" />
            </>
          )}
        </>
      )}
    </section>
  );
}
