/**
 * The scale dataset as pure functions of (seed, scale): a geographic model (gemeenten, wijken, PC4) and one
 * generator per table. Each generator yields rows for COPY in the column order it declares.
 *
 * Extension point: later benchmarks add a `TableSpec` to `DATASET_TABLES`, and can find the rows they reference
 * by index with `deelnemerId(ctx, i)`, `hulpvraagId(ctx, i)`, `aanbodId(ctx, i)`, `matchId(ctx, m)`. The history
 * (matched and closed requests, matches, match_keren) is at the end of this file.
 */
import type { CopyValue } from '../lib/copy';
import { chance, Cumulative, gauss, hash32, int, mulberry32, pick, rowRng, sample, strHash, uuidFor, weighted, type Rng } from './random';
import { ANCHOR, type Scale } from './scale';
import {
  ACHTERNAMEN,
  ALGEMEEN,
  DAGEN,
  HULP_ALGEMEEN,
  PHRASES,
  PLAATS_STAM,
  PLAATSNAMEN_A,
  PLAATSNAMEN_B,
  RRULES,
  STRATEN,
  TUSSENVOEGSELS,
  VOORNAMEN,
  WIJKNAMEN,
} from './words';

export interface Wijk {
  code: string;
  naam: string;
  stadsdeel: string;
  lat: number;
  lon: number;
  inwoners: number;
  gemeente: Gemeente;
  pc4: string[];
  buurten: { code: string; naam: string; lat: number; lon: number }[];
  synthetic: boolean;
}

export interface Gemeente {
  index: number;
  id: string;
  code: string;
  naam: string;
  lat: number;
  lon: number;
  /** share of people and posts */
  weight: number;
  wijken: Wijk[];
  wijkPick: Cumulative<Wijk>;
  /** deelnemers [start, start + count) live here */
  start: number;
  count: number;
  synthetic: boolean;
  /** staff accounts: [beheerder, makelaar per werkgebied] */
  staff: { id: string; email: string; rollen: string[]; naam: string; werkgebied?: number }[];
  werkgebieden: { id: string; naam: string; wijkCodes: string[] }[];
}

/** Haarlem as the migration seeded it (read back from the database). */
export interface HaarlemAreas {
  wijken: { code: string; naam: string; stadsdeel: string; lat: number; lon: number; inwoners: number | null }[];
  buurten: { code: string; wijk_code: string; naam: string; lat: number; lon: number }[];
  pc4: { pc4: string; wijk_code: string }[];
  werkgebieden: { naam: string; wijk_codes: string[] }[];
}

export interface Categorie {
  code: string;
  vogVereist: boolean;
  wijkserviceOpen: boolean;
}

export interface Ctx {
  seed: number;
  scale: Scale;
  gemeenten: Gemeente[];
  gemeentePick: Cumulative<Gemeente>;
  /** gemeente index of each deelnemer */
  gemeenteOf: Uint16Array;
  categorieen: Categorie[];
  passwordHash: string;
}

export const HAARLEM_SHARE = 0.03;

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const DAY = 86_400_000;

