import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, forbidden, notFound, Problem, unprocessable } from '@app/common';
import { valideerUren } from '@app/domain';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { ensureOk } from '../common/domain-problems';
import { afspraakVanDeelnemer, toetsAfspraak, type Afspraak } from './afspraak';
import { besluit, legOverrideVast, weiger, type Bezwaren } from './regels';
import { legVergoedingVast } from './vergoeding';
import type { AanmeldingDto, AanwezigheidDto, GroepstaakDto } from './groepstaak.dto';

interface GroepstaakRij {
  id: string;
  gemeente_id: string;
  wijk_code: string;
  titel: string;
  omschrijving: string;
  plaats: string;
  datum: Date;
  duur_minuten: number;
  plekken: number;
  coordinator_id: string;
  status: string;
  bezet: number;
}

const isStaf = (p: Principal) => p.rollen.includes('makelaar') || p.rollen.includes('beheerder');
const magWijk = (p: Principal, wijk: string) => p.rollen.includes('beheerder') || p.wijkCodes.includes(wijk);

/** Group tasks (a wijk onderhoudsploeg): a date, a place, N spots and a coordinator; sign-up and attendance. */
@Injectable()
export class GroepstakenService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async maak(p: Principal, dto: GroepstaakDto) {
    if (!magWijk(p, dto.wijk)) throw forbidden('Deze wijk valt buiten uw werkgebied');
    const ws = besluit(
      true,
      { hulpvraagId: '', aanbodId: '', via: 'makelaar', cascade: false, overrideReden: dto.overrideReden },
      await this.bezwaren(p.gemeenteId, dto),
    );
    if (ws.weigering) await weiger(this.audit, p, 'wijkservice-groepstaak', null, null, ws.weigering);
    const id = await this.ds.transaction(async (m) => {
      const [wijk] = await m.query(`SELECT 1 FROM wijken WHERE code = $1 AND gemeente_id = $2`, [dto.wijk, p.gemeenteId]);
      if (!wijk) throw unprocessable('wijk', 'onbekende wijk in deze gemeente', 'onbekende-wijk');
      const [g] = await m.query(
        `INSERT INTO wijkservice_groepstaken (gemeente_id, wijk_code, categorie, titel, omschrijving, plaats, datum, duur_minuten, plekken, coordinator_id, betaald_werk, aangemaakt_door)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) RETURNING id`,
        [
          p.gemeenteId,
          dto.wijk,
          dto.categorie ?? null,
          dto.titel.trim(),
          dto.omschrijving?.trim() ?? '',
          dto.plaats.trim(),
          dto.datum,
          dto.duurMinuten,
          dto.plekken,
          dto.coordinatorId ?? p.accountId,
          dto.betaaldWerk ?? false,
          p.accountId,
        ],
      );
      if (ws.override) await legOverrideVast(m, this.audit, p, { groepstaakId: g.id, deelnemerId: null }, ws.override, dto.overrideReden!);
      await this.audit.record(p, 'aanmaken', 'wijkservice-groepstaak', g.id, null, undefined, m);
      return g.id as string;
    });
    return this.vind(p, id);
  }

  /** Upcoming tasks: staff in their wijken, participants in their gemeente. Never who else signed up. */
  async lijst(p: Principal, wijk?: string) {
    const rows = (await this.ds.query(
      `${this.select()} WHERE g.gemeente_id = $1 AND g.status = 'gepland' AND g.datum > now() - interval '1 day'
          AND ($2::text IS NULL OR g.wijk_code = $2) AND ($3::text[] IS NULL OR g.wijk_code = ANY($3))
        ORDER BY g.datum LIMIT 200`,
      [p.gemeenteId, wijk ?? null, isStaf(p) && !p.rollen.includes('beheerder') ? p.wijkCodes : null],
    )) as GroepstaakRij[];
    return rows.map((g) => this.view(g));
  }

  async vind(p: Principal, id: string) {
    const g = await this.laad(this.ds.manager, p, id);
    const view = this.view(g);
    if (!this.magCoordineren(p, g)) return view;
    const aanmeldingen = await this.ds.query(
      `SELECT am.deelnemer_id AS "deelnemerId", d.voornaam, am.aanwezig, am.uren FROM wijkservice_aanmeldingen am JOIN deelnemers d ON d.id = am.deelnemer_id
        WHERE am.groepstaak_id = $1 ORDER BY am.aangemeld_op`,
      [id],
    );
    await this.audit.record(p, 'lezen', 'wijkservice-groepstaak', id, null);
    return { ...view, aanmeldingen: aanmeldingen.map((a: { uren: string | null }) => ({ ...a, uren: a.uren === null ? null : Number(a.uren) })) };
  }

  /** The participant signs up (or the makelaar for them): a free spot, a running agreement and hours left that week. */
  async meldAan(p: Principal, id: string, dto: AanmeldingDto) {
    const deelnemerId = dto.deelnemerId ?? p.deelnemerId;
    if (!deelnemerId) throw unprocessable('deelnemerId', 'namens wie meldt u aan?', 'deelnemer-vereist');
    if (deelnemerId !== p.deelnemerId && !isStaf(p)) throw forbidden('U kunt alleen uzelf aanmelden');
    await this.ds.transaction(async (m) => {
      const g = await this.laad(m, p, id, true);
      if (deelnemerId !== p.deelnemerId && !magWijk(p, g.wijk_code)) throw forbidden('Deze groepstaak valt buiten uw werkgebied');
      if (g.status !== 'gepland') throw conflict('ongeldige-overgang', `De groepstaak is ${g.status}`, { huidigeStatus: g.status });
      const afspraak = await afspraakVanDeelnemer(m, deelnemerId);
      if (!afspraak || afspraak.gemeente_id !== p.gemeenteId)
        throw unprocessable('deelnemerId', 'deze deelnemer doet niet mee aan Wijkservice', 'geen-wijkservice');
      const [al] = await m.query(`SELECT 1 FROM wijkservice_aanmeldingen WHERE groepstaak_id = $1 AND deelnemer_id = $2`, [id, deelnemerId]);
      if (al) throw conflict('bestaat-al', 'Deze deelnemer is al aangemeld');
      if (g.bezet >= g.plekken) throw conflict('vol', `Alle ${g.plekken} plekken zijn bezet`);
      await this.binnenAfspraak(m, p, afspraak, g, g.duur_minuten / 60);
      await m.query(`INSERT INTO wijkservice_aanmeldingen (groepstaak_id, deelnemer_id, aangemeld_door) VALUES ($1,$2,$3)`, [id, deelnemerId, p.accountId]);
      await this.audit.record(p, 'aanmaken', 'wijkservice-aanmelding', id, deelnemerId, undefined, m);
    });
    return this.vind(p, id);
  }

  /** The coordinator (or makelaar) records who came and for how long; confirmed hours count for the statement. */
  async aanwezigheid(p: Principal, id: string, dto: AanwezigheidDto) {
    const uren = dto.deelnemers.map((d, i) => (d.uren === undefined ? undefined : ensureOk(valideerUren(d.uren), `deelnemers.${i}`)));
    await this.ds.transaction(async (m) => {
      const g = await this.laad(m, p, id, true);
      if (!this.magCoordineren(p, g)) throw forbidden('Alleen de coördinator of de sociaal makelaar legt de aanwezigheid vast');
      if (g.status === 'geannuleerd') throw conflict('ongeldige-overgang', 'De groepstaak is geannuleerd', { huidigeStatus: g.status });
      for (const [i, d] of dto.deelnemers.entries()) {
        const [am] = await m.query(`SELECT 1 FROM wijkservice_aanmeldingen WHERE groepstaak_id = $1 AND deelnemer_id = $2 FOR UPDATE`, [id, d.deelnemerId]);
        if (!am) throw unprocessable(`deelnemers.${i}.deelnemerId`, 'deze deelnemer is niet aangemeld', 'niet-aangemeld');
        const u = d.aanwezig ? (uren[i] ?? g.duur_minuten / 60) : null;
        const afspraak = d.aanwezig ? await afspraakVanDeelnemer(m, d.deelnemerId) : undefined;
        if (afspraak && u !== null) await this.binnenAfspraak(m, p, afspraak, g, u);
        await m.query(
          `UPDATE wijkservice_aanmeldingen SET aanwezig = $3, uren = $4, vastgelegd_door = $5, vastgelegd_op = now() WHERE groepstaak_id = $1 AND deelnemer_id = $2`,
          [id, d.deelnemerId, d.aanwezig, u, p.accountId],
        );
        if (d.aanwezig) await legVergoedingVast(m, { gemeenteId: g.gemeente_id, deelnemerId: d.deelnemerId, bron: 'groepstaak', bronId: id, datum: g.datum });
      }
      await m.query(`UPDATE wijkservice_groepstaken SET status = 'afgerond' WHERE id = $1`, [id]);
      await this.audit.record(p, 'wijzigen', 'wijkservice-aanwezigheid', id, null, { aantal: dto.deelnemers.length }, m);
    });
    return this.vind(p, id);
  }

  private async binnenAfspraak(m: EntityManager, p: Principal, afspraak: Afspraak, g: GroepstaakRij, uren: number) {
    try {
      await toetsAfspraak(m, afspraak, new Date(g.datum), uren, { groepstaakId: g.id });
    } catch (e) {
      if (e instanceof Problem) await weiger(this.audit, p, 'wijkservice-groepstaak', g.id, afspraak.deelnemer_id, e);
      throw e;
    }
  }

  /** A group task marked as paid work, or in a paid-work or closed category, cannot go to Wijkservice. */
  private async bezwaren(gemeenteId: string, dto: GroepstaakDto): Promise<Bezwaren> {
    const regels: Bezwaren['regels'] = [];
    const [c] = dto.categorie
      ? await this.ds.query(`SELECT naam, wijkservice_open, betaald_werk FROM categorieen WHERE gemeente_id = $1 AND code = $2`, [gemeenteId, dto.categorie])
      : [undefined];
    if (dto.categorie && !c) throw unprocessable('categorie', 'onbekende categorie', 'onbekende-categorie');
    if (dto.betaaldWerk || c?.betaald_werk)
      regels.push({ code: 'WIJKSERVICE_VERDRINGING', zin: `${c?.betaald_werk ? c.naam : 'deze taak'} is normaal betaald werk en gaat niet via Wijkservice` });
    else if (c && !c.wijkservice_open) regels.push({ code: 'WIJKSERVICE_CATEGORIE_NIET_OPEN', zin: `${c.naam} staat niet open voor Wijkservice` });
    return { wijkservice: true, regels, bovenAfspraak: false };
  }

  private magCoordineren(p: Principal, g: GroepstaakRij): boolean {
    return g.coordinator_id === p.accountId || (isStaf(p) && magWijk(p, g.wijk_code));
  }

  private select(): string {
    return `SELECT g.*, (SELECT count(*)::int FROM wijkservice_aanmeldingen am WHERE am.groepstaak_id = g.id) AS bezet FROM wijkservice_groepstaken g`;
  }

  private async laad(m: EntityManager, p: Principal, id: string, lock = false): Promise<GroepstaakRij> {
    const [g] = (await m.query(`${this.select()} WHERE g.id = $1 AND g.gemeente_id = $2 ${lock ? 'FOR UPDATE OF g' : ''}`, [
      id,
      p.gemeenteId,
    ])) as GroepstaakRij[];
    if (!g) throw notFound('Groepstaak', id);
    return g;
  }

  private view(g: GroepstaakRij) {
    return {
      id: g.id,
      wijk: g.wijk_code,
      titel: g.titel,
      omschrijving: g.omschrijving,
      plaats: g.plaats,
      datum: new Date(g.datum).toISOString(),
      duurMinuten: g.duur_minuten,
      plekken: g.plekken,
      vrij: Math.max(0, g.plekken - g.bezet),
      status: g.status,
    };
  }
}
