import { ReactNode, useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useAuth } from '../auth';
import { Foutgrens } from './foutgrens';
import { menuVoor } from '../menu';
import { ORGANISATIE_TYPES } from '../teksten';

/** The page frame: skip link, header with who is logged in, the menu for this user, the main content. */
export function Layout({ demo, children }: { demo: boolean; children: ReactNode }) {
  const { gebruiker, uitloggen } = useAuth();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // After navigating, focus moves to the new page's content (screen readers announce it; keyboard users start there).
  const eerste = useRef(true);
  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="utrecht-page sluitend-pagina">
      <a className="utrecht-link sluitend-skiplink" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="utrecht-page-header sluitend-kop">
        <div className="sluitend-kop__inhoud">
          <span className="sluitend-logo">Sluitend</span>
          {gebruiker && (
            <div className="sluitend-gebruiker">
              <span>
                {gebruiker.naam} · {gebruiker.org.code} ({ORGANISATIE_TYPES[gebruiker.org.type] ?? gebruiker.org.type}) ·{' '}
                {gebruiker.rollen.join(', ')}
              </span>
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void uitloggen()}>
                Uitloggen
              </button>
            </div>
          )}
        </div>
        {gebruiker && (
          <nav aria-label="Hoofdmenu" className="sluitend-menu">
            <ul>
              {menuVoor(gebruiker, demo).map((item) => (
                <li key={item.pad}>
                  <NavLink
                    to={item.pad}
                    end={item.pad === '/'}
                    className={({ isActive }) => `utrecht-link${isActive ? ' sluitend-menu--actief' : ''}`}
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="inhoud" ref={main} tabIndex={-1} className="utrecht-page-content sluitend-inhoud">
        <Foutgrens pad={location.pathname}>{children}</Foutgrens>
      </main>
      <footer className="sluitend-voet">
        <p className="utrecht-paragraph">Sluitend: iedere jongere in beeld. Demo-omgeving, geen echte personen.</p>
      </footer>
    </div>
  );
}
