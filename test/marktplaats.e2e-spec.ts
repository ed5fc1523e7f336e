import request from 'supertest';
import { Client } from 'pg';
import { pdfText } from './harness/pdf';
import { login, startStack, type TestStack } from './harness/stack';

const PW = 'Correct-Horse-42-battery';
const dag = (d: number, uur = 10) => {
  const t = new Date(Date.now() + d * 86400_000);
  t.setUTCHours(uur, 0, 0, 0);
  return t.toISOString();
};
const vraag = (over: Record<string, unknown> = {}) => ({
  categorie: 'boodschappen',
  titel: 'Boodschappen op dinsdag',
  omschrijving: 'Ik kan niet meer goed lopen. Wie haalt brood en melk?',
  venster: { soort: 'eenmalig', start: dag(3, 9), eind: dag(3, 12) },
  duurMinuten: 60,
  ...over,
});
const aanbod = (over: Record<string, unknown> = {}) => ({
  categorieen: ['tuin', 'klussen'],
  vaardigheden: ['snoeien'],
  titel: 'Ik help graag in de tuin',
  beschikbaarheid: [
    { dag: 2, van: '09:00', tot: '12:00' },
    { dag: 4, van: '13:00', tot: '17:00' },
  ],
  maxAfstandMeter: 2000,
  vervoer: 'fiets',
  ...over,
});

