import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/persistence';
import { createTestDatabase } from '../../../../test/harness/database';
import { KerncijfersService } from '../../../api/src/monitoring/kerncijfers.service';
import { geslotenPeriodes } from '../../../api/src/monitoring/momentopname';
import { MomentopnamenService } from './momentopnamen.service';

describe('Kerncijfers of closed periods, materialised (real PostgreSQL)', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let gemeente: { id: string; code: string; naam: string };
  const nu = new Date('2026-11-23T10:00:00Z');
  const jaar2025 = { periode: { van: '2025-01-01', tot: '2025-12-31' }, filters: {}, groepeer: 'wijk' as const };

  beforeAll(async () => {
    const db = await createTestDatabase('momentopnamen');
    drop = db.drop;
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    [gemeente] = await ds.query(`SELECT id, code, naam FROM gemeenten WHERE code = 'GM0392'`);
  });
  afterAll(async () => {
    await ds?.destroy();
    await drop?.();
  });

  /** `n` requests made on `dag` in one wijk. */
  async function hulpvragen(n: number, dag: string): Promise<void> {
    const [d] = await ds.query(`INSERT INTO deelnemers (gemeente_id, voornaam, wijk_code, lat, lon) VALUES ($1, 'x', 'WK039201', 52.38, 4.63) RETURNING id`, [
      gemeente.id,
    ]);
    await ds.query(
      `INSERT INTO hulpvragen (gemeente_id, deelnemer_id, kanaal, categorie, titel, wijk_code, lat, lon, venster_soort, venster_start, duur_minuten, status, created_at)
       SELECT $1, $2, 'web', 'tuin', 't', 'WK039201', 52.38, 4.63, 'flexibel', $3::timestamptz, 60, 'open', $3::timestamptz FROM generate_series(1, $4)`,
      [gemeente.id, d.id, `${dag}T10:00:00+01:00`, n],
    );
  }

  const nieuw = (k: { hulpvragen: { nieuw: { totaal: unknown } } }) => k.hulpvragen.nieuw.totaal;

  it('lists the closed months, quarters and years of this and last year', () => {
    const p = geslotenPeriodes('2026-04-01');
    expect(p).toContainEqual({ van: '2025-01-01', tot: '2025-12-31' });
    expect(p).toContainEqual({ van: '2025-02-01', tot: '2025-02-28' });
    expect(p).toContainEqual({ van: '2026-01-01', tot: '2026-03-31' });
    expect(p).toContainEqual({ van: '2026-03-01', tot: '2026-03-31' });
    // not ended yet, or too old
    expect(p).not.toContainEqual({ van: '2026-04-01', tot: '2026-04-30' });
    expect(p).not.toContainEqual({ van: '2026-01-01', tot: '2026-12-31' });
    expect(p.some((x) => x.van.startsWith('2024'))).toBe(false);
    expect(p).toHaveLength(12 + 4 + 1 + 3 + 1);
  });

  it('serves a closed period from the nightly result, equal to the live figures, and a running period live', async () => {
    await hulpvragen(7, '2025-03-10');
    const svc = new KerncijfersService(ds);
    expect((await svc.lees(gemeente, jaar2025, nu)).stand.bron).toBe('live');

    const job = new MomentopnamenService(ds);
    const uitkomst = await job.run(nu, 'GM0392');
    expect(uitkomst).toEqual({ gemeenten: 1, opnamen: geslotenPeriodes('2026-11-23').length * 5 });

    const opgeslagen = await svc.lees(gemeente, jaar2025, nu);
    const live = await svc.bereken(gemeente, jaar2025, nu);
    expect(opgeslagen.stand).toEqual({ bron: 'momentopname', berekendOp: nu.toISOString() });
    expect({ ...opgeslagen, stand: null }).toEqual({ ...live, stand: null });
    expect(nieuw(opgeslagen)).toBe(7);

    // a filter, another period or a period still running: live
    expect((await svc.lees(gemeente, { ...jaar2025, filters: { wijk: 'WK039201' } }, nu)).stand.bron).toBe('live');
    expect((await svc.lees(gemeente, { ...jaar2025, periode: { van: '2025-01-01', tot: '2025-12-30' } }, nu)).stand.bron).toBe('live');
    expect((await svc.lees(gemeente, { ...jaar2025, periode: { van: '2026-01-01', tot: '2026-12-31' } }, nu)).stand.bron).toBe('live');
    // an unknown wijk is refused as before, stored result or not
    await expect(svc.lees(gemeente, { ...jaar2025, filters: { wijk: 'WK999999' } }, nu)).rejects.toMatchObject({ status: 422 });
  });

  it('shows a late edit to a closed period after the next night', async () => {
    const svc = new KerncijfersService(ds);
    const voor = nieuw(await svc.lees(gemeente, jaar2025, nu));
    await hulpvragen(5, '2025-06-01');
    expect(nieuw(await svc.lees(gemeente, jaar2025, nu))).toBe(voor);
    const volgendeNacht = new Date(nu.getTime() + 86_400_000);
    await new MomentopnamenService(ds).run(volgendeNacht, 'GM0392');
    const na = await svc.lees(gemeente, jaar2025, volgendeNacht);
    expect(na.stand).toEqual({ bron: 'momentopname', berekendOp: volgendeNacht.toISOString() });
    expect(nieuw(na)).toBe((voor as number) + 5);
  });

  it('never serves a result of another version or of a period the job no longer recomputes, and drops those', async () => {
    const svc = new KerncijfersService(ds);
    const nu2 = new Date(nu.getTime() + 2 * 86_400_000);
    await ds.query(`UPDATE monitoring_momentopnamen SET resultaat = jsonb_set(resultaat, '{versie}', '0') WHERE van = '2025-01-01' AND tot = '2025-12-31'`);
    expect((await svc.lees(gemeente, jaar2025, nu2)).stand.bron).toBe('live');
    const oud = { ...jaar2025, periode: { van: '2024-01-01', tot: '2024-12-31' } };
    await ds.query(
      `INSERT INTO monitoring_momentopnamen (gemeente_id, van, tot, groepeer, resultaat, berekend_op)
       SELECT gemeente_id, '2024-01-01', '2024-12-31', groepeer, resultaat, berekend_op FROM monitoring_momentopnamen WHERE van = '2025-01-01' AND tot = '2025-12-31'`,
    );
    expect((await svc.lees(gemeente, oud, nu2)).stand.bron).toBe('live');
    await new MomentopnamenService(ds).run(nu2, 'GM0392');
    expect((await svc.lees(gemeente, jaar2025, nu2)).stand.bron).toBe('momentopname');
    expect((await ds.query(`SELECT count(*)::int AS n FROM monitoring_momentopnamen WHERE van < '2025-01-01'`))[0].n).toBe(0);
  });
});