/** Splits `total` over weights with largest remainders, so the parts add up exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]++;
  }
  return out;
}

export function buildContext(seed: number, scale: Scale, haarlem: HaarlemAreas, categorieen: Categorie[], passwordHash: string): Ctx {
  const r = mulberry32(hash32(seed, strHash('geografie')));
  const gemeenten: Gemeente[] = [];
  const usedPc4 = new Set(haarlem.pc4.map((p) => p.pc4));
  let nextPc4 = 1000;
  const takePc4 = () => {
    while (usedPc4.has(String(nextPc4))) nextPc4++;
    if (nextPc4 > 9999) throw new Error('out of PC4 codes');
    const p = String(nextPc4++);
    usedPc4.add(p);
    return p;
  };

  // Haarlem: real areas, 3 % of everything (a city of 160k among 100 gemeenten of mixed size)
  const hId = uuidFor(seed, 'gemeenten', 0);
  const h: Gemeente = {
    index: 0,
    id: hId,
    code: 'GM0392',
    naam: 'Haarlem',
    lat: 52.381,
    lon: 4.637,
    weight: HAARLEM_SHARE,
    wijken: [],
    wijkPick: undefined as unknown as Cumulative<Wijk>,
    start: 0,
    count: 0,
    synthetic: false,
    staff: [],
    werkgebieden: haarlem.werkgebieden.map((w, k) => ({ id: uuidFor(seed, 'werkgebieden', k), naam: w.naam, wijkCodes: w.wijk_codes })),
  };
  for (const w of haarlem.wijken) {
    h.wijken.push({
      code: w.code,
      naam: w.naam,
      stadsdeel: w.stadsdeel,
      lat: w.lat,
      lon: w.lon,
      inwoners: w.inwoners ?? 5000,
      gemeente: h,
      pc4: haarlem.pc4.filter((p) => p.wijk_code === w.code).map((p) => p.pc4),
      buurten: haarlem.buurten.filter((b) => b.wijk_code === w.code).map((b) => ({ code: b.code, naam: b.naam, lat: b.lat, lon: b.lon })),
      synthetic: false,
    });
  }
  const haarlemPc4 = haarlem.pc4.map((p) => p.pc4);
  for (const w of h.wijken) if (!w.pc4.length) w.pc4 = [pick(r, haarlemPc4)];
  gemeenten.push(h);

  // synthetic gemeenten on a jittered grid over the Netherlands, sizes roughly Zipf-like
  const n = scale.gemeenten - 1;
  const cols = 11;
  const rows = Math.ceil(n / cols);
  const synthWeights: number[] = [];
  for (let k = 0; k < n; k++) synthWeights.push(1 / Math.pow(k + 3, 0.7));
  const sw = synthWeights.reduce((a, b) => a + b, 0);
  const naamGebruikt = new Set<string>();
  for (let k = 0; k < n; k++) {
    const num = 9001 + k;
    const lat = 51.35 + ((Math.floor(k / cols) + 0.5 + (r() - 0.5) * 0.6) / rows) * 1.9;
    const lon = 4.1 + (((k % cols) + 0.5 + (r() - 0.5) * 0.6) / cols) * 2.8;
    let naam: string;
    do
      naam = chance(r, 0.3) ? `${pick(r, PLAATSNAMEN_A)}-${pick(r, PLAATS_STAM)}${pick(r, PLAATSNAMEN_B)}` : `${pick(r, PLAATS_STAM)}${pick(r, PLAATSNAMEN_B)}`;
    while (naamGebruikt.has(naam));
    naamGebruikt.add(naam);
    const g: Gemeente = {
      index: k + 1,
      id: uuidFor(seed, 'gemeenten', k + 1),
      code: `GM${num}`,
      naam,
      lat: round6(lat),
      lon: round6(lon),
      weight: ((1 - HAARLEM_SHARE) * synthWeights[k]) / sw,
      wijken: [],
      wijkPick: undefined as unknown as Cumulative<Wijk>,
      start: 0,
      count: 0,
      synthetic: true,
      staff: [],
      werkgebieden: [],
    };
    const wijkNamen = sample(r, WIJKNAMEN, 20);
    for (let j = 1; j <= 20; j++) {
      const code = `WK${num}${String(j).padStart(2, '0')}`;
      const wlat = round6(g.lat + gauss(r) * 0.018);
      const wlon = round6(g.lon + gauss(r) * 0.028);
      const wijk: Wijk = {
        code,
        naam: j === 1 ? 'Centrum' : (wijkNamen[j - 1] ?? `Wijk ${j}`),
        stadsdeel: ['Noord', 'Oost', 'Zuid', 'West'][(j - 1) % 4],
        lat: wlat,
        lon: wlon,
        inwoners: int(r, 1500, 12000),
        gemeente: g,
        pc4: [takePc4(), takePc4()],
        buurten: [0, 1, 2].map((b) => ({
          code: `BU${num}${String(j).padStart(2, '0')}${String(b).padStart(2, '0')}`,
          naam: `${j === 1 ? 'Centrum' : (wijkNamen[j - 1] ?? `Wijk ${j}`)} ${['Noord', 'Midden', 'Zuid'][b]}`,
          lat: round6(wlat + gauss(r) * 0.004),
          lon: round6(wlon + gauss(r) * 0.006),
        })),
        synthetic: true,
      };
      g.wijken.push(wijk);
    }
    for (let wg = 0; wg < 4; wg++) {
      g.werkgebieden.push({
        id: uuidFor(seed, 'werkgebieden', 1000 + k * 4 + wg),
        naam: `Werkgebied ${['Noord', 'Oost', 'Zuid', 'West'][wg]}`,
        wijkCodes: g.wijken.filter((_, j) => j % 4 === wg).map((w) => w.code),
      });
    }
    gemeenten.push(g);
  }

  for (const g of gemeenten) {
    g.wijkPick = new Cumulative(g.wijken, (w) => w.inwoners);
    const slug = g.code.toLowerCase();
    g.staff.push({ id: uuidFor(seed, 'accounts.staff', g.index * 64), email: `beheer.${slug}@bench.buurtkracht.nl`, rollen: ['beheerder'], naam: 'Beheerder' });
    g.werkgebieden.forEach((_, k) =>
      g.staff.push({
        id: uuidFor(seed, 'accounts.staff', g.index * 64 + 1 + k),
        email: `makelaar${k + 1}.${slug}@bench.buurtkracht.nl`,
        rollen: ['makelaar'],
        naam: `Makelaar ${k + 1}`,
        werkgebied: k,
      }),
    );
  }

  // deelnemers in contiguous blocks per gemeente
  const counts = apportion(
    scale.deelnemers,
    gemeenten.map((g) => g.weight),
  );
  const gemeenteOf = new Uint16Array(scale.deelnemers);
  let start = 0;
  gemeenten.forEach((g, k) => {
    g.start = start;
    g.count = counts[k];
    gemeenteOf.fill(k, start, start + counts[k]);
    start += counts[k];
  });

  return { seed, scale, gemeenten, gemeentePick: new Cumulative(gemeenten, (g) => g.weight), gemeenteOf, categorieen, passwordHash };
}

// ---------------------------------------------------------------------------------------------------------
// ids by index, for this and later generators

export const deelnemerId = (ctx: Ctx, i: number) => uuidFor(ctx.seed, 'deelnemers', i);
export const accountId = (ctx: Ctx, i: number) => uuidFor(ctx.seed, 'accounts', i);
export const hulpvraagId = (ctx: Ctx, i: number) => uuidFor(ctx.seed, 'hulpvragen', i);
export const aanbodId = (ctx: Ctx, i: number) => uuidFor(ctx.seed, 'aanbod', i);

export type Rol = 'bewoner' | 'vrijwilliger' | 'wijkservice';

/** The primary role of deelnemer i: 60 % bewoner, 35 % vrijwilliger, 5 % wijkservice. */
export function rolOf(ctx: Ctx, i: number): Rol {
  const x = hash32(ctx.seed, 0x501e, i) / 4294967296;
  return x < 0.6 ? 'bewoner' : x < 0.95 ? 'vrijwilliger' : 'wijkservice';
}

/** About 40 % have no computer or e-mail (brief). */
export function offlineOf(ctx: Ctx, i: number): boolean {
  return hash32(ctx.seed, 0x0ff1, i) / 4294967296 < 0.4;
}

export interface DeelnemerCore {
  i: number;
  gemeente: Gemeente;
  wijk: Wijk;
  lat: number;
  lon: number;
  rol: Rol;
  offline: boolean;
}

/** What other tables need to know about deelnemer i (where they live), cheap to recompute. */
export function deelnemerCore(ctx: Ctx, i: number): DeelnemerCore {
  const r = rowRng(ctx.seed, 'deelnemers.core', i);
  const gemeente = ctx.gemeenten[ctx.gemeenteOf[i]];
  const wijk = gemeente.wijkPick.pick(r);
  const spread = wijk.synthetic ? 0.004 : 0.003;
  return {
    i,
    gemeente,
    wijk,
    lat: round6(wijk.lat + gauss(r) * spread),
    lon: round6(wijk.lon + gauss(r) * spread * 1.6),
    rol: rolOf(ctx, i),
    offline: offlineOf(ctx, i),
  };
}

/** A random deelnemer of gemeente g with one of the roles. */
function deelnemerIn(ctx: Ctx, r: Rng, g: Gemeente, rollen: readonly Rol[]): number {
  for (let tries = 0; tries < 1000; tries++) {
    const i = g.start + Math.floor(r() * g.count);
    if (rollen.includes(rolOf(ctx, i))) return i;
  }
  throw new Error(`no ${rollen.join('/')} in ${g.code}`);
}

// ---------------------------------------------------------------------------------------------------------

