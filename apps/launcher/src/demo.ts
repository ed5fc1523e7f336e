/*
 * `npm run demo` (= `npm start -- --demo`): after start, fills an empty installation with a small, realistic,
 * synthetic Haarlem through the real API (so every rule applies): makelaars, a gemeente user, residents (some
 * without a computer), volunteers with offers, requests in several states and a few matches. Deterministic.
 */
export const DEMO_WACHTWOORD = 'Buurtkracht-demo-2026';

export const DEMO_LOGINS = [
  ['makelaar centrum', 'makelaar.centrum@demo.buurtkracht.nl'],
  ['makelaar noord', 'makelaar.noord@demo.buurtkracht.nl'],
  ['gemeente (alleen cijfers)', 'gemeente@demo.buurtkracht.nl'],
  ['klantmanager (professional)', 'klantmanager@demo.buurtkracht.nl'],
  ['vrijwilliger', 'vrijwilliger1@demo.buurtkracht.nl'],
  ['bewoner', 'bewoner1@demo.buurtkracht.nl'],
] as const;

const VOORNAMEN = [
  'Anna',
  'Bram',
  'Citlali',
  'Daan',
  'Esra',
  'Fleur',
  'Gerrit',
  'Hatice',
  'Ilse',
  'Joost',
  'Karim',
  'Lotte',
  'Mo',
  'Noor',
  'Oscar',
  'Priya',
  'Roos',
  'Sem',
  'Truus',
  'Youssef',
];
const ACHTERNAMEN = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Yilmaz', 'El Amrani', 'de Boer', 'Mulder', 'Bos'];
const POSTCODES = [
  ['2011', 'AB'],
  ['2012', 'CD'],
  ['2013', 'EF'],
  ['2021', 'GH'],
  ['2025', 'JK'],
  ['2026', 'LM'],
  ['2031', 'NP'],
  ['2033', 'RS'],
] as const;
const VRAGEN: [string, string, string][] = [
  ['boodschappen', 'Boodschappen op dinsdag', 'Ik loop slecht. Wie neemt brood, melk en fruit mee van de supermarkt?'],
  ['tuin', 'Heg knippen in de voortuin', 'De heg is te hoog geworden. Ik heb zelf een schaar.'],
  ['digitale-hulp', 'Hulp met DigiD en de tablet', 'Ik wil leren videobellen met mijn kleinkinderen.'],
  ['vervoer', 'Rit naar de huisarts', 'Elke maand naar de huisarts in de Vijfhoek, heen en terug.'],
  ['klussen', 'Lamp ophangen in de gang', 'Er hangt een snoer uit het plafond. Ladder is er.'],
  ['gezelschap', 'Samen koffie drinken', 'Ik ben veel alleen. Een praatje op donderdagmiddag zou fijn zijn.'],
  ['huisdieren', 'Hond uitlaten', 'Mijn hond Bobbie moet twee keer per dag uit, ik ben aan mijn knie geopereerd.'],
  ['administratie', 'Post uitzoeken', 'Ik krijg veel brieven en snap ze niet allemaal.'],
];
const AANBOD: [string[], string, string][] = [
  [['boodschappen', 'vervoer'], 'Ik doe graag boodschappen', 'Ik heb een bakfiets en tijd op dinsdag en donderdag.'],
  [['tuin', 'klussen'], 'Handig in huis en tuin', 'Gepensioneerd timmerman, help graag met kleine klussen.'],
  [['digitale-hulp', 'administratie'], 'Hulp met computer en post', 'Ik werk in de IT en leg rustig uit.'],
  [['gezelschap', 'huisdieren'], 'Wandelen en een praatje', 'Ik wandel graag, met of zonder hond.'],
];

interface Api {
  post: (path: string, body: unknown, token?: string) => Promise<Record<string, unknown>>;
  get: (path: string, token?: string) => Promise<unknown>;
}

function api(base: string): Api {
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : {};
  };
  return { post: (p, b, t) => call('POST', p, b, t), get: (p, t) => call('GET', p, undefined, t) };
}

