import request from 'supertest';
import { Client } from 'pg';
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