export interface TableSpec {
  table: string;
  /** name in reports when a table is loaded in more than one part (default: table) */
  label?: string;
  /** drop secondary indexes and foreign keys around the COPY and rebuild them afterwards */
  bulk: boolean;
  columns: readonly string[];
  rows: (ctx: Ctx) => Iterable<readonly CopyValue[]>;
}

const iso = (t: number) => new Date(t);
/** a timestamp rounded to 15 minutes */
const kwartier = (t: number) => Math.round(t / 900_000) * 900_000;
const tijd = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function naam(r: Rng): { voornaam: string; achternaam: string } {
  const tv = pick(r, TUSSENVOEGSELS);
  const an = pick(r, ACHTERNAMEN);
  return { voornaam: pick(r, VOORNAMEN), achternaam: tv ? `${tv} ${an}` : an };
}
const slugNaam = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]+/g, '');

function fill(r: Rng, template: string, x: readonly string[]): string {
  return template.replace('{d}', pick(r, DAGEN)).replace('{x}', pick(r, x));
}
const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const gemeentenSpec: TableSpec = {
  table: 'gemeenten',
  bulk: false,
  columns: ['id', 'code', 'naam', 'telefoon', 'created_at'],
  *rows(ctx) {
    for (const g of ctx.gemeenten)
      if (g.synthetic) yield [g.id, g.code, g.naam, `0${int(rowRng(ctx.seed, 'gemeenten', g.index), 100, 999)}-14 0${g.code.slice(4)}`, ANCHOR];
  },
};

export const wijkenSpec: TableSpec = {
  table: 'wijken',
  bulk: false,
  columns: ['code', 'gemeente_id', 'naam', 'stadsdeel', 'lat', 'lon', 'inwoners'],
  *rows(ctx) {
    for (const g of ctx.gemeenten) for (const w of g.wijken) if (w.synthetic) yield [w.code, g.id, w.naam, w.stadsdeel, w.lat, w.lon, w.inwoners];
  },
};

export const buurtenSpec: TableSpec = {
  table: 'buurten',
  bulk: false,
  columns: ['code', 'wijk_code', 'naam', 'lat', 'lon'],
  *rows(ctx) {
    for (const g of ctx.gemeenten) for (const w of g.wijken) if (w.synthetic) for (const b of w.buurten) yield [b.code, w.code, b.naam, b.lat, b.lon];
  },
};

export const postcodegebiedenSpec: TableSpec = {
  table: 'postcodegebieden',
  bulk: false,
  columns: ['pc4', 'gemeente_id', 'wijk_code', 'buurt_code', 'lat', 'lon', 'plaats'],
  *rows(ctx) {
    for (const g of ctx.gemeenten)
      for (const w of g.wijken)
        if (w.synthetic)
          for (const [k, p] of w.pc4.entries())
            yield [p, g.id, w.code, w.buurten[k]?.code ?? null, w.buurten[k]?.lat ?? w.lat, w.buurten[k]?.lon ?? w.lon, g.naam];
  },
};

export const werkgebiedenSpec: TableSpec = {
  table: 'werkgebieden',
  bulk: false,
  columns: ['id', 'gemeente_id', 'naam', 'telefoon', 'wijk_codes'],
  *rows(ctx) {
    for (const g of ctx.gemeenten) if (g.synthetic) for (const w of g.werkgebieden) yield [w.id, g.id, w.naam, null, w.wijkCodes];
  },
};

const DEELNEMER_COLUMNS = [
  'id',
  'gemeente_id',
  'rollen',
  'voornaam',
  'achternaam',
  'telefoon',
  'email',
  'straat',
  'huisnummer',
  'postcode',
  'wijk_code',
  'buurt_code',
  'lat',
  'lon',
  'locatie_bron',
  'geboortedatum',
  'talen',
  'mobiliteit',
  'contact_voorkeur',
  'vog_status',
  'vog_datum',
  'offline',
  'instroom_datum',
  'instroom_reden',
  'levensdomein',
  'created_at',
  'updated_at',
] as const;

const INSTROOM = [
  'eenzaamheid-sociaal-contact',
  'praktische-hulp',
  'ontlasten-mantelzorger',
  'na-ziekenhuis-of-ziekte',
  'verhuizing-nieuw-in-wijk',
  'wegvallen-netwerk',
];
const INSTROOM_HELPER = ['wil-iets-betekenen', 'wil-iets-betekenen', 'werk-en-participatie', 'verhuizing-nieuw-in-wijk'];
const LEVENSDOMEINEN = ['wonen', 'gezondheid', 'sociaal-netwerk', 'huishouden', 'mobiliteit', 'digitale-vaardigheden', 'mantelzorg', 'dagbesteding'];
const TALEN: [string[], number][] = [
  [['nl'], 80],
  [['nl', 'en'], 10],
  [['nl', 'tr'], 3],
  [['nl', 'ar'], 3],
  [['nl', 'pl'], 2],
  [['en'], 2],
];

/** The e-mail address of deelnemer i (online deelnemers; unique, so accounts can use it). */
function emailOf(voornaam: string, achternaam: string, i: number): string {
  return `${slugNaam(voornaam)}.${slugNaam(achternaam)}.${i}@example.nl`;
}

interface DeelnemerDetail {
  core: DeelnemerCore;
  voornaam: string;
  achternaam: string;
  email: string | null;
  rollen: string[];
  created: number;
}

function deelnemerDetail(ctx: Ctx, i: number, r: Rng): DeelnemerDetail {
  const core = deelnemerCore(ctx, i);
  const { voornaam, achternaam } = naam(r);
  const email = core.offline ? (chance(r, 0.1) ? emailOf(voornaam, achternaam, i) : null) : emailOf(voornaam, achternaam, i);
  const rollen = core.rol === 'bewoner' ? ['bewoner'] : chance(r, 0.1) ? ['bewoner', core.rol] : [core.rol];
  // joined over the last three years, newer ones more often
  const created = kwartier(ANCHOR.getTime() - Math.floor(Math.pow(r(), 1.5) * 3 * 365) * DAY - int(r, 0, 86_399) * 1000);
  return { core, voornaam, achternaam, email, rollen, created };
}