/** A tiny seeded PRNG (mulberry32) so every demo looks the same. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const over = (dagen: number, uur: number) => {
  const t = new Date(Date.now() + dagen * 86400_000);
  t.setUTCHours(uur - 1, 0, 0, 0);
  return t.toISOString();
};

/** Returns lines for the start banner; does nothing when demo data exists already. */
export async function laadDemo(base: string, adminEmail: string, adminPassword: string): Promise<string[]> {
  const a = api(base);
  const login = async (email: string, password = DEMO_WACHTWOORD) => (await a.post('/auth/login', { email, password })).accessToken as string;
  const beheer = await login(adminEmail, adminPassword);
  const accounts = (await a.get('/accounts', beheer)) as { email: string }[];
  if (accounts.some((x) => x.email === DEMO_LOGINS[0][1])) return demoHints();
  const rnd = prng(392);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const werkgebieden = (await a.get('/werkgebieden', beheer)) as { id: string; naam: string }[];
  const wg = (naam: string) => werkgebieden.find((w) => w.naam === naam)!.id;
  await a.post(
    '/accounts',
    {
      email: DEMO_LOGINS[0][1],
      wachtwoord: DEMO_WACHTWOORD,
      naam: 'Mirjam (makelaar)',
      rollen: ['makelaar'],
      werkgebieden: [wg('Centrum & Rozenprieel'), wg('Zuid-West')],
    },
    beheer,
  );
  await a.post(
    '/accounts',
    {
      email: DEMO_LOGINS[1][1],
      wachtwoord: DEMO_WACHTWOORD,
      naam: 'Hasan (makelaar)',
      rollen: ['makelaar'],
      werkgebieden: [wg('Noord-Noord'), wg('Noord-Zuid'), wg('Slachthuisbuurt & Amsterdamse Buurt'), wg('Parkwijk & Zuiderpolder')],
    },
    beheer,
  );
  await a.post('/accounts', { email: DEMO_LOGINS[2][1], wachtwoord: DEMO_WACHTWOORD, naam: 'Gemeente Haarlem', rollen: ['gemeente'] }, beheer);
  await a.post('/accounts', { email: DEMO_LOGINS[3][1], wachtwoord: DEMO_WACHTWOORD, naam: 'Klantmanager Werk en Inkomen', rollen: ['professional'] }, beheer);
  const makelaar = await login(DEMO_LOGINS[0][1]);
  const makelaarNoord = await login(DEMO_LOGINS[1][1]);
  await a.post(
    '/locaties',
    {
      naam: 'Wijkcentrum (demo)',
      adres: 'Voorbeeldstraat 1, 2011 AB Haarlem',
      telefoon: '023-0000000',
      wijken: ['WK039201', 'WK039202'],
      spreekuren: [
        { soort: 'balie', dag: 2, van: '09:30', tot: '12:00' },
        { soort: 'telefoon', dag: 4, van: '13:00', tot: '16:00' },
      ],
    },
    makelaar,
  );

  const aanbodIds: string[] = [];
  for (let i = 0; i < 12; i++) {
    const [pc4, letters] = pick(POSTCODES);
    const naam = VOORNAMEN[i % VOORNAMEN.length];
    const reg = await a.post('/auth/registreren', {
      email: `vrijwilliger${i + 1}@demo.buurtkracht.nl`,
      wachtwoord: DEMO_WACHTWOORD,
      voornaam: naam,
      achternaam: pick(ACHTERNAMEN),
      postcode: `${pc4}${letters}`,
      huisnummer: String(10 + i),
      rollen: ['vrijwilliger'],
      toestemming: true,
    });
    const [cats, titel, omschrijving] = AANBOD[i % AANBOD.length];
    const aanbod = await a.post(
      '/aanbod',
      {
        categorieen: cats,
        titel,
        omschrijving,
        beschikbaarheid: [1, 2, 3, 4, 5].map((dag) => ({ dag, van: '09:00', tot: '17:00' })),
        maxAfstandMeter: 3000 + Math.floor(rnd() * 3000),
        vervoer: pick(['fiets', 'lopen', 'auto'] as const),
        maxActieveMatches: 2,
      },
      reg.accessToken as string,
    );
    aanbodIds.push(aanbod.id as string);
  }

  const hulpvraagIds: string[] = [];
  for (let i = 0; i < 16; i++) {
    const [pc4, letters] = POSTCODES[i % POSTCODES.length];
    const offline = i % 3 !== 0;
    const [categorie, titel, omschrijving] = VRAGEN[i % VRAGEN.length];
    const venster =
      i % 4 === 0 ? { soort: 'terugkerend', start: over(2 + (i % 5), 10), rrule: 'FREQ=WEEKLY' } : { soort: 'flexibel', start: over(1, 9), eind: over(14, 17) };
    let id: string;
    if (offline) {
      const token = Number(pc4) < 2020 ? makelaar : makelaarNoord;
      const d = await a.post(
        '/deelnemers',
        {
          voornaam: VOORNAMEN[(i + 7) % VOORNAMEN.length],
          achternaam: pick(ACHTERNAMEN),
          telefoon: `023-55${String(10000 + i)}`,
          postcode: `${pc4}${letters}`,
          huisnummer: String(100 + i),
          rollen: ['bewoner'],
          offline: true,
          toestemmingen: [{ doel: 'matching' }, { doel: 'contact-met-helper' }],
        },
        token,
      );
      id = (await a.post('/hulpvragen', { deelnemerId: d.id, categorie, titel, omschrijving, venster, duurMinuten: 60 }, token)).id as string;
    } else {
      const reg = await a.post('/auth/registreren', {
        email: `bewoner${i / 3 + 1}@demo.buurtkracht.nl`,
        wachtwoord: DEMO_WACHTWOORD,
        voornaam: VOORNAMEN[(i + 3) % VOORNAMEN.length],
        postcode: `${pc4}${letters}`,
        huisnummer: String(200 + i),
        rollen: ['bewoner'],
        toestemming: true,
      });
      id = (await a.post('/hulpvragen', { categorie, titel, omschrijving, venster, duurMinuten: 60 }, reg.accessToken as string)).id as string;
    }
    hulpvraagIds.push(id);
  }
  // a few offers out to helpers, as a makelaar's morning would leave them
  for (const id of hulpvraagIds.slice(0, 4)) {
    const sug = (await a.get(`/hulpvragen/${id}/suggesties?limit=3`, makelaar).catch(() => ({ suggesties: [] }))) as { suggesties: { aanbodId: string }[] };
    if (sug.suggesties.length)
      await a.post(`/hulpvragen/${id}/cascade`, { aanbodIds: sug.suggesties.map((s) => s.aanbodId), modus: 'een-voor-een' }, makelaar).catch(() => undefined);
  }
  return demoHints();
}

function demoHints(): string[] {
  return ['demo logins (password ' + DEMO_WACHTWOORD + '):', ...DEMO_LOGINS.map(([rol, email]) => `  ${rol.padEnd(28)} ${email}`)];
}
