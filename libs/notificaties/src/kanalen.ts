/** The ways a message can reach someone. `telefoon` is a makelaar calling; `post` is a printed letter. */
export const KANALEN = ['app', 'email', 'sms', 'telefoon', 'post'] as const;
export type Kanaal = (typeof KANALEN)[number];

export const CONTACT_VOORKEUREN = ['app', 'email', 'sms', 'telefoon', 'post', 'via-makelaar'] as const;
export type ContactVoorkeur = (typeof CONTACT_VOORKEUREN)[number];

/** What the person can actually receive: an account, an e-mail address, a mobile number, an address. */
export interface Bereikbaarheid {
  account: boolean;
  email: boolean;
  mobiel: boolean;
  adres: boolean;
  /** No computer or smartphone: app and e-mail are not options, whatever the preference says. */
  offline: boolean;
}

const VOLGORDE: Record<ContactVoorkeur, Kanaal[]> = {
  app: ['app', 'email', 'sms', 'telefoon'],
  email: ['email', 'sms', 'telefoon'],
  sms: ['sms', 'email', 'telefoon'],
  telefoon: ['telefoon'],
  post: ['post', 'telefoon'],
  'via-makelaar': ['telefoon'],
};

/**
 * The channels to try, in order, for one message: the person's preference first, then what else reaches them,
 * and always ending with a makelaar's phone call, so a message is never lost. A letter is too slow for a
 * message with a deadline (`tijdkritisch`): the makelaar calls instead.
 */
export function kanaalVolgorde(voorkeur: ContactVoorkeur, b: Bereikbaarheid, opts: { tijdkritisch?: boolean } = {}): Kanaal[] {
  const kan: Record<Kanaal, boolean> = {
    app: b.account && !b.offline,
    email: b.email && !b.offline,
    sms: b.mobiel,
    telefoon: true,
    post: b.adres && !opts.tijdkritisch,
  };
  const lijst = (VOLGORDE[voorkeur] ?? VOLGORDE.telefoon).filter((k) => kan[k]);
  return lijst.length ? lijst : ['telefoon'];
}

/** Dutch numbers as written by people ("06-1234 5678", "+31 6 …", "0031…") to one form: 0612345678. */
export function normaliseerTelefoon(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let d = raw.replace(/[^\d+]/g, '');
  if (d.startsWith('+31')) d = `0${d.slice(3)}`;
  else if (d.startsWith('0031')) d = `0${d.slice(4)}`;
  d = d.replace(/\+/g, '');
  return /^0\d{9}$/.test(d) ? d : undefined;
}

/** Only mobile numbers (06…) receive SMS. */
export function isMobiel(raw: string | null | undefined): boolean {
  return normaliseerTelefoon(raw)?.startsWith('06') ?? false;
}

/** E.164 for SMS providers: 0612345678 → +31612345678. */
export function naarE164(raw: string): string | undefined {
  const n = normaliseerTelefoon(raw);
  return n ? `+31${n.slice(1)}` : undefined;
}
