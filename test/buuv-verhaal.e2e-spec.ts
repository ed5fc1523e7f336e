import request from 'supertest';
import { Client } from 'pg';
import { JobName, JobProducer, QueueName } from '@app/jobs';
import { eventually, login, startStack, type TestStack } from './harness/stack';

const PW = 'Correct-Horse-42-battery';
const over = (dagen: number, uur = 10) => {
  const t = new Date(Date.now() + dagen * 86400_000);
  t.setUTCHours(uur, 0, 0, 0);
  return t.toISOString();
};
// every weekday, so any weekly availability slot overlaps
const ELKE_DAG = [1, 2, 3, 4, 5, 6, 7].map((dag) => ({ dag, van: '08:00', tot: '20:00' }));

describe('the BUUV story end to end: phone intake, cascade, call task, weekly help as one match, follow-up, SLA', () => {
  let stack: TestStack;
  let db: Client;
  const t: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${t[who]}` });
  let jobs: JobProducer;

  async function vrijwilliger(naam: string, huisnummer: string, extra: Record<string, unknown> = {}) {
    const r = await request(stack.http)
      .post('/api/v1/auth/registreren')
      .send({ email: `${naam}@buuv.nl`, wachtwoord: PW, voornaam: naam, postcode: '2011AB', huisnummer, rollen: ['vrijwilliger'], toestemming: true })
      .expect(201);
    t[naam] = r.body.accessToken;
    const a = await request(stack.http)
      .post('/api/v1/aanbod')
      .set(as(naam))
      .send({
        categorieen: ['boodschappen', 'tuin'],
        titel: `${naam} helpt`,
        beschikbaarheid: ELKE_DAG,
        maxAfstandMeter: 5000,
        vervoer: 'fiets',
        maxActieveMatches: 1,
        ...extra,
      })
      .expect(201);
    return a.body.id as string;
  }

  /** Runs a delayed job now, as the clock would: the real job in the real worker. */
  async function promote(jobId: string) {
    const job = await eventually(async () => jobs.queue(QueueName.Tracking).getJob(jobId), 10_000, `job ${jobId}`);
    await job.promote();
  }

  beforeAll(async () => {
    stack = await startStack({ label: 'buuv' });
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    jobs = stack.api.get(JobProducer);
    t.beheerder = await login(stack.http);
    const wg = await request(stack.http).get('/api/v1/werkgebieden').set(as('beheerder')).expect(200);
    const centrum = wg.body.find((w: { naam: string }) => w.naam === 'Centrum & Rozenprieel').id;
    await request(stack.http)
      .post('/api/v1/accounts')
      .set(as('beheerder'))
      .send({ email: 'makelaar@buuv.nl', wachtwoord: PW, naam: 'Mirjam', rollen: ['makelaar'], werkgebieden: [centrum] })
      .expect(201);
    t.makelaar = await login(stack.http, 'makelaar@buuv.nl', PW);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('walks the whole story', async () => {
    // 1. an offline resident phones; the makelaar does the intake and posts her weekly request
    const truus = await request(stack.http)
      .post('/api/v1/deelnemers')
      .set(as('makelaar'))
      .send({
        voornaam: 'Truus',
        telefoon: '023-5123456',
        postcode: '2011AB',
        huisnummer: '12',
        rollen: ['bewoner'],
        offline: true,
        toestemmingen: [{ doel: 'matching' }],
      })
      .expect(201);
    const hv = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('makelaar'))
      .send({
        deelnemerId: truus.body.id,
        categorie: 'boodschappen',
        titel: 'Wekelijkse boodschappen',
        venster: { soort: 'terugkerend', start: over(2), rrule: 'FREQ=WEEKLY' },
        duurMinuten: 60,
      })
      .expect(201);
    expect(hv.body.kanaal).toBe('telefoon');

    // 2. two volunteers nearby; the engine ranks them with reasons
    const annaAanbod = await vrijwilliger('anna', '20');
    const bramAanbod = await vrijwilliger('bram', '40');
    const sug = await request(stack.http).get(`/api/v1/hulpvragen/${hv.body.id}/suggesties`).set(as('makelaar')).expect(200);
    expect(sug.body.suggesties.map((s: { aanbodId: string }) => s.aanbodId).sort()).toEqual([annaAanbod, bramAanbod].sort());
    expect(sug.body.suggesties[0].reasons.length).toBeGreaterThan(0);
    await request(stack.http).get(`/api/v1/hulpvragen/${hv.body.id}/suggesties`).set(as('anna')).expect(403);

    // 3. cascade one by one: Anna is asked first and does not answer; her offer expires and Bram is asked
    const cascade = await request(stack.http)
      .post(`/api/v1/hulpvragen/${hv.body.id}/cascade`)
      .set(as('makelaar'))
      .send({ aanbodIds: [annaAanbod, bramAanbod], uren: 24 })
      .expect(201);
    const [annaMatch, bramMatch] = cascade.body;
    expect([annaMatch.status, bramMatch.status]).toEqual(['aangeboden', 'voorgesteld']);
    await db.query(`UPDATE matches SET verloopt_op = now() - interval '1 minute' WHERE id = $1`, [annaMatch.id]);
    await promote(`aanbod-verloop.${annaMatch.id}`);
    await eventually(
      async () => (await db.query(`SELECT status FROM matches WHERE id = $1`, [bramMatch.id])).rows[0].status === 'aangeboden',
      15_000,
      'cascade to Bram',
    );
    expect((await db.query(`SELECT status FROM matches WHERE id = $1`, [annaMatch.id])).rows[0].status).toBe('verlopen');
    await request(stack.http).post(`/api/v1/matches/${annaMatch.id}/accepteren`).set(as('anna')).expect(409);

    // 4. Bram accepts; before that he sees no address, after it he does; the makelaar gets a call task
    const voor = await request(stack.http).get(`/api/v1/matches/${bramMatch.id}`).set(as('bram')).expect(200);
    expect(voor.body.bewoner).toEqual({ voornaam: 'Truus' });
    const acc = await request(stack.http).post(`/api/v1/matches/${bramMatch.id}/accepteren`).set(as('bram')).expect(200);
    expect(acc.body.bewoner).toMatchObject({ voornaam: 'Truus', telefoon: '023-5123456', adres: expect.stringContaining('2011AB') });
    const taken = await request(stack.http).get('/api/v1/taken').set(as('makelaar')).expect(200);
    const bel = taken.body.find((x: { soort: string }) => x.soort === 'bel-bewoner-helper-gevonden');
    expect(bel.titel).toContain('Truus');
    expect(bel.titel).toContain('023-5123456');
    expect(bel.instructie).toContain('bram');
    expect(bel.instructie).toMatch(/elke week/);
    expect(taken.body[0].prioriteit).toBe('hoog');

    // 5. the makelaar calls Truus and confirms for her: the weekly dates are planned, as one match
    await request(stack.http).post(`/api/v1/taken/${bel.id}/afronden`).set(as('makelaar')).send({ uitkomst: 'gelukt' }).expect(200);
    const bev = await request(stack.http).post(`/api/v1/matches/${bramMatch.id}/bevestigen`).set(as('makelaar')).expect(200);
    expect(bev.body.keren.length).toBe(8);
    const dates = bev.body.keren.map((k: { datum: string }) => new Date(k.datum).getTime());
    expect(dates[1] - dates[0]).toBe(7 * 86400_000);

    // 6. help happens three weeks running (the first dates are moved into the past, as time would)
    await db.query(`UPDATE match_keren SET datum = datum - interval '30 days' WHERE match_id = $1`, [bramMatch.id]);
    const keren = (await request(stack.http).get(`/api/v1/matches/${bramMatch.id}`).set(as('bram')).expect(200)).body.keren;
    for (const k of keren.slice(0, 3))
      await request(stack.http).post(`/api/v1/matches/${bramMatch.id}/keren/${k.id}/gedaan`).set(as('bram')).send({ uren: 1.25 }).expect(200);
    const actief = await request(stack.http).get(`/api/v1/matches/${bramMatch.id}`).set(as('makelaar')).expect(200);
    expect(actief.body.status).toBe('actief');
    expect((await db.query(`SELECT count(*)::int AS n FROM matches WHERE hulpvraag_id = $1 AND status = 'actief'`, [hv.body.id])).rows[0].n).toBe(1);

    // 7. the follow-up job asks whether help happened; the makelaar records Truus's answer from a call and closes it
    await promote(`opvolging.${bramMatch.id}`);
    const check = await eventually(
      async () => {
        const r = await request(stack.http).get('/api/v1/taken?soort=controleer-hulp-gebeurd').set(as('makelaar'));
        return r.body[0];
      },
      15_000,
      'the follow-up task',
    );
    expect(check.titel).toContain('Truus');
    await request(stack.http)
      .post(`/api/v1/matches/${bramMatch.id}/uitkomst`)
      .set(as('makelaar'))
      .send({ gebeurd: true, oordeel: 'positief', partij: 'hulpvrager' })
      .expect(200);
    expect((await request(stack.http).get('/api/v1/taken?soort=controleer-hulp-gebeurd').set(as('makelaar'))).body).toHaveLength(0);
    const klaar = await request(stack.http).post(`/api/v1/matches/${bramMatch.id}/afronden`).set(as('makelaar')).expect(200);
    expect(klaar.body.status).toBe('afgerond');
    expect((await db.query(`SELECT status FROM hulpvragen WHERE id = $1`, [hv.body.id])).rows[0].status).toBe('afgerond');

    // 8. a request nobody takes: the SLA job escalates it (first contact after 5 working days, team lead after 10)
    const stil = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('makelaar'))
      .send({
        deelnemerId: truus.body.id,
        categorie: 'administratie',
        titel: 'Hulp met brieven',
        venster: { soort: 'flexibel', start: over(1), eind: over(20) },
        duurMinuten: 60,
      })
      .expect(201);
    await db.query(`UPDATE hulpvragen SET created_at = now() - interval '21 days' WHERE id = $1`, [stil.body.id]);
    await jobs.enqueue(JobName.SlaControle, { datum: 'test-1' });
    const sla = await eventually(
      async () => {
        const r = await request(stack.http).get('/api/v1/taken').set(as('makelaar'));
        const soorten = r.body.filter((x: { hulpvraagId: string }) => x.hulpvraagId === stil.body.id).map((x: { soort: string }) => x.soort);
        return soorten.length >= 3 ? soorten : undefined;
      },
      15_000,
      'SLA tasks',
    );
    expect(sla.sort()).toEqual(['eerste-contact', 'escalatie', 'herformuleer-hulpvraag']);
    // running it again creates nothing more
    await jobs.enqueue(JobName.SlaControle, { datum: 'test-2' });
    await new Promise((r) => setTimeout(r, 1000));
    expect((await db.query(`SELECT count(*)::int AS n FROM taken WHERE hulpvraag_id = $1`, [stil.body.id])).rows[0].n).toBe(3);
    // a logged first contact stops the first-contact clock and closes that task
    await request(stack.http)
      .post('/api/v1/contactmomenten')
      .set(as('makelaar'))
      .send({ hulpvraagId: stil.body.id, kanaal: 'telefoon', samenvatting: 'Gebeld, vraag verhelderd' })
      .expect(201);
    const na = await request(stack.http).get('/api/v1/taken').set(as('makelaar')).expect(200);
    expect(na.body.some((x: { soort: string; hulpvraagId: string }) => x.soort === 'eerste-contact' && x.hulpvraagId === stil.body.id)).toBe(false);
  });

  it('lets exactly one of 50 simultaneous acceptances win, and keeps every helper within capacity', async () => {
    const d = await request(stack.http)
      .post('/api/v1/deelnemers')
      .set(as('makelaar'))
      .send({ voornaam: 'Kees', telefoon: '023-5000009', postcode: '2011AB', huisnummer: '2', rollen: ['bewoner'] })
      .expect(201);
    const hv = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('makelaar'))
      .send({
        deelnemerId: d.body.id,
        categorie: 'tuin',
        titel: 'Heg knippen',
        venster: { soort: 'flexibel', start: over(1), eind: over(10) },
        duurMinuten: 90,
      })
      .expect(201);
    const aanbiedingen: string[] = [];
    for (let i = 0; i < 50; i++) aanbiedingen.push(await vrijwilliger(`helper${i}`, String(100 + i)));
    const c = await request(stack.http)
      .post(`/api/v1/hulpvragen/${hv.body.id}/cascade`)
      .set(as('makelaar'))
      .send({ aanbodIds: aanbiedingen, modus: 'tegelijk' });
    expect(c.status).toBe(201);
    expect(c.body.every((m: { status: string }) => m.status === 'aangeboden')).toBe(true);
    const results = await Promise.all(
      c.body.map((m: { id: string }, i: number) =>
        request(stack.http)
          .post(`/api/v1/matches/${m.id}/accepteren`)
          .set(as(`helper${i}`)),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(results.find((r) => r.status === 409)!.body).toMatchObject({ code: 'al-geholpen', detail: expect.stringContaining('Iemand anders helpt al') });
    const rows = (await db.query(`SELECT status, count(*)::int AS n FROM matches WHERE hulpvraag_id = $1 GROUP BY status ORDER BY status`, [hv.body.id])).rows;
    expect(rows).toEqual([
      { status: 'geaccepteerd', n: 1 },
      { status: 'verlopen', n: 49 },
    ]);

    // one helper with capacity 1, offered five requests at once, accepting all simultaneously: one succeeds
    const aanbod = await vrijwilliger('druk', '300');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const h = await request(stack.http)
        .post('/api/v1/hulpvragen')
        .set(as('makelaar'))
        .send({
          deelnemerId: d.body.id,
          categorie: 'boodschappen',
          titel: `Vraag ${i}`,
          venster: { soort: 'flexibel', start: over(1), eind: over(10) },
          duurMinuten: 30,
        })
        .expect(201);
      const m = await request(stack.http).post('/api/v1/matches').set(as('makelaar')).send({ hulpvraagId: h.body.id, aanbodId: aanbod }).expect(201);
      ids.push(m.body.id);
    }
    const accept = await Promise.all(ids.map((id) => request(stack.http).post(`/api/v1/matches/${id}/accepteren`).set(as('druk'))));
    expect(accept.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(accept.filter((r) => r.status === 409).every((r) => r.body.code === 'capaciteit-vol')).toBe(true);
    const actief = await db.query(`SELECT count(*)::int AS n FROM matches WHERE aanbod_id = $1 AND status IN ('geaccepteerd','bevestigd','actief')`, [aanbod]);
    expect(actief.rows[0].n).toBe(1);
  });

  it('answers bad actions with clear errors', async () => {
    await request(stack.http).get('/api/v1/matches/00000000-0000-4000-8000-000000000000').set(as('makelaar')).expect(404);
    await request(stack.http).post('/api/v1/matches').set(as('makelaar')).send({ hulpvraagId: 'x' }).expect(400);
    const open = (await db.query(`SELECT id FROM matches WHERE status = 'geaccepteerd' LIMIT 1`)).rows[0].id;
    await request(stack.http).post(`/api/v1/matches/${open}/afronden`).set(as('makelaar')).expect(409);
    await request(stack.http).post(`/api/v1/matches/${open}/accepteren`).set(as('anna')).expect(403);
    await request(stack.http)
      .put('/api/v1/matching/gewichten')
      .set(as('beheerder'))
      .send({ vaardigheden: 2, afstand: 1, beschikbaarheid: 1, capaciteitEnEerlijkheid: 1, continuiteit: 1, betrouwbaarheid: 1, taal: 1 })
      .expect(422);
  });
});
