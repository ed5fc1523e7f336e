import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, unprocessable } from '@app/common';
import { publishEvents } from '@app/persistence';
import type { Actor, Principal } from '../auth/principal';
import { DeelnemersService } from '../deelnemers/deelnemers.service';
import { GebiedenService } from '../gebieden/gebieden.service';
import type { AanbodDto, AanbodWijzigingDto, LijstQuery } from './marktplaats.dto';
import { beschikbaarheidTekst } from './venster';
import { laadEigen, lijstEigen } from './eigendom';
import { logWijziging } from './wijzigingen';

export interface AanbodRow {
  id: string;
  gemeente_id: string;
  referentie: string;
  deelnemer_id: string;
  ingevoerd_door: string | null;
  kanaal: string;
  soort: 'vrijwilliger' | 'wijkservice';
  categorieen: string[];
  vaardigheden: string[];
  titel: string;
  omschrijving: string;
  beschikbaarheid: { dag: number; van: string; tot: string }[];
  uitzonderingen: { van: string; tot: string }[];
  max_afstand_m: number;
  vervoer: string;
  max_actieve_matches: number;
  max_uren_week: string;
  talen: string[];
  voorkeur: string;
  status: 'actief' | 'gepauzeerd' | 'beeindigd';
  wijk_code: string;
  lat: number;
  lon: number;
  created_at: Date;
}

export function aanbodView(a: AanbodRow, metSoort = false) {
  return {
    id: a.id,
    referentie: a.referentie,
    deelnemerId: a.deelnemer_id,
    // whether a helper is a Wijkservice participant (on benefits) is for staff and the person only
    ...(metSoort ? { soort: a.soort } : {}),
    categorieen: a.categorieen,
    vaardigheden: a.vaardigheden,
    titel: a.titel,
    omschrijving: a.omschrijving,
    beschikbaarheid: a.beschikbaarheid,
    wanneer: beschikbaarheidTekst(a.beschikbaarheid),
    uitzonderingen: a.uitzonderingen,
    maxAfstandMeter: a.max_afstand_m,
    vervoer: a.vervoer,
    maxActieveMatches: a.max_actieve_matches,
    maxUrenPerWeek: Number(a.max_uren_week),
    talen: a.talen,
    voorkeur: a.voorkeur,
    status: a.status,
    wijk: a.wijk_code,
    aangemaaktOp: a.created_at.toISOString(),
  };
}

const OVERGANGEN: Record<string, { from: AanbodRow['status'][]; to: AanbodRow['status'] }> = {
  pauzeren: { from: ['actief'], to: 'gepauzeerd' },
  activeren: { from: ['gepauzeerd'], to: 'actief' },
  beeindigen: { from: ['actief', 'gepauzeerd'], to: 'beeindigd' },
};

@Injectable()
export class AanbodService {
  constructor(
    private readonly ds: DataSource,
    private readonly deelnemers: DeelnemersService,
    private readonly gebieden: GebiedenService,
  ) {}

  async maak(p: Actor, dto: AanbodDto, m?: EntityManager) {
    await this.assertCategorieen(p.gemeenteId, dto.categorieen, m);
    this.assertSlots(dto);
    const run = async (tx: EntityManager) => {
      const deelnemerId = dto.deelnemerId ?? p.deelnemerId;
      if (!deelnemerId) throw unprocessable('deelnemerId', 'van wie is dit aanbod? Uw account is niet aan een deelnemer gekoppeld', 'deelnemer-vereist');
      const d = p.accountId
        ? await this.deelnemers.laad(p as Principal, deelnemerId, tx)
        : (await tx.query(`SELECT * FROM deelnemers WHERE id = $1`, [deelnemerId]))[0];
      if (!d?.wijk_code) throw unprocessable('deelnemerId', 'van deze deelnemer is de wijk niet bekend', 'adres-onbekend');
      const soort = d.rollen.includes('wijkservice') && !d.rollen.includes('vrijwilliger') ? 'wijkservice' : 'vrijwilliger';
      const kanaal = dto.kanaal ?? (p.rollen.includes('makelaar') ? 'telefoon' : 'web');
      const [a] = (await tx.query(
        `INSERT INTO aanbod (gemeente_id, deelnemer_id, ingevoerd_door, kanaal, soort, categorieen, vaardigheden, titel, omschrijving, beschikbaarheid,
                             uitzonderingen, max_afstand_m, vervoer, max_actieve_matches, max_uren_week, talen, voorkeur, wijk_code, lat, lon)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20) RETURNING *`,
        [
          p.gemeenteId,
          deelnemerId,
          p.accountId,
          kanaal,
          soort,
          [...new Set(dto.categorieen)],
          [...new Set(dto.vaardigheden ?? [])],
          dto.titel.trim(),
          dto.omschrijving?.trim() ?? '',
          JSON.stringify(dto.beschikbaarheid),
          JSON.stringify(dto.uitzonderingen ?? []),
          dto.maxAfstandMeter,
          dto.vervoer,
          dto.maxActieveMatches ?? 2,
          dto.maxUrenPerWeek ?? 4,
          dto.talen ?? d.talen ?? ['nl'],
          dto.voorkeur ?? 'beide',
          d.wijk_code,
          d.lat,
          d.lon,
        ],
      )) as AanbodRow[];
      await logWijziging(tx, p, 'aanbod', a.id, kanaal, 'aanmaken');
      // new supply: open requests nearby are re-scored (matching issue)
      await publishEvents(tx, [{ type: 'aanbod.actief', aggregateId: a.id, payload: { gemeenteId: p.gemeenteId, wijk: a.wijk_code } }]);
      return aanbodView(a, true);
    };
    return m ? run(m) : this.ds.transaction(run);
  }

