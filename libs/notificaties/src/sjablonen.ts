/**
 * Every text a person receives, in B1 Dutch and in English, in one place. Short sentences, common words,
 * one message per text. `kort` fits one SMS (160 characters, checked by the tests); `bellen` are the exact
 * words a makelaar says on the phone; the letter reuses `tekst`.
 */
export type Taal = 'nl' | 'en';

export const SJABLONEN = [
  'aanbod-nieuw',
  'helper-gevonden',
  'match-bevestigd',
  'match-geannuleerd',
  'herinnering',
  'uitkomst-gevraagd',
  'hulpvraag-verloopt',
  'wachtwoord-herstel',
  'signalering-opgepakt',
  'digest',
] as const;
export type SjabloonNaam = (typeof SJABLONEN)[number];

export interface SjabloonContext {
  voornaam?: string | null;
  /** The hulpvraag's title. */
  titel?: string;
  /** When the help is, already in words ("di 2 dec, 10:00"). */
  wanneer?: string;
  /** The other person's first name. */
  ander?: string | null;
  /** A link into the app, or the password-reset link. */
  link?: string;
  /** Deadline to answer an offer, in words. */
  tot?: string;
  /** The makelaar's (werkgebied's or gemeente's) phone number, for letters and calls. */
  makelaarTelefoon?: string | null;
  /** Digest: the new requests nearby. */
  vragen?: { titel: string; wijk: string }[];
}

export interface Tekst {
  /** In-app title and e-mail subject. */
  onderwerp: string;
  /** E-mail body and letter. */
  tekst: string;
  /** SMS and in-app body. */
  kort: string;
  /** What the makelaar says when calling. */
  bellen: string;
}

export interface Sjabloon {
  /** Goes out at night too (no quiet hours) and is not rate limited. */
  urgent?: boolean;
  /** Has a deadline: never by post (too slow). */
  tijdkritisch?: boolean;
  /** Only for people who can read e-mail (the reset link), no fallback to other channels. */
  alleenEmail?: boolean;
  teksten: Record<Taal, (c: SjabloonContext) => Tekst>;
}

const naam = (c: SjabloonContext, taal: Taal) => c.voornaam?.trim() || (taal === 'nl' ? 'buurtgenoot' : 'neighbour');
const ander = (c: SjabloonContext, taal: Taal) => c.ander?.trim() || (taal === 'nl' ? 'een buurtgenoot' : 'a neighbour');
export const groet: Record<Taal, string> = { nl: 'Met vriendelijke groet,\nBuurtkracht', en: 'Kind regards,\nBuurtkracht' };
const vragenOver = (c: SjabloonContext, taal: Taal) =>
  c.makelaarTelefoon
    ? taal === 'nl'
      ? `Vragen? Bel de sociaal makelaar: ${c.makelaarTelefoon}.`
      : `Questions? Call the social broker: ${c.makelaarTelefoon}.`
    : '';
/** Paragraphs of a letter or mail, leaving out the empty ones. */
export const brief = (regels: (string | false | undefined)[]) => regels.filter((r) => r !== false && r !== undefined && r !== '').join('\n\n');

