// Placeholder: the page itself is not built yet.
import type { Account } from '../api/types';
import { usePageTitle } from '../router';

export default function Werkvoorraad({ account }: { account: Account }) {
  usePageTitle('Werkvoorraad');
  return (
    <>
      <h1 className="utrecht-heading-1">Werkvoorraad</h1>
      <p className="utrecht-paragraph">Hier ziet u straks uw bellijst, nieuwe hulpvragen en signaleringen, en de matches om op te volgen.</p>
      <p className="utrecht-paragraph">Deze pagina is nog in aanbouw. Uw rollen: {account.rollen.join(', ')}.</p>
    </>
  );
}
