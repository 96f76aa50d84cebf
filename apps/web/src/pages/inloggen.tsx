import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { Melding } from '../components/status';
import { useTitel } from './titel';

/** A page that needs a login: says so, and brings the user back here after logging in (deep links survive). */
export function InloggenVereist() {
  const { inloggen } = useAuth();
  const location = useLocation();
  useTitel('Inloggen');
  return (
    <>
      <h1 className="utrecht-heading-1">Inloggen</h1>
      <p className="utrecht-paragraph">Log in om deze pagina te zien. Daarna kom je hier terug.</p>
      <button
        type="button"
        className="utrecht-button utrecht-button--primary-action"
        onClick={() => void inloggen(`${location.pathname}${location.search}`)}
      >
        Inloggen
      </button>
    </>
  );
}

/** /auth/callback: finishes the authorization-code flow and goes where the user wanted to go. */
export function Callback() {
  const { verwerkCallback } = useAuth();
  const navigate = useNavigate();
  const [fout, setFout] = useState<string>();
  const gestart = useRef(false);
  useTitel('Inloggen');
  useEffect(() => {
    if (gestart.current) return;
    gestart.current = true;
    verwerkCallback()
      .then((terug) => navigate(terug, { replace: true }))
      .catch((error: unknown) => setFout(error instanceof Error ? error.message : String(error)));
  }, [verwerkCallback, navigate]);
  if (fout) {
    return (
      <Melding soort="error" titel="Inloggen is niet gelukt.">
        <p className="utrecht-paragraph">{fout}</p>
      </Melding>
    );
  }
  return (
    <p className="utrecht-paragraph" role="status">
      Bezig met inloggen…
    </p>
  );
}

export function NietGevonden() {
  useTitel('Pagina niet gevonden');
  return (
    <>
      <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
      <p className="utrecht-paragraph">Deze pagina bestaat niet. Kies een pagina in het menu.</p>
    </>
  );
}

export function GeenToegang() {
  useTitel('Geen toegang');
  return (
    <>
      <h1 className="utrecht-heading-1">Geen toegang</h1>
      <p className="utrecht-paragraph">Deze pagina is niet voor jouw organisatie of rol. Kies een pagina in het menu.</p>
    </>
  );
}