export const sjablonen: Record<SjabloonNaam, Sjabloon> = {
  'aanbod-nieuw': {
    tijdkritisch: true,
    teksten: {
      nl: (c) => ({
        onderwerp: `Wilt u helpen? ${c.titel}`,
        tekst: brief([
          `Beste ${naam(c, 'nl')},`,
          `Iemand bij u in de buurt vraagt om hulp: "${c.titel}". Wanneer: ${c.wanneer}.`,
          `Wilt u helpen? Zeg ja of nee ${c.tot ? `voor ${c.tot}` : 'zo snel als u kunt'}. Dat kan hier: ${c.link}`,
          groet.nl,
        ]),
        kort: `Buurtkracht: wilt u helpen met "${c.titel}"? Stuur JA of NEE terug.`,
        bellen: `Goedendag ${naam(c, 'nl')}, u staat bij ons als vrijwilliger. Iemand bij u in de buurt vraagt om hulp: "${c.titel}", ${c.wanneer}. Wilt u helpen? U mag ook nee zeggen.`,
      }),
      en: (c) => ({
        onderwerp: `Can you help? ${c.titel}`,
        tekst: brief([
          `Dear ${naam(c, 'en')},`,
          `Someone near you is asking for help: "${c.titel}". When: ${c.wanneer}.`,
          `Would you like to help? Say yes or no ${c.tot ? `before ${c.tot}` : 'as soon as you can'}. You can do that here: ${c.link}`,
          groet.en,
        ]),
        kort: `Buurtkracht: can you help with "${c.titel}"? Reply JA (yes) or NEE (no).`,
        bellen: `Hello ${naam(c, 'en')}, you are a volunteer with us. Someone near you is asking for help: "${c.titel}", ${c.wanneer}. Would you like to help? Saying no is fine too.`,
      }),
    },
  },
  'helper-gevonden': {
    teksten: {
      nl: (c) => ({
        onderwerp: `Goed nieuws: ${ander(c, 'nl')} helpt u`,
        tekst: brief([
          `Beste ${naam(c, 'nl')},`,
          `U vroeg om hulp: "${c.titel}". ${ander(c, 'nl')} wil u helpen. Wanneer: ${c.wanneer}.`,
          `Is dat goed? Bevestig het hier: ${c.link}`,
          vragenOver(c, 'nl'),
          groet.nl,
        ]),
        kort: `Buurtkracht: goed nieuws! ${ander(c, 'nl')} helpt u met "${c.titel}", ${c.wanneer}.`,
        bellen: `Goedendag ${naam(c, 'nl')}, u had om hulp gevraagd: "${c.titel}". Goed nieuws: ${ander(c, 'nl')} wil u helpen, ${c.wanneer}. Is dat goed voor u? Dan geef ik uw adres door.`,
      }),
      en: (c) => ({
        onderwerp: `Good news: ${ander(c, 'en')} will help you`,
        tekst: brief([
          `Dear ${naam(c, 'en')},`,
          `You asked for help: "${c.titel}". ${ander(c, 'en')} would like to help you. When: ${c.wanneer}.`,
          `Is that all right? Please confirm here: ${c.link}`,
          vragenOver(c, 'en'),
          groet.en,
        ]),
        kort: `Buurtkracht: good news! ${ander(c, 'en')} will help you with "${c.titel}", ${c.wanneer}.`,
        bellen: `Hello ${naam(c, 'en')}, you asked for help: "${c.titel}". Good news: ${ander(c, 'en')} would like to help you, ${c.wanneer}. Is that all right? Then I will pass on your address.`,
      }),
    },
  },
  'match-bevestigd': {
    teksten: {
      nl: (c) => ({
        onderwerp: `Het gaat door: ${c.titel}`,
        tekst: brief([
          `Beste ${naam(c, 'nl')},`,
          `${ander(c, 'nl')} heeft bevestigd. U helpt bij "${c.titel}". Wanneer: ${c.wanneer}.`,
          `Bekijk de afspraak: ${c.link}`,
          groet.nl,
        ]),
        kort: `Buurtkracht: het gaat door. U helpt ${ander(c, 'nl')} met "${c.titel}", ${c.wanneer}.`,
        bellen: `Goedendag ${naam(c, 'nl')}, ${ander(c, 'nl')} heeft bevestigd. U helpt bij "${c.titel}", ${c.wanneer}. Dank u wel!`,
      }),
      en: (c) => ({
        onderwerp: `It is on: ${c.titel}`,
        tekst: brief([
          `Dear ${naam(c, 'en')},`,
          `${ander(c, 'en')} has confirmed. You help with "${c.titel}". When: ${c.wanneer}.`,
          `See the appointment: ${c.link}`,
          groet.en,
        ]),
        kort: `Buurtkracht: it is on. You help ${ander(c, 'en')} with "${c.titel}", ${c.wanneer}.`,
        bellen: `Hello ${naam(c, 'en')}, ${ander(c, 'en')} has confirmed. You help with "${c.titel}", ${c.wanneer}. Thank you!`,
      }),
    },
  },
  'match-geannuleerd': {
    tijdkritisch: true,
    teksten: {
      nl: (c) => ({
        onderwerp: `Gaat niet door: ${c.titel}`,
        tekst: brief([`Beste ${naam(c, 'nl')},`, `De hulp bij "${c.titel}" gaat niet door. Dat is jammer.`, vragenOver(c, 'nl'), groet.nl]),
        kort: `Buurtkracht: de hulp bij "${c.titel}" gaat niet door.`,
        bellen: `Goedendag ${naam(c, 'nl')}, ik bel over "${c.titel}". Die hulp gaat helaas niet door. Zullen we samen kijken of iemand anders kan helpen?`,
      }),
      en: (c) => ({
        onderwerp: `Cancelled: ${c.titel}`,
        tekst: brief([`Dear ${naam(c, 'en')},`, `The help with "${c.titel}" will not happen. We are sorry.`, vragenOver(c, 'en'), groet.en]),
        kort: `Buurtkracht: the help with "${c.titel}" is cancelled.`,
        bellen: `Hello ${naam(c, 'en')}, I am calling about "${c.titel}". Sadly that help will not happen. Shall we look for someone else together?`,
      }),
    },
  },
  herinnering: {
    tijdkritisch: true,
    teksten: {
      nl: (c) => ({
        onderwerp: `Morgen: ${c.titel}`,
        tekst: brief([
          `Beste ${naam(c, 'nl')},`,
          `Denkt u eraan? Morgen is de afspraak "${c.titel}" met ${ander(c, 'nl')}. Wanneer: ${c.wanneer}.`,
          `Lukt het niet? Zeg het hier af: ${c.link}`,
          groet.nl,
        ]),
        kort: `Buurtkracht: morgen ${c.wanneer}: "${c.titel}" met ${ander(c, 'nl')}. Lukt het niet? Zeg het af in de app.`,
        bellen: `Goedendag ${naam(c, 'nl')}, ik bel even om te herinneren aan morgen: "${c.titel}" met ${ander(c, 'nl')}, ${c.wanneer}. Gaat dat lukken?`,
      }),
      en: (c) => ({
        onderwerp: `Tomorrow: ${c.titel}`,
        tekst: brief([
          `Dear ${naam(c, 'en')},`,
          `A reminder: tomorrow is "${c.titel}" with ${ander(c, 'en')}. When: ${c.wanneer}.`,
          `Can you not make it? Cancel here: ${c.link}`,
          groet.en,
        ]),
        kort: `Buurtkracht: tomorrow ${c.wanneer}: "${c.titel}" with ${ander(c, 'en')}. Cannot make it? Cancel in the app.`,
        bellen: `Hello ${naam(c, 'en')}, a quick reminder about tomorrow: "${c.titel}" with ${ander(c, 'en')}, ${c.wanneer}. Will that work?`,
      }),
    },
  },
  'uitkomst-gevraagd': {
    teksten: {
      nl: (c) => ({
        onderwerp: `Is het gelukt? ${c.titel}`,
        tekst: brief([`Beste ${naam(c, 'nl')},`, `Gisteren was "${c.titel}". Is de hulp gelukt? Laat het ons weten: ${c.link}`, groet.nl]),
        kort: `Buurtkracht: is de hulp bij "${c.titel}" gelukt? Laat het weten in de app.`,
        bellen: `Goedendag ${naam(c, 'nl')}, gisteren was "${c.titel}". Is de hulp gelukt? Hoe ging het?`,
      }),
      en: (c) => ({
        onderwerp: `Did it go well? ${c.titel}`,
        tekst: brief([`Dear ${naam(c, 'en')},`, `Yesterday was "${c.titel}". Did the help happen? Let us know: ${c.link}`, groet.en]),
        kort: `Buurtkracht: did the help with "${c.titel}" happen? Let us know in the app.`,
        bellen: `Hello ${naam(c, 'en')}, yesterday was "${c.titel}". Did the help happen? How did it go?`,
      }),
    },
  },
  'hulpvraag-verloopt': {
    teksten: {
      nl: (c) => ({
        onderwerp: `Uw hulpvraag staat nog open`,
        tekst: brief([
          `Beste ${naam(c, 'nl')},`,
          `Uw hulpvraag "${c.titel}" staat al een tijd open. Nog niemand kon helpen.`,
          `Is de hulp nog nodig? Laat het ons weten: ${c.link}`,
          vragenOver(c, 'nl'),
          groet.nl,
        ]),
        kort: `Buurtkracht: uw hulpvraag "${c.titel}" staat nog open. Is de hulp nog nodig?`,
        bellen: `Goedendag ${naam(c, 'nl')}, u vroeg om hulp: "${c.titel}". Nog niemand kon helpen. Is de hulp nog nodig? Dan zoek ik verder.`,
      }),
      en: (c) => ({
        onderwerp: `Your request is still open`,
        tekst: brief([
          `Dear ${naam(c, 'en')},`,
          `Your request "${c.titel}" has been open for a while. Nobody could help yet.`,
          `Do you still need help? Let us know: ${c.link}`,
          vragenOver(c, 'en'),
          groet.en,
        ]),
        kort: `Buurtkracht: your request "${c.titel}" is still open. Do you still need help?`,
        bellen: `Hello ${naam(c, 'en')}, you asked for help: "${c.titel}". Nobody could help yet. Do you still need it? Then I will keep looking.`,
      }),
    },
  },
  // to whoever reported a concern: that it was picked up, never what happens to the person (privacy)
  'signalering-opgepakt': {
    teksten: {
      nl: (c) => ({
        onderwerp: 'Uw melding is opgepakt',
        tekst: brief([
          `Beste ${naam(c, 'nl')},`,
          `U maakte zich zorgen om iemand en meldde dat bij ons (nummer ${c.titel}).`,
          `De sociaal makelaar heeft uw melding opgepakt. Wat er verder gebeurt, mogen wij niet vertellen: dat is privé.`,
          `Dank u wel dat u omkijkt naar uw buren.`,
          groet.nl,
        ]),
        kort: `Buurtkracht: uw melding ${c.titel} is opgepakt door de sociaal makelaar. Dank u wel.`,
        bellen: '',
      }),
      en: (c) => ({
        onderwerp: 'Your report has been picked up',
        tekst: brief([
          `Dear ${naam(c, 'en')},`,
          `You were worried about someone and told us (number ${c.titel}).`,
          `The social broker has picked up your report. What happens next is private, so we cannot tell you.`,
          `Thank you for looking out for your neighbours.`,
          groet.en,
        ]),
        kort: `Buurtkracht: your report ${c.titel} has been picked up by the social broker. Thank you.`,
        bellen: '',
      }),
    },
  },
  'wachtwoord-herstel': {
    urgent: true,
    alleenEmail: true,
    teksten: {
      nl: (c) => ({
        onderwerp: 'Nieuw wachtwoord kiezen',
        tekst: brief([
          `Beste ${naam(c, 'nl')},`,
          `U wilt een nieuw wachtwoord. Klik op deze link:`,
          `${c.link}`,
          `De link werkt 1 uur. Vroeg u dit niet? Dan hoeft u niets te doen.`,
          groet.nl,
        ]),
        kort: 'Kies een nieuw wachtwoord met de link in uw e-mail.',
        bellen: '',
      }),
      en: (c) => ({
        onderwerp: 'Choose a new password',
        tekst: brief([
          `Dear ${naam(c, 'en')},`,
          `You asked for a new password. Click this link:`,
          `${c.link}`,
          `The link works for 1 hour. Did you not ask for this? Then you do not need to do anything.`,
          groet.en,
        ]),
        kort: 'Choose a new password with the link in your e-mail.',
        bellen: '',
      }),
    },
  },
  digest: {
    teksten: {
      nl: (c) => ({
        onderwerp: `${c.vragen?.length ?? 0} nieuwe hulpvragen bij u in de buurt`,
        tekst: brief([
          `Beste ${naam(c, 'nl')},`,
          `Deze week zijn er nieuwe hulpvragen bij u in de buurt:`,
          (c.vragen ?? []).map((v) => `- ${v.titel} (${v.wijk})`).join('\n'),
          `Wilt u helpen? Kijk op het prikbord: ${c.link}`,
          `Wilt u deze mail niet meer? Zet het uit bij "Mijn gegevens".`,
          groet.nl,
        ]),
        kort: `Buurtkracht: ${c.vragen?.length ?? 0} nieuwe hulpvragen bij u in de buurt.`,
        bellen: '',
      }),
      en: (c) => ({
        onderwerp: `${c.vragen?.length ?? 0} new requests near you`,
        tekst: brief([
          `Dear ${naam(c, 'en')},`,
          `This week there are new requests for help near you:`,
          (c.vragen ?? []).map((v) => `- ${v.titel} (${v.wijk})`).join('\n'),
          `Would you like to help? See the notice board: ${c.link}`,
          `Do not want this mail any more? Turn it off under "My details".`,
          groet.en,
        ]),
        kort: `Buurtkracht: ${c.vragen?.length ?? 0} new requests near you.`,
        bellen: '',
      }),
    },
  },
};

/** The text of one message for one person in their language (Dutch when we do not know it). */
export function tekstVoor(sjabloon: SjabloonNaam, taal: Taal, c: SjabloonContext): Tekst {
  return sjablonen[sjabloon].teksten[taal](c);
}

/** The person's language from their `talen`: English only when they do not read Dutch. */
export function taalVan(talen: string[] | null | undefined): Taal {
  return talen && !talen.includes('nl') && talen.includes('en') ? 'en' : 'nl';
}
