import { Link } from 'react-router';
import { useAuth } from '../auth';
import { menuVoor } from '../menu';
import { ORGANISATIE_TYPES } from '../teksten';
import { useTitel } from './titel';

export function StartPagina({ demo }: { demo: boolean }) {
  const { gebruiker, inloggen } = useAuth();
  useTitel('Start');
  if (!gebruiker) {
    return (
      <>
        <h1 className="utrecht-heading-1">Welkom bij Sluitend</h1>
        <p className="utrecht-paragraph">
          Sluitend houdt iedere jongere in de regio in beeld bij de overstap van het voortgezet onderwijs naar het mbo. Scholen,
          RMC-trajectbegeleiders, leerplichtambtenaren en beheerders werken hier samen.
        </p>
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void inloggen('/')}>
          Inloggen
        </button>
      </>
    );
  }
  const items = menuVoor(gebruiker, demo).filter((item) => item.pad !== '/');
  return (
    <>
      <h1 className="utrecht-heading-1">Welkom, {gebruiker.naam}</h1>
      <p className="utrecht-paragraph">
        Je werkt voor {ORGANISATIE_TYPES[gebruiker.org.type] ?? gebruiker.org.type} {gebruiker.org.code} als {gebruiker.rollen.join(', ')}.
      </p>
      {items.length > 0 ? (
        <ul className="utrecht-link-list utrecht-link-list--html-ul">
          {items.map((item) => (
            <li key={item.pad} className="utrecht-link-list__item">
              <Link className="utrecht-link" to={item.pad}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">Voor jouw organisatie zijn er in het portaal nog geen pagina's.</p>
      )}
    </>
  );
}
