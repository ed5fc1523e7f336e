// Placeholder: the page itself is not built yet.
import type { Account } from '../api/types';
import { usePageTitle } from '../router';

export default function Kerncijfers({ account }: { account: Account }) {
  usePageTitle('Kerncijfers');
  return (
    <>
      <h1 className="utrecht-heading-1">Kerncijfers</h1>
      <p className="utrecht-paragraph">Hier ziet u straks het bereik, de instroom en uitstroom en de matches per wijk. Nooit persoonsgegevens.</p>
      <p className="utrecht-paragraph">Deze pagina is nog in aanbouw. Uw rollen: {account.rollen.join(', ')}.</p>
    </>
  );
}