export const deelnemersSpec: TableSpec = {
  table: 'deelnemers',
  bulk: true,
  columns: DEELNEMER_COLUMNS,
  *rows(ctx) {
    for (let i = 0; i < ctx.scale.deelnemers; i++) {
      const r = rowRng(ctx.seed, 'deelnemers', i);
      const d = deelnemerDetail(ctx, i, r);
      const { core } = d;
      const helper = core.rol !== 'bewoner';
      const oud = core.rol === 'bewoner' ? int(r, 55, 95) : core.rol === 'wijkservice' ? int(r, 22, 64) : int(r, 18, 80);
      const geboren = new Date(Date.UTC(ANCHOR.getUTCFullYear() - oud, int(r, 0, 11), int(r, 1, 28)));
      const buurt = core.wijk.buurten.length ? pick(r, core.wijk.buurten).code : null;
      const vog = helper
        ? weighted(r, [
            ['geen', 55],
            ['aangevraagd', 5],
            ['geldig', 35],
            ['verlopen', 5],
          ] as const)
        : 'geen';
      const mobiliteit = helper ? sample(r, ['lopen', 'fiets', 'auto', 'ov'], int(r, 1, 3)) : chance(r, 0.3) ? ['scootmobiel'] : [];
      const contact = core.offline
        ? weighted(r, [
            ['telefoon', 70],
            ['post', 15],
            ['via-makelaar', 15],
          ] as const)
        : weighted(r, [
            ['app', 30],
            ['email', 40],
            ['sms', 10],
            ['telefoon', 20],
          ] as const);
      yield [
        deelnemerId(ctx, i),
        core.gemeente.id,
        d.rollen,
        d.voornaam,
        d.achternaam,
        `06-${String(hash32(ctx.seed, 0x7e1, i) % 100_000_000).padStart(8, '0')}`,
        d.email,
        pick(r, STRATEN),
        String(int(r, 1, 250)) + (chance(r, 0.15) ? pick(r, ['A', 'B', 'C', '-1', '-2']) : ''),
        `${pick(r, core.wijk.pc4)}${String.fromCharCode(65 + int(r, 0, 25))}${pick(r, 'ABCEGHJKLMNPRTVWXZ'.split(''))}`,
        core.wijk.code,
        buurt,
        core.lat,
        core.lon,
        chance(r, 0.85) ? 'adres' : 'pc4',
        geboren.toISOString().slice(0, 10),
        weighted(r, TALEN),
        mobiliteit,
        contact,
        vog,
        vog === 'geldig' || vog === 'verlopen' ? new Date(d.created + int(r, 5, 60) * DAY).toISOString().slice(0, 10) : null,
        core.offline,
        new Date(d.created).toISOString().slice(0, 10),
        helper ? pick(r, INSTROOM_HELPER) : pick(r, INSTROOM),
        helper ? null : pick(r, LEVENSDOMEINEN),
        iso(d.created),
        iso(d.created + int(r, 0, 30) * DAY),
      ];
    }
  },
};

/** Every online deelnemer has an account (same password for all: see docs/benchmarks.md); plus staff per gemeente. */
export const accountsSpec: TableSpec = {
  table: 'accounts',
  bulk: true,
  columns: ['id', 'gemeente_id', 'email', 'wachtwoord_hash', 'rollen', 'deelnemer_id', 'naam', 'laatst_ingelogd', 'created_at'],
  *rows(ctx) {
    for (const g of ctx.gemeenten) for (const s of g.staff) yield [s.id, g.id, s.email, ctx.passwordHash, s.rollen, null, s.naam, null, ANCHOR];
    for (let i = 0; i < ctx.scale.deelnemers; i++) {
      if (offlineOf(ctx, i)) continue;
      const d = deelnemerDetail(ctx, i, rowRng(ctx.seed, 'deelnemers', i));
      const r = rowRng(ctx.seed, 'accounts', i);
      yield [
        accountId(ctx, i),
        d.core.gemeente.id,
        d.email,
        ctx.passwordHash,
        d.rollen,
        deelnemerId(ctx, i),
        d.voornaam,
        chance(r, 0.7) ? iso(ANCHOR.getTime() - int(r, 0, 90 * 24) * 3_600_000) : null,
        iso(d.created),
      ];
    }
  },
};

export const accountWerkgebiedenSpec: TableSpec = {
  table: 'account_werkgebieden',
  bulk: false,
  columns: ['account_id', 'werkgebied_id'],
  *rows(ctx) {
    for (const g of ctx.gemeenten) for (const s of g.staff) if (s.werkgebied !== undefined) yield [s.id, g.werkgebieden[s.werkgebied].id];
  },
};

function omschrijving(r: Rng, cat: string, algemeen: readonly string[]): string {
  const p = PHRASES[cat];
  const zinnen = [pick(r, p.zinnen)];
  if (chance(r, 0.7)) zinnen.push(pick(r, algemeen));
  if (chance(r, 0.3)) zinnen.push(pick(r, p.zinnen));
  return [...new Set(zinnen)].join(' ');
}

const HULPVRAAG_COLUMNS = [
  'id',
  'gemeente_id',
  'referentie',
  'deelnemer_id',
  'ingevoerd_door',
  'kanaal',
  'namens',
  'categorie',
  'titel',
  'omschrijving',
  'wijk_code',
  'lat',
  'lon',
  'venster_soort',
  'venster_start',
  'venster_eind',
  'rrule',
  'duur_minuten',
  'urgentie',
  'eisen',
  'status',
  'laatste_activiteit',
  'created_at',
  'updated_at',
] as const;

/** how often each category is asked for (boodschappen and vervoer lead, as in BUUV's reports) */
const VRAAG_CATEGORIE: [string, number][] = [
  ['boodschappen', 16],
  ['vervoer', 14],
  ['klussen', 12],
  ['digitale-hulp', 11],
  ['tuin', 9],
  ['gezelschap', 9],
  ['administratie', 8],
  ['huisdieren', 5],
  ['huishouden', 5],
  ['maaltijden', 4],
  ['respijt-mantelzorg', 3],
  ['voorlezen', 2],
  ['tuinonderhoud-groot', 2],
];

export const REFERENTIE_START = 1000;

