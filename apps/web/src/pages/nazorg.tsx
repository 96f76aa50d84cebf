import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { data, trajecten } from '../api/client';
import type { components } from '../api/trajecten';
import { useAuth } from '../auth';
import { Fout, Laden, Leeg, Melding } from '../components/status';
import { formatDatum, regioLabel } from '../teksten';
import { useTitel } from './titel';

type Controle = components['schemas']['NazorgcontrolesDto_Output']['nazorgcontroles'][number];
type Resultaat = NonNullable<Controle['resultaat']>;

export const NAZORG_RESULTATEN: Record<Resultaat, string> = {
  'plek-behouden': 'Plek behouden',
  uitgevallen: 'Uitgevallen',
  'niet-bereikt': 'Niet bereikt',
};

/** The region's nazorg checks that fell due and wait for a result, longest waiting first; record each result. */
export function NazorgPagina() {
  useTitel('Nazorg');
  const { gebruiker } = useAuth();
  const regio = gebruiker?.org.code ?? '';
  const queryClient = useQueryClient();
  const [gelukt, setGelukt] = useState<string>();
  const controles = useQuery({
    queryKey: ['nazorgcontroles', regio],
    queryFn: () => data(trajecten.GET('/api/trajecten/nazorgcontroles/{rmcRegio}', { params: { path: { rmcRegio: regio } } })),
  });
  return (
    <>
      <h1 className="utrecht-heading-1">Nazorg in {regioLabel(regio)}</h1>
      <p className="utrecht-paragraph">
        Een paar maanden nadat een jongere een plek vond, kijkt het RMC of die plek er nog is. Hieronder de nazorgcontroles die aan de beurt zijn,
        langst wachtend eerst. Leg per casus het resultaat vast.
      </p>
      {gelukt && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{gelukt}</p>
        </Melding>
      )}
      {controles.isPending && <Laden wat="De nazorgcontroles" />}
      {controles.isError && <Fout fout={controles.error} wat="De nazorgcontroles" />}
      {controles.data && controles.data.nazorgcontroles.length === 0 && <Leeg>Er zijn geen nazorgcontroles aan de beurt.</Leeg>}
      {controles.data && controles.data.nazorgcontroles.length > 0 && (
        <table className="sluitend-tabel">
          <caption className="utrecht-paragraph sluitend-bijschrift">Nazorgcontroles die op een resultaat wachten</caption>
          <thead>
            <tr>
              <th scope="col">Casus</th>
              <th scope="col">Nazorg sinds</th>
              <th scope="col">Aan de beurt sinds</th>
              <th scope="col">Casusregisseur</th>
              <th scope="col">Resultaat</th>
            </tr>
          </thead>
          <tbody>
            {controles.data.nazorgcontroles.map((controle) => (
              <tr key={controle.casusId}>
                <td>
                  <Link className="utrecht-link" to={`/casussen/${controle.casusId}`} state={{ terug: '/nazorg' }}>
                    Casus {controle.casusId.slice(0, 8)}
                  </Link>
                </td>
                <td>{formatDatum(controle.vanaf)}</td>
                <td>{formatDatum(controle.dueAt)}</td>
                <td>{controle.casusregisseur?.naam ?? 'geen'}</td>
                <td>
                  <NazorgResultaat
                    casusId={controle.casusId}
                    onVastgelegd={async (resultaat) => {
                      setGelukt(`Het resultaat van de nazorgcontrole is vastgelegd: ${NAZORG_RESULTATEN[resultaat]}.`);
                      await queryClient.invalidateQueries({ queryKey: ['nazorgcontroles', regio] });
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function NazorgResultaat({ casusId, onVastgelegd }: { casusId: string; onVastgelegd: (resultaat: Resultaat) => Promise<void> }) {
  const [resultaat, setResultaat] = useState<Resultaat>('plek-behouden');
  const [toelichting, setToelichting] = useState('');
  const vastleggen = useMutation({
    mutationFn: () =>
      data(
        trajecten.POST('/api/trajecten/casussen/{id}/nazorgcontrole', {
          params: { path: { id: casusId } },
          body: { resultaat, ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}) },
        }),
      ),
    onSuccess: () => onVastgelegd(resultaat),
  });
  const kort = casusId.slice(0, 8);
  return (
    <form
      className="sluitend-formulier sluitend-filters"
      onSubmit={(event) => {
        event.preventDefault();
        vastleggen.mutate();
      }}
    >
      {vastleggen.error && <Fout fout={vastleggen.error} wat="Het resultaat" />}
      <label className="utrecht-form-label" htmlFor={`nazorg-resultaat-${casusId}`}>
        Resultaat van casus {kort}
      </label>{' '}
      <select
        id={`nazorg-resultaat-${casusId}`}
        className="utrecht-select"
        value={resultaat}
        onChange={(event) => setResultaat(event.target.value as Resultaat)}
      >
        {Object.entries(NAZORG_RESULTATEN).map(([waarde, label]) => (
          <option key={waarde} value={waarde}>
            {label}
          </option>
        ))}
      </select>{' '}
      <label className="utrecht-form-label" htmlFor={`nazorg-toelichting-${casusId}`}>
        Toelichting
      </label>{' '}
      <input
        id={`nazorg-toelichting-${casusId}`}
        className="utrecht-textbox"
        maxLength={2000}
        value={toelichting}
        onChange={(event) => setToelichting(event.target.value)}
      />{' '}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={vastleggen.isPending}>
        Vastleggen
      </button>
    </form>
  );
}
