import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden } from '@app/common';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { inPeriode, type Periode } from './periode';
import { weiger } from './regels';
import { WijkserviceToegang } from './toegang';
import { verklaringPdf, type VerklaringRegel } from './verklaring.pdf';

/** Confirmed hours per kind of task: individual help by category, group tasks by category (or wijkonderhoud). */
const REGELS_SQL = `
  SELECT COALESCE(c.naam, mt.categorie) AS soort, count(*)::int AS taken, sum(k.uren)::float AS uren
    FROM match_keren k JOIN matches mt ON mt.id = k.match_id JOIN aanbod a ON a.id = mt.aanbod_id
    LEFT JOIN categorieen c ON c.gemeente_id = mt.gemeente_id AND c.code = mt.categorie
   WHERE mt.helper_id = $1 AND a.soort = 'wijkservice' AND k.status = 'gedaan' AND k.bevestigd_bewoner AND k.bevestigd_helper AND ${inPeriode('k.datum')}
   GROUP BY 1
  UNION ALL
  SELECT 'Groepstaak: ' || COALESCE(lower(c.naam), 'wijkonderhoud'), count(*)::int, sum(am.uren)::float
    FROM wijkservice_aanmeldingen am JOIN wijkservice_groepstaken g ON g.id = am.groepstaak_id
    LEFT JOIN categorieen c ON c.gemeente_id = g.gemeente_id AND c.code = g.categorie
   WHERE am.deelnemer_id = $1 AND am.aanwezig AND ${inPeriode('g.datum')}
   GROUP BY 1
  ORDER BY 1`;

@Injectable()
export class VerklaringService {
  constructor(
    private readonly ds: DataSource,
    private readonly toegang: WijkserviceToegang,
    private readonly audit: AuditService,
  ) {}

  /** Only with the participant's own, unwithdrawn consent for this statement (403 otherwise, audited); the participant prints their own. */
  async pdf(p: Principal, deelnemerId: string, periode: Periode): Promise<Buffer> {
    const w = await this.toegang.laad(p, deelnemerId);
    const [toestemming] = await this.ds.query(
      `SELECT 1 FROM toestemmingen WHERE deelnemer_id = $1 AND doel = 'wijkservice-verklaring' AND ingetrokken_op IS NULL`,
      [deelnemerId],
    );
    if (!toestemming && p.deelnemerId !== deelnemerId)
      await weiger(
        this.audit,
        p,
        'wijkservice-verklaring',
        deelnemerId,
        deelnemerId,
        forbidden('De deelnemer heeft geen toestemming gegeven voor een verklaring van deelname'),
      );
    const args = [deelnemerId, periode.van, periode.tot];
    const regels = (await this.ds.query(REGELS_SQL, args)) as VerklaringRegel[];
    const [open] = await this.ds.query(
      `SELECT COALESCE(sum(k.uren), 0)::float AS uren FROM match_keren k JOIN matches mt ON mt.id = k.match_id JOIN aanbod a ON a.id = mt.aanbod_id
        WHERE mt.helper_id = $1 AND a.soort = 'wijkservice' AND k.status = 'gedaan' AND NOT (COALESCE(k.bevestigd_bewoner, false) AND COALESCE(k.bevestigd_helper, false))
          AND ${inPeriode('k.datum')}`,
      args,
    );
    const [fee] = await this.ds.query(
      `SELECT sum(bedrag_cent)::int AS cent FROM wijkservice_vergoedingen WHERE deelnemer_id = $1 AND datum BETWEEN $2::date AND $3::date`,
      args,
    );
    const [g] = await this.ds.query(`SELECT naam FROM gemeenten WHERE id = $1`, [p.gemeenteId]);
    await this.audit.record(p, 'afdrukken', 'wijkservice-verklaring', deelnemerId, deelnemerId, { van: periode.van, tot: periode.tot });
    return verklaringPdf({
      deelnemer: [w.voornaam, w.achternaam].filter(Boolean).join(' '),
      gemeente: g.naam,
      periode,
      afspraak: { modus: w.modus, urenPerWeek: Number(w.uren_per_week) },
      regels,
      onbevestigdeUren: open.uren,
      vergoedingCent: fee.cent,
    });
  }
}
