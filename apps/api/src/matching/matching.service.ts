import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict, forbidden, unprocessable } from '@app/common';
import {
  assign,
  assignGreedy,
  OngeldigeGewichten,
  rank,
  rankHulpvragenVoorKandidaat,
  score,
  scoreGewicht,
  valideerGewichten,
  type Gewichten,
  type Rand,
  type Score,
} from '@app/matching';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { AanbodService } from '../marktplaats/aanbod.service';
import type { HulpvraagRow } from '@app/matches';
import { HulpvragenService } from '../marktplaats/hulpvragen.service';
import { wanneerTekst } from '../marktplaats/venster';
import { KandidatenRepository, naarHulpvraag, naarKandidaat, type KandidaatRow } from '@app/matches';

const isStaff = (p: Principal) => p.rollen.includes('makelaar') || p.rollen.includes('beheerder');

@Injectable()
export class MatchingService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: KandidatenRepository,
    private readonly hulpvragen: HulpvragenService,
    private readonly aanbod: AanbodService,
    private readonly audit: AuditService,
  ) {}

  /** Ranked helpers for one request, with components and reasons, and the nearly-fitting excluded ones with why. */
  async suggesties(p: Principal, hulpvraagId: string, limit = 10) {
    if (!isStaff(p)) throw forbidden('Alleen de sociaal makelaar ziet de kandidaten voor een hulpvraag');
    const h = await this.hulpvragen.laad(p, hulpvraagId);
    if (h.status !== 'open') throw conflict('niet-open', `De hulpvraag is ${h.status}; alleen open hulpvragen krijgen suggesties`, { huidigeStatus: h.status });
    const { hulpvraag, kandidaten: rows, context } = await this.repo.voorSuggestie(h);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ranking = rank(hulpvraag, rows.map(naarKandidaat), context, { limit, uitgeslotenLimit: 5 });
    await this.audit.record(p, 'zoeken', 'suggesties', hulpvraagId, h.deelnemer_id, { kandidaten: rows.length });
    const helper = (s: Score) => {
      const r = byId.get(s.kandidaatId)!;
      return { aanbodId: r.id, deelnemerId: r.deelnemer_id, voornaam: r.voornaam, soort: r.soort };
    };
    return {
      hulpvraag: {
        id: h.id,
        referentie: h.referentie,
        titel: h.titel,
        wanneer: wanneerTekst({ soort: h.venster_soort, start: h.venster_start, eind: h.venster_eind, rrule: h.rrule }),
      },
      suggesties: ranking.suggesties.map((s) => ({ ...helper(s), score: s.total, components: s.components, reasons: s.reasons })),
      uitgesloten: ranking.uitgesloten.map((s) => ({ ...helper(s), excludedBy: s.excludedBy, reasons: s.reasons })),
      aantalBeoordeeld: ranking.aantalBeoordeeld,
      uitsluitingenPerCode: ranking.uitsluitingenPerCode,
    };
  }

  /** For a volunteer: open requests that fit their offer, with reasons; never the resident's name or address. */
  async voorAanbod(p: Principal, aanbodId: string, limit = 10) {
    const a = await this.aanbod.laad(p, aanbodId);
    if (a.status !== 'actief') throw conflict('niet-actief', `Het aanbod is ${a.status}`, { huidigeStatus: a.status });
    const k = (await this.repo.kandidaat(aanbodId, p.gemeenteId)) as KandidaatRow;
    const rows = await this.repo.hulpvragenVoorAanbod(k, p.gemeenteId);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ranking = rankHulpvragenVoorKandidaat(
      naarKandidaat(k),
      rows.map((r) => naarHulpvraag(r, r.bewoner_talen)),
      await this.repo.context(p.gemeenteId),
      { limit, uitgeslotenLimit: 0 },
    );
    return ranking.suggesties.map((s) => {
      const h = byId.get(s.hulpvraagId)!;
      return {
        hulpvraagId: h.id,
        referentie: h.referentie,
        titel: h.titel,
        categorie: h.categorie,
        wijk: h.wijk_code,
        wanneer: wanneerTekst({ soort: h.venster_soort, start: h.venster_start, eind: h.venster_eind, rrule: h.rrule }),
        score: s.total,
        reasons: s.reasons,
      };
    });
  }

  /** Scores one pair (used when a match is made, so its reasons and score are recorded with it). */
  async scorePaar(h: HulpvraagRow, aanbodId: string): Promise<Score | undefined> {
    const k = await this.repo.kandidaat(aanbodId, h.gemeente_id);
    if (!k) return undefined;
    const [bewoner] = await this.ds.query(`SELECT talen FROM deelnemers WHERE id = $1`, [h.deelnemer_id]);
    return score(naarHulpvraag(h, bewoner?.talen ?? ['nl']), naarKandidaat(k), await this.repo.context(h.gemeente_id));
  }

  /**
   * A proposal for a makelaar's round: open requests of a wijk (or the given ones) assigned to candidates at the
   * exact maximum total score under each helper's remaining capacity; greedy beside it. Nothing is assigned here.
   */
  async toewijzing(p: Principal, opties: { wijk?: string; hulpvraagIds?: string[] }) {
    if (!isStaff(p)) throw forbidden();
    const wijken = opties.wijk ? [opties.wijk] : p.rollen.includes('beheerder') ? null : p.wijkCodes;
    const vragen: (HulpvraagRow & { bewoner_talen: string[] })[] = await this.ds.query(
      `SELECT h.*, d.talen AS bewoner_talen FROM hulpvragen h JOIN deelnemers d ON d.id = h.deelnemer_id
        WHERE h.gemeente_id = $1 AND h.status = 'open' AND ($2::text[] IS NULL OR h.wijk_code = ANY($2)) AND ($3::uuid[] IS NULL OR h.id = ANY($3))
          AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.hulpvraag_id = h.id AND m.status IN ('aangeboden', 'geaccepteerd', 'bevestigd', 'actief'))
        ORDER BY h.created_at LIMIT 5000`,
      [p.gemeenteId, wijken, opties.hulpvraagIds ?? null],
    );
    if (!p.rollen.includes('beheerder') && vragen.some((v) => !p.wijkCodes.includes(v.wijk_code))) throw forbidden();
    const ctx = await this.repo.context(p.gemeenteId);
    const kandidaten = new Map<string, KandidaatRow>();
    const randen: Rand[] = [];
    const scores = new Map<string, Score>();
    const index = new Map<string, number>();
    for (const [qi, v] of vragen.entries()) {
      const hv = naarHulpvraag(v, v.bewoner_talen);
      for (const r of await this.repo.voorHulpvraag(v)) {
        if (!kandidaten.has(r.id)) {
          kandidaten.set(r.id, r);
          index.set(r.id, kandidaten.size - 1);
        }
        const s = score(hv, naarKandidaat(r), ctx);
        if (s.excludedBy) continue;
        scores.set(`${qi}:${r.id}`, s);
        randen.push({ request: qi, candidate: index.get(r.id)!, weight: scoreGewicht(s.total) });
      }
    }
    const lijst = [...kandidaten.values()];
    const capaciteit = lijst.map((k) => Math.max(0, k.max_actieve_matches - k.actief));
    const t0 = performance.now();
    const exact = assign(vragen.length, capaciteit, randen);
    const ms = performance.now() - t0;
    const greedy = assignGreedy(vragen.length, capaciteit, randen);
    return {
      voorstellen: vragen.map((v, qi) => {
        const ki = exact.kandidaatPerRequest[qi];
        const k = ki >= 0 ? lijst[ki] : undefined;
        const s = k ? scores.get(`${qi}:${k.id}`) : undefined;
        return {
          hulpvraagId: v.id,
          referentie: v.referentie,
          aanbodId: k?.id ?? null,
          voornaam: k?.voornaam ?? null,
          score: s?.total ?? null,
          reasons: s?.reasons ?? [],
        };
      }),
      totaal: exact.totaal,
      toegewezen: exact.aantalToegewezen,
      greedy: { totaal: greedy.totaal, toegewezen: greedy.aantalToegewezen, verhouding: exact.totaal ? greedy.totaal / exact.totaal : 1 },
      rekentijdMs: Math.round(ms * 10) / 10,
    };
  }

  /** The weights in force for the caller's gemeente: its own over the engine's defaults. */
  async gewichten(p: Principal): Promise<Gewichten> {
    return (await this.repo.context(p.gemeenteId)).gewichten;
  }

  async zetGewichten(p: Principal, gewichten: Gewichten) {
    try {
      valideerGewichten(gewichten);
    } catch (e) {
      if (e instanceof OngeldigeGewichten)
        throw unprocessable(e.veld.startsWith('gewichten.') ? e.veld : `gewichten.${e.veld}`, e.message, 'ongeldige-gewichten');
      throw e;
    }
    await this.ds.query(`UPDATE gemeenten SET instellingen = jsonb_set(instellingen, '{matchingGewichten}', $2::jsonb) WHERE id = $1`, [
      p.gemeenteId,
      JSON.stringify(gewichten),
    ]);
    await this.audit.record(p, 'wijzigen', 'matching-gewichten', p.gemeenteId, null);
    return this.gewichten(p);
  }
}
