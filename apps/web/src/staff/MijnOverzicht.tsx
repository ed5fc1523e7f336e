// Placeholder: the page itself is not built yet.
import type { Account } from '../api/types';
import { usePageTitle } from '../router';

export default function MijnOverzicht({ account }: { account: Account }) {
  usePageTitle('Mijn overzicht');
  return (
    <>
      <h1 className="utrecht-heading-1">Mijn overzicht</h1>
      <p className="utrecht-paragraph">Hier ziet u straks uw hulpvragen, uw aanbod en uw matches.</p>
      <p className="utrecht-paragraph">Deze pagina is nog in aanbouw. Uw rollen: {account.rollen.join(', ')}.</p>
    </>
  );
}
