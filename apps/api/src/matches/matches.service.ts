import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, forbidden, notFound, unprocessable } from '@app/common';
import { apply, hulpvraagMachine, markeerGedaan, magStarten, volgendeKeren, type KeerStatus, type MatchPartij } from '@app/domain';
import { gemeenteInstelling, MatchWorkflow, plaatsTaak, type HulpvraagRow, type MatchRow } from '@app/matches';
import { publishEvents } from '@app/persistence';
import type { Principal } from '../auth/principal';
import { ensureOk, ensureTransition } from '../common/domain-problems';
import { HulpvragenService } from '../marktplaats/hulpvragen.service';
import { wanneerTekst } from '../marktplaats/venster';
import { logWijziging } from '../marktplaats/wijzigingen';
import { MatchingService } from '../matching/matching.service';
import { AuditService } from '../audit/audit.service';
import { naUrenRegistratie } from '../wijkservice/keer-uren';
import { besluit, bezwaren, legOverrideVast, weiger } from '../wijkservice/regels';
import type { CascadeDto, UitkomstDto } from './matches.dto';
import { matchView, type Rol as MatchRol } from './match.view';

const AANBOD_OPEN = ['voorgesteld', 'aangeboden'];
const VOLGENDE_KEREN = 8;

@Injectable()
export class MatchesService {
  constructor(
    private readonly ds: DataSource,
    private readonly workflow: MatchWorkflow,
    private readonly hulpvragen: HulpvragenService,
    private readonly matching: MatchingService,
    private readonly audit: AuditService,
  ) {}

  /**
   * A makelaar proposes a helper (offered at once); a resident picks a helper (offered); a helper responds to a
   * request (made `zelf` and accepted in one step). The pair's score and reasons are recorded.
   */
  async maak(p: Principal, hulpvraagId: string, aanbodId: string, opties: { overrideReden?: string } = {}) {
    const staff = this.isStaff(p);
    const id = await this.ds.transaction(async (m) => {
      const h = await this.lockHulpvraag(m, p, hulpvraagId, staff);
      const a = await this.aanbod(m, aanbodId, p.gemeenteId);
      const eigenAanbod = a.deelnemer_id === p.deelnemerId;
      if (!staff && !eigenAanbod && h.deelnemer_id !== p.deelnemerId) throw forbidden('U kunt alleen uw eigen hulpvraag of aanbod koppelen');
      const matchId = await this.insert(m, p, h, a, staff ? 'makelaar' : 'zelf', undefined, undefined, opties.overrideReden);
      await this.workflow.bied(m, [matchId], await this.workflow.aanbodUren(m, p.gemeenteId));
      if (eigenAanbod && !staff) await this.accepteerIn(m, p, matchId);
      return matchId;
    });
    return this.vind(p, id);
  }

  /** Offers a request to helpers in order (one by one, the next when an offer expires or is declined) or all at once. */
  async cascade(p: Principal, hulpvraagId: string, dto: CascadeDto) {
    if (!this.isStaff(p)) throw forbidden();
    const cascadeId = randomUUID();
    await this.ds.transaction(async (m) => {
      const h = await this.lockHulpvraag(m, p, hulpvraagId, true);
      const ids: string[] = [];
      for (const [i, aanbodId] of dto.aanbodIds.entries()) {
        const a = await this.aanbod(m, aanbodId, p.gemeenteId);
        ids.push(await this.insert(m, p, h, a, 'makelaar', cascadeId, i + 1));
      }
      const uren = dto.uren ?? (await this.workflow.aanbodUren(m, p.gemeenteId));
      await this.workflow.bied(m, dto.modus === 'tegelijk' ? ids : ids.slice(0, 1), uren);
    });
    return this.lijstVoorHulpvraag(p, hulpvraagId);
  }

  async accepteren(p: Principal, matchId: string) {
    await this.ds.transaction((m) => this.accepteerIn(m, p, matchId));
    return this.vind(p, matchId);
  }

