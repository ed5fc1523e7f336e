import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/persistence';
import { createTestDatabase } from '../../../../test/harness/database';
import { VerloopService } from './verloop.service';

describe('VerloopService on real PostgreSQL', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let svc: VerloopService;
  const dag = 86400_000;

  beforeAll(async () => {
    const db = await createTestDatabase('verloop');
    drop = db.drop;
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    svc = new VerloopService(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await drop?.();
  });

  async function hulpvraag(stilSindsDagen: number): Promise<string> {
    const [g] = await ds.query(`SELECT id FROM gemeenten WHERE code = 'GM0392'`);
    const [d] = await ds.query(`INSERT INTO deelnemers (gemeente_id, voornaam, wijk_code, lat, lon) VALUES ($1, 'x', 'WK039201', 52.38, 4.63) RETURNING id`, [
      g.id,
    ]);
    const [h] = await ds.query(
      `INSERT INTO hulpvragen (gemeente_id, deelnemer_id, kanaal, categorie, titel, wijk_code, lat, lon, venster_soort, venster_start, duur_minuten, laatste_activiteit)
       VALUES ($1, $2, 'web', 'tuin', 't', 'WK039201', 52.38, 4.63, 'flexibel', now(), 60, now() - make_interval(days => $3)) RETURNING id`,
      [g.id, d.id, stilSindsDagen],
    );
    return h.id;
  }

  const status = async (id: string) => (await ds.query(`SELECT status, verloop_gemeld_op FROM hulpvragen WHERE id = $1`, [id]))[0];

  it('warns a week ahead, expires only after the warning is a week old, and never twice', async () => {
    const fresh = await hulpvraag(10);
    const dueForNotice = await hulpvraag(55);
    const overdueUnwarned = await hulpvraag(90);
    const nu = new Date();

    expect(await svc.run(nu)).toEqual({ gemeld: 2, verlopen: 0 });
    expect((await status(fresh)).verloop_gemeld_op).toBeNull();
    expect((await status(dueForNotice)).verloop_gemeld_op).not.toBeNull();
    // the overdue one was only just warned: it stays open for another week
    expect((await status(overdueUnwarned)).status).toBe('open');

    const later = new Date(nu.getTime() + 8 * dag);
    expect(await svc.run(later)).toEqual({ gemeld: 0, verlopen: 2 });
    expect((await status(overdueUnwarned)).status).toBe('verlopen');
    expect(await svc.run(later)).toEqual({ gemeld: 0, verlopen: 0 });
    const events = await ds.query(`SELECT type, count(*)::int AS n FROM outbox_events GROUP BY type ORDER BY type`);
    expect(events).toEqual([
      { type: 'hulpvraag.verloopt-binnenkort', n: 2 },
      { type: 'hulpvraag.verlopen', n: 2 },
    ]);
  });
});
