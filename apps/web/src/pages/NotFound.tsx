import { Link, usePageTitle } from '../router';

export default function NotFound() {
  usePageTitle('Pagina niet gevonden');
  return (
    <>
      <h1 className="utrecht-heading-1">Deze pagina bestaat niet</h1>
      <p className="utrecht-paragraph">
        Misschien is de link oud. Ga naar de <Link href="/">startpagina</Link>.
      </p>
    </>
  );
}