  /**
   * Exactly one acceptance wins: the request row is locked first (all acceptances of one request queue there),
   * then the helper (all acceptances by one helper queue there, so capacity holds); a unique index backs it up.
   */
  private async accepteerIn(m: EntityManager, p: Principal, matchId: string): Promise<void> {
    const pre = await this.laad(p, matchId, m);
    this.assertPartij(p, pre, 'helper');
    const [h] = (await m.query(`SELECT * FROM hulpvragen WHERE id = $1 FOR UPDATE`, [pre.hulpvraag_id])) as HulpvraagRow[];
    await m.query(`SELECT id FROM deelnemers WHERE id = $1 FOR UPDATE`, [pre.helper_id]);
    const [match] = (await m.query(`SELECT * FROM matches WHERE id = $1 FOR UPDATE`, [matchId])) as MatchRow[];
    if (h.status !== 'open') {
      throw conflict('al-geholpen', 'Iemand anders helpt al bij deze vraag. Dank u wel! Kijk op het prikbord voor andere vragen.', {
        huidigeStatus: match.status,
      });
    }
    ensureTransition(this.workflow.transitie(match, 'accepteren'), 'De match');
    const [cap] = await m.query(
      `SELECT a.max_actieve_matches AS max,
              (SELECT count(*)::int FROM matches x WHERE x.helper_id = $2 AND x.status IN ('geaccepteerd', 'bevestigd', 'actief')) AS actief
         FROM aanbod a WHERE a.id = $1`,
      [match.aanbod_id, match.helper_id],
    );
    if (cap.actief >= cap.max) throw conflict('capaciteit-vol', `U helpt al bij ${cap.actief} vragen, uw maximum. Rond er eerst een af of verhoog uw maximum.`);
    await m.query(`UPDATE matches SET status = 'geaccepteerd', geaccepteerd_op = now(), updated_at = now() WHERE id = $1`, [matchId]);
    ensureTransition(apply(hulpvraagMachine, h.status, 'matchen'), 'De hulpvraag');
    await m.query(`UPDATE hulpvragen SET status = 'gematcht', gematcht_op = now(), laatste_activiteit = now(), updated_at = now() WHERE id = $1`, [h.id]);
    // the other helpers who were offered this request: their offer lapses
    await m.query(`UPDATE matches SET status = 'verlopen', updated_at = now() WHERE hulpvraag_id = $1 AND id <> $2 AND status = ANY($3)`, [
      h.id,
      matchId,
      AANBOD_OPEN,
    ]);
    await logWijziging(m, p, 'match', matchId, 'web', 'accepteren');
    await publishEvents(m, [
      { type: 'match.geaccepteerd', aggregateId: matchId, payload: { hulpvraagId: h.id, bewonerId: h.deelnemer_id, helperId: match.helper_id } },
    ]);
    await this.belTaakAlsNodig(m, match, h);
  }

  /** Residents who take calls, not apps: the makelaar gets a task with the exact words, the helper's name and time. */
  private async belTaakAlsNodig(m: EntityManager, match: MatchRow, h: HulpvraagRow): Promise<void> {
    const [b] = await m.query(`SELECT voornaam, telefoon, offline, contact_voorkeur FROM deelnemers WHERE id = $1`, [h.deelnemer_id]);
    const [helper] = await m.query(`SELECT voornaam FROM deelnemers WHERE id = $1`, [match.helper_id]);
    if (!b.offline && !['telefoon', 'via-makelaar', 'post'].includes(b.contact_voorkeur)) return;
    const wanneer = wanneerTekst({ soort: h.venster_soort, start: h.venster_start, eind: h.venster_eind, rrule: h.rrule });
    const tel = (h.namens as { telefoon?: string } | null)?.telefoon ?? b.telefoon ?? 'onbekend';
    await plaatsTaak(m, {
      gemeenteId: match.gemeente_id,
      soort: 'bel-bewoner-helper-gevonden',
      titel: `Bel ${b.voornaam ?? 'de bewoner'} (${tel}): ${helper?.voornaam ?? 'een buurtgenoot'} helpt bij "${h.titel}"`,
      instructie: `Goedendag ${b.voornaam ?? ''}, u had om hulp gevraagd: "${h.titel}". Goed nieuws: ${helper?.voornaam ?? 'een buurtgenoot'} wil u helpen, ${wanneer}. Is dat goed voor u? Dan geef ik uw adres door.`,
      prioriteit: 'hoog',
      wijkCode: h.wijk_code,
      deelnemerId: h.deelnemer_id,
      hulpvraagId: h.id,
      matchId: match.id,
      vervaltOp: new Date(Date.now() + 24 * 3600_000),
      sleutel: `bel-bewoner:${match.id}`,
    });
  }

