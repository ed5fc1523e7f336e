// Placeholder: the page itself is not built yet.
import type { Account } from '../api/types';
import { usePageTitle } from '../router';

export default function Beheer({ account }: { account: Account }) {
  usePageTitle('Beheer');
  return (
    <>
      <h1 className="utrecht-heading-1">Beheer</h1>
      <p className="utrecht-paragraph">Hier beheert u straks accounts, categorieën, wijken en instellingen.</p>
      <p className="utrecht-paragraph">Deze pagina is nog in aanbouw. Uw rollen: {account.rollen.join(', ')}.</p>
    </>
  );
}
