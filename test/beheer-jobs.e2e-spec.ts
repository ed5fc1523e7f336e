import request from 'supertest';
import { Client } from 'pg';
import { JobName, JobProducer, QueueName } from '@app/jobs';
import { eventually, login, startStack, type TestStack } from './harness/stack';

describe('failed jobs for the beheerder, and nightly re-matching (real worker)', () => {
  let stack: TestStack;
  let token: string;
  let jobs: JobProducer;
  const as = () => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    stack = await startStack({ label: 'beheerjobs' });
    token = await login(stack.http);
    jobs = stack.api.get(JobProducer);
  });
  afterAll(() => stack?.close());

  it('lists a job that used up its retries, without its payload, and retries it on request', async () => {
    await jobs.queue(QueueName.Systeem).add('bestaat.niet', { geheim: 'x' }, { jobId: 'kapot-1', attempts: 1, removeOnFail: false });
    const lijst = await eventually(
      async () => {
        const r = await request(stack.http).get('/api/v1/beheer/jobs/mislukt?queue=systeem').set(as()).expect(200);
        return r.body.find((j: { id: string }) => j.id === 'kapot-1');
      },
      15_000,
      'the failed job',
    );
    expect(lijst).toMatchObject({ queue: 'systeem', naam: 'bestaat.niet', reden: expect.stringContaining('unknown job'), pogingen: 1 });
    expect(JSON.stringify(lijst)).not.toContain('geheim');
    await request(stack.http).post('/api/v1/beheer/jobs/systeem/kapot-1/opnieuw').set(as()).expect(202);
    await eventually(async () => (await jobs.queue(QueueName.Systeem).getJob('kapot-1'))?.attemptsMade === 2, 15_000, 'the retried attempt');
    await request(stack.http).post('/api/v1/beheer/jobs/systeem/bestaat-niet/opnieuw').set(as()).expect(404);
    await request(stack.http).post('/api/v1/beheer/jobs/nergens/kapot-1/opnieuw').set(as()).expect(422);
  });

  it('gives an open request that has nobody its best current candidate as a task, once', async () => {
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      const intake = await request(stack.http)
        .post('/api/v1/intake/hulpvragen')
        .send({
          hulpvraag: {
            categorie: 'tuin',
            titel: 'Tuin winterklaar',
            venster: { soort: 'flexibel', start: new Date(Date.now() + 86400_000).toISOString(), eind: new Date(Date.now() + 10 * 86400_000).toISOString() },
            duurMinuten: 60,
          },
          contact: { voornaam: 'Els', telefoon: '0612345678', postcode: '2011AB', huisnummer: '4' },
          toestemming: true,
        })
        .expect(201);
      await request(stack.http)
        .post('/api/v1/intake/aanbod')
        .send({
          aanbod: {
            categorieen: ['tuin'],
            titel: 'Tuinman',
            beschikbaarheid: [1, 2, 3, 4, 5, 6, 7].map((dag) => ({ dag, van: '08:00', tot: '20:00' })),
            maxAfstandMeter: 3000,
            vervoer: 'fiets',
          },
          contact: { voornaam: 'Piet', telefoon: '0612345679', postcode: '2011AB', huisnummer: '8' },
          toestemming: true,
        })
        .expect(201);
      // the offer's own re-matching event may already have found it; the nightly run must not add a second task
      await db.query(`UPDATE hulpvragen SET created_at = now() - interval '2 days' WHERE id = $1`, [intake.body.hulpvraagId]);
      for (const datum of ['n1', 'n2']) await jobs.enqueue(JobName.NachtelijkeHerberekening, { datum });
      const taken = await eventually(
        async () => {
          const { rows } = await db.query(`SELECT titel FROM taken WHERE hulpvraag_id = $1 AND soort = 'nieuwe-kandidaat'`, [intake.body.hulpvraagId]);
          return rows.length ? rows : undefined;
        },
        15_000,
        'the nieuwe-kandidaat task',
      );
      await new Promise((r) => setTimeout(r, 1000));
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM taken WHERE hulpvraag_id = $1 AND soort = 'nieuwe-kandidaat'`, [intake.body.hulpvraagId]);
      expect(rows[0].n).toBe(1);
      expect(taken[0].titel).toContain('Piet');
    } finally {
      await db.end();
    }
  });
});
