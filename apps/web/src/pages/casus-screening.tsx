import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { data, trajecten } from '../api/client';
import type { components } from '../api/trajecten';
import { Fout, Laden, Melding } from '../components/status';
import { formatDatumTijd } from '../teksten';

type Screening = components['schemas']['ScreeningDto_Output'];
type Leefdomein = keyof Screening['leefdomeinen'];
type Vaardigheid = keyof Screening['vaardigheden'];

export const LEEFDOMEINEN: Record<Leefdomein, string> = {
  school: 'School',
  werk: 'Werk',
  'inkomen-schulden': 'Inkomen en schulden',
  huisvesting: 'Huisvesting',
  'gezondheid-psychisch': 'Gezondheid (ook psychisch)',
  'sociaal-netwerk': 'Sociaal netwerk',
  verslaving: 'Verslaving',
  justitie: 'Justitie',
  dagbesteding: 'Dagbesteding',
};
export const VAARDIGHEDEN: Record<Vaardigheid, string> = {
  leren: 'Leervaardigheden',
  school: 'Schoolvaardigheden',
  arbeid: 'Arbeidsvaardigheden',
  dagbesteding: 'Vaardigheden voor dagbesteding',
};
const SCORES: Record<string, string> = {
  '1': '1 — acuut probleem',
  '2': '2 — niet zelfredzaam',
  '3': '3 — beperkt zelfredzaam',
  '4': '4 — voldoende zelfredzaam',
  '5': '5 — volledig zelfredzaam',
};
const domeinen = Object.keys(LEEFDOMEINEN) as Leefdomein[];
const vaardigheden = Object.keys(VAARDIGHEDEN) as Vaardigheid[];
export const screeningsSleutel = (casusId: string) => ['screenings', casusId];

