import request from 'supertest';
import { Client } from 'pg';
import { login, startStack, type TestStack } from './harness/stack';

const PW = 'Correct-Horse-42-battery';

describe('deelnemers, accounts, roles and AVG (api on real PostgreSQL)', () => {
  let stack: TestStack;
  let db: Client;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  let werkgebied: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack({ worker: false, label: 'deelnemers' });
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    tokens.beheerder = await login(stack.http);
    const wg = await request(stack.http).get('/api/v1/werkgebieden').set(as('beheerder')).expect(200);
    werkgebied = Object.fromEntries(wg.body.map((w: { naam: string; id: string }) => [w.naam, w.id]));
    const staff: [string, string[], string[]][] = [
      ['makelaar-centrum', ['makelaar'], [werkgebied['Centrum & Rozenprieel']]],
      ['makelaar-noord', ['makelaar'], [werkgebied['Noord-Noord']]],
      ['professional', ['professional'], []],
      ['gemeente', ['gemeente'], []],
    ];
    for (const [who, rollen, werkgebieden] of staff) {
      await request(stack.http)
        .post('/api/v1/accounts')
        .set(as('beheerder'))
        .send({ email: `${who}@test.nl`, wachtwoord: PW, naam: who, rollen, werkgebieden })
        .expect(201);
      tokens[who] = await login(stack.http, `${who}@test.nl`, PW);
    }
    for (const who of ['bewoner', 'buurman']) {
      const r = await request(stack.http)
        .post('/api/v1/auth/registreren')
        .send({ email: `${who}@test.nl`, wachtwoord: PW, voornaam: who, postcode: '2011 AB', huisnummer: '3', rollen: ['bewoner'], toestemming: true })
        .expect(201);
      tokens[who] = r.body.accessToken;
    }
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('resolves postcode + huisnummer to wijk, buurt and stadsdeel, and names the field when unknown', async () => {
    const ok = await request(stack.http).get('/api/v1/adressen?postcode=2011ab&huisnummer=12').expect(200);
    expect(ok.body).toMatchObject({ postcode: '2011AB', wijk: { code: 'WK039201', naam: 'Oude Stad' }, stadsdeel: 'Centrum', nauwkeurigheid: 'pc4' });
    const bad = await request(stack.http).get('/api/v1/adressen?postcode=9999ZZ&huisnummer=1').expect(422);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.body.errors).toEqual([{ field: 'postcode', message: expect.stringContaining('Haarlem') }]);
    const malformed = await request(stack.http).get('/api/v1/adressen?postcode=abc&huisnummer=1').expect(400);
    expect(malformed.body.errors[0].field).toBe('postcode');
  });

  it('lists reference data: 21 wijken, categories with VOG and Wijkservice flags, 8 werkgebieden', async () => {
    const w = await request(stack.http).get('/api/v1/wijken').expect(200);
    expect(w.body).toHaveLength(21);
    expect(w.headers['x-bron']).toContain('CBS');
    const c = await request(stack.http).get('/api/v1/categorieen').expect(200);
    expect(c.body.map((x: { code: string }) => x.code)).toEqual(
      expect.arrayContaining([
        'klussen',
        'tuin',
        'digitale-hulp',
        'boodschappen',
        'huisdieren',
        'maaltijden',
        'vervoer',
        'administratie',
        'gezelschap',
        'respijt-mantelzorg',
      ]),
    );
    expect(c.body.find((x: { code: string }) => x.code === 'tuin')).toMatchObject({ wijkserviceOpen: true, pictogram: 'plant' });
    expect(Object.keys(werkgebied)).toHaveLength(8);
  });

  it('lets a makelaar do a phone intake of an offline resident in a handful of calls', async () => {
    const adres = await request(stack.http).get('/api/v1/adressen?postcode=2011AB&huisnummer=12').set(as('makelaar-centrum')).expect(200);
    const created = await request(stack.http)
      .post('/api/v1/deelnemers')
      .set(as('makelaar-centrum'))
      .send({
        voornaam: 'Truus',
        achternaam: 'de Vries',
        telefoon: '023-5123456',
        postcode: '2011AB',
        huisnummer: '12',
        rollen: ['bewoner'],
        offline: true,
        mobiliteit: ['lopen'],
        notities: 'Slechthorend: hard en rustig praten',
        toestemmingen: [{ doel: 'matching' }, { doel: 'contact-met-helper' }],
      })
      .expect(201);
    expect(created.body).toMatchObject({ wijk: adres.body.wijk.code, offline: true, contactVoorkeur: 'via-makelaar', notities: expect.any(String) });
    const read = await request(stack.http).get(`/api/v1/deelnemers/${created.body.id}`).set(as('makelaar-centrum')).expect(200);
    expect(read.body.voornaam).toBe('Truus');
    const consents = await request(stack.http).get(`/api/v1/deelnemers/${created.body.id}/toestemmingen`).set(as('makelaar-centrum')).expect(200);
    expect(consents.body.map((t: { doel: string; gegevenVia: string }) => [t.doel, t.gegevenVia])).toEqual([
      ['matching', 'telefoon'],
      ['contact-met-helper', 'telefoon'],
    ]);
    const audit = await db.query(`SELECT actie FROM audit_log WHERE deelnemer_id = $1 ORDER BY id`, [created.body.id]);
    expect(audit.rows.map((r) => r.actie)).toEqual(['aanmaken', 'lezen']);
  });

  it('refuses a makelaar who enters someone outside their wijken, and writes nothing', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM deelnemers`)).rows[0].n;
    const r = await request(stack.http)
      .post('/api/v1/deelnemers')
      .set(as('makelaar-noord'))
      .send({ voornaam: 'Piet', postcode: '2011AB', huisnummer: '1', rollen: ['bewoner'] })
      .expect(403);
    expect(r.body.code).toBe('geen-toegang');
    expect((await db.query(`SELECT count(*)::int AS n FROM deelnemers`)).rows[0].n).toBe(before);
  });

  describe('allow/deny matrix for every deelnemer route', () => {
    let target: string;
    beforeAll(async () => {
      const me = await request(stack.http).get('/api/v1/auth/me').set(as('bewoner')).expect(200);
      target = me.body.deelnemerId;
    });
    const routes: [string, (id: string) => [method: 'get' | 'patch' | 'post', path: string, body?: object]][] = [
      ['GET file', (id) => ['get', `/api/v1/deelnemers/${id}`]],
      ['PATCH file', (id) => ['patch', `/api/v1/deelnemers/${id}`, { talen: ['nl', 'en'] }]],
      ['GET inzage', (id) => ['get', `/api/v1/deelnemers/${id}/inzage`]],
      ['GET toestemmingen', (id) => ['get', `/api/v1/deelnemers/${id}/toestemmingen`]],
      ['POST toestemming', (id) => ['post', `/api/v1/deelnemers/${id}/toestemmingen`, { doel: 'nieuwsbrief' }]],
    ];
    const expected: Record<string, number> = {
      bewoner: 200,
      beheerder: 200,
      'makelaar-centrum': 200,
      'makelaar-noord': 403,
      professional: 403,
      gemeente: 403,
      buurman: 403,
      anoniem: 401,
    };
    for (const [name, route] of routes) {
      for (const [who, status] of Object.entries(expected)) {
        it(`${name} as ${who} → ${status}`, async () => {
          const [method, path, body] = route(target);
          let req = request(stack.http)[method](path);
          if (who !== 'anoniem') req = req.set(as(who));
          const res = await (body ? req.send(body) : req);
          const want = status === 200 && method === 'post' ? 201 : status;
          expect(res.status).toBe(want);
          if (want >= 400) expect(res.headers['content-type']).toMatch(/problem\+json/);
        });
      }
    }
    it('lists deelnemers only for staff, scoped to the makelaar wijken', async () => {
      await request(stack.http).get('/api/v1/deelnemers').set(as('bewoner')).expect(403);
      await request(stack.http).get('/api/v1/deelnemers').set(as('gemeente')).expect(403);
      const noord = await request(stack.http).get('/api/v1/deelnemers').set(as('makelaar-noord')).expect(200);
      expect(noord.body.items).toHaveLength(0);
      const centrum = await request(stack.http).get('/api/v1/deelnemers').set(as('makelaar-centrum')).expect(200);
      expect(centrum.body.items.length).toBeGreaterThanOrEqual(3);
    });
  });

  it('rejects a tampered token with 401 and a duplicate e-mail with 409, writing nothing', async () => {
    const [h, b] = tokens.beheerder.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(b, 'base64url').toString()), rol: ['beheerder', 'gemeente'] })).toString('base64url');
    await request(stack.http)
      .get('/api/v1/auth/me')
      .set('authorization', `Bearer ${h}.${forged}.${tokens.beheerder.split('.')[2]}`)
      .expect(401);
    await request(stack.http).get('/api/v1/auth/me').set('authorization', 'Bearer nonsense').expect(401);
    const before = (await db.query(`SELECT count(*)::int AS n FROM deelnemers`)).rows[0].n;
    const dup = await request(stack.http)
      .post('/api/v1/auth/registreren')
      .send({ email: 'BEWONER@test.nl', wachtwoord: PW, voornaam: 'x', postcode: '2011AB', huisnummer: '3', rollen: ['bewoner'], toestemming: true })
      .expect(409);
    expect(dup.body.errors[0].field).toBe('email');
    expect((await db.query(`SELECT count(*)::int AS n FROM deelnemers`)).rows[0].n).toBe(before);
  });

  it('withdraws a consent but keeps the record of it', async () => {
    const me = await request(stack.http).get('/api/v1/auth/me').set(as('buurman')).expect(200);
    const list = await request(stack.http).get(`/api/v1/deelnemers/${me.body.deelnemerId}/toestemmingen`).set(as('buurman')).expect(200);
    const matching = list.body.find((t: { doel: string }) => t.doel === 'matching');
    const r = await request(stack.http).post(`/api/v1/deelnemers/${me.body.deelnemerId}/toestemmingen/${matching.id}/intrekken`).set(as('buurman')).expect(200);
    expect(r.body).toMatchObject({ doel: 'matching', ingetrokkenVia: 'web', ingetrokkenOp: expect.any(String) });
    await request(stack.http).post(`/api/v1/deelnemers/${me.body.deelnemerId}/toestemmingen/${matching.id}/intrekken`).set(as('buurman')).expect(404);
  });

  it('exports everything held (JSON and PDF) and erases personal fields while counts stay', async () => {
    const me = await request(stack.http).get('/api/v1/auth/me').set(as('bewoner')).expect(200);
    const id = me.body.deelnemerId;
    const inzage = await request(stack.http).get(`/api/v1/deelnemers/${id}/inzage`).set(as('bewoner')).expect(200);
    expect(inzage.body.deelnemer.voornaam).toBe('bewoner');
    expect(inzage.body.accounts[0].email).toBe('bewoner@test.nl');
    expect(inzage.body.wieHeeftUwGegevensBekeken.some((a: { rol: string[] }) => a.rol.includes('makelaar'))).toBe(true);
    const pdf = await request(stack.http).get(`/api/v1/deelnemers/${id}/inzage.pdf`).set(as('bewoner')).buffer(true).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');

    const counts = async () => (await db.query(`SELECT wijk_code, count(*)::int AS n FROM deelnemers GROUP BY wijk_code ORDER BY wijk_code`)).rows;
    const before = await counts();
    await request(stack.http).delete(`/api/v1/deelnemers/${id}`).set(as('bewoner')).expect(204);
    expect(await counts()).toEqual(before);
    const row = (await db.query(`SELECT voornaam, email, telefoon, huisnummer, postcode, gepseudonimiseerd_op FROM deelnemers WHERE id = $1`, [id])).rows[0];
    expect(row).toMatchObject({ voornaam: null, email: null, telefoon: null, huisnummer: null, postcode: '2011' });
    expect(row.gepseudonimiseerd_op).not.toBeNull();
    await request(stack.http).get('/api/v1/auth/me').set(as('bewoner')).expect(401);
    const consents = await db.query(`SELECT count(*)::int AS n FROM toestemmingen WHERE deelnemer_id = $1 AND ingetrokken_op IS NULL`, [id]);
    expect(consents.rows[0].n).toBe(0);
  });

  it('adds a second gemeente without code changes, and never crosses tenants', async () => {
    await request(stack.http)
      .post('/api/v1/gemeenten')
      .set(as('beheerder'))
      .send({ code: 'GM0363', naam: 'Amsterdam', beheerderEmail: 'beheer@amsterdam.test', beheerderWachtwoord: PW })
      .expect(201);
    const other = await login(stack.http, 'beheer@amsterdam.test', PW);
    const cats = await request(stack.http).get('/api/v1/categorieen').set('authorization', `Bearer ${other}`).expect(200);
    expect(cats.body.length).toBeGreaterThan(9);
    const list = await request(stack.http).get('/api/v1/deelnemers').set('authorization', `Bearer ${other}`).expect(200);
    expect(list.body.items).toHaveLength(0);
    const someone = (await db.query(`SELECT id FROM deelnemers WHERE gepseudonimiseerd_op IS NULL LIMIT 1`)).rows[0].id;
    await request(stack.http).get(`/api/v1/deelnemers/${someone}`).set('authorization', `Bearer ${other}`).expect(404);
  });

  it('records complaints and reports them in aggregate to the gemeente', async () => {
    const k = await request(stack.http)
      .post('/api/v1/klachten')
      .set(as('makelaar-centrum'))
      .send({ aard: 'wachttijd', omschrijving: 'Lang gewacht op een belletje' })
      .expect(201);
    expect(k.body.nummer).toBe(1);
    await request(stack.http)
      .patch(`/api/v1/klachten/${k.body.id}`)
      .set(as('makelaar-centrum'))
      .send({ status: 'afgehandeld', lessen: 'Terugbellen binnen 2 dagen' })
      .expect(200);
    await request(stack.http).get('/api/v1/klachten').set(as('gemeente')).expect(403);
    const o = await request(stack.http).get('/api/v1/klachten/overzicht').set(as('gemeente')).expect(200);
    expect(o.body.perAard).toEqual([{ aard: 'wachttijd', status: 'afgehandeld', aantal: 1 }]);
  });
});
