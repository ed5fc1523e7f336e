import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { KOLOMMEN } from '../apps/api/src/monitoring/export-formaat';
import { DagexportService } from '../apps/worker/src/monitoring/dagexport.service';
import { pdfText } from './harness/pdf';
import { login, startStack, type TestStack } from './harness/stack';

const PW = 'Correct-Horse-42-battery';
const A = 'WK039201'; // Oude Stad, stadsdeel Centrum
const B = 'WK039202'; // Haarlemmerhoutkwartier, stadsdeel Zuid-West
const JAAR = 'van=2025-01-01&tot=2025-12-31';

/**
 * A known dataset, inserted with SQL, and every figure checked exactly. In 2025 in Haarlem:
 * - 12 bewoners, 10 vrijwilligers and 6 Wijkservice-deelnemers join in wijk A, 3 vrijwilligers in wijk B;
 *   2 bewoners who joined in 2024 leave (verhuisd) in April.
 * - 20 hulpvragen (tuin, wijk A) plus a concept that does not count: 10 matched, 5 verlopen, 2 ingetrokken, 3 open.
 *   The 10 made Monday 3 March 10:00 get first contact after 2, 4, … 20 hours and a match after 1 … 10 days.
 *   The 3 open ones, made Friday 23 May, get contact on Monday 2 June: inside the 5-working-day norm only
 *   because Hemelvaart (29 May) is a holiday. Verlopen and ingetrokken never got contact.
 * - 10 matches accepted in March: 5 made by residents themselves, 5 by the makelaar (the latter helped by
 *   Wijkservice-deelnemers, one done date of 2.5 hours each). One match is weekly help with 4 done dates:
 *   still one match. 6 completed, 3 running, 1 no-show by the helper.
 * - 6 signaleringen received, 2 closed; 15 active offers (tuin, wijk A).
 */
