import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, Problem, unprocessable } from '@app/common';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { DeelnemersService } from '../deelnemers/deelnemers.service';
import { AanbodService } from '../marktplaats/aanbod.service';
import { leesInstellingen } from './instellingen';
import { weiger } from './regels';
import { WijkserviceToegang } from './toegang';
import { wijkserviceView } from './deelnemer.view';
import type { AfspraakDto, UitstroomDto, VerwijzingDto } from './wijkservice.dto';

/** Intake and referral of participants, their agreement, and their outflow. */
@Injectable()
export class VerwijzingService {
  constructor(
    private readonly ds: DataSource,
    private readonly deelnemers: DeelnemersService,
    private readonly aanbod: AanbodService,
    private readonly toegang: WijkserviceToegang,
    private readonly audit: AuditService,
  ) {}

  /**
   * A klantmanager or makelaar refers a participant who consented to matching: the intake is recorded and a
   * Wijkservice offer is made in the preferred (Wijkservice-open) categories, so the engine can suggest them.
   */
  async verwijs(p: Principal, dto: VerwijzingDto) {
    if (!!dto.deelnemerId === !!dto.persoon)
      throw unprocessable('deelnemerId', 'geef óf een bestaande deelnemer óf een nieuwe persoon', 'persoon-of-deelnemer');
    await this.toetsModus(p.gemeenteId, dto.afspraak);
    const verdringing = await this.toetsVoorkeurstaken(p.gemeenteId, dto.voorkeurstaken);
    if (verdringing) await weiger(this.audit, p, 'wijkservice-verwijzing', null, dto.deelnemerId ?? null, verdringing);
    const id = await this.ds.transaction(async (m) => {
      const deelnemerId = dto.persoon ? await this.nieuwePersoon(p, dto, m) : await this.bestaandePersoon(p, dto.deelnemerId!, m);
      const aanbod = await this.aanbod.maak(
        p,
        {
          deelnemerId,
          categorieen: dto.voorkeurstaken,
          vaardigheden: dto.vaardigheden,
          // neutral wording: the public prikbord must not reveal that this helper is in Wijkservice
          titel: `Hulp in de wijk: ${dto.voorkeurstaken.slice(0, 3).join(', ')}`.slice(0, 80),
          beschikbaarheid: dto.beschikbaarheid,
          maxAfstandMeter: dto.grenzen.maxReisafstandMeter,
          vervoer: dto.grenzen.vervoer,
          maxUrenPerWeek: dto.afspraak.urenPerWeek,
          kanaal: 'telefoon',
        },
        m,
      );
      // a person who is also a volunteer gets a separate Wijkservice offer: the rules follow the offer
      await m.query(`UPDATE aanbod SET soort = 'wijkservice' WHERE id = $1`, [aanbod.id]);
      await m.query(
        `INSERT INTO wijkservice_deelnemers (deelnemer_id, gemeente_id, aanbod_id, verwezen_door, modus, uren_per_week, einddatum, interesses, vaardigheden,
                                             voorkeurstaken, geen_fysiek_zwaar, gezondheid, max_reisafstand_m, vervoer, uitkering)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
        [
          deelnemerId,
          p.gemeenteId,
          aanbod.id,
          p.accountId,
          dto.afspraak.modus,
          dto.afspraak.urenPerWeek,
          dto.afspraak.einddatum ?? null,
          dto.interesses ?? [],
          dto.vaardigheden ?? [],
          dto.voorkeurstaken,
          dto.grenzen.geenFysiekZwaarWerk,
          dto.grenzen.gezondheid ?? null,
          dto.grenzen.maxReisafstandMeter,
          dto.grenzen.vervoer,
          dto.uitkering ?? null,
        ],
      );
      await this.audit.record(p, 'aanmaken', 'wijkservice-deelnemer', deelnemerId, deelnemerId, { modus: dto.afspraak.modus }, m);
      return deelnemerId;
    });
    return this.vind(p, id, false);
  }

  async vind(p: Principal, id: string, auditLezen = true) {
    const w = await this.toegang.laad(p, id);
    if (auditLezen) await this.audit.record(p, 'lezen', 'wijkservice-deelnemer', id, id);
    return wijkserviceView(w, p);
  }

  /** Staff: participants in scope (makelaar: own wijken; klantmanager: own referrals; beheerder: all). */
  async lijst(p: Principal) {
    const ids: { deelnemer_id: string }[] = await this.ds.query(
      `SELECT w.deelnemer_id FROM wijkservice_deelnemers w JOIN deelnemers d ON d.id = w.deelnemer_id
        WHERE w.gemeente_id = $1 AND d.gepseudonimiseerd_op IS NULL
          AND ($2::boolean OR ($3::text[] IS NOT NULL AND d.wijk_code = ANY($3)) OR w.verwezen_door = $4 OR d.aangemaakt_door = $4)
        ORDER BY w.created_at DESC LIMIT 200`,
      [p.gemeenteId, p.rollen.includes('beheerder'), p.rollen.includes('makelaar') ? p.wijkCodes : null, p.accountId],
    );
    const rows = await Promise.all(ids.map((r) => this.toegang.laad(p, r.deelnemer_id)));
    await this.audit.record(p, 'zoeken', 'wijkservice-deelnemer', null, null, { aantal: rows.length });
    return rows.map((w) => wijkserviceView(w, p));
  }

  async wijzigAfspraak(p: Principal, id: string, dto: Partial<AfspraakDto>) {
    await this.ds.transaction(async (m) => {
      const w = await this.toegang.laad(p, id, m, true);
      if (w.status !== 'actief') throw conflict('ongeldige-overgang', 'De deelnemer is gestopt met Wijkservice', { huidigeStatus: w.status });
      if (dto.modus) await this.toetsModus(p.gemeenteId, { modus: dto.modus });
      await m.query(
        `UPDATE wijkservice_deelnemers SET modus = COALESCE($2, modus), uren_per_week = COALESCE($3, uren_per_week), einddatum = COALESCE($4, einddatum),
                updated_at = now() WHERE deelnemer_id = $1`,
        [id, dto.modus ?? null, dto.urenPerWeek ?? null, dto.einddatum ?? null],
      );
      await this.audit.record(p, 'wijzigen', 'wijkservice-afspraak', id, id, { velden: Object.keys(dto) }, m);
    });
    return this.vind(p, id, false);
  }

  /** Stopping: the reason is kept for monitoring; the Wijkservice offer ends so nothing new is assigned. */
  async uitstroom(p: Principal, id: string, dto: UitstroomDto) {
    await this.ds.transaction(async (m) => {
      const w = await this.toegang.laad(p, id, m, true);
      if (w.status !== 'actief') throw conflict('ongeldige-overgang', 'De uitstroom is al vastgelegd', { huidigeStatus: w.status });
      await m.query(
        `UPDATE wijkservice_deelnemers SET status = 'gestopt', uitstroom_datum = current_date, uitstroom_reden = $2, uitstroom_toelichting = $3, updated_at = now()
          WHERE deelnemer_id = $1`,
        [id, dto.reden, dto.toelichting ?? null],
      );
      if (w.aanbod_id) await m.query(`UPDATE aanbod SET status = 'beeindigd', updated_at = now() WHERE id = $1 AND status <> 'beeindigd'`, [w.aanbod_id]);
      await this.audit.record(p, 'wijzigen', 'wijkservice-uitstroom', id, id, { reden: dto.reden }, m);
    });
    return this.vind(p, id, false);
  }

  private async nieuwePersoon(p: Principal, dto: VerwijzingDto, m: EntityManager): Promise<string> {
    const persoon = dto.persoon!;
    if (!persoon.toestemmingen?.some((t) => t.doel === 'matching'))
      throw unprocessable('persoon.toestemmingen', 'verwijzen kan alleen met toestemming van de deelnemer voor matching', 'toestemming-vereist');
    const rollen = [...new Set([...persoon.rollen, 'wijkservice' as const])];
    return (await this.deelnemers.maak(p, { ...persoon, rollen }, m)).id;
  }

  private async bestaandePersoon(p: Principal, id: string, m: EntityManager): Promise<string> {
    await this.deelnemers.laad(p, id, m, true);
    const [ok] = await m.query(`SELECT 1 FROM toestemmingen WHERE deelnemer_id = $1 AND doel = 'matching' AND ingetrokken_op IS NULL`, [id]);
    if (!ok) throw unprocessable('deelnemerId', 'deze deelnemer heeft geen (actieve) toestemming voor matching gegeven', 'toestemming-vereist');
    const [bestaat] = await m.query(`SELECT 1 FROM wijkservice_deelnemers WHERE deelnemer_id = $1`, [id]);
    if (bestaat) throw conflict('bestaat-al', 'Deze deelnemer doet al mee aan Wijkservice');
    await m.query(`UPDATE deelnemers SET rollen = array_append(rollen, 'wijkservice'), updated_at = now() WHERE id = $1 AND NOT 'wijkservice' = ANY(rollen)`, [
      id,
    ]);
    return id;
  }

  private async toetsModus(gemeenteId: string, a: Pick<AfspraakDto, 'modus'>): Promise<void> {
    const g = await leesInstellingen(this.ds.manager, gemeenteId);
    if (a.modus === 'tegenprestatie' && g.modus === 'vrijwillig')
      throw unprocessable(
        'afspraak.modus',
        'deze gemeente werkt met Wijkservice op vrijwillige basis; een tegenprestatie is niet ingesteld',
        'modus-niet-toegestaan',
      );
  }

  /** Preferred tasks must be open to Wijkservice; paid work never (409 naming the rule, returned to be audited). */
  private async toetsVoorkeurstaken(gemeenteId: string, codes: string[]): Promise<Problem | undefined> {
    const cats: { code: string; naam: string; wijkservice_open: boolean; betaald_werk: boolean }[] = await this.ds.query(
      `SELECT code, naam, wijkservice_open, betaald_werk FROM categorieen WHERE gemeente_id = $1 AND code = ANY($2)`,
      [gemeenteId, codes],
    );
    const onbekend = codes.filter((c) => !cats.some((x) => x.code === c));
    if (onbekend.length) throw unprocessable('voorkeurstaken', `onbekende categorie(ën): ${onbekend.join(', ')}`, 'onbekende-categorie');
    const betaald = cats.filter((c) => c.betaald_werk);
    if (betaald.length)
      return conflict('regel-overtreden', `${betaald.map((c) => c.naam).join(', ')}: normaal betaald werk, gaat niet via Wijkservice`, {
        regels: ['WIJKSERVICE_VERDRINGING'],
      });
    const dicht = cats.filter((c) => !c.wijkservice_open);
    if (dicht.length)
      return conflict('regel-overtreden', `${dicht.map((c) => c.naam).join(', ')}: staat niet open voor Wijkservice`, {
        regels: ['WIJKSERVICE_CATEGORIE_NIET_OPEN'],
      });
    return undefined;
  }
}