  async vind(p: Principal, id: string) {
    return aanbodView(await this.laad(p, id), true);
  }

  async lijst(p: Principal, q: LijstQuery) {
    return (await lijstEigen<AanbodRow>(this.ds.manager, p, 'aanbod', q)).map((a) => aanbodView(a, true));
  }

  async wijzig(p: Principal, id: string, dto: AanbodWijzigingDto) {
    if (dto.categorieen) await this.assertCategorieen(p.gemeenteId, dto.categorieen);
    this.assertSlots(dto);
    return this.ds.transaction(async (m) => {
      const a = await this.laad(p, id, m, true);
      if (a.status === 'beeindigd') throw conflict('ongeldige-overgang', 'Dit aanbod is beëindigd', { huidigeStatus: a.status, toegestaan: [] });
      const [rows] = await m.query(
        `UPDATE aanbod SET categorieen = COALESCE($2, categorieen), vaardigheden = COALESCE($3, vaardigheden), titel = COALESCE($4, titel),
                omschrijving = COALESCE($5, omschrijving), beschikbaarheid = COALESCE($6, beschikbaarheid), uitzonderingen = COALESCE($7, uitzonderingen),
                max_afstand_m = COALESCE($8, max_afstand_m), vervoer = COALESCE($9, vervoer), max_actieve_matches = COALESCE($10, max_actieve_matches),
                max_uren_week = COALESCE($11, max_uren_week), talen = COALESCE($12, talen), voorkeur = COALESCE($13, voorkeur), updated_at = now()
          WHERE id = $1 RETURNING *`,
        [
          id,
          dto.categorieen ?? null,
          dto.vaardigheden ?? null,
          dto.titel?.trim() ?? null,
          dto.omschrijving?.trim() ?? null,
          dto.beschikbaarheid ? JSON.stringify(dto.beschikbaarheid) : null,
          dto.uitzonderingen ? JSON.stringify(dto.uitzonderingen) : null,
          dto.maxAfstandMeter ?? null,
          dto.vervoer ?? null,
          dto.maxActieveMatches ?? null,
          dto.maxUrenPerWeek ?? null,
          dto.talen ?? null,
          dto.voorkeur ?? null,
        ],
      );
      await logWijziging(m, p, 'aanbod', id, 'web', 'wijzigen', { velden: Object.keys(dto) });
      if (dto.beschikbaarheid || dto.categorieen || dto.maxAfstandMeter) {
        await publishEvents(m, [{ type: 'aanbod.gewijzigd', aggregateId: id, payload: { gemeenteId: p.gemeenteId, wijk: a.wijk_code } }]);
      }
      return aanbodView(rows[0] as AanbodRow, true);
    });
  }

  async overgang(p: Principal, id: string, actie: keyof typeof OVERGANGEN) {
    return this.ds.transaction(async (m) => {
      const a = await this.laad(p, id, m, true);
      const t = OVERGANGEN[actie];
      if (!t.from.includes(a.status)) {
        const toegestaan = Object.entries(OVERGANGEN)
          .filter(([, o]) => o.from.includes(a.status))
          .map(([k]) => k);
        throw conflict('ongeldige-overgang', `Het aanbod is ${a.status}; "${actie}" kan nu niet`, { huidigeStatus: a.status, toegestaan });
      }
      const [rows] = await m.query(`UPDATE aanbod SET status = $2, updated_at = now() WHERE id = $1 RETURNING *`, [id, t.to]);
      await logWijziging(m, p, 'aanbod', id, 'web', actie);
      await publishEvents(m, [{ type: `aanbod.${t.to}`, aggregateId: id, payload: { gemeenteId: p.gemeenteId, wijk: a.wijk_code } }]);
      return aanbodView(rows[0] as AanbodRow, true);
    });
  }

  laad(p: Principal, id: string, m: EntityManager = this.ds.manager, lock = false): Promise<AanbodRow> {
    return laadEigen<AanbodRow>(m, this.deelnemers, p, 'aanbod', id, lock);
  }

  private assertSlots(dto: { beschikbaarheid?: { van: string; tot: string }[]; uitzonderingen?: { van: string; tot: string }[] }): void {
    dto.beschikbaarheid?.forEach((s, i) => {
      if (s.tot <= s.van) throw unprocessable(`beschikbaarheid.${i}.tot`, 'het einde moet na het begin liggen');
    });
    dto.uitzonderingen?.forEach((u, i) => {
      if (u.tot < u.van) throw unprocessable(`uitzonderingen.${i}.tot`, 'het einde moet na het begin liggen');
    });
  }

  private async assertCategorieen(gemeenteId: string, codes: string[], m?: EntityManager): Promise<void> {
    const known = new Set((await this.gebieden.categorieen(gemeenteId, false, m)).map((c) => c.code));
    const bad = codes.filter((c) => !known.has(c));
    if (bad.length) throw unprocessable('categorieen', `onbekende categorie(ën): ${bad.join(', ')}`, 'onbekende-categorie');
  }
}
