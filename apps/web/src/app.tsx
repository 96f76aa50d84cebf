import { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { zetTokenBron } from './api/client';
import { Gebruiker, useAuth } from './auth';
import { Layout } from './components/layout';
import { menuVoor } from './menu';
import { DemojaarPagina } from './pages/demojaar';
import { Callback, GeenToegang, InloggenVereist, NietGevonden } from './pages/inloggen';
import { LeerlingPagina, MonitorPagina } from './pages/monitor';
import { PlatformPagina } from './pages/platform';
import { AlertPagina, InboxPagina } from './pages/signalen';
import { StartPagina } from './pages/start';

export function App({ demo }: { demo: boolean }) {
  const auth = useAuth();
  zetTokenBron(auth.token);
  /** A page behind the login, for the users whose menu holds it. */
  const alleen = (pad: string, pagina: ReactNode) => {
    if (!auth.gebruiker) return <InloggenVereist />;
    return magNaar(auth.gebruiker, demo, pad) ? pagina : <GeenToegang />;
  };
  return (
    <Layout demo={demo}>
      <Routes>
        <Route path="/" element={<StartPagina demo={demo} />} />
        <Route path="/auth/callback" element={<Callback />} />
        <Route path="/signalen" element={alleen('/signalen', <InboxPagina />)} />
        <Route path="/signalen/:id" element={alleen('/signalen', <AlertPagina />)} />
        <Route path="/monitor" element={alleen('/monitor', <MonitorPagina />)} />
        <Route path="/monitor/:dossierId" element={alleen('/monitor', <LeerlingPagina />)} />
        <Route path="/platform" element={alleen('/platform', <PlatformPagina />)} />
        <Route path="/demojaar" element={alleen('/demojaar', <DemojaarPagina />)} />
        <Route path="*" element={<NietGevonden />} />
      </Routes>
    </Layout>
  );
}

const magNaar = (gebruiker: Gebruiker, demo: boolean, pad: string) => menuVoor(gebruiker, demo).some((item) => item.pad === pad);
