import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { data, notificaties, overstap } from '../api/client';
import { Fout, Laden, Melding } from '../components/status';
import { useKlok } from '../klok';
import { formatDatumTijd, regelLabel } from '../teksten';
import { useTitel } from './titel';

type Gevuurd = { service: string; nu: string; verzet: boolean; gevuurd: Record<string, unknown>[] };

/** The moments of a schooljaar that matter (the year of 1 April is the second year of the schooljaar). */
function momenten(schooljaar: string) {
  const jaar = Number(schooljaar.slice(5));
  return [
    { label: `1 maart ${jaar}`, naar: `${jaar}-03-01T08:00:00+01:00` },
    { label: `15 maart ${jaar}`, naar: `${jaar}-03-15T08:00:00+01:00` },
    { label: `2 april ${jaar} (1 april voorbij)`, naar: `${jaar}-04-02T08:00:00+02:00` },
    { label: `2 oktober ${jaar} (teldatum 1 oktober voorbij)`, naar: `${jaar}-10-02T08:00:00+02:00` },
  ];
}

/** One thing the due work did, in words: a deadline rule with its schooljaar and signals, else its fields. */
function beschrijf(uitkomst: Record<string, unknown>): string {
  const { regel, schooljaar, signalen, ...rest } = uitkomst;
  const delen = [
    typeof regel === 'string' ? regelLabel(regel) : undefined,
    typeof schooljaar === 'string' ? `schooljaar ${schooljaar}` : undefined,
    typeof signalen === 'number' ? `${signalen} ${signalen === 1 ? 'signaal' : 'signalen'}` : undefined,
    ...Object.entries(rest).map(([sleutel, waarde]) => `${sleutel}: ${typeof waarde === 'object' ? JSON.stringify(waarde) : String(waarde)}`),
  ];
  return delen.filter(Boolean).join(', ');
}

/**
 * Demo mode: move the platform's one demo clock forward through the school year. overstap moves it and fires its
 * deadlines; then notificaties is asked too, so its due work (escalations) runs and is reported here.
 */
export function DemojaarPagina() {
  useTitel('Demojaar');
  const klok = useKlok();
  const queryClient = useQueryClient();
  const [eigen, setEigen] = useState('');
  const [resultaat, setResultaat] = useState<Gevuurd[]>();
  const verzet = useMutation({
    mutationFn: async (naar: string) => {
      const eerst = await data(overstap.POST('/api/overstap/demo/klok', { body: { naar } }));
      const daarna = await data(notificaties.POST('/api/notificaties/demo/klok', { body: { naar } }));
      return [
        { service: 'overstap', ...eerst },
        { service: 'notificaties', ...daarna },
      ];
    },
    onSuccess: async (uitkomst) => {
      setResultaat(uitkomst);
      await queryClient.invalidateQueries();
    },
  });
  const eigenMoment = (event: FormEvent) => {
    event.preventDefault();
    if (eigen) verzet.mutate(new Date(eigen).toISOString());
  };

  return (
    <>
      <h1 className="utrecht-heading-1">Demojaar</h1>
      <p className="utrecht-paragraph">
        Zet de demoklok vooruit door het schooljaar. Deadlines die daarbij verlopen, vuren meteen; je ziet hieronder wat er gebeurde.
      </p>
      {klok.isPending && <Laden wat="De klok" />}
      {klok.isError && <Fout fout={klok.error} wat="De klok" />}
      {klok.data && (
        <>
          <p className="utrecht-paragraph">
            Het is nu <strong>{formatDatumTijd(klok.data.nu)}</strong> (schooljaar {klok.data.schooljaar}).
          </p>
          {!klok.data.demo && (
            <Melding soort="warning">
              <p className="utrecht-paragraph">Het platform draait niet in demo-modus: de klok is niet verzetbaar.</p>
            </Melding>
          )}
          <h2 className="utrecht-heading-2">Ga naar</h2>
          <div className="sluitend-knoppen">
            {momenten(klok.data.schooljaar).map((moment) => (
              <button
                key={moment.naar}
                type="button"
                className="utrecht-button utrecht-button--primary-action"
                disabled={verzet.isPending || new Date(moment.naar) <= new Date(klok.data.nu)}
                onClick={() => verzet.mutate(moment.naar)}
              >
                {moment.label}
              </button>
            ))}
          </div>
          <form className="sluitend-formulier" onSubmit={eigenMoment}>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="eigen-moment">
                Of kies zelf een moment
              </label>
              <input
                id="eigen-moment"
                className="utrecht-textbox"
                type="datetime-local"
                value={eigen}
                onChange={(event) => setEigen(event.target.value)}
              />
            </div>
            <div>
              <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={verzet.isPending || !eigen}>
                Klok verzetten
              </button>
            </div>
          </form>
        </>
      )}
      {verzet.isPending && <Laden wat="Klok verzetten en deadlines" />}
      {verzet.isError && <Fout fout={verzet.error} wat="De klok" />}
      {resultaat && (
        <section aria-labelledby="gevuurd">
          <h2 id="gevuurd" className="utrecht-heading-2">
            Wat er gebeurde
          </h2>
          <p className="utrecht-paragraph">De signalen staan binnen enkele seconden in de inbox van het RMC, van leerplicht en van de school.</p>
          {resultaat.map((r) => (
            <div key={r.service} className="sluitend-blok">
              <h3 className="utrecht-heading-3">{r.service}</h3>
              <p className="utrecht-paragraph">
                Klok op {formatDatumTijd(r.nu)}
                {r.verzet ? '' : ' (stond al op of na dit moment)'}.
              </p>
              {r.gevuurd.length === 0 ? (
                <p className="utrecht-paragraph">Geen uitgesteld werk verlopen.</p>
              ) : (
                <ul className="utrecht-unordered-list">
                  {r.gevuurd.map((uitkomst, index) => (
                    <li key={index}>{beschrijf(uitkomst)}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
    </>
  );
}
