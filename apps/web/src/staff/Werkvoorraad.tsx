// The makelaar desk: the werkvoorraad (task list), phone intake, a request's helpers, and the deelnemer file.
// One chunk for the whole desk; sub-pages are chosen by path under /mijn/werkvoorraad.
import type { Account } from '../api/types';
import { useLocation } from '../router';
import { Dossier } from './desk/Dossier';
import { Intake } from './desk/Intake';
import { Matchen } from './desk/Matchen';
import { Bureau } from './desk/Bureau';
import { DESK } from './desk/paths';

export default function Werkvoorraad({ account }: { account: Account }) {
  const { path } = useLocation();
  const rest = path.startsWith(DESK) ? path.slice(DESK.length) : '';
  const [, kind, id] = rest.split('/');
  if (kind === 'intake') return <Intake />;
  if (kind === 'hulpvraag' && id) return <Matchen id={id} />;
  if (kind === 'deelnemer' && id) return <Dossier id={id} />;
  return <Bureau account={account} />;
}
