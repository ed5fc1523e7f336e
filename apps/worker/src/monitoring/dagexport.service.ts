import { Injectable, Logger } from '@nestjs/common';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { InjectConfig, type AppConfig } from '@app/config';
import { dagnummer, kalenderdag, uitDagnummer } from '@app/domain';
import { exportMap } from '../../../api/src/monitoring/export-formaat';
import type { Telrij } from '../../../api/src/monitoring/tabel';
import { inPeriode } from '../../../api/src/monitoring/telling-sql';
import { schrijfAtomisch } from './atomisch';
import { alsCsv, alsJson, dataDictionaryJson, exportRijen } from './dagexport';

// $2 = $3 = the day: the monitoring range helpers then cover exactly that Amsterdam day.
const TELLINGEN_SQL = `
  SELECT 'hulpvragen_nieuw' AS telling, x.wijk_code AS groep, x.categorie AS kolom, count(*)::int AS n
    FROM hulpvragen x WHERE x.gemeente_id = $1 AND ${inPeriode('x.created_at')} AND x.status <> 'concept' GROUP BY 2, 3
  UNION ALL
  SELECT 'eerste_contact', x.wijk_code, x.categorie, count(*)::int
    FROM hulpvragen x WHERE x.gemeente_id = $1 AND x.eerste_contact_op IS NOT NULL AND ${inPeriode('x.eerste_contact_op')} GROUP BY 2, 3
  UNION ALL
  SELECT 'matches_' || x.gemaakt_via, x.wijk_code, x.categorie, count(*)::int
    FROM matches x WHERE x.gemeente_id = $1 AND x.geaccepteerd_op IS NOT NULL AND ${inPeriode('x.geaccepteerd_op')} GROUP BY 1, 2, 3
  UNION ALL
  SELECT 'matches_afgerond', x.wijk_code, x.categorie, count(*)::int
    FROM matches x WHERE x.gemeente_id = $1 AND x.afgerond_op IS NOT NULL AND ${inPeriode('x.afgerond_op')} AND x.status = 'afgerond' GROUP BY 2, 3`;

export interface DagexportUitkomst {
  datum: string;
  gemeenten: string[];
}

/**
 * The daily open-data delivery: yesterday's suppressed counts per wijk, categorie and day for every
 * gemeente, as CSV and JSON with the data dictionary beside them. Idempotent: a re-run rewrites the
 * same files atomically.
 */
@Injectable()
export class DagexportService {
  private readonly logger = new Logger(DagexportService.name);
  constructor(
    private readonly ds: DataSource,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {}

  async run(datum = uitDagnummer(dagnummer(kalenderdag(new Date())) - 1), gemeenteCode?: string): Promise<DagexportUitkomst> {
    kalenderdag(datum); // throws on a malformed date in a job payload, before any file is touched
    const gemeenten: { id: string; code: string }[] = await this.ds.query(`SELECT id, code FROM gemeenten WHERE $1::text IS NULL OR code = $1 ORDER BY code`, [
      gemeenteCode ?? null,
    ]);
    for (const g of gemeenten) await this.exporteer(g, datum);
    this.logger.log(`daily export ${datum}: ${gemeenten.length} gemeente(n)`);
    return { datum, gemeenten: gemeenten.map((g) => g.code) };
  }

  private async exporteer(g: { id: string; code: string }, datum: string): Promise<void> {
    const [wijken, categorieen, tellingen] = await Promise.all([
      this.ds.query(`SELECT code, naam, stadsdeel FROM wijken WHERE gemeente_id = $1 ORDER BY code`, [g.id]) as Promise<
        { code: string; naam: string; stadsdeel: string }[]
      >,
      this.ds.query(`SELECT code FROM categorieen WHERE gemeente_id = $1 ORDER BY volgorde, code`, [g.id]) as Promise<{ code: string }[]>,
      this.ds.query(TELLINGEN_SQL, [g.id, datum, datum]) as Promise<(Telrij & { telling: string })[]>,
    ]);
    const ctx = { datum, gemeenteCode: g.code, wijken, categorieen: categorieen.map((c) => c.code) };
    const rijen = exportRijen(ctx, tellingen);
    const map = exportMap(this.cfg.dataDir, g.code, datum);
    await schrijfAtomisch(path.join(map, 'data-dictionary.json'), dataDictionaryJson());
    await schrijfAtomisch(path.join(map, 'kerncijfers.json'), alsJson(ctx, rijen));
    await schrijfAtomisch(path.join(map, 'kerncijfers.csv'), alsCsv(rijen));
  }
}
