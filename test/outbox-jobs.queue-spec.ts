import request from 'supertest';
import { Client } from 'pg';
import { JobName, JobProducer, QueueName } from '@app/jobs';
import { ENV_QUEUE_BACKEND } from './harness/services';
import { eventually, login, startStack, type TestStack } from './harness/stack';

const backend = process.env[ENV_QUEUE_BACKEND] === 'postgres' ? 'postgres' : 'redis';

describe(`api → outbox → BullMQ (${backend}) → worker`, () => {
  let stack: TestStack;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });
  beforeAll(async () => {
    stack = await startStack({ label: `q${backend}` });
    token = await login(stack.http);
  });
  afterAll(() => stack?.close());

  it('uses the expected queue backend', async () => {
    const res = await request(stack.http).get('/api/v1/health').expect(200);
    expect(res.body.info.queue.backend).toBe(backend);
  });

  it('processes an enqueued job in the worker exactly once', async () => {
    const created = await request(stack.http).post('/api/v1/systeem/pings').set(auth()).expect(202);
    expect(created.body.status).toBe('wachtend');
    const done = await eventually(
      async () => {
        const r = await request(stack.http).get(`/api/v1/systeem/pings/${created.body.id}`).set(auth()).expect(200);
        return r.body.status === 'verwerkt' ? r.body : undefined;
      },
      15_000,
      'the worker to process the ping',
    );
    expect(done.processedBy).toMatch(/:\d+$/);
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query('SELECT attempts FROM systeem_pings WHERE id = $1', [created.body.id]);
      expect(rows[0].attempts).toBe(1);
      const pending = await db.query('SELECT count(*)::int AS n FROM outbox_events WHERE relayed_at IS NULL');
      expect(pending.rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
  });

  it('relays many events without losing or doubling one', async () => {
    const ids = await Promise.all(
      Array.from({ length: 40 }, () =>
        request(stack.http)
          .post('/api/v1/systeem/pings')
          .set(auth())
          .then((r) => r.body.id as string),
      ),
    );
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      await eventually(
        async () => {
          const { rows } = await db.query('SELECT count(*)::int AS n FROM systeem_pings WHERE id = ANY($1) AND processed_at IS NOT NULL', [ids]);
          return rows[0].n === ids.length;
        },
        20_000,
        'all pings to be processed',
      );
      const { rows } = await db.query('SELECT max(attempts)::int AS most FROM systeem_pings WHERE id = ANY($1)', [ids]);
      expect(rows[0].most).toBe(1);
    } finally {
      await db.end();
    }
  });
});

describe(`scheduled jobs (${backend})`, () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ label: `s${backend}` });
  });
  afterAll(() => stack?.close());

  it('registers the daily retention schedule once and pseudonymises people past their retention period', async () => {
    const jobs = stack.api.get(JobProducer);
    const schedulers = await jobs.queue(QueueName.Systeem).getJobSchedulers();
    expect(schedulers.map((s) => s.key ?? s.id)).toContain(JobName.Bewaartermijn);

    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      const g = (await db.query(`SELECT id FROM gemeenten WHERE code = 'GM0392'`)).rows[0].id;
      const ins = `INSERT INTO deelnemers (gemeente_id, voornaam, telefoon, uitstroom_datum, wijk_code) VALUES ($1, $2, '0612345678', $3, 'WK039201') RETURNING id`;
      const old = (await db.query(ins, [g, 'Oud', new Date(Date.now() - 3 * 365 * 86400_000)])).rows[0].id;
      const recent = (await db.query(ins, [g, 'Recent', new Date(Date.now() - 30 * 86400_000)])).rows[0].id;
      await jobs.enqueue(JobName.Bewaartermijn, { datum: `test-${Date.now()}` });
      await eventually(
        async () => (await db.query(`SELECT gepseudonimiseerd_op FROM deelnemers WHERE id = $1`, [old])).rows[0].gepseudonimiseerd_op,
        15_000,
        'retention job',
      );
      const rows = (await db.query(`SELECT id, voornaam, telefoon FROM deelnemers WHERE id = ANY($1) ORDER BY voornaam NULLS FIRST`, [[old, recent]])).rows;
      expect(rows).toEqual([
        { id: old, voornaam: null, telefoon: null },
        { id: recent, voornaam: 'Recent', telefoon: '0612345678' },
      ]);
    } finally {
      await db.end();
    }
  });
});