/** The case's screenings (every one kept, the change since the first and the last one) and the form to record a new one. */
export function ScreeningSectie({ casusId, magVastleggen, onGewijzigd }: { casusId: string; magVastleggen: boolean; onGewijzigd?: () => void }) {
  const queryClient = useQueryClient();
  const pad = { params: { path: { id: casusId } } };
  const screenings = useQuery({
    queryKey: screeningsSleutel(casusId),
    queryFn: () => data(trajecten.GET('/api/trajecten/casussen/{id}/screenings', pad)),
  });
  const [formulier, setFormulier] = useState(false);
  const [gelukt, setGelukt] = useState<string>();
  const [scores, setScores] = useState<Record<string, string>>({});
  const [toelichting, setToelichting] = useState('');
  const [ontbrekend, setOntbrekend] = useState<string[]>([]);
  const vastleggen = useMutation({
    mutationFn: (body: components['schemas']['RegistreerScreeningDto']) =>
      data(trajecten.POST('/api/trajecten/casussen/{id}/screenings', { ...pad, body })),
    onSuccess: async (screening) => {
      setGelukt(
        screening.knelpunten.length === 0
          ? 'De screening is vastgelegd: geen knelpunten.'
          : `De screening is vastgelegd: knelpunten op ${screening.knelpunten.map((d) => LEEFDOMEINEN[d].toLowerCase()).join(', ')}.`,
      );
      setFormulier(false);
      setScores({});
      setToelichting('');
      await queryClient.invalidateQueries({ queryKey: screeningsSleutel(casusId) });
      onGewijzigd?.();
    },
  });
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const leeg = [...domeinen.map((d) => `domein-${d}`), ...vaardigheden.map((v) => `vaardigheid-${v}`)].filter((sleutel) => !scores[sleutel]);
    setOntbrekend(leeg);
    if (leeg.length > 0) return;
    vastleggen.mutate({
      leefdomeinen: Object.fromEntries(domeinen.map((d) => [d, Number(scores[`domein-${d}`])])) as Screening['leefdomeinen'],
      vaardigheden: Object.fromEntries(vaardigheden.map((v) => [v, Number(scores[`vaardigheid-${v}`])])) as Screening['vaardigheden'],
      ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}),
    });
  };
  const keuze = (sleutel: string, label: string) => {
    const fout = ontbrekend.includes(sleutel);
    return (
      <div key={sleutel} className={`utrecht-form-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor={sleutel}>
          {label}
        </label>
        {fout && (
          <p id={`${sleutel}-fout`} className="utrecht-form-field-error-message">
            Kies een score van 1 tot 5.
          </p>
        )}
        <select
          id={sleutel}
          className="utrecht-select"
          value={scores[sleutel] ?? ''}
          aria-invalid={fout ? true : undefined}
          aria-describedby={fout ? `${sleutel}-fout` : undefined}
          onChange={(event) => setScores({ ...scores, [sleutel]: event.target.value })}
        >
          <option value="">Kies een score</option>
          {Object.entries(SCORES).map(([waarde, tekst]) => (
            <option key={waarde} value={waarde}>
              {tekst}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const lijst = screenings.data?.screenings ?? [];
  const verloop = screenings.data?.verloop;
  return (
    <section aria-labelledby="screenings">
      <h2 id="screenings" className="utrecht-heading-2">
        Screening
      </h2>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gelukt}</p>
        </Melding>
      )}
      {screenings.isPending && <Laden wat="De screenings" />}
      {screenings.isError && <Fout fout={screenings.error} wat="De screenings" />}
      {screenings.data && lijst.length === 0 && <p className="utrecht-paragraph">Nog geen screening vastgelegd.</p>}
      {lijst.length > 0 && (
        <div className="sluitend-scroll">
          <table className="sluitend-tabel">
            <caption className="utrecht-paragraph sluitend-bijschrift">
              Scores per screening (1 = acuut probleem, 5 = volledig zelfredzaam), oudste eerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Leefdomein of vaardigheid</th>
                {lijst.map((s) => (
                  <th key={s.id} scope="col">
                    {formatDatumTijd(s.afgenomenOp)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {domeinen.map((d) => (
                <tr key={`d-${d}`}>
                  <th scope="row">{LEEFDOMEINEN[d]}</th>
                  {lijst.map((s) => (
                    <td key={s.id}>
                      {s.leefdomeinen[d]}
                      {s.knelpunten.includes(d) ? ' (knelpunt)' : ''}
                    </td>
                  ))}
                </tr>
              ))}
              {vaardigheden.map((v) => (
                <tr key={`v-${v}`}>
                  <th scope="row">{VAARDIGHEDEN[v]}</th>
                  {lijst.map((s) => (
                    <td key={s.id}>{s.vaardigheden[v]}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">Afgenomen door</th>
                {lijst.map((s) => (
                  <td key={s.id}>{s.door}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {verloop && (
        <p className="utrecht-paragraph">
          Sinds de eerste screening: {verloop.sindsEerste.knelpuntenVan} → {verloop.sindsEerste.knelpuntenNaar} knelpunten
          {verloop.sindsEerste.verbeterd.length > 0
            ? `; verbeterd: ${verloop.sindsEerste.verbeterd.map((d) => LEEFDOMEINEN[d].toLowerCase()).join(', ')}`
            : ''}
          {verloop.sindsEerste.verslechterd.length > 0
            ? `; verslechterd: ${verloop.sindsEerste.verslechterd.map((d) => LEEFDOMEINEN[d].toLowerCase()).join(', ')}`
            : ''}
          .
        </p>
      )}
      {magVastleggen && !formulier && (
        <p className="utrecht-paragraph">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => {
              setGelukt(undefined);
              setFormulier(true);
            }}
          >
            Screening vastleggen
          </button>
        </p>
      )}
      {magVastleggen && formulier && (
        <form className="sluitend-formulier" onSubmit={verstuur} noValidate aria-labelledby="screening-kop">
          <h3 id="screening-kop" className="utrecht-heading-3">
            Screening vastleggen
          </h3>
          {ontbrekend.length > 0 && (
            <p className="utrecht-form-field-error-message" role="alert">
              Geef elk leefdomein en elke vaardigheid een score ({ontbrekend.length} nog leeg).
            </p>
          )}
          {vastleggen.error && <Fout fout={vastleggen.error} wat="De screening" />}
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">Leefdomeinen</legend>
            {domeinen.map((d) => keuze(`domein-${d}`, LEEFDOMEINEN[d]))}
          </fieldset>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">Vaardigheden</legend>
            {vaardigheden.map((v) => keuze(`vaardigheid-${v}`, VAARDIGHEDEN[v]))}
          </fieldset>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="screening-toelichting">
              Toelichting (zonder namen of BSN)
            </label>
            <textarea
              id="screening-toelichting"
              className="utrecht-textarea"
              rows={2}
              maxLength={2000}
              value={toelichting}
              onChange={(event) => setToelichting(event.target.value)}
            />
          </div>
          <div className="sluitend-knoppen">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={vastleggen.isPending}>
              Screening opslaan
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setFormulier(false)}>
              Annuleren
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
