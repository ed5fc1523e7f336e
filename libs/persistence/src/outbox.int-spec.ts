import { Client, type Notification } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/harness/database';
import { dataSourceOptions } from './data-source';
import { notifyNaCommit, publishEvents } from './outbox';

describe('NOTIFY after commit (real PostgreSQL)', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let luisteraar: Client;
  const ontvangen: Notification[] = [];

  beforeAll(async () => {
    const db = await createTestDatabase('na-commit');
    drop = db.drop;
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    luisteraar = new Client({ connectionString: db.url });
    await luisteraar.connect();
    luisteraar.on('notification', (n) => ontvangen.push(n));
    await luisteraar.query('LISTEN outbox_events');
    await luisteraar.query('LISTEN taken');
  });
  afterAll(async () => {
    await luisteraar?.end();
    await ds?.destroy();
    await drop?.();
  });

  /** Waits for notifications in flight: a round trip on the listener's own connection delivers them first. */
  const binnen = async () => {
    await luisteraar.query('SELECT 1');
    return ontvangen.splice(0).map((n) => `${n.channel}:${n.payload}`);
  };

  it('sends each hint once after the commit, nothing after a rollback, at once without a transaction', async () => {
    await ds.transaction(async (m) => {
      await publishEvents(m, [{ type: 'test.a', aggregateId: 'x' }]);
      await publishEvents(m, [{ type: 'test.b', aggregateId: 'y' }]);
      await notifyNaCommit(m, 'taken', 'gemeente-1');
      expect(await binnen()).toEqual([]);
    });
    expect((await binnen()).sort()).toEqual(['outbox_events:', 'taken:gemeente-1']);

    await expect(
      ds.transaction(async (m) => {
        await publishEvents(m, [{ type: 'test.c', aggregateId: 'z' }]);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await binnen()).toEqual([]);
    expect((await ds.query(`SELECT type FROM outbox_events ORDER BY id`)).map((r: { type: string }) => r.type)).toEqual(['test.a', 'test.b']);

    // without a transaction: at once
    await notifyNaCommit(ds.manager, 'taken', 'gemeente-2');
    expect(await binnen()).toEqual(['taken:gemeente-2']);
  });
});
