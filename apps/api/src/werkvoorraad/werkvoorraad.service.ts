import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden, notFound, unprocessable } from '@app/common';
import {
  apply,
  signaleringMachine,
  taakMachine,
  vergelijkTaken,
  type SignaleringActie,
  type TaakActie,
  type TaakStatus,
  type TaakVoorUrgentie,
} from '@app/domain';
import { plaatsTaak } from '@app/matches';
import { publishEvents } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { anoniem } from '../auth/principal';
import { ensureTransition } from '../common/domain-problems';
import { AdresLookup } from '../gebieden/adres-lookup';
import type { ContactmomentDto, SignaleringActieDto, SignaleringDto, TaakQuery } from './werkvoorraad.dto';

interface TaakRow {
  id: string;
  gemeente_id: string;
  soort: string;
  prioriteit: 'spoed' | 'hoog' | 'normaal' | 'laag';
  status: TaakStatus;
  titel: string;
  instructie: string | null;
  wijk_code: string | null;
  deelnemer_id: string | null;
  hulpvraag_id: string | null;
  match_id: string | null;
  signalering_id: string | null;
  toegewezen_aan: string | null;
  vervalt_op: Date | null;
  uitgesteld_tot: Date | null;
  uitkomst: string | null;
  created_at: Date;
}

const taakView = (t: TaakRow) => ({
  id: t.id,
  soort: t.soort,
  prioriteit: t.prioriteit,
  status: t.status,
  titel: t.titel,
  instructie: t.instructie,
  wijk: t.wijk_code,
  deelnemerId: t.deelnemer_id,
  hulpvraagId: t.hulpvraag_id,
  matchId: t.match_id,
  signaleringId: t.signalering_id,
  toegewezenAan: t.toegewezen_aan,
  vervaltOp: t.vervalt_op?.toISOString() ?? null,
  uitgesteldTot: t.uitgesteld_tot?.toISOString() ?? null,
  uitkomst: t.uitkomst,
  aangemaaktOp: t.created_at.toISOString(),
});

const isStaff = (p: Principal) => p.rollen.includes('makelaar') || p.rollen.includes('beheerder');

