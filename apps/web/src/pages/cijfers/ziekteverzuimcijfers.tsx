import { useQuery } from '@tanstack/react-query';
import { data, rapportage } from '../../api/client';
import type { Gebruiker } from '../../auth';
import { Fout, Laden, Leeg } from '../../components/status';
import { gemeenteLabel } from '../../teksten';
import { Exports } from './exports';
import { Grafiek } from './grafiek';
import { isLeeg, Tabel } from './tabel';

/**
 * Who sees the M@ZL figures (the policy table's ZIEKTEVERZUIMCIJFERS): a school's administration, mentors and beheerder,
 * the GGD's jeugdarts, leerplicht, the RMC and ops.
 */
export function ziekteverzuimcijfersZichtbaar(gebruiker: Gebruiker | undefined): boolean {
  if (!gebruiker) return false;
  const rol = (...rollen: string[]) => rollen.some((r) => gebruiker.rollen.includes(r));
  switch (gebruiker.org.type) {
    case 'vo-school':
    case 'mbo-instelling':
      return rol('schooladministratie', 'mentor', 'beheerder');
    case 'ggd':
      return rol('jeugdarts');
    case 'gemeente':
    case 'rmc-regio':
    case 'ops':
      return true;
    case 'partner':
      return false;
  }
}

/**
 * Zorgwekkend ziekteverzuim (M@ZL): the signals of the school year per school and per woongemeente, per grond, the
 * withdrawn ones apart; a chart of the series the API serves (per school, or per woongemeente for one school).
 */
export function ZiekteverzuimcijfersSectie({ schooljaar, organisatie }: { schooljaar: string; organisatie: string }) {
  const cijfers = useQuery({
    queryKey: ['ziekteverzuimcijfers', schooljaar],
    queryFn: () => data(rapportage.GET('/api/rapportage/ziekteverzuim', { params: { query: { schooljaar } } })),
  });
  const mazl = cijfers.data;
  // Per school (what the jeugdarts and leerplicht plan with); one school's own students per woongemeente.
  const grafiek = mazl && (mazl.perGemeente.rijen.length <= 1 || mazl.perSchool.rijen.length > 1 ? mazl.grafiekPerSchool : mazl.grafiekPerGemeente);
  return (
    <section aria-labelledby="ziekteverzuimcijfers" className="sluitend-dashboard-sectie">
      <h2 id="ziekteverzuimcijfers" className="utrecht-heading-2">
        Zorgwekkend ziekteverzuim (M@ZL)
      </h2>
      {cijfers.isPending && <Laden wat="De M@ZL-cijfers" />}
      {cijfers.isError && <Fout fout={cijfers.error} wat="De M@ZL-cijfers" />}
      {mazl && grafiek && (
        <>
          <p className="utrecht-paragraph">
            Signalen van zorgwekkend ziekteverzuim: de 4e ziekmelding binnen 12 schoolweken of de 7e aaneengesloten schooldag ziek. Een ingetrokken
            signaal (de absentie is gecorrigeerd of de leerling stond dubbel) telt apart.
          </p>
          <Exports
            rapport="/api/rapportage/ziekteverzuim"
            query={{ schooljaar }}
            wat="de M@ZL-cijfers"
            bestandsnaam={`ziekteverzuim-${organisatie}-${schooljaar}`}
          />
          {isLeeg(mazl.perSchool) ? (
            <Leeg>Nog geen signalen van zorgwekkend ziekteverzuim in schooljaar {schooljaar}.</Leeg>
          ) : (
            <>
              <Grafiek
                titel={`Zorgwekkend ziekteverzuim per ${grafiek.as.naam}`}
                categorieen={grafiek.as.labels}
                series={grafiek.reeksen.filter((reeks) => reeks.code !== 'totaal').map((reeks) => ({ naam: reeks.naam, waarden: reeks.waarden }))}
                gestapeld
                liggend
              />
              <Tabel titel="Zorgwekkend ziekteverzuim per school" tabel={mazl.perSchool} rijkop="School (BRIN)" kolomkop="grond" />
              <Tabel
                titel="Zorgwekkend ziekteverzuim per woongemeente"
                tabel={{ ...mazl.perGemeente, rijen: mazl.perGemeente.rijen.map(gemeenteLabel) }}
                rijkop="Woongemeente"
                kolomkop="grond"
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
