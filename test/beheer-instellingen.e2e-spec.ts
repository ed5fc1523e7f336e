import request from 'supertest';
import { Client } from 'pg';
import { JobName, JobProducer, QueueName } from '@app/jobs';
import { eventually, login, startStack, type TestStack } from './harness/stack';

const PW = 'Correct-Horse-42-battery';

describe('the gemeente settings and matching weights for the beheerder (real worker)', () => {
  let stack: TestStack;
  let token: string;
  let db: Client;
  let jobs: JobProducer;
  const as = (t = token) => ({ authorization: `Bearer ${t}` });

  beforeAll(async () => {
    stack = await startStack({ label: 'beheerinst' });
    token = await login(stack.http);
    jobs = stack.api.get(JobProducer);
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('shows the defaults, the limits and the fixed norm before anything is set', async () => {
    const r = await request(stack.http).get('/api/v1/beheer/instellingen').set(as()).expect(200);
    expect(r.body.waarden).toEqual(r.body.standaard);
    expect(r.body.waarden).toMatchObject({ verloopDagen: 60, verloopMeldingDagen: 7, aanbodUren: 48, matchNormDagen: 14, checkInDagen: 30 });
    expect(r.body.ingesteld).toEqual([]);
    expect(r.body.grenzen.verloopMeldingDagen).toEqual({ min: 1, max: 30, kleinerDan: 'verloopDagen' });
    expect(r.body.vast).toEqual({ normEersteContactWerkdagen: 5 });
  });

  it('refuses a bad value with problem+json naming the field, and changes nothing', async () => {
    const buiten = await request(stack.http).put('/api/v1/beheer/instellingen').set(as()).send({ verloopDagen: 5, aanbodUren: 'veel' }).expect(400);
    expect(buiten.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(buiten.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'verloopDagen', message: 'vul een heel getal in van 14 tot en met 365' },
        { field: 'aanbodUren', message: 'vul een heel getal in van 4 tot en met 336' },
      ]),
    );
    const onbekend = await request(stack.http)
      .put('/api/v1/beheer/instellingen')
      .set(as())
      .send({ matchingGewichten: { taal: 1 } })
      .expect(400);
    expect(onbekend.body.errors).toEqual([{ field: 'matchingGewichten', message: 'dit veld is onbekend' }]);
    // a notice as late as the expiry itself breaks the rule between the two: 422 at the notice
    const regel = await request(stack.http).put('/api/v1/beheer/instellingen').set(as()).send({ verloopDagen: 20, verloopMeldingDagen: 20 }).expect(422);
    expect(regel.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(regel.body).toMatchObject({ code: 'ongeldige-instellingen', errors: [{ field: 'verloopMeldingDagen' }] });
    expect((await request(stack.http).get('/api/v1/beheer/instellingen').set(as()).expect(200)).body.ingesteld).toEqual([]);
  });

  it('round-trips a change, keeps the other settings, resets with null, and records it in the audit log', async () => {
    await request(stack.http).put('/api/v1/wijkservice/instellingen').set(as()).send({ modus: 'tegenprestatie', vergoedingPerTaakCent: 150 }).expect(200);
    const put = await request(stack.http).put('/api/v1/beheer/instellingen').set(as()).send({ aanbodUren: 24, checkInDagen: 45 }).expect(200);
    expect(put.body.waarden).toMatchObject({ aanbodUren: 24, checkInDagen: 45, verloopDagen: 60 });
    expect(put.body.ingesteld.sort()).toEqual(['aanbodUren', 'checkInDagen']);
    const get = await request(stack.http).get('/api/v1/beheer/instellingen').set(as()).expect(200);
    expect(get.body).toEqual(put.body);
    // only the sent fields change: the Wijkservice settings in the same JSONB column stay
    await request(stack.http).put('/api/v1/beheer/instellingen').set(as()).send({ checkInDagen: null }).expect(200);
    const na = await request(stack.http).get('/api/v1/beheer/instellingen').set(as()).expect(200);
    expect(na.body.waarden).toMatchObject({ aanbodUren: 24, checkInDagen: 30 });
    expect(na.body.ingesteld).toEqual(['aanbodUren']);
    const ws = await request(stack.http).get('/api/v1/wijkservice/instellingen').set(as()).expect(200);
    expect(ws.body).toEqual({ modus: 'tegenprestatie', vergoedingPerTaakCent: 150 });
    const audit = await request(stack.http).get('/api/v1/audit-log?limit=10').set(as()).expect(200);
    const regels = audit.body.filter((a: { objectType: string }) => a.objectType === 'gemeente-instellingen');
    expect(regels.map((a: { details: unknown }) => a.details)).toEqual([
      { gewijzigd: { checkInDagen: null } },
      { gewijzigd: { aanbodUren: 24, checkInDagen: 45 } },
    ]);
    await request(stack.http).put('/api/v1/beheer/instellingen').set(as()).send({ aanbodUren: null }).expect(200);
  });

  it('keeps each gemeente to its own settings and weights', async () => {
    await request(stack.http)
      .post('/api/v1/gemeenten')
      .set(as())
      .send({ code: 'GM0363', naam: 'Amsterdam', beheerderEmail: 'beheer@amsterdam.test', beheerderWachtwoord: PW })
      .expect(201);
    const ander = await login(stack.http, 'beheer@amsterdam.test', PW);
    await request(stack.http).put('/api/v1/beheer/instellingen').set(as()).send({ opvolgingDagen: 3 }).expect(200);
    await request(stack.http).put('/api/v1/beheer/instellingen').set(as(ander)).send({ opvolgingDagen: 5 }).expect(200);
    expect((await request(stack.http).get('/api/v1/beheer/instellingen').set(as()).expect(200)).body.waarden.opvolgingDagen).toBe(3);
    expect((await request(stack.http).get('/api/v1/beheer/instellingen').set(as(ander)).expect(200)).body.waarden.opvolgingDagen).toBe(5);

    const standaard = (await request(stack.http).get('/api/v1/matching/gewichten').set(as()).expect(200)).body;
    expect(standaard).toMatchObject({ vaardigheden: 1, afstand: 0.8 });
    await request(stack.http)
      .put('/api/v1/matching/gewichten')
      .set(as())
      .send({ ...standaard, afstand: 0.25 })
      .expect(200);
    expect((await request(stack.http).get('/api/v1/matching/gewichten').set(as()).expect(200)).body).toEqual({ ...standaard, afstand: 0.25 });
    expect((await request(stack.http).get('/api/v1/matching/gewichten').set(as(ander)).expect(200)).body).toEqual(standaard);
  });

  /** Runs one daily job to its end on the real worker. */
  async function draai(name: JobName.SlaControle | JobName.HulpvraagVerloop, queue: QueueName, datum: string): Promise<void> {
    await jobs.enqueue(name, { datum });
    const id = name === JobName.SlaControle ? `sla.${datum}` : `hulpvraag-verloop.${datum}`;
    await eventually(async () => (await jobs.queue(queue).getJob(id))?.isCompleted(), 15_000, `job ${id}`);
  }

  it('the worker uses a changed term: the "niemand gevonden" task and the expiry notice come earlier', async () => {
    const intake = await request(stack.http)
      .post('/api/v1/intake/hulpvragen')
      .send({
        hulpvraag: {
          categorie: 'klussen',
          titel: 'Lamp ophangen',
          venster: { soort: 'flexibel', start: new Date(Date.now() + 86400_000).toISOString(), eind: new Date(Date.now() + 10 * 86400_000).toISOString() },
          duurMinuten: 60,
        },
        contact: { voornaam: 'Ans', telefoon: '0612345670', postcode: '2011AB', huisnummer: '6' },
        toestemming: true,
      })
      .expect(201);
    const id = intake.body.hulpvraagId;
    await db.query(`UPDATE hulpvragen SET created_at = now() - interval '3 days', laatste_activiteit = now() - interval '20 days' WHERE id = $1`, [id]);
    const taak = async () => (await db.query(`SELECT 1 FROM taken WHERE hulpvraag_id = $1 AND soort = 'herformuleer-hulpvraag'`, [id])).rows.length;
    const gemeld = async () => (await db.query(`SELECT verloop_gemeld_op FROM hulpvragen WHERE id = $1`, [id])).rows[0].verloop_gemeld_op;

    // with the defaults (14 days to a match; 60 days to expiry, notice 7 before) nothing happens yet
    await draai(JobName.SlaControle, QueueName.Tracking, 'inst-voor');
    await draai(JobName.HulpvraagVerloop, QueueName.Systeem, 'inst-voor');
    expect(await taak()).toBe(0);
    expect(await gemeld()).toBeNull();

    await request(stack.http).put('/api/v1/beheer/instellingen').set(as()).send({ matchNormDagen: 2, verloopDagen: 21, verloopMeldingDagen: 5 }).expect(200);
    await draai(JobName.SlaControle, QueueName.Tracking, 'inst-na');
    await draai(JobName.HulpvraagVerloop, QueueName.Systeem, 'inst-na');
    expect(await taak()).toBe(1);
    expect(await gemeld()).not.toBeNull();
    expect((await db.query(`SELECT status FROM hulpvragen WHERE id = $1`, [id])).rows[0].status).toBe('open');
  });
});
