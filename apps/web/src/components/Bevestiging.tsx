import type { ReactNode } from 'react';
import { Link } from '../router';
import { Icon } from './Icon';

/** The page after a public form is sent: what was received, its number to quote on the phone, what comes next. */
export function Bevestiging({ titel, intro, referentie, children }: { titel: string; intro: string; referentie: string; children: ReactNode }) {
  return (
    <div className="bk-bevestiging" role="status">
      <Icon name="vinkje" size={48} />
      <h1 className="utrecht-heading-1">{titel}</h1>
      <p className="utrecht-paragraph">{intro}</p>
      <p className="bk-referentie">{referentie}</p>
      {children}
      <p className="utrecht-paragraph">
        <Link href="/">Terug naar de startpagina</Link>
      </p>
    </div>
  );
}
