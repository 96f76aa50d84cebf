import { lazy, ReactNode, Suspense } from 'react';
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
import { AbsentiePagina, VerzuimLeerlingenPagina, VerzuimmeldingenPagina, VerzuimmeldingPagina } from './pages/verzuim';
import { ZiekteverzuimPagina, ZiekteverzuimSignaalPagina } from './pages/ziekteverzuim';
import { VerlofPagina } from './pages/verlof';
import { AanmelderDossierPagina, AanmeldingenPagina, InschrijvingenPagina, InschrijvingPagina, NieuweAanmeldingPagina } from './pages/aanmeldingen';
import { DossierFormulierPagina, DossiersPagina, ImportPagina } from './pages/dossiers';
import { InstellingenPagina } from './pages/instellingen';
import { CasusPagina, CasusregelsPagina, CasussenPagina, NieuweCasusPagina } from './pages/trajecten';
import { NetwerkoverlegPagina } from './pages/netwerkoverleg';
import { CaseloadPagina } from './pages/caseload';
import { DuoLijstPagina } from './pages/duo-lijsten';
import { PartnerCasusPagina, PartnerCasussenPagina } from './pages/partner';
import { ProgrammaPagina, ProgrammasPagina } from './pages/programmas';
import { BenaderrondePagina, BenaderrondesPagina } from './pages/benaderrondes';
import { NazorgPagina } from './pages/nazorg';
import { Laden } from './components/status';

// The dashboards load on first visit: ECharts stays out of the bundle every other page loads.
const CijfersPagina = lazy(() => import('./pages/cijfers').then((module) => ({ default: module.CijfersPagina })));

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
        <Route path="/dossiers" element={alleen('/dossiers', <DossiersPagina />)} />
        <Route path="/dossiers/nieuw" element={alleen('/dossiers', <DossierFormulierPagina />)} />
        <Route path="/dossiers/import" element={alleen('/dossiers', <ImportPagina />)} />
        <Route path="/dossiers/import/:jobId" element={alleen('/dossiers', <ImportPagina />)} />
        <Route path="/dossiers/:id/bewerken" element={alleen('/dossiers', <DossierFormulierPagina />)} />
        <Route path="/aanmeldingen" element={alleen('/aanmeldingen', <AanmeldingenPagina />)} />
        <Route path="/aanmeldingen/nieuw" element={alleen('/aanmeldingen', <NieuweAanmeldingPagina />)} />
        <Route path="/aanmeldingen/dossier/:dossierId" element={alleen('/aanmeldingen', <AanmelderDossierPagina />)} />
        <Route path="/inschrijvingen" element={alleen('/inschrijvingen', <InschrijvingenPagina />)} />
        <Route path="/inschrijvingen/:id" element={alleen('/inschrijvingen', <InschrijvingPagina />)} />
        <Route path="/instellingen" element={alleen('/instellingen', <InstellingenPagina />)} />
        <Route path="/platform" element={alleen('/platform', <PlatformPagina />)} />
        <Route path="/demojaar" element={alleen('/demojaar', <DemojaarPagina />)} />
        <Route path="/casussen" element={alleen('/casussen', <CasussenPagina />)} />
        <Route path="/casussen/nieuw" element={alleen('/casussen', <NieuweCasusPagina />)} />
        <Route path="/casussen/:id" element={alleen('/casussen', <CasusPagina />)} />
        <Route path="/casusregels" element={alleen('/casusregels', <CasusregelsPagina />)} />
        <Route path="/programmas" element={alleen('/programmas', <ProgrammasPagina />)} />
        <Route path="/programmas/:id" element={alleen('/programmas', <ProgrammaPagina />)} />
        <Route path="/benaderrondes" element={alleen('/benaderrondes', <BenaderrondesPagina />)} />
        <Route path="/benaderrondes/:id" element={alleen('/benaderrondes', <BenaderrondePagina />)} />
        <Route path="/nazorg" element={alleen('/nazorg', <NazorgPagina />)} />
        <Route path="/netwerkoverleg" element={alleen('/netwerkoverleg', <NetwerkoverlegPagina />)} />
        <Route path="/caseload" element={alleen('/caseload', <CaseloadPagina />)} />
        <Route path="/duo-lijsten" element={alleen('/duo-lijsten', <DuoLijstPagina />)} />
        <Route path="/overdrachten" element={alleen('/overdrachten', <PartnerCasussenPagina />)} />
        <Route path="/overdrachten/:id" element={alleen('/overdrachten', <PartnerCasusPagina />)} />
        <Route path="/verzuim" element={alleen('/verzuim', <VerzuimLeerlingenPagina />)} />
        <Route path="/verzuim/absentie" element={alleen('/verzuim', <AbsentiePagina />)} />
        <Route path="/verlof" element={alleen('/verlof', <VerlofPagina />)} />
        <Route path="/verzuimmeldingen" element={alleen('/verzuimmeldingen', <VerzuimmeldingenPagina />)} />
        <Route path="/verzuimmeldingen/:meldingId" element={alleen('/verzuimmeldingen', <VerzuimmeldingPagina />)} />
        <Route path="/ziekteverzuim" element={alleen('/ziekteverzuim', <ZiekteverzuimPagina />)} />
        <Route path="/ziekteverzuim/:signaalId" element={alleen('/ziekteverzuim', <ZiekteverzuimSignaalPagina />)} />
        <Route
          path="/cijfers"
          element={alleen(
            '/cijfers',
            <Suspense fallback={<Laden wat="De cijfers" />}>
              <CijfersPagina />
            </Suspense>,
          )}
        />
        <Route path="*" element={<NietGevonden />} />
      </Routes>
    </Layout>
  );
}

const magNaar = (gebruiker: Gebruiker, demo: boolean, pad: string) => menuVoor(gebruiker, demo).some((item) => item.pad === pad);
