import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound, unprocessable } from '@app/common';
import type { CategorieUpdateDto, LocatieDto, WerkgebiedDto } from './gebieden.dto';

export interface CategorieView {
  code: string;
  naam: string;
  pictogram: string;
  vogVereist: boolean;
  wijkserviceOpen: boolean;
  betaaldWerk: boolean;
  actief: boolean;
}

const CATEGORIE_SQL = `SELECT code, naam, pictogram, vog_vereist AS "vogVereist", wijkservice_open AS "wijkserviceOpen",
  betaald_werk AS "betaaldWerk", actief FROM categorieen`;

@Injectable()
export class GebiedenService {
  constructor(private readonly ds: DataSource) {}

  wijken(gemeenteId: string) {
    return this.ds.query(
      `SELECT code, naam, stadsdeel, json_build_object('lat', lat, 'lon', lon) AS centroid, inwoners FROM wijken WHERE gemeente_id = $1 ORDER BY code`,
      [gemeenteId],
    );
  }

  async wijk(gemeenteId: string, code: string) {
    const [w] = await this.ds.query(
      `SELECT w.code, w.naam, w.stadsdeel, json_build_object('lat', w.lat, 'lon', w.lon) AS centroid, w.inwoners,
              (SELECT json_agg(json_build_object('code', b.code, 'naam', b.naam, 'centroid', json_build_object('lat', b.lat, 'lon', b.lon)) ORDER BY b.code)
                 FROM buurten b WHERE b.wijk_code = w.code) AS buurten
         FROM wijken w WHERE w.gemeente_id = $1 AND w.code = $2`,
      [gemeenteId, code],
    );
    if (!w) throw notFound('Wijk', code);
    return w;
  }

  /** Wijk or buurt polygons as one GeoJSON FeatureCollection, for the dashboard map (no online tiles). */
  async geojson(gemeenteId: string, niveau: 'wijken' | 'buurten') {
    const rows: { code: string; naam: string; wijk: string; geometrie: unknown }[] =
      niveau === 'wijken'
        ? await this.ds.query(`SELECT code, naam, code AS wijk, geometrie FROM wijken WHERE gemeente_id = $1 ORDER BY code`, [gemeenteId])
        : await this.ds.query(
            `SELECT b.code, b.naam, b.wijk_code AS wijk, b.geometrie FROM buurten b JOIN wijken w ON w.code = b.wijk_code WHERE w.gemeente_id = $1 ORDER BY b.code`,
            [gemeenteId],
          );
    return {
      type: 'FeatureCollection',
      bron: 'Bron: CBS, Kadaster (CC BY 4.0)',
      features: rows.map((r) => ({ type: 'Feature', properties: { code: r.code, naam: r.naam, wijk: r.wijk }, geometry: r.geometrie })),
    };
  }

