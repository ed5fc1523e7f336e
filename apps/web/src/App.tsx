// Routes. The home page is in the first bundle; every other page is its own chunk (React.lazy), so the
// staff pages (werkvoorraad, kerncijfers, beheer) never load for residents.
import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { auth } from './api/auth';
import type { Account } from './api/types';
import { Layout } from './components/Layout';
import { Home } from './pages/Home';
import { useLocation } from './router';

const routes: Record<string, LazyExoticComponent<ComponentType>> = {
  '/prikbord': lazy(() => import('./pages/Prikbord')),
  '/hulp-vragen': lazy(() => import('./pages/HulpVragen')),
  '/helpen': lazy(() => import('./pages/Helpen')),
  '/zorgen': lazy(() => import('./pages/Zorgen')),
  '/inloggen': lazy(() => import('./pages/Inloggen')),
};
/** short addresses for the logged-in areas; the shell moves them under /mijn */
const STAFF_ALIASES = ['/werkvoorraad', '/beheer', '/kerncijfers', '/overzicht'];
const Shell = lazy(() => import('./staff/Shell'));
const NotFound = lazy(() => import('./pages/NotFound'));

function Loading() {
  return (
    <p className="utrecht-paragraph bk-loading" role="status">
      Even geduld, de pagina wordt geladen…
    </p>
  );
}

export function App() {
  const { path } = useLocation();
  const [account, setAccount] = useState<Account | null>(auth.account());
  useEffect(() => auth.subscribe(setAccount), []);
  // a reload of the tab: swap the refresh token for a new access token
  useEffect(() => {
    if (!auth.account() && auth.canRefresh()) void auth.refresh();
  }, []);

  let page;
  if (path === '/') page = <Home />;
  else if (routes[path]) {
    const Page = routes[path];
    page = <Page />;
  } else if (path === '/mijn' || path.startsWith('/mijn/') || STAFF_ALIASES.some((a) => path === a || path.startsWith(`${a}/`))) page = <Shell />;
  else page = <NotFound />;

  return (
    <Layout accountLabel={account ? 'Mijn Buurtkracht' : undefined}>
      <Suspense fallback={<Loading />}>{page}</Suspense>
    </Layout>
  );
}