@Injectable()
export class WerkvoorraadService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly adressen: AdresLookup,
  ) {}

  /** The makelaar's task list for their wijken, most urgent first (the domain's comparator). */
  async taken(p: Principal, q: TaakQuery, nu = new Date()) {
    const rows = (await this.ds.query(
      `SELECT * FROM taken WHERE gemeente_id = $1 AND ($2::text[] IS NULL OR wijk_code = ANY($2) OR wijk_code IS NULL)
          AND (($3::text IS NULL AND status <> 'afgerond') OR status = $3) AND ($4::text IS NULL OR soort = $4) AND ($5::uuid IS NULL OR toegewezen_aan = $5)
        LIMIT 2000`,
      [p.gemeenteId, p.rollen.includes('beheerder') ? null : p.wijkCodes, q.status ?? null, q.soort ?? null, q.mijn === 'true' ? p.accountId : null],
    )) as TaakRow[];
    const urgentie = (t: TaakRow): TaakVoorUrgentie => ({
      id: t.id,
      status: t.status,
      prioriteit: t.prioriteit,
      vervaldatum: t.vervalt_op ?? undefined,
      uitgesteldTot: t.uitgesteld_tot ?? undefined,
      aangemaakt: t.created_at,
    });
    const cmp = vergelijkTaken(nu);
    return rows.sort((a, b) => cmp(urgentie(a), urgentie(b))).map(taakView);
  }

  async taakActie(p: Principal, id: string, actie: TaakActie, payload?: Record<string, unknown>) {
    return this.ds.transaction(async (m) => {
      const [t] = (await m.query(`SELECT * FROM taken WHERE id = $1 AND gemeente_id = $2 FOR UPDATE`, [id, p.gemeenteId])) as TaakRow[];
      if (!t) throw notFound('Taak', id);
      if (!p.rollen.includes('beheerder') && t.wijk_code && !p.wijkCodes.includes(t.wijk_code)) throw forbidden('Deze taak valt buiten uw werkgebied');
      const to = ensureTransition(apply(taakMachine, t.status, actie as never, payload as never), 'De taak');
      const [rows] = await m.query(
        `UPDATE taken SET status = $2, toegewezen_aan = CASE WHEN $3 = 'oppakken' THEN $4 WHEN $3 = 'vrijgeven' THEN NULL ELSE toegewezen_aan END,
                uitgesteld_tot = CASE WHEN $3 = 'uitstellen' THEN $5::timestamptz ELSE uitgesteld_tot END, uitstel_reden = COALESCE($6, uitstel_reden),
                uitkomst = COALESCE($7, uitkomst), toelichting = COALESCE($8, toelichting), afgerond_op = CASE WHEN $2 = 'afgerond' THEN now() ELSE afgerond_op END
          WHERE id = $1 RETURNING *`,
        [
          id,
          to,
          actie,
          p.accountId,
          payload?.tot ?? null,
          actie === 'uitstellen' ? payload?.reden : null,
          payload?.uitkomst ?? null,
          payload?.toelichting ?? null,
        ],
      );
      await publishEvents(m, [{ type: 'taak.gewijzigd', aggregateId: id, payload: { status: to, wijk: t.wijk_code } }]);
      return taakView(rows[0] as TaakRow);
    });
  }

  async toewijzen(p: Principal, id: string, accountId: string) {
    const [acc] = await this.ds.query(`SELECT id FROM accounts WHERE id = $1 AND gemeente_id = $2 AND 'makelaar' = ANY(rollen) AND actief`, [
      accountId,
      p.gemeenteId,
    ]);
    if (!acc) throw unprocessable('accountId', 'geen actieve makelaar in deze gemeente', 'onbekende-makelaar');
    const [rows] = await this.ds.query(
      `UPDATE taken SET toegewezen_aan = $3, status = CASE WHEN status = 'open' THEN 'opgepakt' ELSE status END WHERE id = $1 AND gemeente_id = $2 AND status <> 'afgerond' RETURNING *`,
      [id, p.gemeenteId, accountId],
    );
    if (!rows.length) throw notFound('Open taak', id);
    return taakView(rows[0] as TaakRow);
  }

  /** A logged call, visit or message. The first contact about an open request stops its first-contact clock. */
  async contactmoment(p: Principal, dto: ContactmomentDto) {
    if (!dto.deelnemerId && !dto.hulpvraagId && !dto.matchId)
      throw unprocessable('deelnemerId', 'koppel het contact aan een deelnemer, hulpvraag of match', 'koppeling-vereist');
    return this.ds.transaction(async (m) => {
      let deelnemerId = dto.deelnemerId ?? null;
      let wijk: string | null = null;
      if (dto.hulpvraagId) {
        const [h] = await m.query(`SELECT deelnemer_id, wijk_code FROM hulpvragen WHERE id = $1 AND gemeente_id = $2`, [dto.hulpvraagId, p.gemeenteId]);
        if (!h) throw notFound('Hulpvraag', dto.hulpvraagId);
        deelnemerId ??= h.deelnemer_id;
        wijk = h.wijk_code;
        await m.query(`UPDATE hulpvragen SET eerste_contact_op = COALESCE(eerste_contact_op, now()), laatste_activiteit = now() WHERE id = $1`, [
          dto.hulpvraagId,
        ]);
        await m.query(
          `UPDATE taken SET status = 'afgerond', uitkomst = 'gelukt', afgerond_op = now() WHERE hulpvraag_id = $1 AND soort = 'eerste-contact' AND status <> 'afgerond'`,
          [dto.hulpvraagId],
        );
      }
      if (deelnemerId) {
        const [d] = await m.query(`SELECT wijk_code FROM deelnemers WHERE id = $1 AND gemeente_id = $2`, [deelnemerId, p.gemeenteId]);
        if (!d) throw notFound('Deelnemer', deelnemerId);
        wijk ??= d.wijk_code;
        await m.query(`UPDATE hulpvragen SET eerste_contact_op = now() WHERE deelnemer_id = $1 AND status = 'open' AND eerste_contact_op IS NULL`, [
          deelnemerId,
        ]);
      }
      if (wijk && !p.rollen.includes('beheerder') && !p.wijkCodes.includes(wijk)) throw forbidden('Buiten uw werkgebied');
      const [c] = await m.query(
        `INSERT INTO contactmomenten (gemeente_id, deelnemer_id, hulpvraag_id, match_id, kanaal, samenvatting, opvolging_nodig, door) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
         RETURNING id, kanaal, samenvatting, opvolging_nodig AS "opvolgingNodig", at`,
        [p.gemeenteId, deelnemerId, dto.hulpvraagId ?? null, dto.matchId ?? null, dto.kanaal, dto.samenvatting, dto.opvolgingNodig ?? false, p.accountId],
      );
      if (dto.opvolgingNodig) {
        await plaatsTaak(m, {
          gemeenteId: p.gemeenteId,
          soort: 'opvolging',
          titel: `Terugkomen op: ${dto.samenvatting.slice(0, 80)}`,
          wijkCode: wijk,
          deelnemerId,
          hulpvraagId: dto.hulpvraagId,
          matchId: dto.matchId,
          sleutel: `contactmoment:${c.id}`,
        });
      }
      await this.audit.record(p, 'aanmaken', 'contactmoment', c.id, deelnemerId, undefined, m);
      return c;
    });
  }

  async contactmomenten(p: Principal, deelnemerId: string) {
    const rows = await this.ds.query(
      `SELECT c.id, c.kanaal, c.samenvatting, c.opvolging_nodig AS "opvolgingNodig", c.at, c.hulpvraag_id AS "hulpvraagId", c.match_id AS "matchId"
         FROM contactmomenten c JOIN deelnemers d ON d.id = c.deelnemer_id
        WHERE c.deelnemer_id = $1 AND c.gemeente_id = $2 AND ($3::text[] IS NULL OR d.wijk_code = ANY($3)) ORDER BY c.at DESC`,
      [deelnemerId, p.gemeenteId, p.rollen.includes('beheerder') ? null : p.wijkCodes],
    );
    await this.audit.record(p, 'lezen', 'contactmomenten', deelnemerId, deelnemerId);
    return rows;
  }

  /**
   * "Ik maak me zorgen om iemand": from anyone, also anonymously. It becomes a task for the wijk's makelaar;
   * an urgent one jumps the queue (spoed). The reporter gets a reference, never details of what happens.
   */
  async signalering(p: Principal | undefined, gemeenteId: string, dto: SignaleringDto) {
    let wijk = dto.over.wijk ?? null;
    if (!wijk && dto.over.postcode) {
      const a = await this.adressen.zoek(gemeenteId, dto.over.postcode, dto.over.huisnummer ?? '1');
      if (!a) throw unprocessable('over.postcode', 'deze postcode ligt niet in deze gemeente', 'onbekende-postcode');
      wijk = a.wijk.code;
    }
    return this.ds.transaction(async (m) => {
      const [s] = await m.query(
        `INSERT INTO signaleringen (gemeente_id, wijk_code, over, zorg, urgent, melder, ingevoerd_door) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id, referentie`,
        [gemeenteId, wijk, JSON.stringify(dto.over), dto.zorg, dto.urgent, dto.melder ? JSON.stringify(dto.melder) : null, p?.accountId ?? null],
      );
      await plaatsTaak(m, {
        gemeenteId,
        soort: 'signalering',
        prioriteit: dto.urgent ? 'spoed' : 'hoog',
        titel: `${dto.urgent ? 'URGENT: ' : ''}Zorg gemeld (${s.referentie})`,
        instructie: 'Lees de melding, neem binnen een werkdag contact op en leg vast wat u doet. Bij acuut gevaar: 112 / Veilig Thuis.',
        wijkCode: wijk,
        signaleringId: s.id,
        vervaltOp: new Date(Date.now() + (dto.urgent ? 4 : 24) * 3600_000),
        sleutel: `signalering:${s.id}`,
      });
      await this.audit.record(p ?? anoniem(gemeenteId), 'aanmaken', 'signalering', s.id, null, { urgent: dto.urgent }, m);
      await publishEvents(m, [{ type: 'signalering.ontvangen', aggregateId: s.id, payload: { urgent: dto.urgent, wijk } }]);
      return { referentie: s.referentie, bericht: 'Dank u wel. De sociaal makelaar pakt uw melding op. U hoort van ons dat het is opgepakt.' };
    });
  }

  async signaleringen(p: Principal) {
    if (!isStaff(p)) throw forbidden();
    const rows = await this.ds.query(
      `SELECT id, referentie, wijk_code AS wijk, over, zorg, urgent, melder, status, partner, grondslag, created_at AS "ontvangenOp", gesloten_op AS "geslotenOp"
         FROM signaleringen WHERE gemeente_id = $1 AND ($2::text[] IS NULL OR wijk_code = ANY($2) OR wijk_code IS NULL) ORDER BY urgent DESC, created_at DESC LIMIT 500`,
      [p.gemeenteId, p.rollen.includes('beheerder') ? null : p.wijkCodes],
    );
    await this.audit.record(p, 'zoeken', 'signaleringen', null, null, { aantal: rows.length });
    return rows;
  }

  async signaleringActie(p: Principal, id: string, actie: SignaleringActie, dto: SignaleringActieDto) {
    if (!isStaff(p)) throw forbidden();
    return this.ds.transaction(async (m) => {
      const [s] = await m.query(`SELECT * FROM signaleringen WHERE id = $1 AND gemeente_id = $2 FOR UPDATE`, [id, p.gemeenteId]);
      if (!s) throw notFound('Signalering', id);
      const payload =
        actie === 'doorzetten'
          ? { partner: dto.partner, grondslag: dto.grondslag, urgent: s.urgent }
          : actie === 'sluiten'
            ? { toelichting: dto.toelichting }
            : undefined;
      const to = ensureTransition(apply(signaleringMachine, s.status, actie as never, payload as never), 'De signalering');
      await m.query(
        `UPDATE signaleringen SET status = $2, partner = COALESCE($3, partner), grondslag = COALESCE($4, grondslag), toelichting = COALESCE($5, toelichting),
                gesloten_op = CASE WHEN $2 = 'gesloten' THEN now() ELSE gesloten_op END WHERE id = $1`,
        [id, to, dto.partner ?? null, dto.grondslag ?? null, dto.toelichting ?? null],
      );
      if (to === 'gesloten') {
        await m.query(`UPDATE taken SET status = 'afgerond', uitkomst = 'gelukt', afgerond_op = now() WHERE signalering_id = $1 AND status <> 'afgerond'`, [
          id,
        ]);
        // the reporter hears it was picked up, without any details about the person
        await publishEvents(m, [{ type: 'signalering.gesloten', aggregateId: id }]);
      }
      await this.audit.record(p, 'wijzigen', 'signalering', id, null, { actie, partner: dto.partner, grondslag: dto.grondslag }, m);
      return { id, status: to };
    });
  }
}
