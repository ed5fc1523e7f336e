import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound, unprocessable } from '@app/common';
import { apply, hulpvraagMachine, type HulpvraagActie } from '@app/domain';
import { publishEvents } from '@app/persistence';
import type { HulpvraagRow } from '@app/matches';
import type { Actor, Principal } from '../auth/principal';
import { ensureTransition } from '../common/domain-problems';
import { DeelnemersService } from '../deelnemers/deelnemers.service';
import { GebiedenService } from '../gebieden/gebieden.service';
import type { HulpvraagDto, HulpvraagWijzigingDto, LijstQuery } from './marktplaats.dto';
import { valideerVenster, wanneerTekst } from './venster';
import { laadEigen, lijstEigen } from './eigendom';
import { logWijziging } from './wijzigingen';

export type { HulpvraagRow };

export function hulpvraagView(h: HulpvraagRow) {
  return {
    id: h.id,
    referentie: h.referentie,
    deelnemerId: h.deelnemer_id,
    kanaal: h.kanaal,
    namens: h.namens,
    categorie: h.categorie,
    titel: h.titel,
    omschrijving: h.omschrijving,
    wijk: h.wijk_code,
    venster: { soort: h.venster_soort, start: h.venster_start.toISOString(), eind: h.venster_eind?.toISOString() ?? null, rrule: h.rrule },
    wanneer: wanneerTekst({ soort: h.venster_soort, start: h.venster_start, eind: h.venster_eind, rrule: h.rrule }),
    duurMinuten: h.duur_minuten,
    urgentie: h.urgentie,
    eisen: h.eisen,
    status: h.status,
    statusReden: h.status_reden,
    toegestaneActies: hulpvraagMachine.actions.filter((a) => hulpvraagMachine.transitions[a].from.includes(h.status)),
    eersteContactOp: h.eerste_contact_op?.toISOString() ?? null,
    aangemaaktOp: h.created_at.toISOString(),
  };
}

@Injectable()
export class HulpvragenService {
  constructor(
    private readonly ds: DataSource,
    private readonly deelnemers: DeelnemersService,
    private readonly gebieden: GebiedenService,
  ) {}

  /** Posts a request for the caller, or for someone they may act for (makelaar, gemachtigde). Location comes from the person. */
  async maak(p: Actor, dto: HulpvraagDto, m?: EntityManager, nu = new Date()) {
    const venster = valideerVenster(dto.venster, nu);
    await this.assertCategorie(p.gemeenteId, dto.categorie, m);
    const run = async (tx: EntityManager) => {
      const deelnemerId = dto.deelnemerId ?? p.deelnemerId;
      if (!deelnemerId) throw unprocessable('deelnemerId', 'voor wie is deze hulpvraag? Uw account is niet aan een deelnemer gekoppeld', 'deelnemer-vereist');
      const d = p.accountId
        ? await this.deelnemers.laad(p as Principal, deelnemerId, tx)
        : (await tx.query(`SELECT * FROM deelnemers WHERE id = $1`, [deelnemerId]))[0];
      if (!d) throw notFound('Deelnemer', deelnemerId);
      if (!d.wijk_code || d.lat === null)
        throw unprocessable('deelnemerId', 'van deze deelnemer is de wijk niet bekend; vul eerst postcode en huisnummer in', 'adres-onbekend');
      const kanaal = dto.kanaal ?? (dto.namens ? 'namens-iemand' : p.rollen.includes('makelaar') ? 'telefoon' : 'web');
      const [h] = (await tx.query(
        `INSERT INTO hulpvragen (gemeente_id, deelnemer_id, ingevoerd_door, kanaal, namens, categorie, titel, omschrijving, wijk_code, lat, lon,
                                 venster_soort, venster_start, venster_eind, rrule, duur_minuten, urgentie, eisen, status)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19) RETURNING *`,
        [
          p.gemeenteId,
          deelnemerId,
          p.accountId,
          kanaal,
          dto.namens ? JSON.stringify(dto.namens) : null,
          dto.categorie,
          dto.titel.trim(),
          dto.omschrijving?.trim() ?? '',
          d.wijk_code,
          d.lat,
          d.lon,
          venster.soort,
          venster.start,
          venster.eind,
          venster.rrule,
          dto.duurMinuten,
          dto.urgentie ?? 'normaal',
          JSON.stringify(dto.eisen ?? {}),
          dto.concept ? 'concept' : 'open',
        ],
      )) as HulpvraagRow[];
      await logWijziging(tx, p, 'hulpvraag', h.id, kanaal, 'aanmaken');
      if (h.status === 'open')
        await publishEvents(tx, [{ type: 'hulpvraag.geopend', aggregateId: h.id, payload: { gemeenteId: p.gemeenteId, wijk: h.wijk_code } }]);
      return hulpvraagView(h);
    };
    return m ? run(m) : this.ds.transaction(run);
  }