  async afwijzen(p: Principal, matchId: string, reden?: string) {
    await this.ds.transaction(async (m) => {
      const match = await this.laad(p, matchId, m, true);
      this.assertPartij(p, match, 'helper');
      ensureTransition(this.workflow.transitie(match, 'afwijzen', { reden }), 'De match');
      await m.query(`UPDATE matches SET status = 'afgewezen', annuleer_reden = $2, updated_at = now() WHERE id = $1`, [matchId, reden ?? null]);
      // a declined pair is not proposed again
      await m.query(`INSERT INTO blokkades (gemeente_id, helper_id, bewoner_id, reden) VALUES ($1,$2,$3,'eerder_afgewezen') ON CONFLICT DO NOTHING`, [
        match.gemeente_id,
        match.helper_id,
        match.bewoner_id,
      ]);
      await logWijziging(m, p, 'match', matchId, 'web', 'afwijzen', reden ? { reden } : undefined);
      await publishEvents(m, [{ type: 'match.afgewezen', aggregateId: matchId }]);
      await this.workflow.volgende(m, match);
    });
    return this.vind(p, matchId);
  }

  /** The resident (or the makelaar after a call) confirms; the dates are planned (recurring help: the next ones). */
  async bevestigen(p: Principal, matchId: string) {
    await this.ds.transaction(async (m) => {
      const match = await this.laad(p, matchId, m, true);
      this.assertPartij(p, match, 'hulpvrager');
      ensureTransition(this.workflow.transitie(match, 'bevestigen'), 'De match');
      const [h] = (await m.query(`SELECT * FROM hulpvragen WHERE id = $1`, [match.hulpvraag_id])) as HulpvraagRow[];
      const data = h.venster_soort === 'terugkerend' && h.rrule ? volgendeKeren(h.rrule, h.venster_start, new Date(), VOLGENDE_KEREN) : [h.venster_start];
      for (const d of data) await m.query(`INSERT INTO match_keren (match_id, datum) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [matchId, d]);
      await m.query(`UPDATE matches SET status = 'bevestigd', bevestigd_op = now(), updated_at = now() WHERE id = $1`, [matchId]);
      await logWijziging(m, p, 'match', matchId, this.isStaff(p) ? 'telefoon' : 'web', 'bevestigen');
      // the follow-up ("is de hulp gebeurd?") comes the gemeente's opvolgingDagen after the first date
      const opvolgingDagen = await gemeenteInstelling(m, match.gemeente_id, 'opvolgingDagen');
      await publishEvents(m, [{ type: 'match.bevestigd', aggregateId: matchId, payload: { eersteDatum: data[0]?.toISOString() ?? null, opvolgingDagen } }]);
    });
    return this.vind(p, matchId);
  }

  async afronden(p: Principal, matchId: string) {
    await this.ds.transaction(async (m) => {
      const match = await this.laad(p, matchId, m, true);
      this.assertPartij(p, match, 'beide');
      ensureTransition(this.workflow.transitie(match, 'afronden'), 'De match');
      await m.query(`UPDATE matches SET status = 'afgerond', afgerond_op = now(), updated_at = now() WHERE id = $1`, [matchId]);
      const [h] = await m.query(`SELECT status FROM hulpvragen WHERE id = $1 FOR UPDATE`, [match.hulpvraag_id]);
      if (apply(hulpvraagMachine, h.status, 'afronden').ok)
        await m.query(`UPDATE hulpvragen SET status = 'afgerond', updated_at = now() WHERE id = $1`, [match.hulpvraag_id]);
      await logWijziging(m, p, 'match', matchId, 'web', 'afronden');
      await publishEvents(m, [{ type: 'match.afgerond', aggregateId: matchId }]);
    });
    return this.vind(p, matchId);
  }

  /** Either side or the makelaar stops the match; an open request becomes open again for someone else. */
  async annuleren(p: Principal, matchId: string, reden: string) {
    await this.ds.transaction(async (m) => {
      const match = await this.laad(p, matchId, m, true);
      const door = this.isStaff(p) ? 'makelaar' : match.helper_id === p.deelnemerId ? 'helper' : 'hulpvrager';
      this.assertPartij(p, match, 'beide');
      ensureTransition(this.workflow.transitie(match, 'annuleren', { door, reden }), 'De match');
      await m.query(`UPDATE matches SET status = 'geannuleerd', geannuleerd_door = $2, annuleer_reden = $3, updated_at = now() WHERE id = $1`, [
        matchId,
        door,
        reden,
      ]);
      const [h] = await m.query(`SELECT status FROM hulpvragen WHERE id = $1 FOR UPDATE`, [match.hulpvraag_id]);
      if (h.status === 'gematcht')
        await m.query(`UPDATE hulpvragen SET status = 'open', laatste_activiteit = now(), updated_at = now() WHERE id = $1`, [match.hulpvraag_id]);
      await logWijziging(m, p, 'match', matchId, 'web', 'annuleren', { door, reden });
      await publishEvents(m, [{ type: 'match.geannuleerd', aggregateId: matchId, payload: { door } }]);
    });
    return this.vind(p, matchId);
  }

  async nietVerschenen(p: Principal, matchId: string, wie: MatchPartij) {
    await this.ds.transaction(async (m) => {
      const match = await this.laad(p, matchId, m, true);
      this.assertPartij(p, match, 'beide');
      ensureTransition(this.workflow.transitie(match, 'niet-verschenen-melden', { wie }), 'De match');
      await m.query(`UPDATE matches SET status = 'niet-verschenen', niet_verschenen = $2, updated_at = now() WHERE id = $1`, [matchId, wie]);
      const [h] = await m.query(`SELECT status FROM hulpvragen WHERE id = $1 FOR UPDATE`, [match.hulpvraag_id]);
      if (h.status === 'gematcht')
        await m.query(`UPDATE hulpvragen SET status = 'open', laatste_activiteit = now(), updated_at = now() WHERE id = $1`, [match.hulpvraag_id]);
      await plaatsTaak(m, {
        gemeenteId: match.gemeente_id,
        soort: 'no-show-opvolgen',
        titel: `Niet verschenen (${wie}): volg op`,
        instructie: 'Bel beide kanten: wat is er gebeurd, en is er nog hulp nodig?',
        prioriteit: 'hoog',
        wijkCode: match.wijk_code,
        deelnemerId: match.bewoner_id,
        matchId,
        sleutel: `no-show:${matchId}`,
      });
      await publishEvents(m, [{ type: 'match.niet-verschenen', aggregateId: matchId, payload: { wie } }]);
    });
    return this.vind(p, matchId);
  }

  /** One date of (recurring) help: done with hours, or skipped. The first done date starts the match. */
  async keer(p: Principal, matchId: string, keerId: string, status: Exclude<KeerStatus, 'gepland'>, uren?: number) {
    await this.ds.transaction(async (m) => {
      const match = await this.laad(p, matchId, m, true);
      this.assertPartij(p, match, 'beide');
      const [k] = await m.query(`SELECT * FROM match_keren WHERE id = $1 AND match_id = $2 FOR UPDATE`, [keerId, matchId]);
      if (!k) throw notFound('Keer', keerId);
      if (!['bevestigd', 'actief'].includes(match.status)) throw conflict('ongeldige-overgang', `De match is ${match.status}`, { huidigeStatus: match.status });
      if (status === 'gedaan') {
        const r = ensureOk(markeerGedaan({ datum: new Date(k.datum), status: k.status }, uren ?? NaN, new Date()));
        const kant = match.helper_id === p.deelnemerId ? 'bevestigd_helper' : 'bevestigd_bewoner';
        await m.query(`UPDATE match_keren SET status = 'gedaan', uren = $2, ${kant} = true WHERE id = $1`, [keerId, r.uren]);
        await naUrenRegistratie(m, this.audit, p, match, k, r.uren!, kant);
      } else {
        if (k.status !== 'gepland') throw conflict('ongeldige-overgang', 'Alleen een geplande keer kan worden overgeslagen', { huidigeStatus: k.status });
        await m.query(`UPDATE match_keren SET status = 'overgeslagen' WHERE id = $1`, [keerId]);
      }
      const keren = (await m.query(`SELECT datum, status FROM match_keren WHERE match_id = $1`, [matchId])).map((x: { datum: Date; status: KeerStatus }) => ({
        datum: new Date(x.datum),
        status: x.status,
      }));
      if (match.status === 'bevestigd' && magStarten(keren, new Date())) {
        await m.query(`UPDATE matches SET status = 'actief', gestart_op = now(), updated_at = now() WHERE id = $1`, [matchId]);
      }
      await logWijziging(m, p, 'match', matchId, 'web', `keer-${status}`, { keerId, uren });
    });
    return this.vind(p, matchId);
  }

  /** "Did the help happen?": each side, or the makelaar for an offline resident after a call. */
  async uitkomst(p: Principal, matchId: string, dto: UitkomstDto) {
    await this.ds.transaction(async (m) => {
      const match = await this.laad(p, matchId, m, true);
      const partij: MatchPartij | undefined = this.isStaff(p)
        ? dto.partij
        : match.helper_id === p.deelnemerId
          ? 'helper'
          : match.bewoner_id === p.deelnemerId
            ? 'hulpvrager'
            : undefined;
      if (!partij) throw unprocessable('partij', 'geef aan namens wie u de uitkomst vastlegt', 'partij-vereist');
      this.assertPartij(p, match, partij);
      const waarde = dto.gebeurd ? (dto.oordeel ?? 'positief') : 'niet-gebeurd';
      const col = partij === 'helper' ? 'helper' : 'bewoner';
      await m.query(`UPDATE matches SET uitkomst_${col} = $2, feedback_${col} = COALESCE($3, feedback_${col}), updated_at = now() WHERE id = $1`, [
        matchId,
        waarde,
        dto.feedback ?? null,
      ]);
      await m.query(
        `UPDATE taken SET status = 'afgerond', uitkomst = 'gelukt', afgerond_op = now() WHERE match_id = $1 AND soort = 'controleer-hulp-gebeurd' AND status <> 'afgerond'`,
        [matchId],
      );
      await logWijziging(m, p, 'match', matchId, this.isStaff(p) ? 'telefoon' : 'web', 'uitkomst', { partij, gebeurd: dto.gebeurd });
    });
    return this.vind(p, matchId);
  }

  async vind(p: Principal, matchId: string) {
    const match = await this.laad(p, matchId);
    return this.view(p, match);
  }

  async lijst(p: Principal) {
    const staff = this.isStaff(p);
    const rows = (await this.ds.query(
      `SELECT m.* FROM matches m WHERE m.gemeente_id = $1
          AND ($2::boolean AND ($3::text[] IS NULL OR m.wijk_code = ANY($3)) OR m.helper_id = $4 OR m.bewoner_id = $4)
        ORDER BY m.updated_at DESC LIMIT 200`,
      [p.gemeenteId, staff, staff && !p.rollen.includes('beheerder') ? p.wijkCodes : null, p.deelnemerId],
    )) as MatchRow[];
    return Promise.all(rows.map((r) => this.view(p, r)));
  }

  async lijstVoorHulpvraag(p: Principal, hulpvraagId: string) {
    await this.hulpvragen.laad(p, hulpvraagId);
    const rows = (await this.ds.query(`SELECT * FROM matches WHERE hulpvraag_id = $1 ORDER BY cascade_positie NULLS LAST, created_at`, [
      hulpvraagId,
    ])) as MatchRow[];
    return Promise.all(rows.map((r) => this.view(p, r)));
  }

  private async view(p: Principal, match: MatchRow) {
    const rol: MatchRol = this.isStaff(p) ? 'makelaar' : match.helper_id === p.deelnemerId ? 'helper' : 'hulpvrager';
    const [h] = (await this.ds.query(`SELECT * FROM hulpvragen WHERE id = $1`, [match.hulpvraag_id])) as HulpvraagRow[];
    const [bewoner] = await this.ds.query(`SELECT voornaam, achternaam, telefoon, straat, huisnummer, postcode FROM deelnemers WHERE id = $1`, [
      match.bewoner_id,
    ]);
    const [helper] = await this.ds.query(`SELECT voornaam, telefoon FROM deelnemers WHERE id = $1`, [match.helper_id]);
    const keren = await this.ds.query(`SELECT id, datum, status, uren FROM match_keren WHERE match_id = $1 ORDER BY datum`, [match.id]);
    return matchView(match, h, bewoner, helper, keren, rol);
  }

  private isStaff(p: Principal): boolean {
    return p.rollen.includes('makelaar') || p.rollen.includes('beheerder');
  }

  /** The helper acts for the helper side, the resident (or their gemachtigde) for theirs, the wijk's makelaar for both. */
  private assertPartij(p: Principal, match: MatchRow, kant: 'helper' | 'hulpvrager' | 'beide'): void {
    if (this.isStaff(p)) {
      if (p.rollen.includes('beheerder') || p.wijkCodes.includes(match.wijk_code)) return;
      throw forbidden('Deze match valt buiten uw werkgebied');
    }
    const isHelper = match.helper_id === p.deelnemerId;
    const isBewoner = match.bewoner_id === p.deelnemerId;
    if (kant === 'helper' && isHelper) return;
    if (kant === 'hulpvrager' && isBewoner) return;
    if (kant === 'beide' && (isHelper || isBewoner)) return;
    throw forbidden(
      kant === 'helper' ? 'Alleen de helper kan dit doen' : kant === 'hulpvrager' ? 'Alleen de hulpvrager kan dit bevestigen' : 'Dit is niet uw match',
    );
  }

  /** Visible to the two parties (and gemachtigden of the resident) and the staff of the wijk. */
  async laad(p: Principal, matchId: string, m: EntityManager = this.ds.manager, lock = false): Promise<MatchRow> {
    const [match] = (await m.query(`SELECT * FROM matches WHERE id = $1 AND gemeente_id = $2 ${lock ? 'FOR UPDATE' : ''}`, [
      matchId,
      p.gemeenteId,
    ])) as MatchRow[];
    if (!match) throw notFound('Match', matchId);
    if (this.isStaff(p) && (p.rollen.includes('beheerder') || p.wijkCodes.includes(match.wijk_code))) return match;
    if (match.helper_id === p.deelnemerId || match.bewoner_id === p.deelnemerId) return match;
    const gemachtigd = await m.query(`SELECT 1 FROM gemachtigden WHERE deelnemer_id = $1 AND account_id = $2 AND beeindigd_op IS NULL`, [
      match.bewoner_id,
      p.accountId,
    ]);
    if (gemachtigd.length) return match;
    throw forbidden('Dit is niet uw match');
  }

  private async lockHulpvraag(m: EntityManager, p: Principal, id: string, staff: boolean): Promise<HulpvraagRow> {
    const [h] = (await m.query(`SELECT * FROM hulpvragen WHERE id = $1 AND gemeente_id = $2 FOR UPDATE`, [id, p.gemeenteId])) as HulpvraagRow[];
    if (!h) throw notFound('Hulpvraag', id);
    if (staff && !p.rollen.includes('beheerder') && !p.wijkCodes.includes(h.wijk_code)) throw forbidden('Deze hulpvraag valt buiten uw werkgebied');
    if (h.status !== 'open') throw conflict('niet-open', `De hulpvraag is ${h.status}`, { huidigeStatus: h.status });
    return h;
  }

  private async aanbod(m: EntityManager, aanbodId: string, gemeenteId: string) {
    const [a] = await m.query(`SELECT id, deelnemer_id, status FROM aanbod WHERE id = $1 AND gemeente_id = $2`, [aanbodId, gemeenteId]);
    if (!a) throw unprocessable('aanbodId', 'onbekend aanbod', 'onbekend-aanbod');
    if (a.status !== 'actief') throw conflict('aanbod-niet-actief', `Dit aanbod is ${a.status}`, { huidigeStatus: a.status });
    return a as { id: string; deelnemer_id: string };
  }

  private async insert(
    m: EntityManager,
    p: Principal,
    h: HulpvraagRow,
    a: { id: string; deelnemer_id: string },
    via: 'zelf' | 'makelaar',
    cascadeId?: string,
    positie?: number,
    overrideReden?: string,
  ) {
    if (a.deelnemer_id === h.deelnemer_id) throw unprocessable('aanbodId', 'iemand kan zijn eigen hulpvraag niet beantwoorden', 'eigen-hulpvraag');
    const s = await this.matching.scorePaar(h, a.id);
    // Wijkservice rules hold on every path (self, cascade, makelaar); only a makelaar may override verdringing, with a reason
    const paar = { hulpvraagId: h.id, aanbodId: a.id, via, cascade: !!cascadeId, overrideReden };
    const ws = besluit(this.isStaff(p), paar, await bezwaren(m, paar, s?.excludedBy ?? []));
    if (ws.weigering) await weiger(this.audit, p, 'match', null, a.deelnemer_id, ws.weigering);
    if (s?.excludedBy?.length && via === 'makelaar' && !cascadeId) {
      // a makelaar may knowingly propose outside the engine's rules, but never past a hard privacy rule
      if (s.excludedBy.some((u) => u.code === 'PAAR_GEBLOKKEERD')) {
        throw conflict('regel-overtreden', s.excludedBy.map((u) => u.zin).join(' '), { regels: s.excludedBy.map((u) => u.code) });
      }
    }
    try {
      const [row] = await m.query(
        `INSERT INTO matches (gemeente_id, hulpvraag_id, aanbod_id, helper_id, bewoner_id, wijk_code, categorie, gemaakt_via, gemaakt_door, score, redenen, cascade_id, cascade_positie)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id`,
        [
          p.gemeenteId,
          h.id,
          a.id,
          a.deelnemer_id,
          h.deelnemer_id,
          h.wijk_code,
          h.categorie,
          via,
          p.accountId,
          s?.total ?? null,
          JSON.stringify(s?.reasons ?? []),
          cascadeId ?? null,
          positie ?? null,
        ],
      );
      await logWijziging(m, p, 'match', row.id, this.isStaff(p) ? 'telefoon' : 'web', 'aanmaken', { via });
      if (ws.override) await legOverrideVast(m, this.audit, p, { matchId: row.id, deelnemerId: a.deelnemer_id }, ws.override, overrideReden!);
      return row.id as string;
    } catch (e) {
      if ((e as { driverError?: { code?: string } }).driverError?.code === '23505')
        throw conflict('bestaat-al', 'Deze helper is al gevraagd voor deze hulpvraag');
      throw e;
    }
  }
}
