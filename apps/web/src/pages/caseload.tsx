import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { data, trajecten } from '../api/client';
import type { components } from '../api/trajecten';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { regioLabel } from '../teksten';
import { useTitel } from './titel';

type Caseload = components['schemas']['CaseloadDto_Output'];
type Soort = Caseload['regels'][number]['soort'];
type Teamlid = components['schemas']['ZetCaseloadTeamDto']['team'][number];

const SOORTEN: Record<Soort, string> = { rmc: 'RMC-trajectbegeleider', leerplicht: 'Leerplichtambtenaar' };
const procent = (waarde: number) => `${waarde.toLocaleString('nl-NL', { maximumFractionDigits: 0 })}%`;
const getal = (tekst: string) => Number(tekst.trim().replace(',', '.'));

/** The coordinator's overview: per professional the open cases against the norm × fte, the team and the region's norms. */
export function CaseloadPagina() {
  useTitel('Caseload');
  const { gebruiker } = useAuth();
  const regio = gebruiker?.org.code ?? '';
  const queryClient = useQueryClient();
  const pad = { params: { path: { rmcRegio: regio } } };
  const caseload = useQuery({ queryKey: ['caseload', regio], queryFn: () => data(trajecten.GET('/api/trajecten/caseload/{rmcRegio}', pad)) });
  const [team, setTeam] = useState<Array<{ gebruiker: string; soort: Soort; fte: string }>>();
  const [normen, setNormen] = useState<{ rmc: string; leerplicht: string }>({ rmc: '', leerplicht: '' });
  const [fouten, setFouten] = useState<string[]>([]);
  const [gelukt, setGelukt] = useState<string>();
  const opslaan = useMutation({
    mutationFn: (body: components['schemas']['ZetCaseloadTeamDto']) => data(trajecten.PUT('/api/trajecten/caseload/{rmcRegio}', { ...pad, body })),
    onSuccess: async () => {
      setGelukt('Het team en de normen zijn opgeslagen.');
      setTeam(undefined);
      await queryClient.invalidateQueries({ queryKey: ['caseload', regio] });
    },
  });
  const bewerk = (data: Caseload) => {
    setGelukt(undefined);
    setFouten([]);
    setNormen({ rmc: String(data.normen.rmc), leerplicht: String(data.normen.leerplicht) });
    setTeam(data.regels.map((r) => ({ gebruiker: r.gebruiker, soort: r.soort, fte: String(r.fte).replace('.', ',') })));
  };
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    if (!team) return;
    const meldingen: string[] = [];
    const rmc = getal(normen.rmc);
    const leerplicht = getal(normen.leerplicht);
    if (!Number.isInteger(rmc) || rmc < 1 || rmc > 1000) meldingen.push('De norm voor RMC is een heel getal van 1 tot en met 1000.');
    if (!Number.isInteger(leerplicht) || leerplicht < 1 || leerplicht > 1000)
      meldingen.push('De norm voor leerplicht is een heel getal van 1 tot en met 1000.');
    const leden: Teamlid[] = team.map((lid, i) => {
      const fte = getal(lid.fte);
      if (!lid.gebruiker.trim()) meldingen.push(`Teamlid ${i + 1}: vul de gebruiker in.`);
      if (!(fte > 0 && fte <= 1)) meldingen.push(`Teamlid ${i + 1}: fte is meer dan 0 en hoogstens 1 (bijvoorbeeld 0,8).`);
      return { gebruiker: lid.gebruiker.trim(), soort: lid.soort, fte };
    });
    setFouten(meldingen);
    if (meldingen.length === 0) opslaan.mutate({ normen: { rmc, leerplicht }, team: leden });
  };
  const c = caseload.data;
  return (
    <>
      <h1 className="utrecht-heading-1">Caseload van {regioLabel(regio)}</h1>
      <p className="utrecht-paragraph">
        Per casusregisseur het aantal open casussen tegen de norm maal de fte. Boven de norm betekent: niet meer toewijzen, of het team uitbreiden.
      </p>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gelukt}</p>
        </Melding>
      )}
      {caseload.isPending && <Laden wat="De caseload" />}
      {caseload.isError && <Fout fout={caseload.error} wat="De caseload" />}
      {c && (
        <>
          <dl className="sluitend-velden">
            <dt>Norm RMC</dt>
            <dd>{c.normen.rmc} casussen per fte</dd>
            <dt>Norm leerplicht</dt>
            <dd>{c.normen.leerplicht} casussen per fte</dd>
            <dt>Totaal</dt>
            <dd>
              {c.totaal.aantal} van {c.totaal.capaciteit} ({procent(c.totaal.bezettingProcent)})
            </dd>
            <dt>Open casussen zonder casusregisseur</dt>
            <dd>{c.nietToegewezen}</dd>
          </dl>
          {c.onbekendeRegisseurs.length > 0 && (
            <Melding soort="warning" titel="Casusregisseurs die niet in het team staan">
              <p className="utrecht-paragraph">
                {c.onbekendeRegisseurs.join(', ')}: zet ze in het team met hun fte, anders tellen hun casussen niet mee tegen een norm.
              </p>
            </Melding>
          )}
          {c.regels.length === 0 ? (
            <Leeg>Er staat nog niemand in het team. Voeg de casusregisseurs toe met hun fte.</Leeg>
          ) : (
            <table className="sluitend-tabel">
              <caption className="utrecht-paragraph sluitend-bijschrift">Caseload per professional</caption>
              <thead>
                <tr>
                  <th scope="col">Professional</th>
                  <th scope="col">Soort</th>
                  <th scope="col">Fte</th>
                  <th scope="col">Open casussen</th>
                  <th scope="col">Norm × fte</th>
                  <th scope="col">Bezetting</th>
                </tr>
              </thead>
              <tbody>
                {c.regels.map((r) => (
                  <tr key={r.gebruiker}>
                    <th scope="row">{r.gebruiker}</th>
                    <td>{SOORTEN[r.soort]}</td>
                    <td>{r.fte.toLocaleString('nl-NL')}</td>
                    <td>{r.aantal}</td>
                    <td>{r.capaciteit}</td>
                    <td>
                      <span className={`sluitend-status sluitend-status--${r.bovenNorm ? 'fout' : 'klaar'}`}>
                        {procent(r.bezettingProcent)}
                        {r.bovenNorm ? ', boven de norm' : ''}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {!team && (
            <p className="utrecht-paragraph">
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => bewerk(c)}>
                Team en normen bewerken
              </button>
            </p>
          )}
        </>
      )}
      {team && (
        <form className="sluitend-formulier sluitend-formulier--breed" onSubmit={verstuur} noValidate aria-labelledby="team-kop">
          <h2 id="team-kop" className="utrecht-heading-2">
            Team en normen
          </h2>
          {fouten.length > 0 && (
            <div className="utrecht-form-field-error-message" role="alert">
              <ul className="utrecht-unordered-list">
                {fouten.map((fout) => (
                  <li key={fout}>{fout}</li>
                ))}
              </ul>
            </div>
          )}
          {opslaan.error && <Fout fout={opslaan.error} wat="Het team" />}
          <div className="sluitend-rijformulier">
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="norm-rmc">
                Norm RMC (casussen per fte)
              </label>
              <input
                id="norm-rmc"
                className="utrecht-textbox"
                inputMode="numeric"
                value={normen.rmc}
                onChange={(event) => setNormen({ ...normen, rmc: event.target.value })}
              />
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="norm-leerplicht">
                Norm leerplicht (casussen per fte)
              </label>
              <input
                id="norm-leerplicht"
                className="utrecht-textbox"
                inputMode="numeric"
                value={normen.leerplicht}
                onChange={(event) => setNormen({ ...normen, leerplicht: event.target.value })}
              />
            </div>
          </div>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">Team</legend>
            {team.map((lid, i) => (
              <div key={i} className="sluitend-rijformulier" role="group" aria-label={`Teamlid ${i + 1}`}>
                <div className="utrecht-form-field">
                  <label className="utrecht-form-label" htmlFor={`lid-${i}-gebruiker`}>
                    Gebruiker (zoals bij de casusregisseur)
                  </label>
                  <input
                    id={`lid-${i}-gebruiker`}
                    className="utrecht-textbox"
                    value={lid.gebruiker}
                    onChange={(event) => setTeam(team.map((x, j) => (j === i ? { ...x, gebruiker: event.target.value } : x)))}
                  />
                </div>
                <div className="utrecht-form-field">
                  <label className="utrecht-form-label" htmlFor={`lid-${i}-soort`}>
                    Soort werk
                  </label>
                  <select
                    id={`lid-${i}-soort`}
                    className="utrecht-select"
                    value={lid.soort}
                    onChange={(event) => setTeam(team.map((x, j) => (j === i ? { ...x, soort: event.target.value as Soort } : x)))}
                  >
                    {Object.entries(SOORTEN).map(([waarde, label]) => (
                      <option key={waarde} value={waarde}>
                        {label}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="utrecht-form-field">
                  <label className="utrecht-form-label" htmlFor={`lid-${i}-fte`}>
                    Fte
                  </label>
                  <input
                    id={`lid-${i}-fte`}
                    className="utrecht-textbox"
                    inputMode="decimal"
                    value={lid.fte}
                    onChange={(event) => setTeam(team.map((x, j) => (j === i ? { ...x, fte: event.target.value } : x)))}
                  />
                </div>
                <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setTeam(team.filter((_, j) => j !== i))}>
                  Teamlid {i + 1} weghalen
                </button>
              </div>
            ))}
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setTeam([...team, { gebruiker: '', soort: 'rmc', fte: '1' }])}
            >
              Teamlid toevoegen
            </button>
          </fieldset>
          <div className="sluitend-knoppen">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={opslaan.isPending}>
              Team en normen opslaan
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setTeam(undefined)}>
              Annuleren
            </button>
          </div>
        </form>
      )}
    </>
  );
}