  async vind(p: Principal, id: string) {
    return hulpvraagView(await this.laad(p, id));
  }

  /** Mine (and of the people I act for); staff see their wijken; filters by person, wijk and state. */
  async lijst(p: Principal, q: LijstQuery) {
    return (await lijstEigen<HulpvraagRow>(this.ds.manager, p, 'hulpvragen', q)).map(hulpvraagView);
  }

  async wijzig(p: Principal, id: string, dto: HulpvraagWijzigingDto, nu = new Date()) {
    return this.ds.transaction(async (m) => {
      const h = await this.laad(p, id, m, true);
      if (h.status !== 'concept' && h.status !== 'open') {
        throw ensureTransition({ ok: false, kind: 'invalid-transition', current: h.status, action: 'wijzigen', allowed: [] }, 'De hulpvraag');
      }
      const venster = dto.venster ? valideerVenster(dto.venster, nu) : undefined;
      if (dto.categorie) await this.assertCategorie(p.gemeenteId, dto.categorie, m);
      const [rows] = await m.query(
        `UPDATE hulpvragen SET categorie = COALESCE($2, categorie), titel = COALESCE($3, titel), omschrijving = COALESCE($4, omschrijving),
                venster_soort = COALESCE($5, venster_soort), venster_start = COALESCE($6, venster_start),
                venster_eind = CASE WHEN $5::text IS NULL THEN venster_eind ELSE $7 END, rrule = CASE WHEN $5::text IS NULL THEN rrule ELSE $8 END,
                duur_minuten = COALESCE($9, duur_minuten), urgentie = COALESCE($10, urgentie), eisen = COALESCE($11, eisen),
                laatste_activiteit = now(), updated_at = now()
          WHERE id = $1 RETURNING *`,
        [
          id,
          dto.categorie ?? null,
          dto.titel?.trim() ?? null,
          dto.omschrijving?.trim() ?? null,
          venster?.soort ?? null,
          venster?.start ?? null,
          venster?.eind ?? null,
          venster?.rrule ?? null,
          dto.duurMinuten ?? null,
          dto.urgentie ?? null,
          dto.eisen ? JSON.stringify(dto.eisen) : null,
        ],
      );
      await logWijziging(m, p, 'hulpvraag', id, dto.kanaal ?? 'web', 'wijzigen', { velden: Object.keys(dto) });
      return hulpvraagView(rows[0] as HulpvraagRow);
    });
  }

  /** A state transition by the poster or a makelaar, checked by the pure state machine. */
  async overgang(p: Principal, id: string, actie: HulpvraagActie, payload?: { reden: string; toelichting?: string }) {
    return this.ds.transaction(async (m) => {
      const h = await this.laad(p, id, m, true);
      const to = ensureTransition(apply(hulpvraagMachine, h.status, actie as never, payload as never), 'De hulpvraag');
      const [rows] = await m.query(
        `UPDATE hulpvragen SET status = $2, status_reden = COALESCE($3, status_reden), status_toelichting = COALESCE($4, status_toelichting),
                laatste_activiteit = now(), updated_at = now() WHERE id = $1 RETURNING *`,
        [id, to, payload?.reden ?? null, payload?.toelichting ?? null],
      );
      await logWijziging(m, p, 'hulpvraag', id, p.rollen.includes('makelaar') ? 'telefoon' : 'web', actie, payload);
      await publishEvents(m, [{ type: `hulpvraag.${to}`, aggregateId: id, payload: { van: h.status, actie } }]);
      return hulpvraagView(rows[0] as HulpvraagRow);
    });
  }

  async geschiedenis(p: Principal, id: string) {
    await this.laad(p, id);
    return this.ds.query(`SELECT at, actie, kanaal, account_id AS "accountId", details FROM wijzigingen WHERE object_id = $1 ORDER BY at, id`, [id]);
  }

  /** The caller may see and change it: the person, their gemachtigde, who entered it, or staff of that wijk. */
  laad(p: Principal, id: string, m: EntityManager = this.ds.manager, lock = false): Promise<HulpvraagRow> {
    return laadEigen<HulpvraagRow>(m, this.deelnemers, p, 'hulpvragen', id, lock);
  }

  private async assertCategorie(gemeenteId: string, code: string, m?: EntityManager): Promise<void> {
    const cats = await this.gebieden.categorieen(gemeenteId, false, m);
    if (!cats.some((c) => c.code === code))
      throw unprocessable('categorie', `onbekende categorie; kies uit ${cats.map((c) => c.code).join(', ')}`, 'onbekende-categorie');
  }
}