export const hulpvragenSpec: TableSpec = {
  table: 'hulpvragen',
  bulk: true,
  columns: HULPVRAAG_COLUMNS,
  *rows(ctx) {
    const vogCats = new Set(ctx.categorieen.filter((c) => c.vogVereist).map((c) => c.code));
    for (let h = 0; h < ctx.scale.hulpvragen; h++) {
      const r = rowRng(ctx.seed, 'hulpvragen', h);
      const g = ctx.gemeentePick.pick(r);
      const bewoner = deelnemerCore(ctx, deelnemerIn(ctx, r, g, ['bewoner']));
      const cat = weighted(r, VRAAG_CATEGORIE);
      const p = PHRASES[cat];
      const kanaal = bewoner.offline
        ? weighted(r, [
            ['telefoon', 60],
            ['balie', 30],
            ['prikbord', 5],
            ['namens-iemand', 5],
          ] as const)
        : weighted(r, [
            ['web', 80],
            ['telefoon', 10],
            ['namens-iemand', 7],
            ['doorverwijzing', 3],
          ] as const);
      const viaMakelaar = kanaal === 'telefoon' || kanaal === 'balie' || kanaal === 'doorverwijzing';
      const makelaars = g.staff.filter((s) => s.rollen.includes('makelaar'));
      const created = ANCHOR.getTime() - Math.floor(r() * 60 * DAY);
      const soort = weighted(r, [
        ['eenmalig', 45],
        ['flexibel', 35],
        ['terugkerend', 20],
      ] as const);
      const duur = 15 * int(r, 2, 12);
      const start = kwartier(created + int(r, 1, 21) * DAY + int(r, -3, 6) * 3_600_000);
      const eind = soort === 'eenmalig' ? start + duur * 60_000 : soort === 'flexibel' ? start + int(r, 3, 14) * DAY : chance(r, 0.5) ? start + 90 * DAY : null;
      const eisen: Record<string, unknown> = {};
      if (vogCats.has(cat) && chance(r, 0.6)) eisen.vog = true;
      if (cat === 'vervoer') eisen.autoNodig = chance(r, 0.7);
      if (cat === 'klussen' && chance(r, 0.3)) eisen.fysiekZwaar = true;
      const activiteit = Math.min(ANCHOR.getTime(), created + Math.floor(r() * 10 * DAY));
      yield [
        hulpvraagId(ctx, h),
        g.id,
        `H-${REFERENTIE_START + h}`,
        deelnemerId(ctx, bewoner.i),
        viaMakelaar && makelaars.length ? pick(r, makelaars).id : null,
        kanaal,
        kanaal === 'namens-iemand' ? { naam: `${pick(r, VOORNAMEN)}`, relatie: pick(r, ['dochter', 'zoon', 'buurvrouw', 'buurman', 'nicht']) } : null,
        cat,
        hoofdletter(fill(r, pick(r, p.vraag), p.x)).slice(0, 80),
        omschrijving(r, cat, ALGEMEEN),
        bewoner.wijk.code,
        bewoner.lat,
        bewoner.lon,
        soort,
        iso(start),
        eind === null ? null : iso(eind),
        soort === 'terugkerend' ? (chance(r, 0.5) ? 'FREQ=WEEKLY;BYDAY=TU' : pick(r, RRULES)) : null,
        duur,
        weighted(r, [
          ['laag', 15],
          ['normaal', 70],
          ['hoog', 12],
          ['spoed', 3],
        ] as const),
        eisen,
        'open',
        iso(activiteit),
        iso(created),
        iso(activiteit),
      ];
    }
  },
};

const VERVOER: [string, number, number, number][] = [
  // vervoer, weight, min m, max m
  ['lopen', 30, 300, 1500],
  ['fiets', 40, 1500, 5000],
  ['auto', 20, 5000, 20000],
  ['ov', 10, 3000, 10000],
];

