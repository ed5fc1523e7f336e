// The logged-in part. Which start page you get depends on your role; each inner page is its own chunk.
import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { auth } from '../api/auth';
import { api } from '../api/client';
import type { Account } from '../api/types';
import { Button } from '../components/Form';
import { Link, navigate, useLocation, usePageTitle } from '../router';

interface Area {
  path: string;
  label: string;
  rollen: string[];
  page: LazyExoticComponent<ComponentType<{ account: Account }>>;
}

const AREAS: Area[] = [
  { path: '/mijn/overzicht', label: 'Mijn overzicht', rollen: ['bewoner', 'vrijwilliger', 'wijkservice'], page: lazy(() => import('./MijnOverzicht')) },
  { path: '/mijn/werkvoorraad', label: 'Werkvoorraad', rollen: ['makelaar', 'professional'], page: lazy(() => import('./Werkvoorraad')) },
  { path: '/mijn/beheer', label: 'Beheer', rollen: ['beheerder'], page: lazy(() => import('./Beheer')) },
  { path: '/mijn/kerncijfers', label: 'Kerncijfers', rollen: ['gemeente', 'beheerder'], page: lazy(() => import('./Kerncijfers')) },
];

export const areasFor = (rollen: string[]) => AREAS.filter((a) => a.rollen.some((r) => rollen.includes(r)));

export default function Shell() {
  usePageTitle('Mijn Buurtkracht');
  const { path } = useLocation();
  const [account, setAccount] = useState<Account | null>(auth.account());
  const [checking, setChecking] = useState(!auth.account());

  useEffect(() => auth.subscribe(setAccount), []);
  useEffect(() => {
    if (auth.account()) return;
    let stop = false;
    (async () => {
      if (!auth.accessToken() && !(await auth.refresh())) {
        if (!stop) navigate('/inloggen', { replace: true });
        return;
      }
      try {
        auth.setAccount(await api.me());
      } catch {
        if (!stop) navigate('/inloggen', { replace: true });
      } finally {
        if (!stop) setChecking(false);
      }
    })();
    return () => {
      stop = true;
    };
  }, []);

  const areas = account ? areasFor(account.rollen) : [];
  // short addresses (/werkvoorraad, /beheer, /kerncijfers) go to their place under /mijn
  const wanted = path.startsWith('/mijn') ? path : `/mijn${path}`;
  const current = areas.find((a) => wanted === a.path || wanted.startsWith(`${a.path}/`));
  useEffect(() => {
    if (!account || !areas.length) return;
    if (!current) navigate(areas[0].path, { replace: true });
    else if (wanted !== path) navigate(wanted, { replace: true });
  }, [account, areas, current, wanted, path]);

  if (checking || !account)
    return (
      <p className="utrecht-paragraph" role="status">
        Even geduld…
      </p>
    );

  const Page = current?.page;
  const logout = async () => {
    try {
      await api.logout(auth.refreshToken() ?? undefined);
    } catch {
      /* signed out locally anyway */
    }
    auth.signedOut();
    navigate('/');
  };

  return (
    <>
      <div className="bk-row" style={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <p className="utrecht-paragraph">Ingelogd als {account.email}</p>
        <div style={{ flex: 'none' }}>
          <Button variant="secondary" onClick={logout}>
            Uitloggen
          </Button>
        </div>
      </div>
      {areas.length > 1 && (
        <nav aria-label="Onderdelen" className="bk-shell-nav">
          <ul>
            {areas.map((a) => (
              <li key={a.path}>
                <Link href={a.path} aria-current={a === current ? 'page' : undefined}>
                  {a.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {!areas.length && <p className="utrecht-paragraph">Uw account heeft nog geen rol. Vraag de beheerder om u een rol te geven.</p>}
      {Page && (
        <Suspense
          fallback={
            <p className="utrecht-paragraph" role="status">
              Laden…
            </p>
          }
        >
          <Page account={account} />
        </Suspense>
      )}
    </>
  );
}