describe('hulpvragen, aanbod and the prikbord (online and on paper)', () => {
  let stack: TestStack;
  let db: Client;
  const t: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${t[who]}` });
  let offline: string;

  beforeAll(async () => {
    stack = await startStack({ worker: false, label: 'markt' });
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    t.beheerder = await login(stack.http);
    const wg = await request(stack.http).get('/api/v1/werkgebieden').set(as('beheerder')).expect(200);
    const centrum = wg.body.find((w: { naam: string }) => w.naam === 'Centrum & Rozenprieel').id;
    for (const [who, rollen, werkgebieden] of [
      ['makelaar', ['makelaar'], [centrum]],
      ['professional', ['professional'], []],
    ] as const) {
      await request(stack.http)
        .post('/api/v1/accounts')
        .set(as('beheerder'))
        .send({ email: `${who}@m.nl`, wachtwoord: PW, naam: who, rollen, werkgebieden })
        .expect(201);
      t[who] = await login(stack.http, `${who}@m.nl`, PW);
    }
    for (const [who, rollen] of [
      ['bewoner', ['bewoner']],
      ['vrijwilliger', ['vrijwilliger']],
      ['ander', ['bewoner']],
    ] as const) {
      const r = await request(stack.http)
        .post('/api/v1/auth/registreren')
        .send({ email: `${who}@m.nl`, wachtwoord: PW, voornaam: who, postcode: '2011AB', huisnummer: '5', rollen, toestemming: true })
        .expect(201);
      t[who] = r.body.accessToken;
    }
    const d = await request(stack.http)
      .post('/api/v1/deelnemers')
      .set(as('makelaar'))
      .send({ voornaam: 'Kees', telefoon: '023-5000001', postcode: '2011CD', huisnummer: '8', rollen: ['bewoner'], offline: true })
      .expect(201);
    offline = d.body.id;
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('posts requests through every channel and records who entered them', async () => {
    const web = await request(stack.http).post('/api/v1/hulpvragen').set(as('bewoner')).send(vraag()).expect(201);
    expect(web.body).toMatchObject({ status: 'open', kanaal: 'web', wijk: 'WK039201', referentie: expect.stringMatching(/^H-\d+$/) });
    const tel = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('makelaar'))
      .send(vraag({ deelnemerId: offline, titel: 'Lamp ophangen', categorie: 'klussen' }))
      .expect(201);
    expect(tel.body.kanaal).toBe('telefoon');
    const balie = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('makelaar'))
      .send(vraag({ deelnemerId: offline, kanaal: 'balie', titel: 'Hulp met formulier', categorie: 'administratie' }))
      .expect(201);
    expect(balie.body.kanaal).toBe('balie');
    const prik = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('makelaar'))
      .send(vraag({ deelnemerId: offline, kanaal: 'prikbord', titel: 'Hond uitlaten', categorie: 'huisdieren' }))
      .expect(201);
    expect(prik.body.kanaal).toBe('prikbord');
    const namens = await request(stack.http)
      .post('/api/v1/intake/hulpvragen')
      .send({
        hulpvraag: vraag({
          titel: 'Vervoer naar de huisarts',
          categorie: 'vervoer',
          venster: { soort: 'terugkerend', start: dag(2, 9), rrule: 'FREQ=WEEKLY;BYDAY=TU' },
        }),
        contact: { voornaam: 'Moeder', telefoon: '023-5000002', postcode: '2011AB', huisnummer: '20' },
        namens: { naam: 'Dochter', relatie: 'dochter', telefoon: '06-12345678' },
        toestemming: true,
      })
      .expect(201);
    expect(namens.body).toMatchObject({ referentie: expect.stringMatching(/^H-/), wijk: 'WK039201', wanneer: expect.stringContaining('dinsdag') });
    const ref = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('professional'))
      .send(vraag({ deelnemerId: offline, kanaal: 'doorverwijzing' }))
      .expect(403);
    expect(ref.body.code).toBe('geen-toegang');
    const kanalen = (await db.query(`SELECT kanaal FROM hulpvragen ORDER BY created_at`)).rows.map((r) => r.kanaal);
    expect(kanalen).toEqual(['web', 'telefoon', 'balie', 'prikbord', 'namens-iemand']);
    const hist = await request(stack.http).get(`/api/v1/hulpvragen/${tel.body.id}/geschiedenis`).set(as('makelaar')).expect(200);
    expect(hist.body[0]).toMatchObject({ actie: 'aanmaken', kanaal: 'telefoon', accountId: expect.any(String) });
  });

  it('posts offers (web, intake, and by the makelaar) and lists them on the prikbord', async () => {
    await request(stack.http).post('/api/v1/aanbod').set(as('vrijwilliger')).send(aanbod()).expect(201);
    await request(stack.http)
      .post('/api/v1/intake/aanbod')
      .send({
        aanbod: aanbod({ categorieen: ['digitale-hulp'], titel: 'Hulp met uw tablet', vaardigheden: [] }),
        contact: { voornaam: 'Sam', telefoon: '0612345670', postcode: '2011AB', huisnummer: '30' },
        toestemming: true,
      })
      .expect(201);
    const board = await request(stack.http).get('/api/v1/prikbord?wijk=WK039201').expect(200);
    const types = board.body.items.map((i: { type: string }) => i.type);
    expect(types.filter((x: string) => x === 'aanbod')).toHaveLength(2);
    expect(types.filter((x: string) => x === 'hulpvraag')).toHaveLength(5);
    const json = JSON.stringify(board.body);
    for (const secret of ['Kees', '023-5000001', '2011CD', 'Moeder', 'Dochter', '06-12345678']) expect(json).not.toContain(secret);
    const item = board.body.items.find((i: { titel: string }) => i.titel === 'Hulp met uw tablet');
    expect(item).toMatchObject({ wijk: { code: 'WK039201', naam: 'Oude Stad' }, wanneer: 'di ochtend, do middag' });
  });

  it('searches fuzzily, filters by type and category, and pages with stable cursors', async () => {
    const s = await request(stack.http).get('/api/v1/prikbord?q=boodschapen').expect(200);
    expect(s.body.items.map((i: { titel: string }) => i.titel)).toContain('Boodschappen op dinsdag');
    const cat = await request(stack.http).get('/api/v1/prikbord?categorie=tuin').expect(200);
    expect(cat.body.items.map((i: { titel: string }) => i.titel)).toEqual(['Ik help graag in de tuin']);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(stack.http)
        .get(`/api/v1/prikbord?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      seen.push(...page.body.items.map((i: { id: string }) => i.id));
      cursor = page.body.volgende;
      // a new post while paging must not shift or repeat items
      if (seen.length === 2)
        await request(stack.http)
          .post('/api/v1/hulpvragen')
          .set(as('ander'))
          .send(vraag({ titel: 'Later geplaatst' }))
          .expect(201);
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(7);
    await request(stack.http).get('/api/v1/prikbord?cursor=@@@').expect(400);
    await request(stack.http).get('/api/v1/prikbord?type=iets').expect(400);
  });

  it('renders the A4 prikbord sheet and the makelaar bellijst (PDF and CSV) with the items', async () => {
    const pdf = await request(stack.http).get('/api/v1/prikbord/WK039201.pdf').buffer(true).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.body);
    expect(text).toContain('Burenhulp in Oude Stad');
    expect(text).toContain('Ik help graag in de tuin');
    const refs = (await db.query(`SELECT referentie FROM hulpvragen WHERE status = 'open' ORDER BY created_at DESC LIMIT 2`)).rows;
    for (const r of refs) expect(text).toContain(r.referentie);
    await request(stack.http).get('/api/v1/prikbord/WK999999.pdf').expect(404);

    const csv = await request(stack.http).get('/api/v1/bellijst.csv').set(as('makelaar')).expect(200);
    expect(csv.text).toContain('referentie;wat;naam;telefoon;wijk;reden;sinds');
    expect(csv.text).toContain('Kees;023-5000001;Oude Stad;eerste contact');
    const bl = await request(stack.http).get('/api/v1/bellijst.pdf').set(as('makelaar')).buffer(true).expect(200);
    expect(pdfText(bl.body)).toContain('Kees');
    await request(stack.http).get('/api/v1/bellijst.csv').set(as('bewoner')).expect(403);
  });

  it('names each bad field: missing and out of range 400, window in the past 422, bad or too frequent RRULE 422', async () => {
    const missing = await request(stack.http).post('/api/v1/hulpvragen').set(as('bewoner')).send({ titel: 'x' }).expect(400);
    const fields = missing.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['categorie', 'titel', 'venster', 'duurMinuten']));
    const range = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('bewoner'))
      .send(vraag({ duurMinuten: 5000 }))
      .expect(400);
    expect(range.body.errors[0].field).toBe('duurMinuten');
    const past = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('bewoner'))
      .send(vraag({ venster: { soort: 'eenmalig', start: dag(-3), eind: dag(-2) } }))
      .expect(422);
    expect(past.body.errors.map((e: { field: string }) => e.field)).toContain('venster.start');
    const bad = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('bewoner'))
      .send(vraag({ venster: { soort: 'terugkerend', start: dag(1), rrule: 'FREQ=SOMETIMES' } }))
      .expect(422);
    expect(bad.body.errors[0].field).toBe('venster.herhaling');
    const often = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('bewoner'))
      .send(vraag({ venster: { soort: 'terugkerend', start: dag(1), rrule: 'FREQ=HOURLY' } }))
      .expect(422);
    expect(often.body.code).toBe('te-vaak');
    const cat = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('bewoner'))
      .send(vraag({ categorie: 'astronautiek' }))
      .expect(422);
    expect(cat.body.errors[0].field).toBe('categorie');
    const extra = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('bewoner'))
      .send(vraag({ isAdmin: true }))
      .expect(400);
    expect(extra.body.errors[0]).toEqual({ field: 'isAdmin', message: 'dit veld is onbekend' });
  });

  it('refuses posting for someone you may not act for (403) and writes nothing', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM hulpvragen`)).rows[0].n;
    await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('ander'))
      .send(vraag({ deelnemerId: offline }))
      .expect(403);
    expect((await db.query(`SELECT count(*)::int AS n FROM hulpvragen`)).rows[0].n).toBe(before);
  });

  it('creates one item for the same Idempotency-Key sent twice', async () => {
    const key = 'bk-test-key-0001';
    const a = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('bewoner'))
      .set('Idempotency-Key', key)
      .send(vraag({ titel: 'Eén keer graag' }))
      .expect(201);
    const b = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('bewoner'))
      .set('Idempotency-Key', key)
      .send(vraag({ titel: 'Eén keer graag' }))
      .expect(201);
    expect(b.body.id).toBe(a.body.id);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect((await db.query(`SELECT count(*)::int AS n FROM hulpvragen WHERE titel = 'Eén keer graag'`)).rows[0].n).toBe(1);
  });

  it('enforces the state machine: withdraw with a reason, then any change is a 409 with the state', async () => {
    const h = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('bewoner'))
      .send(vraag({ concept: true, titel: 'Concept' }))
      .expect(201);
    expect(h.body.status).toBe('concept');
    await request(stack.http).post(`/api/v1/hulpvragen/${h.body.id}/publiceren`).set(as('bewoner')).expect(200);
    const noReason = await request(stack.http).post(`/api/v1/hulpvragen/${h.body.id}/intrekken`).set(as('bewoner')).send({}).expect(400);
    expect(noReason.body.errors[0].field).toBe('reden');
    const w = await request(stack.http).post(`/api/v1/hulpvragen/${h.body.id}/intrekken`).set(as('bewoner')).send({ reden: 'zelf-opgelost' }).expect(200);
    expect(w.body.status).toBe('ingetrokken');
    const again = await request(stack.http).post(`/api/v1/hulpvragen/${h.body.id}/publiceren`).set(as('bewoner')).expect(409);
    expect(again.body).toMatchObject({ status: 409, code: 'ongeldige-overgang', huidigeStatus: 'ingetrokken' });
    await request(stack.http).patch(`/api/v1/hulpvragen/${h.body.id}`).set(as('bewoner')).send({ titel: 'Nieuw' }).expect(409);
    await request(stack.http).post(`/api/v1/hulpvragen/${h.body.id}/doorverwijzen`).set(as('bewoner')).send({ reden: 'wijkteam' }).expect(403);
  });

  it('lets the owner edit, pause and end an offer; others get 403', async () => {
    const mine = await request(stack.http).get('/api/v1/aanbod').set(as('vrijwilliger')).expect(200);
    const id = mine.body[0].id;
    await request(stack.http).patch(`/api/v1/aanbod/${id}`).set(as('vrijwilliger')).send({ maxAfstandMeter: 3000 }).expect(200);
    await request(stack.http).patch(`/api/v1/aanbod/${id}`).set(as('ander')).send({ maxAfstandMeter: 3000 }).expect(403);
    const p = await request(stack.http).post(`/api/v1/aanbod/${id}/pauzeren`).set(as('vrijwilliger')).expect(200);
    expect(p.body.status).toBe('gepauzeerd');
    const twice = await request(stack.http).post(`/api/v1/aanbod/${id}/pauzeren`).set(as('vrijwilliger')).expect(409);
    expect(twice.body).toMatchObject({ huidigeStatus: 'gepauzeerd', toegestaan: ['activeren', 'beeindigen'] });
    const board = await request(stack.http).get('/api/v1/prikbord?categorie=tuin').expect(200);
    expect(board.body.items).toHaveLength(0);
  });
});