export const aanbodSpec: TableSpec = {
  table: 'aanbod',
  bulk: true,
  columns: [
    'id',
    'gemeente_id',
    'referentie',
    'deelnemer_id',
    'ingevoerd_door',
    'kanaal',
    'soort',
    'categorieen',
    'vaardigheden',
    'titel',
    'omschrijving',
    'beschikbaarheid',
    'uitzonderingen',
    'max_afstand_m',
    'vervoer',
    'max_actieve_matches',
    'max_uren_week',
    'talen',
    'voorkeur',
    'status',
    'wijk_code',
    'lat',
    'lon',
    'created_at',
    'updated_at',
  ],
  *rows(ctx) {
    const vrij = ctx.categorieen.map((c) => c.code);
    const ws = ctx.categorieen.filter((c) => c.wijkserviceOpen).map((c) => c.code);
    const weights = new Map(VRAAG_CATEGORIE);
    for (let a = 0; a < ctx.scale.aanbod; a++) {
      const r = rowRng(ctx.seed, 'aanbod', a);
      const g = ctx.gemeentePick.pick(r);
      const helper = deelnemerCore(ctx, deelnemerIn(ctx, r, g, ['vrijwilliger', 'wijkservice']));
      const wijkservice = helper.rol === 'wijkservice';
      // categories: 1-3, never paid work for Wijkservice (verdringing)
      const pool = wijkservice ? ws : vrij;
      const cats: string[] = [];
      const k = weighted(r, [
        [1, 55],
        [2, 30],
        [3, 15],
      ] as const);
      while (cats.length < k) {
        const c = weighted(
          r,
          pool.map((c) => [c, weights.get(c) ?? 1] as const),
        );
        if (!cats.includes(c)) cats.push(c);
      }
      const hoofd = PHRASES[cats[0]];
      const vaardigheden = [...new Set(cats.flatMap((c) => (chance(r, 0.5) ? [pick(r, PHRASES[c].vaardigheden)] : [])))];
      const slots: { dag: number; van: string; tot: string }[] = [];
      const nSlots = int(r, 1, 4);
      const dagen = sample(r, [1, 2, 3, 4, 5, 6, 7], nSlots).sort((x, y) => x - y);
      for (const dag of dagen) {
        const van = pick(r, [9 * 60, 10 * 60, 13 * 60, 14 * 60, 18 * 60 + 30, 19 * 60]);
        slots.push({ dag, van: tijd(van), tot: tijd(van + 60 * int(r, 2, 3)) });
      }
      const [vervoer, , lo, hi] = weighted(
        r,
        VERVOER.map((v) => [v, v[1]] as const),
      );
      const created = ANCHOR.getTime() - Math.floor(Math.pow(r(), 1.3) * 365 * DAY);
      const uitzonderingen = chance(r, 0.08)
        ? [
            {
              van: new Date(ANCHOR.getTime() + int(r, 10, 40) * DAY).toISOString().slice(0, 10),
              tot: new Date(ANCHOR.getTime() + int(r, 45, 60) * DAY).toISOString().slice(0, 10),
            },
          ]
        : [];
      yield [
        aanbodId(ctx, a),
        g.id,
        `A-${REFERENTIE_START + ctx.scale.hulpvragen + a}`,
        deelnemerId(ctx, helper.i),
        null,
        helper.offline
          ? weighted(r, [
              ['telefoon', 60],
              ['balie', 40],
            ] as const)
          : 'web',
        wijkservice ? 'wijkservice' : 'vrijwilliger',
        cats,
        vaardigheden,
        pick(r, hoofd.aanbod),
        omschrijving(r, cats[0], HULP_ALGEMEEN),
        // jsonb: as JSON text, or the COPY helper would write an empty array as the text-array literal {}
        JSON.stringify(slots),
        JSON.stringify(uitzonderingen),
        Math.round(int(r, lo, hi) / 100) * 100,
        vervoer,
        wijkservice
          ? int(r, 1, 5)
          : weighted(r, [
              [1, 40],
              [2, 40],
              [3, 20],
            ] as const),
        wijkservice ? 4 + int(r, 0, 32) / 2 : int(r, 2, 16) / 2,
        weighted(r, TALEN),
        weighted(r, [
          ['beide', 60],
          ['vast', 25],
          ['eenmalig', 15],
        ] as const),
        'actief',
        helper.wijk.code,
        helper.lat,
        helper.lon,
        iso(created),
        iso(created + Math.floor(r() * 20) * DAY),
      ];
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// History: two years of requests that were matched (or not), their matches and the occurrences of repeated help.
// Item m < scale.matches is match m with its own request (hulpvraag index scale.hulpvragen + m); items from
// scale.matches on are requests that never got a match (verlopen, ingetrokken, doorverwezen). Every spec below
// recomputes item m from its own PRNG, so the three tables agree without holding anything in memory.

/** days of history before ANCHOR */
export const HISTORIE_DAGEN = 730;
/** requests without a match, as a share of the matches */
export const ONVERVULD_AANDEEL = 0.1;

export const historieAantal = (scale: Scale): number => scale.matches + Math.round(scale.matches * ONVERVULD_AANDEEL);
export const historieHulpvraagIndex = (ctx: Ctx, m: number): number => ctx.scale.hulpvragen + m;
export const matchId = (ctx: Ctx, m: number) => uuidFor(ctx.seed, 'matches', m);
const historieReferentie = (ctx: Ctx, m: number) => `H-${REFERENTIE_START + ctx.scale.hulpvragen + ctx.scale.aanbod + m}`;

/** What the history needs of every aanbod row: its gemeente, helper and categories (replayed from the aanbod generator). */
interface AanbodIndex {
  perGemeente: Int32Array[];
  helper: Int32Array;
  /** up to 3 category indexes per aanbod (into ctx.categorieen), 255 = none */
  cats: Uint8Array;
}
const aanbodIndexen = new WeakMap<Ctx, AanbodIndex>();

function aanbodIndex(ctx: Ctx): AanbodIndex {
  const cached = aanbodIndexen.get(ctx);
  if (cached) return cached;
  const n = ctx.scale.aanbod;
  const gemeenteVan = new Uint16Array(n);
  const helper = new Int32Array(n);
  const cats = new Uint8Array(n * 3).fill(255);
  const codes = ctx.categorieen.map((c) => c.code);
  const vrij = codes;
  const ws = ctx.categorieen.filter((c) => c.wijkserviceOpen).map((c) => c.code);
  const weights = new Map(VRAAG_CATEGORIE);
  const vrijW = vrij.map((c) => [c, weights.get(c) ?? 1] as const);
  const wsW = ws.map((c) => [c, weights.get(c) ?? 1] as const);
  const telling = new Int32Array(ctx.gemeenten.length);
  for (let a = 0; a < n; a++) {
    // the same draws, in the same order, as aanbodSpec
    const r = rowRng(ctx.seed, 'aanbod', a);
    const g = ctx.gemeentePick.pick(r);
    const h = deelnemerIn(ctx, r, g, ['vrijwilliger', 'wijkservice']);
    const pool = rolOf(ctx, h) === 'wijkservice' ? wsW : vrijW;
    const k = weighted(r, [
      [1, 55],
      [2, 30],
      [3, 15],
    ] as const);
    const gekozen: string[] = [];
    while (gekozen.length < k) {
      const c = weighted(r, pool);
      if (!gekozen.includes(c)) gekozen.push(c);
    }
    gemeenteVan[a] = g.index;
    helper[a] = h;
    gekozen.forEach((c, j) => (cats[a * 3 + j] = codes.indexOf(c)));
    telling[g.index]++;
  }
  const perGemeente = ctx.gemeenten.map((g) => new Int32Array(telling[g.index]));
  const vul = new Int32Array(ctx.gemeenten.length);
  for (let a = 0; a < n; a++) perGemeente[gemeenteVan[a]][vul[gemeenteVan[a]]++] = a;
  const idx = { perGemeente, helper, cats };
  aanbodIndexen.set(ctx, idx);
  return idx;
}

type MatchStatus = 'geaccepteerd' | 'bevestigd' | 'actief' | 'afgerond' | 'geannuleerd' | 'niet-verschenen' | 'afgewezen' | 'verlopen';
type VensterSoort = 'eenmalig' | 'flexibel' | 'terugkerend';

interface Historie {
  m: number;
  gemeente: Gemeente;
  bewoner: number;
  kanaal: string;
  makelaar: string | null;
  categorie: string;
  soort: VensterSoort;
  duur: number;
  created: number;
  contact: number | null;
  hvStatus: string;
  hvReden: string | null;
  gematcht: number | null;
  laatste: number;
  /** null for a request that never got a match */
  match: {
    aanbod: number;
    helper: number;
    wijkservice: boolean;
    status: MatchStatus;
    via: 'zelf' | 'makelaar' | 'systeem';
    aangeboden: number;
    geaccepteerd: number | null;
    bevestigd: number | null;
    gestart: number | null;
    afgerond: number | null;
    /** end of the help (completion, cancellation or no-show), also when it lies after ANCHOR */
    eind: number;
    geannuleerdDoor: string | null;
    annuleerReden: string | null;
    nietVerschenen: string | null;
    updated: number;
  } | null;
}

const UUR = 3_600_000;
const REDEN_INTREKKEN = [
  ['zelf-opgelost', 35],
  ['eigen-netwerk', 25],
  ['niet-meer-nodig', 35],
  ['anders', 5],
] as const;
const REDEN_DOORVERWIJZEN = [
  ['wijkteam', 35],
  ['professionele-zorg', 25],
  ['schuldhulp', 10],
  ['andere-organisatie', 15],
  ['past-niet-bij-burenhulp', 10],
  ['anders', 5],
] as const;

function historie(ctx: Ctx, m: number): Historie {
  const r = rowRng(ctx.seed, 'historie', m);
  const g = ctx.gemeentePick.pick(r);
  const bewoner = deelnemerIn(ctx, r, g, ['bewoner']);
  const offline = offlineOf(ctx, bewoner);
  const kanaal = offline
    ? weighted(r, [
        ['telefoon', 65],
        ['balie', 35],
      ] as const)
    : weighted(r, [
        ['web', 75],
        ['telefoon', 20],
        ['doorverwijzing', 5],
      ] as const);
  const makelaars = g.staff.filter((s) => s.rollen.includes('makelaar'));
  const makelaar = kanaal !== 'web' && makelaars.length ? pick(r, makelaars).id : null;
  const soort = weighted(r, [
    ['eenmalig', 50],
    ['flexibel', 30],
    ['terugkerend', 20],
  ] as const);
  const duur = 15 * int(r, 2, 12);
  // more requests lately (the platform grows), over HISTORIE_DAGEN days
  let created = ANCHOR.getTime() - Math.floor(Math.pow(r(), 1.2) * HISTORIE_DAGEN * DAY) - int(r, 0, 86_399) * 1000;
  // first contact: median ~18 h, long tail; 6 % never
  const contactNa = chance(r, 0.94) ? Math.min(400, Math.exp(Math.log(18) + gauss(r))) * UUR : null;

  if (m >= ctx.scale.matches) {
    // a request that did not lead to a match
    const hvStatus = weighted(r, [
      ['verlopen', 45],
      ['ingetrokken', 35],
      ['doorverwezen', 20],
    ] as const);
    const hvReden = hvStatus === 'verlopen' ? 'geen-reactie' : hvStatus === 'ingetrokken' ? weighted(r, REDEN_INTREKKEN) : weighted(r, REDEN_DOORVERWIJZEN);
    created = Math.min(created, ANCHOR.getTime() - 31 * DAY);
    const contact = contactNa === null ? null : created + contactNa;
    return {
      m,
      gemeente: g,
      bewoner,
      kanaal,
      makelaar,
      categorie: weighted(r, VRAAG_CATEGORIE),
      soort,
      duur,
      created,
      contact,
      hvStatus,
      hvReden,
      gematcht: null,
      laatste: created + int(r, 7, 30) * DAY,
      match: null,
    };
  }

  const idx = aanbodIndex(ctx);
  const lijst = idx.perGemeente[g.index];
  const aanbod = lijst[Math.floor(r() * lijst.length)];
  const helper = idx.helper[aanbod];
  const nCats = idx.cats[aanbod * 3 + 2] !== 255 ? 3 : idx.cats[aanbod * 3 + 1] !== 255 ? 2 : 1;
  const categorie = ctx.categorieen[idx.cats[aanbod * 3 + Math.floor(r() * nCats)]].code;
  const wijkservice = rolOf(ctx, helper) === 'wijkservice';
  const via = weighted(r, [
    ['zelf', 45],
    ['makelaar', 40],
    ['systeem', 15],
  ] as const);
  const uitkomst = weighted(r, [
    ['afgerond', 80],
    ['geannuleerd', 7],
    ['niet-verschenen', 3],
    ['afgewezen', 6],
    ['verlopen', 4],
  ] as const);
  // request → (contact) → offered → accepted → confirmed → started → end, as offsets from the request
  const aangebodenNa = (contactNa ?? 0) + Math.min(60, Math.exp(Math.log(2.5) + 0.8 * gauss(r))) * DAY;
  const geaccepteerdNa = aangebodenNa + int(r, 1, 48) * UUR;
  const bevestigdNa = geaccepteerdNa + int(r, 1, 24) * UUR;
  const gestartNa = bevestigdNa + int(r, 1, 10) * DAY;
  const looptijd = soort === 'terugkerend' ? int(r, 4, 26) * 7 * DAY : soort === 'flexibel' ? int(r, 1, 14) * DAY : int(r, 0, 3) * DAY + duur * 60_000;
  // a request so recent that it could not have been offered yet is moved back
  created = Math.min(created, ANCHOR.getTime() - geaccepteerdNa - UUR);
  const contact = contactNa === null ? null : created + contactNa;
  const aangeboden = created + aangebodenNa;
  let status: MatchStatus = uitkomst;
  let geaccepteerd: number | null = null;
  let bevestigd: number | null = null;
  let gestart: number | null = null;
  let afgerond: number | null = null;
  let eind = aangeboden + int(r, 1, 72) * UUR;
  let geannuleerdDoor: string | null = null;
  let annuleerReden: string | null = null;
  let nietVerschenen: string | null = null;
  let hvStatus = 'verlopen';
  let hvReden: string | null = 'geen-match';
  if (uitkomst !== 'afgewezen' && uitkomst !== 'verlopen') {
    geaccepteerd = created + geaccepteerdNa;
    bevestigd = created + bevestigdNa;
    gestart = created + gestartNa;
    eind = uitkomst === 'geannuleerd' ? gestart + Math.floor(r() * looptijd) : uitkomst === 'niet-verschenen' ? gestart : gestart + looptijd;
    const nu = ANCHOR.getTime();
    if (bevestigd > nu) bevestigd = null;
    if (gestart > nu) gestart = null;
    if (eind > nu) {
      // still running at ANCHOR
      status = gestart !== null ? 'actief' : bevestigd !== null ? 'bevestigd' : 'geaccepteerd';
      hvStatus = 'gematcht';
      hvReden = null;
    } else if (uitkomst === 'afgerond') {
      afgerond = eind;
      hvStatus = 'afgerond';
      hvReden = null;
    } else if (uitkomst === 'geannuleerd') {
      geannuleerdDoor = weighted(r, [
        ['helper', 45],
        ['bewoner', 35],
        ['makelaar', 20],
      ] as const);
      annuleerReden = pick(r, ['verhinderd', 'ziek', 'verhuisd', 'niet meer nodig', 'klikte niet']);
      hvStatus = 'ingetrokken';
      hvReden = weighted(r, REDEN_INTREKKEN);
    } else {
      nietVerschenen = chance(r, 0.6) ? 'helper' : 'hulpvrager';
      hvStatus = 'verlopen';
      hvReden = 'niet-verschenen';
    }
  }
  const gematcht = geaccepteerd;
  const laatste = Math.min(ANCHOR.getTime(), Math.max(eind, aangeboden));
  return {
    m,
    gemeente: g,
    bewoner,
    kanaal,
    makelaar,
    categorie,
    soort,
    duur,
    created,
    contact,
    hvStatus,
    hvReden,
    gematcht,
    laatste,
    match: {
      aanbod,
      helper,
      wijkservice,
      status,
      via,
      aangeboden,
      geaccepteerd,
      bevestigd,
      gestart,
      afgerond,
      eind,
      geannuleerdDoor,
      annuleerReden,
      nietVerschenen,
      updated: laatste,
    },
  };
}

/** The requests of the history (matched, or closed without a match); the open ones are hulpvragenSpec's. */
export const historieHulpvragenSpec: TableSpec = {
  table: 'hulpvragen',
  label: 'hulpvragen (historie)',
  bulk: true,
  columns: [
    'id',
    'gemeente_id',
    'referentie',
    'deelnemer_id',
    'ingevoerd_door',
    'kanaal',
    'categorie',
    'titel',
    'omschrijving',
    'wijk_code',
    'lat',
    'lon',
    'venster_soort',
    'venster_start',
    'venster_eind',
    'rrule',
    'duur_minuten',
    'status',
    'status_reden',
    'eerste_contact_op',
    'gematcht_op',
    'laatste_activiteit',
    'created_at',
    'updated_at',
  ],
  *rows(ctx) {
    const n = historieAantal(ctx.scale);
    for (let m = 0; m < n; m++) {
      const h = historie(ctx, m);
      const bewoner = deelnemerCore(ctx, h.bewoner);
      const r = rowRng(ctx.seed, 'historie.tekst', m);
      const p = PHRASES[h.categorie];
      const start = kwartier(h.created + int(r, 1, 14) * DAY);
      const eind = h.soort === 'eenmalig' ? start + h.duur * 60_000 : h.soort === 'flexibel' ? start + int(r, 3, 14) * DAY : null;
      yield [
        hulpvraagId(ctx, historieHulpvraagIndex(ctx, m)),
        h.gemeente.id,
        historieReferentie(ctx, m),
        deelnemerId(ctx, h.bewoner),
        h.makelaar,
        h.kanaal,
        h.categorie,
        hoofdletter(fill(r, pick(r, p.vraag), p.x)).slice(0, 80),
        pick(r, p.zinnen),
        bewoner.wijk.code,
        bewoner.lat,
        bewoner.lon,
        h.soort,
        iso(start),
        eind === null ? null : iso(eind),
        h.soort === 'terugkerend' ? 'FREQ=WEEKLY;BYDAY=TU' : null,
        h.duur,
        h.hvStatus,
        h.hvReden,
        h.contact === null ? null : iso(h.contact),
        h.gematcht === null ? null : iso(h.gematcht),
        iso(h.laatste),
        iso(h.created),
        iso(h.laatste),
      ];
    }
  },
};

export const matchesSpec: TableSpec = {
  table: 'matches',
  bulk: true,
  columns: [
    'id',
    'gemeente_id',
    'hulpvraag_id',
    'aanbod_id',
    'helper_id',
    'bewoner_id',
    'wijk_code',
    'categorie',
    'gemaakt_via',
    'gemaakt_door',
    'status',
    'aangeboden_op',
    'geaccepteerd_op',
    'bevestigd_op',
    'gestart_op',
    'afgerond_op',
    'geannuleerd_door',
    'annuleer_reden',
    'niet_verschenen',
    'created_at',
    'updated_at',
  ],
  *rows(ctx) {
    for (let m = 0; m < ctx.scale.matches; m++) {
      const h = historie(ctx, m);
      const x = h.match!;
      const makelaars = h.gemeente.staff.filter((s) => s.rollen.includes('makelaar'));
      yield [
        matchId(ctx, m),
        h.gemeente.id,
        hulpvraagId(ctx, historieHulpvraagIndex(ctx, m)),
        aanbodId(ctx, x.aanbod),
        deelnemerId(ctx, x.helper),
        deelnemerId(ctx, h.bewoner),
        deelnemerCore(ctx, h.bewoner).wijk.code,
        h.categorie,
        x.via,
        x.via === 'makelaar' && makelaars.length ? makelaars[m % makelaars.length].id : null,
        x.status,
        iso(x.aangeboden),
        x.geaccepteerd === null ? null : iso(x.geaccepteerd),
        x.bevestigd === null ? null : iso(x.bevestigd),
        x.gestart === null ? null : iso(x.gestart),
        x.afgerond === null ? null : iso(x.afgerond),
        x.geannuleerdDoor,
        x.annuleerReden,
        x.nietVerschenen,
        iso(x.aangeboden),
        iso(x.updated),
      ];
    }
  },
};

/**
 * Occurrences: weekly ones for repeated help (done up to its end or ANCHOR, the next two planned while it runs),
 * one for a single Wijkservice job (hours are recorded per occurrence).
 */
export const matchKerenSpec: TableSpec = {
  table: 'match_keren',
  bulk: true,
  columns: ['id', 'match_id', 'datum', 'status', 'uren', 'bevestigd_bewoner', 'bevestigd_helper'],
  *rows(ctx) {
    const nu = ANCHOR.getTime();
    let k = 0;
    for (let m = 0; m < ctx.scale.matches; m++) {
      const h = historie(ctx, m);
      const x = h.match!;
      if (x.gestart === null) continue;
      const herhaald = h.soort === 'terugkerend';
      if (!herhaald && !(x.wijkservice && x.afgerond !== null)) continue;
      const uren = Math.round((h.duur / 60) * 4) / 4;
      const id = matchId(ctx, m);
      const laatste = Math.min(x.eind, nu);
      let gepland = 0;
      for (let t = x.gestart, w = 0; w < (herhaald ? 5 : 1); t += 7 * DAY, w++) {
        const gedaan = t <= laatste && (x.status === 'afgerond' || x.status === 'actief' || x.status === 'geannuleerd');
        if (!gedaan && (t <= laatste || t > x.eind || ++gepland > 2)) break;
        yield [
          uuidFor(ctx.seed, 'match_keren', k++),
          id,
          iso(t),
          gedaan ? 'gedaan' : 'gepland',
          gedaan ? uren : null,
          gedaan ? true : null,
          gedaan ? true : null,
        ];
      }
    }
  },
};

/** Everything the generator writes, in load order (categorieen come from insertDefaultCategorieen). */
export const DATASET_TABLES: TableSpec[] = [
  gemeentenSpec,
  wijkenSpec,
  buurtenSpec,
  postcodegebiedenSpec,
  werkgebiedenSpec,
  deelnemersSpec,
  accountsSpec,
  accountWerkgebiedenSpec,
  hulpvragenSpec,
  aanbodSpec,
  historieHulpvragenSpec,
  matchesSpec,
  matchKerenSpec,
];
