// Pictograms: simple line drawings, inline SVG (no icon font, nothing from another server). They always sit next
// to a text, so they are hidden from screen readers.
import type { ReactNode } from 'react';

const paths: Record<string, ReactNode> = {
  klussen: (
    <>
      <path d="M14.7 6.3a4 4 0 0 0-5.4 5.4L3 18v3h3l6.3-6.3a4 4 0 0 0 5.4-5.4l-2.5 2.5-2.4-.6-.6-2.4z" />
    </>
  ),
  tuin: (
    <>
      <path d="M12 21v-9" />
      <path d="M12 12c0-4 3-7 7-7 0 4-3 7-7 7z" />
      <path d="M12 14c0-3-2.5-5.5-6-5.5 0 3 2.5 5.5 6 5.5z" />
      <path d="M6 21h12" />
    </>
  ),
  'digitale-hulp': (
    <>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M8 20h8M12 16v4" />
    </>
  ),
  boodschappen: (
    <>
      <path d="M3 4h2l2.2 10.5a1.5 1.5 0 0 0 1.5 1.2h8.6a1.5 1.5 0 0 0 1.5-1.1L21 8H6.2" />
      <circle cx="9.5" cy="19.5" r="1.5" />
      <circle cx="17" cy="19.5" r="1.5" />
    </>
  ),
  huisdieren: (
    <>
      <circle cx="6" cy="10" r="1.8" />
      <circle cx="10" cy="6" r="1.8" />
      <circle cx="14" cy="6" r="1.8" />
      <circle cx="18" cy="10" r="1.8" />
      <path d="M12 11c-3 0-6 4.5-6 7a2.5 2.5 0 0 0 3.5 2.2c1.6-.7 3.4-.7 5 0A2.5 2.5 0 0 0 18 18c0-2.5-3-7-6-7z" />
    </>
  ),
  maaltijden: (
    <>
      <path d="M5 3v7a2 2 0 0 0 4 0V3M7 10v11" />
      <path d="M17 21V3c-2 1-3.5 3.5-3.5 7 0 1.5.7 2.5 3.5 2.5" />
    </>
  ),
  vervoer: (
    <>
      <path d="M4 16V11l2-5h12l2 5v5z" />
      <path d="M4 11h16" />
      <circle cx="7.5" cy="16.5" r="2" />
      <circle cx="16.5" cy="16.5" r="2" />
    </>
  ),
  administratie: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M15 3v4h4M9 12h7M9 16h7" />
    </>
  ),
  gezelschap: (
    <>
      <path d="M4 5h11v8H9l-4 3v-3H4z" />
      <path d="M15 9h5v8h-1v3l-4-3h-5v-2" />
    </>
  ),
  'respijt-mantelzorg': (
    <>
      <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" />
      <path d="M9 11h6M12 8v6" />
    </>
  ),
  boek: (
    <>
      <path d="M12 6c-2-1.5-5-2-8-1.5v14c3-.5 6 0 8 1.5 2-1.5 5-2 8-1.5v-14c-3-.5-6 0-8 1.5z" />
      <path d="M12 6v14" />
    </>
  ),
  bezem: (
    <>
      <path d="M19 3l-6.5 8.5" />
      <path d="M11 10.5l3 2.5-2 7.5c-3 0-6.5-1.5-8.5-4l3-2z" />
      <path d="M7.5 17.5l2-2M10 19l1.5-2" />
    </>
  ),
  heggenschaar: (
    <>
      <path d="M4 20l6-6M8 20l4-4" />
      <path d="M10 14l10-10M12 16l8-8" />
      <path d="M3 17l3 3" />
    </>
  ),
  hulp: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.5" />
    </>
  ),
  helpen: (
    <>
      <path d="M3 12l3-3 4 1 3-3 3 1 5 5-6 6-4-1-3-3z" />
      <path d="M10 10l3 3M13 7l4 4" />
    </>
  ),
  zorgen: (
    <>
      <circle cx="12" cy="8" r="3.5" />
      <path d="M5 20c0-3.9 3.1-7 7-7s7 3.1 7 7" />
      <path d="M19 3v4M19 9.5v.5" />
    </>
  ),
  telefoon: <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z" />,
  locatie: (
    <>
      <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" />
      <circle cx="12" cy="9.5" r="2.5" />
    </>
  ),
  prikbord: (
    <>
      <rect x="3" y="4" width="18" height="15" rx="1.5" />
      <path d="M7 8h4v4H7zM14 8h4M14 11h4M7 15h11" />
    </>
  ),
  waarschuwing: (
    <>
      <path d="M12 3l10 18H2z" />
      <path d="M12 10v5M12 17.5v.5" />
    </>
  ),
  vinkje: <path d="M4 12.5l5 5L20 6.5" />,
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v6M12 7.5v.5" />
    </>
  ),
};

/** the server's pictogram names and the category codes, onto the drawings above */
const ALIAS: Record<string, string> = {
  hamer: 'klussen',
  plant: 'tuin',
  laptop: 'digitale-hulp',
  tas: 'boodschappen',
  poot: 'huisdieren',
  bord: 'maaltijden',
  auto: 'vervoer',
  papier: 'administratie',
  koffie: 'gezelschap',
  hart: 'respijt-mantelzorg',
  voorlezen: 'boek',
  huishouden: 'bezem',
  'tuinonderhoud-groot': 'heggenschaar',
};

export function Icon({ name, size = 32, className }: { name: string; size?: number; className?: string }) {
  return (
    <svg
      className={className ? `bk-icon ${className}` : 'bk-icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name] ?? paths[ALIAS[name]] ?? paths.hulp}
    </svg>
  );
}