  async assertWijken(gemeenteId: string, codes: string[], field: string): Promise<void> {
    if (!codes.length) return;
    const rows: { code: string }[] = await this.ds.query(`SELECT code FROM wijken WHERE gemeente_id = $1 AND code = ANY($2)`, [gemeenteId, codes]);
    const known = new Set(rows.map((r) => r.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length) throw unprocessable(field, `onbekende wijk(en) in deze gemeente: ${unknown.join(', ')}`, 'onbekende-wijk');
  }

  categorieen(gemeenteId: string, ookInactief = false, m: EntityManager = this.ds.manager): Promise<CategorieView[]> {
    return m.query(`${CATEGORIE_SQL} WHERE gemeente_id = $1 ${ookInactief ? '' : 'AND actief'} ORDER BY volgorde, code`, [gemeenteId]);
  }

  async categorie(gemeenteId: string, code: string): Promise<CategorieView> {
    const [c] = (await this.ds.query(`${CATEGORIE_SQL} WHERE gemeente_id = $1 AND code = $2`, [gemeenteId, code])) as CategorieView[];
    if (!c) throw notFound('Categorie', code);
    return c;
  }

  async wijzigCategorie(gemeenteId: string, code: string, dto: CategorieUpdateDto): Promise<CategorieView> {
    await this.categorie(gemeenteId, code);
    await this.ds.query(
      `UPDATE categorieen SET naam = COALESCE($3, naam), pictogram = COALESCE($4, pictogram), vog_vereist = COALESCE($5, vog_vereist),
              wijkservice_open = COALESCE($6, wijkservice_open), betaald_werk = COALESCE($7, betaald_werk), actief = COALESCE($8, actief)
        WHERE gemeente_id = $1 AND code = $2`,
      [gemeenteId, code, dto.naam, dto.pictogram, dto.vogVereist, dto.wijkserviceOpen, dto.betaaldWerk, dto.actief],
    );
    return this.categorie(gemeenteId, code);
  }

  werkgebieden(gemeenteId: string) {
    return this.ds.query(`SELECT id, naam, telefoon, wijk_codes AS wijken FROM werkgebieden WHERE gemeente_id = $1 ORDER BY naam`, [gemeenteId]);
  }

  async maakWerkgebied(gemeenteId: string, dto: WerkgebiedDto) {
    await this.assertWijken(gemeenteId, dto.wijken, 'wijken');
    const [w] = await this.ds.query(
      `INSERT INTO werkgebieden (gemeente_id, naam, telefoon, wijk_codes) VALUES ($1,$2,$3,$4) RETURNING id, naam, telefoon, wijk_codes AS wijken`,
      [gemeenteId, dto.naam, dto.telefoon ?? null, dto.wijken],
    );
    return w;
  }

  async wijzigWerkgebied(gemeenteId: string, id: string, dto: WerkgebiedDto) {
    await this.assertWijken(gemeenteId, dto.wijken, 'wijken');
    const [rows] = await this.ds.query(
      `UPDATE werkgebieden SET naam = $3, telefoon = $4, wijk_codes = $5 WHERE gemeente_id = $1 AND id = $2 RETURNING id, naam, telefoon, wijk_codes AS wijken`,
      [gemeenteId, id, dto.naam, dto.telefoon ?? null, dto.wijken],
    );
    if (!rows?.length) throw notFound('Werkgebied', id);
    return rows[0];
  }

  locaties(gemeenteId: string) {
    return this.ds.query(
      `SELECT id, naam, adres, telefoon, email, wijk_codes AS wijken, spreekuren, bijgewerkt_op AS "bijgewerktOp" FROM locaties WHERE gemeente_id = $1 ORDER BY naam`,
      [gemeenteId],
    );
  }

  async maakLocatie(gemeenteId: string, dto: LocatieDto) {
    await this.assertWijken(gemeenteId, dto.wijken, 'wijken');
    const [l] = await this.ds.query(
      `INSERT INTO locaties (gemeente_id, naam, adres, telefoon, email, wijk_codes, spreekuren) VALUES ($1,$2,$3,$4,$5,$6,$7)
       RETURNING id, naam, adres, telefoon, email, wijk_codes AS wijken, spreekuren`,
      [gemeenteId, dto.naam, dto.adres, dto.telefoon ?? null, dto.email ?? null, dto.wijken, JSON.stringify(dto.spreekuren)],
    );
    return l;
  }

  async wijzigLocatie(gemeenteId: string, id: string, dto: LocatieDto) {
    await this.assertWijken(gemeenteId, dto.wijken, 'wijken');
    const [rows] = await this.ds.query(
      `UPDATE locaties SET naam = $3, adres = $4, telefoon = $5, email = $6, wijk_codes = $7, spreekuren = $8, bijgewerkt_op = now()
        WHERE gemeente_id = $1 AND id = $2 RETURNING id, naam, adres, telefoon, email, wijk_codes AS wijken, spreekuren`,
      [gemeenteId, id, dto.naam, dto.adres, dto.telefoon ?? null, dto.email ?? null, dto.wijken, JSON.stringify(dto.spreekuren)],
    );
    if (!rows?.length) throw notFound('Locatie', id);
    return rows[0];
  }

  async verwijderLocatie(gemeenteId: string, id: string): Promise<void> {
    const [, n] = await this.ds.query(`DELETE FROM locaties WHERE gemeente_id = $1 AND id = $2`, [gemeenteId, id]);
    if (!n) throw notFound('Locatie', id);
  }
}