describe('gemeente monitoring: kerncijfers, suppression, daily export (api + worker on real PostgreSQL)', () => {
  let stack: TestStack;
  let db: Client;
  let gemeenteId: string;
  let dataDir: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

  const insert = async (sql: string, params: unknown[]): Promise<string> => (await db.query(sql, params)).rows[0].id as string;

  const deelnemer = (rollen: string[], wijk: string, instroom: string, reden: string, uitstroom: string | null = null) =>
    insert(
      `INSERT INTO deelnemers (gemeente_id, rollen, wijk_code, instroom_datum, instroom_reden, levensdomein, uitstroom_datum, uitstroom_reden)
       VALUES ($1, $2, $3, $4, $5, 'sociaal-netwerk', $6, CASE WHEN $6::date IS NULL THEN NULL ELSE 'verhuisd' END) RETURNING id`,
      [gemeenteId, rollen, wijk, instroom, reden, uitstroom],
    );

  const hulpvraag = (bewoner: string, made: string, status: string, reden: string | null, contact: string | null, gematcht: string | null) =>
    insert(
      `INSERT INTO hulpvragen (gemeente_id, deelnemer_id, kanaal, categorie, titel, wijk_code, lat, lon, venster_soort, venster_start, duur_minuten,
                               status, status_reden, eerste_contact_op, gematcht_op, created_at)
       VALUES ($1, $2, 'web', 'tuin', 'Heg knippen', $3, 52.38, 4.63, 'flexibel', $4, 60, $5, $6, $7, $8, $4) RETURNING id`,
      [gemeenteId, bewoner, A, made, status, reden, contact, gematcht],
    );

  const aanbod = (helper: string, soort: string) =>
    insert(
      `INSERT INTO aanbod (gemeente_id, deelnemer_id, kanaal, soort, categorieen, titel, max_afstand_m, vervoer, wijk_code, lat, lon, created_at)
       VALUES ($1, $2, 'web', $3, '{tuin}', 'Tuinhulp', 2000, 'fiets', $4, 52.38, 4.63, '2025-02-10T10:00:00+01:00') RETURNING id`,
      [gemeenteId, helper, soort, A],
    );

  const reeks = async <T>(n: number, maak: () => Promise<T>): Promise<T[]> => {
    const uit: T[] = [];
    for (let i = 0; i < n; i++) uit.push(await maak());
    return uit;
  };

  const at = (dag: string, uur: number) => new Date(new Date(`${dag}T10:00:00+01:00`).getTime() + uur * 3600_000).toISOString();

  async function dataset(): Promise<void> {
    const bewoners = await reeks(12, () => deelnemer(['bewoner'], A, '2025-02-03', 'praktische-hulp'));
    const vrijwilligers = await reeks(10, () => deelnemer(['vrijwilliger'], A, '2025-02-03', 'wil-iets-betekenen'));
    await reeks(3, () => deelnemer(['vrijwilliger'], B, '2025-03-03', 'wil-iets-betekenen'));
    const wijkservice = await reeks(6, () => deelnemer(['wijkservice'], A, '2025-02-03', 'werk-en-participatie'));
    await reeks(2, () => deelnemer(['bewoner'], A, '2024-06-01', 'praktische-hulp', '2025-04-01'));

    for (let i = 0; i < 10; i++) {
      const zelf = i < 5;
      const helper = zelf ? vrijwilligers[i] : wijkservice[i - 5];
      const hv = await hulpvraag(bewoners[i], at('2025-03-03', 0), 'gematcht', null, at('2025-03-03', 2 * (i + 1)), at('2025-03-03', 24 * (i + 1)));
      const of = await aanbod(helper, zelf ? 'vrijwilliger' : 'wijkservice');
      const status = i < 6 ? 'afgerond' : i === 9 ? 'niet-verschenen' : 'actief';
      const m = await insert(
        `INSERT INTO matches (gemeente_id, hulpvraag_id, aanbod_id, helper_id, bewoner_id, wijk_code, categorie, gemaakt_via, status,
                              geaccepteerd_op, afgerond_op, niet_verschenen)
         VALUES ($1, $2, $3, $4, $5, $6, 'tuin', $7, $8, $9, $10, $11) RETURNING id`,
        [
          gemeenteId,
          hv,
          of,
          helper,
          bewoners[i],
          A,
          zelf ? 'zelf' : 'makelaar',
          status,
          at('2025-03-03', 24 * (i + 1)),
          status === 'afgerond' ? at('2025-04-01', 0) : null,
          status === 'niet-verschenen' ? 'helper' : null,
        ],
      );
      // weekly help (4 done dates) on the first match; one 2.5-hour date for each Wijkservice match
      const keren = i === 0 ? [0, 7, 14, 21].map((d) => [at('2025-03-10', 24 * d), null]) : zelf ? [] : [[at('2025-03-20', 0), 2.5]];
      for (const [datum, uren] of keren) {
        await db.query(`INSERT INTO match_keren (match_id, datum, status, uren) VALUES ($1, $2, 'gedaan', $3)`, [m, datum, uren]);
      }
    }
    for (let i = 0; i < 5; i++) await hulpvraag(bewoners[10], at('2025-03-03', 0), 'verlopen', 'geen-activiteit', null, null);
    for (let i = 0; i < 2; i++) await hulpvraag(bewoners[11], at('2025-03-03', 0), 'ingetrokken', 'zelf-opgelost', null, null);
    for (let i = 0; i < 3; i++) await hulpvraag(bewoners[11], '2025-05-23T10:00:00+02:00', 'open', null, '2025-06-02T10:00:00+02:00', null);
    await hulpvraag(bewoners[11], at('2025-03-03', 0), 'concept', null, null, null);
    for (const v of vrijwilligers.slice(5)) await aanbod(v, 'vrijwilliger');
    for (let i = 0; i < 6; i++) {
      await db.query(`INSERT INTO signaleringen (gemeente_id, wijk_code, zorg, created_at, gesloten_op, status) VALUES ($1, $2, 'zorg', $3, $4, 'ontvangen')`, [
        gemeenteId,
        A,
        at('2025-02-01', 0),
        i < 2 ? at('2025-02-05', 0) : null,
      ]);
    }
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-monitoring-'));
    stack = await startStack({ label: 'monitoring', env: { DATA_DIR: dataDir } });
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    gemeenteId = (await db.query(`SELECT id FROM gemeenten WHERE code = 'GM0392'`)).rows[0].id;
    tokens.beheerder = await login(stack.http);
    for (const [who, rollen] of [
      ['gemeente', ['gemeente']],
      ['makelaar', ['makelaar']],
    ] as const) {
      await request(stack.http)
        .post('/api/v1/accounts')
        .set(as('beheerder'))
        .send({ email: `${who}@test.nl`, wachtwoord: PW, naam: who, rollen, werkgebieden: [] })
        .expect(201);
      tokens[who] = await login(stack.http, `${who}@test.nl`, PW);
    }
    await dataset();
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const kerncijfers = async (query: string, who = 'gemeente') =>
    (await request(stack.http).get(`/api/v1/monitoring/kerncijfers?${query}`).set(as(who)).expect(200)).body;

  it('counts people by role, inflow and outflow by reason, for the whole gemeente', async () => {
    const k = await kerncijfers(JAAR);
    expect(k.gemeente).toEqual({ code: 'GM0392', naam: 'Haarlem' });
    const perRol = (f: { kolommen: string[]; kolomTotalen: unknown[] }) => Object.fromEntries(f.kolommen.map((c, i) => [c, f.kolomTotalen[i]]));
    expect(perRol(k.deelnemers.geregistreerd)).toEqual({ bewoner: 12, vrijwilliger: 13, wijkservice: 6 });
    expect(perRol(k.deelnemers.actief)).toEqual({ bewoner: 14, vrijwilliger: 13, wijkservice: 6 });
    expect(perRol(k.deelnemers.instroom)).toEqual({ 'praktische-hulp': 12, 'wil-iets-betekenen': 13, 'werk-en-participatie': 6 });
    expect(k.deelnemers.instroom.totaal).toBe(31);
    // 2 people left: too few to publish
    expect(k.deelnemers.uitstroom).toMatchObject({ kolommen: ['verhuisd'], totaal: '<5' });
    expect(k.deelnemers.benutting).toMatchObject({ kolommen: ['met-match', 'zonder-match'], kolomTotalen: [10, 9], totaal: 19, totaalAandeel: 0.526 });
  });

  it('counts each match once however often the help repeats, and splits zelf and makelaar 50/50', async () => {
    const k = await kerncijfers(JAAR);
    expect((await db.query(`SELECT count(*)::int AS n FROM match_keren`)).rows[0].n).toBe(9);
    expect(k.matches.gemaakt).toMatchObject({ kolommen: ['zelf', 'makelaar', 'systeem'], kolomTotalen: [5, 5, 0], totaal: 10, totaalAandeel: 0.5 });
    expect(k.matches.afgerond.totaal).toBe(6);
    // one match with more than one done date: repeat help exists, but 1 is below the threshold
    expect(k.matches.herhaald.totaal).toBe('<5');
    expect(k.matches.nietVerschenen.totaal).toBe('<5');
    expect(k.wijkservice).toMatchObject({ totaal: 5, totaalUren: 12.5 });
    const maand = await kerncijfers(`${JAAR}&groepeer=maand`);
    expect(maand.matches.gemaakt.rijen.find((r: { groep: string }) => r.groep === '2025-03').totaal).toBe(10);
    expect(maand.matches.gemaakt.rijen).toHaveLength(12);
  });

  it('measures time to first contact (hours) and to match (days), and the 5-working-day norm with holidays', async () => {
    const k = await kerncijfers(JAAR);
    expect(k.hulpvragen.nieuw.totaal).toBe(20);
    // contact after 2, 4, … 20 hours and three times after 240 hours
    expect(k.hulpvragen.eersteContactUren.rijen).toEqual([{ groep: 'totaal', label: 'Totaal', n: 13, mediaan: 14, p90: 240 }]);
    expect(k.hulpvragen.totMatchDagen.rijen[0]).toMatchObject({ n: 10, mediaan: 5.5, p90: 9.1 });
    // 10 quick + 3 thanks to Hemelvaart within; 7 never contacted outside
    expect(k.hulpvragen.binnenNorm).toMatchObject({ kolommen: ['binnen', 'buiten'], kolomTotalen: [13, 7], totaalAandeel: 0.65 });
  });

  it('hides small cells as "<5" and their complement, so a total minus the others reveals nothing', async () => {
    const k = await kerncijfers(JAAR);
    // 5 verlopen is publishable alone, but next to 2 ingetrokken and the total 7 it would give the 2 away
    expect(k.hulpvragen.onvervuld.kolommen).toEqual(['ingetrokken:zelf-opgelost', 'verlopen:geen-activiteit']);
    expect(k.hulpvragen.onvervuld.kolomTotalen).toEqual(['<5', '<5']);
    expect(k.hulpvragen.onvervuld.totaal).toBe(7);
    const perWijk = await kerncijfers(`${JAAR}&groepeer=wijk`);
    const vrijwilligers = (code: string) => {
      const f = perWijk.deelnemers.geregistreerd;
      return f.rijen.find((r: { groep: string }) => r.groep === code).cellen[f.kolommen.indexOf('vrijwilliger')];
    };
    // 3 in B is small; 10 in A is hidden too, or 13 − 10 would reveal B
    expect([vrijwilligers(A), vrijwilligers(B), vrijwilligers('WK039203')]).toEqual(['<5', '<5', 0]);
    expect(perWijk.deelnemers.geregistreerd.kolomTotalen[1]).toBe(13);
    expect(perWijk.signaleringen.ontvangen.rijen.find((r: { groep: string }) => r.groep === A).totaal).toBe(6);
    expect(perWijk.signaleringen.gesloten.totaal).toBe('<5');
    // no personal data anywhere: no ids, names or exact timestamps (`stand` only says when the figures were computed)
    expect(perWijk.stand).toEqual({ bron: 'live', berekendOp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(JSON.stringify({ ...perWijk, stand: null })).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|T\d\d:\d\d/);
  });

  it('relates supply to demand per wijk and category, and honours the filters', async () => {
    const k = await kerncijfers(`${JAAR}&categorie=tuin`);
    const i = k.vraagEnAanbod.wijken.findIndex((w: { code: string }) => w.code === A);
    expect(k.vraagEnAanbod.categorieen).toEqual(['tuin']);
    expect([k.vraagEnAanbod.hulpvragen[i][0], k.vraagEnAanbod.aanbod[i][0], k.vraagEnAanbod.verhouding[i][0]]).toEqual([20, 15, 0.75]);
    // people and signaleringen have no category
    expect([k.deelnemers, k.signaleringen]).toEqual([null, null]);
    const zuidWest = await kerncijfers(`${JAAR}&stadsdeel=Zuid-West`);
    expect([zuidWest.hulpvragen.nieuw.totaal, zuidWest.deelnemers.geregistreerd.kolomTotalen]).toEqual([0, [0, '<5', 0]]);
  });

  it('refuses other gemeenten (403), other roles (403) and nonsense (422 naming the field)', async () => {
    const other = await request(stack.http).get(`/api/v1/monitoring/kerncijfers?gemeente=GM0363`).set(as('gemeente')).expect(403);
    expect(other.headers['content-type']).toMatch(/problem\+json/);
    await request(stack.http).get(`/api/v1/monitoring/kerncijfers?gemeente=GM0392`).set(as('gemeente')).expect(200);
    await request(stack.http).get(`/api/v1/monitoring/kerncijfers`).set(as('makelaar')).expect(403);
    await request(stack.http).get(`/api/v1/exports`).set(as('makelaar')).expect(403);
    for (const [query, field] of [
      ['van=2025-06-01&tot=2025-01-01', 'van'],
      ['van=2025-02-30', 'van'],
      ['wijk=WK999999', 'wijk'],
      ['stadsdeel=Atlantis', 'stadsdeel'],
      ['groepeer=jaar', 'groepeer'],
    ]) {
      const r = await request(stack.http).get(`/api/v1/monitoring/kerncijfers?${query}`).set(as('gemeente')).expect(422);
      expect(r.body.errors).toEqual([{ field, message: expect.any(String) }]);
    }
  });

  it('writes the daily export atomically, lists it and serves it with the data dictionary columns', async () => {
    const uit = await stack.worker!.get(DagexportService).run('2025-03-03');
    expect(uit).toEqual({ datum: '2025-03-03', gemeenten: ['GM0392'] });
    const map = path.join(dataDir, 'exports', 'GM0392', '2025-03-03', 'v1');
    // nothing half-written or temporary left behind
    expect(fs.readdirSync(map).sort()).toEqual(['data-dictionary.json', 'kerncijfers.csv', 'kerncijfers.json']);

    const lijst = await request(stack.http).get('/api/v1/exports').set(as('gemeente')).expect(200);
    expect(lijst.body.map((e: { id: string }) => e.id).sort()).toEqual(
      ['2025-03-03/v1/data-dictionary.json', '2025-03-03/v1/kerncijfers.csv', '2025-03-03/v1/kerncijfers.json'].sort(),
    );
    const csv = await request(stack.http).get('/api/v1/exports/2025-03-03/v1/kerncijfers.csv').set(as('gemeente')).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const [kop, ...regels] = csv.text.trim().split('\n');
    const kolommen = KOLOMMEN.map((k) => k.naam);
    expect(kop.split(',')).toEqual(kolommen);
    const dictionary = fs.readFileSync(path.join(__dirname, '..', 'docs', 'data-dictionary.md'), 'utf8');
    for (const k of kolommen) expect(dictionary).toContain(`\`${k}\``);
    const rij = (wijk: string, categorie: string) => {
      const r = regels.map((l) => l.split(',')).find((c) => c[2] === wijk && c[5] === categorie);
      return Object.fromEntries(kolommen.map((k, i) => [k, r?.[i]]));
    };
    // 17 requests made that day (the concept does not count), 6 contacted the same day (2–12 hours later)
    expect(rij(A, 'tuin')).toMatchObject({ datum: '2025-03-03', gemeente_code: 'GM0392', hulpvragen_nieuw: '17', eerste_contact: '6', matches_zelf: '0' });
    expect(rij('totaal', 'totaal')).toMatchObject({ hulpvragen_nieuw: '17', eerste_contact: '6' });
    // 21 wijken × 13 categories, a total per wijk, per category and overall
    expect(regels).toHaveLength(21 * 13 + 21 + 13 + 1);

    const json = await request(stack.http).get('/api/v1/exports/2025-03-03/v1/kerncijfers.json').set(as('beheerder')).expect(200);
    expect(json.body).toMatchObject({ schemaVersie: 1, gemeente: 'GM0392', datum: '2025-03-03', kolommen });
    const dict = await request(stack.http).get('/api/v1/monitoring/data-dictionary').set(as('gemeente')).expect(200);
    expect(dict.body.kolommen.map((k: { naam: string }) => k.naam)).toEqual(kolommen);
  });

  it('serves only real export files of the own gemeente (no path traversal)', async () => {
    for (const pad of [
      '..%2F..%2Fsecrets.json',
      '2025-03-03/v1/..%2F..%2F..%2F..%2Fsecrets.json',
      '2025-03-03/v1/.kerncijfers.csv.tmp',
      '2025-03-04/v1/kerncijfers.csv',
    ]) {
      await request(stack.http).get(`/api/v1/exports/${pad}`).set(as('gemeente')).expect(404);
    }
  });

  it('renders the quarterly report with a bar per wijk', async () => {
    const r = await request(stack.http).get('/api/v1/monitoring/kwartaalrapport.pdf?jaar=2025&kwartaal=1').set(as('gemeente')).buffer(true).expect(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const tekst = pdfText(r.body as Buffer);
    expect(tekst).toContain('Kwartaalrapport Haarlem 2025 Q1');
    expect(tekst).toContain('Matches per wijk');
    expect(tekst).toContain('Oude Stad');
    await request(stack.http).get('/api/v1/monitoring/kwartaalrapport.pdf?jaar=2025&kwartaal=5').set(as('gemeente')).expect(422);
  });
});
