/* npm run bench:kandidatenlimiet — what MAX_KANDIDATEN costs in quality: for open requests over all gemeenten,
 * the best ten when scoring the N nearest candidates (100, 150, 250) against scoring up to 1,000 nearest.
 * Env: BENCH_SCALE (full), BENCH_N (200 requests). */
import { DataSource } from 'typeorm';
import { rank } from '@app/matching';
import { KandidatenRepository, MAX_KANDIDATEN, naarHulpvraag, naarKandidaat, type HulpvraagRow } from '@app/matches';
import { dataSourceOptions } from '@app/persistence';
import { ensureDataset } from '../lib/dataset';
import { report } from '../lib/report';

const N = Number(process.env.BENCH_N ?? 200);
const REFERENTIE = 1000;
const LIMIETEN = [100, 150, MAX_KANDIDATEN];

async function main(): Promise<void> {
  const ds = await ensureDataset({ log: (l) => console.log(l) });
  const source = await new DataSource({ ...dataSourceOptions(ds.url), logging: false }).initialize();
  try {
    const repo = new KandidatenRepository(source);
    const vragen: HulpvraagRow[] = await source.query(`SELECT * FROM hulpvragen WHERE status = 'open' ORDER BY md5(id::text) LIMIT $1`, [N]);
    const telling = new Map(LIMIETEN.map((l) => [l, { zelfdeTien: 0, zelfdeBeste: 0, overlap: 0 }]));
    let inBereik = 0;
    for (const h of vragen) {
      // rows come nearest first, so the first L of the reference set are what LIMIT L returns
      const alle = await repo.voorHulpvraag(h, REFERENTIE);
      inBereik += alle.length;
      const ctx = await repo.context(h.gemeente_id);
      const hv = naarHulpvraag(h, ['nl']);
      const vol = rank(hv, alle.map(naarKandidaat), ctx, { limit: 10 }).suggesties;
      const volIds = vol.map((s) => s.kandidaatId);
      for (const l of LIMIETEN) {
        const deel = rank(hv, alle.slice(0, l).map(naarKandidaat), ctx, { limit: 10 }).suggesties;
        const t = telling.get(l)!;
        if (JSON.stringify(deel.map((s) => s.kandidaatId)) === JSON.stringify(volIds)) t.zelfdeTien++;
        if ((deel[0]?.total ?? 0) === (vol[0]?.total ?? 0)) t.zelfdeBeste++;
        t.overlap += volIds.length ? deel.filter((s) => volIds.includes(s.kandidaatId)).length / volIds.length : 1;
      }
    }
    const pct = (x: number) => `${((100 * x) / vragen.length).toFixed(1)} %`;
    report(
      'kandidatenlimiet',
      LIMIETEN.map((l) => {
        const t = telling.get(l)!;
        return {
          'nearest candidates scored': l,
          'same top ten': pct(t.zelfdeTien),
          'same best score': pct(t.zelfdeBeste),
          'top-ten overlap': pct(t.overlap),
        };
      }),
      { scale: ds.scale.name, requests: vragen.length, reference: REFERENTIE, candidatesInReachAvg: Math.round(inBereik / vragen.length) },
    );
  } finally {
    await source.destroy();
    await ds.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
