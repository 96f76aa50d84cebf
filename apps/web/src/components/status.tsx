import { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ApiFout } from '../api/client';
import { useAuth } from '../auth';

export function Laden({ wat }: { wat: string }) {
  return (
    <p className="utrecht-paragraph" role="status" aria-live="polite">
      {wat} laden…
    </p>
  );
}

export function Melding({ soort, titel, children }: { soort: 'info' | 'ok' | 'warning' | 'error'; titel?: string; children?: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${soort}`} role={soort === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {titel && (
            <p className="utrecht-paragraph">
              <strong>{titel}</strong>
            </p>
          )}
          {children}
        </div>
      </div>
    </div>
  );
}

/** An error in Dutch: the problem+json's title and detail, with each field and rule it names. */
export function Fout({ fout, wat }: { fout: unknown; wat: string }) {
  if (fout instanceof ApiFout) {
    const titel =
      fout.status === 401
        ? 'Je sessie is verlopen: log opnieuw in.'
        : fout.status === 403
          ? 'Je hebt geen toegang tot deze gegevens.'
          : fout.status === 404
            ? `${wat} bestaat niet (meer).`
            : `${wat} kon niet worden geladen of opgeslagen.`;
    return (
      <Melding soort="error" titel={titel}>
        {fout.status === 401 && <OpnieuwInloggen />}
        {fout.probleem?.detail && <p className="utrecht-paragraph">{fout.probleem.detail}</p>}
        {fout.probleem?.errors && fout.probleem.errors.length > 0 && (
          <ul className="utrecht-unordered-list">
            {fout.probleem.errors.map((issue) => (
              <li key={`${issue.field}-${issue.rule}`}>
                {issue.field}: {issue.message}
              </li>
            ))}
          </ul>
        )}
      </Melding>
    );
  }
  return (
    <Melding soort="error" titel={`${wat} kon niet worden geladen.`}>
      <p className="utrecht-paragraph">Controleer je verbinding en probeer het opnieuw.</p>
    </Melding>
  );
}

export function Leeg({ children }: { children: ReactNode }) {
  return <Melding soort="info">{children}</Melding>;
}

/** After a 401 (the token expired or the provider's keys changed): log in again and come back here. */
function OpnieuwInloggen() {
  const { inloggen } = useAuth();
  const location = useLocation();
  return (
    <p className="utrecht-paragraph">
      <button
        type="button"
        className="utrecht-button utrecht-button--primary-action"
        onClick={() => void inloggen(`${location.pathname}${location.search}`)}
      >
        Opnieuw inloggen
      </button>
    </p>
  );
}
