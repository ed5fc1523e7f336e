import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from '../router';
import { ConnectionBanner } from './ConnectionBanner';
import { Icon } from './Icon';

// on a phone only Prikbord and Inloggen stay in the bar; the three ways in are the big buttons on the home page
const nav = [
  { href: '/hulp-vragen', label: 'Ik zoek hulp', wide: true },
  { href: '/helpen', label: 'Ik wil helpen', wide: true },
  { href: '/zorgen', label: 'Zorgen om iemand', wide: true },
  { href: '/prikbord', label: 'Prikbord', wide: false },
];

export function Layout({ children, accountLabel }: { children: ReactNode; accountLabel?: string }) {
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(path);
  // after a client-side page change, put focus at the start of the new content, as a page load would
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [path]);
  return (
    <div className="utrecht-page bk-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="utrecht-page-header bk-header">
        <div className="bk-header__inner">
          <Link href="/" className="bk-logo" aria-label="Buurtkracht, naar de startpagina">
            <svg width="36" height="36" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
              <rect width="36" height="36" rx="8" fill="currentColor" />
              <path d="M9 26V15l9-6 9 6v11h-6v-6h-6v6z" fill="#fff" />
            </svg>
            <span>Buurtkracht</span>
          </Link>
          <nav aria-label="Hoofdmenu" className="bk-nav">
            <ul>
              {nav.map((n) => (
                <li key={n.href} className={n.wide ? 'bk-nav__wide' : undefined}>
                  <Link href={n.href} aria-current={path === n.href ? 'page' : undefined}>
                    {n.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link href={accountLabel ? '/mijn' : '/inloggen'} aria-current={path === '/inloggen' || path.startsWith('/mijn') ? 'page' : undefined}>
                  {accountLabel ?? 'Inloggen'}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <ConnectionBanner />
      <main id="inhoud" ref={main} tabIndex={-1} className="utrecht-page-content bk-main">
        {children}
      </main>
      <footer className="utrecht-page-footer bk-footer">
        <div className="bk-footer__inner">
          <p>
            <Icon name="telefoon" size={20} /> Hulp nodig bij deze website? Bel de sociaal makelaar. Het nummer staat op de <Link href="/">startpagina</Link>.
          </p>
          <p>
            Acuut gevaar? Bel <a href="tel:112">112</a>. Zorgen over huiselijk geweld: Veilig Thuis <a href="tel:08002000">0800-2000</a> (gratis).
          </p>
          <p className="bk-bron">Bron gebiedsgegevens: CBS, Kadaster (CC BY 4.0)</p>
        </div>
      </footer>
    </div>
  );
}
