import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, forbidden, notFound, unprocessable } from '@app/common';
import { pseudonimiseer } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthGuard } from '../auth/auth.guard';
import type { Actor, Principal } from '../auth/principal';
import { AdresLookup, type AdresResultaat } from '../gebieden/adres-lookup';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { magDeelnemerBeheren, magInWijk, type DeelnemerScope } from './deelnemer-access';
import type { DeelnemerDto, DeelnemerQuery, DeelnemerWijzigingDto, GemachtigdeDto, NieuweDeelnemerDto, ToestemmingDto } from './deelnemer.dto';
import { deelnemerView, type DeelnemerRow, type DeelnemerView } from './deelnemer.view';

@Injectable()
export class DeelnemersService {
  constructor(
    private readonly ds: DataSource,
    private readonly adressen: AdresLookup,
    private readonly audit: AuditService,
    private readonly guard: AuthGuard,
  ) {}

  /** Intake (phone, desk, web): the person, their area from postcode + huisnummer, and the consents given. */
  async maak(p: Actor, dto: NieuweDeelnemerDto, m?: EntityManager): Promise<DeelnemerView> {
    const adres = await this.resolveAdres(p.gemeenteId, dto, m);
    if (!magInWijk(p, adres.wijk.code)) throw forbidden(`${adres.wijk.naam} valt niet in uw werkgebied`);
    const run = async (tx: EntityManager) => {
      // an anonymous web form must not reveal whether an e-mail is registered: keep the person, drop the duplicate
      if (dto.email && p.accountId === null && (await this.emailBekend(tx, p.gemeenteId, dto.email))) dto = { ...dto, email: undefined };
      if (dto.email) await this.assertEmailVrij(tx, p.gemeenteId, dto.email);
      const [row] = (await tx.query(
        `INSERT INTO deelnemers (gemeente_id, rollen, voornaam, achternaam, telefoon, email, straat, huisnummer, postcode, wijk_code, buurt_code,
                                 lat, lon, locatie_bron, geboortedatum, talen, mobiliteit, contact_voorkeur, vog_status, vog_datum, offline, notities,
                                 instroom_reden, levensdomein, aangemaakt_door)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25) RETURNING *`,
        [
          p.gemeenteId,
          dto.rollen,
          dto.voornaam,
          dto.achternaam ?? null,
          dto.telefoon ?? null,
          dto.email?.toLowerCase() ?? null,
          dto.straat ?? null,
          adres.huisnummer,
          adres.postcode,
          adres.wijk.code,
          adres.buurt?.code ?? null,
          adres.locatie.lat,
          adres.locatie.lon,
          adres.nauwkeurigheid,
          dto.geboortedatum ?? null,
          dto.talen ?? ['nl'],
          dto.mobiliteit ?? [],
          dto.contactVoorkeur ?? (dto.offline ? 'via-makelaar' : 'telefoon'),
          dto.vogStatus ?? 'geen',
          dto.vogDatum ?? null,
          dto.offline ?? false,
          dto.notities ?? null,
          dto.instroomReden ?? null,
          dto.levensdomein ?? null,
          p.accountId,
        ],
      )) as DeelnemerRow[];
      for (const t of dto.toestemmingen ?? []) await this.insertToestemming(tx, p, row.id, t, dto.kanaal ?? 'telefoon');
      await this.audit.record(p, 'aanmaken', 'deelnemer', row.id, row.id, { kanaal: dto.kanaal ?? 'telefoon' }, tx);
      return deelnemerView(row, true);
    };
    return m ? run(m) : this.ds.transaction(run);
  }

  async vind(p: Principal, id: string): Promise<DeelnemerView> {
    const d = await this.laad(p, id);
    await this.audit.record(p, 'lezen', 'deelnemer', id, id);
    return deelnemerView(d, this.audit.isStaff(p));
  }

  async lijst(p: Principal, q: DeelnemerQuery) {
    if (!p.rollen.some((r) => r === 'makelaar' || r === 'beheerder' || r === 'professional')) throw forbidden();
    const after = q.cursor ? decodeCursor<[string, string]>(q.cursor, 'cursor') : null;
    const like = q.q ? `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
    const rows = (await this.ds.query(
      `SELECT d.*, d.created_at::text AS sleutel FROM deelnemers d
        WHERE d.gemeente_id = $1 AND d.gepseudonimiseerd_op IS NULL
          AND ($2::text[] IS NULL OR d.wijk_code = ANY($2) OR (d.wijk_code IS NULL AND d.aangemaakt_door = $3))
          AND ($4::uuid IS NULL OR d.aangemaakt_door = $4)
          AND ($5::text IS NULL OR d.wijk_code = $5)
          AND ($6::text IS NULL OR d.voornaam ILIKE $6 OR d.achternaam ILIKE $6 OR d.telefoon ILIKE $6 OR d.postcode ILIKE $6)
          AND ($7::text IS NULL OR $7 = ANY(d.rollen))
          AND ($8::timestamptz IS NULL OR (d.created_at, d.id) < ($8, $9::uuid))
        ORDER BY d.created_at DESC, d.id DESC LIMIT 51`,
      [
        p.gemeenteId,
        p.rollen.includes('beheerder') ? null : p.rollen.includes('makelaar') ? p.wijkCodes : null,
        p.accountId,
        !p.rollen.includes('beheerder') && !p.rollen.includes('makelaar') ? p.accountId : null,
        q.wijk ?? null,
        like,
        q.rol ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
      ],
    )) as (DeelnemerRow & { sleutel: string })[];
    const page = rows.slice(0, 50);
    await this.audit.record(p, 'zoeken', 'deelnemer', null, null, { aantal: page.length });
    const last = page[page.length - 1];
    return {
      items: page.map((r) => deelnemerView(r, true)),
      volgende: rows.length > 50 && last ? encodeCursor([last.sleutel, last.id]) : null,
    };
  }

  async wijzig(p: Principal, id: string, dto: DeelnemerWijzigingDto): Promise<DeelnemerView> {
    return this.ds.transaction(async (m) => {
      const d = await this.laad(p, id, m, true);
      let adres: AdresResultaat | undefined;
      if (dto.postcode || dto.huisnummer || dto.wijk || dto.pin) {
        adres = await this.resolveAdres(
          p.gemeenteId,
          {
            postcode: dto.postcode ?? d.postcode ?? '',
            huisnummer: dto.huisnummer ?? d.huisnummer ?? '',
            wijk: dto.wijk,
            pin: dto.pin,
          },
          m,
        );
        if (!magInWijk(p, adres.wijk.code)) throw forbidden(`${adres.wijk.naam} valt niet in uw werkgebied`);
      }
      const isStaff = this.audit.isStaff(p);
      const [rows] = await m.query(
        `UPDATE deelnemers SET voornaam = COALESCE($2, voornaam), achternaam = COALESCE($3, achternaam), telefoon = COALESCE($4, telefoon),
                email = COALESCE($5, email), straat = COALESCE($6, straat), huisnummer = COALESCE($7, huisnummer), postcode = COALESCE($8, postcode),
                wijk_code = COALESCE($9, wijk_code), buurt_code = CASE WHEN $9::text IS NULL THEN buurt_code ELSE $10 END,
                lat = COALESCE($11, lat), lon = COALESCE($12, lon), locatie_bron = COALESCE($13, locatie_bron),
                rollen = COALESCE($14, rollen), contact_voorkeur = COALESCE($15, contact_voorkeur), talen = COALESCE($16, talen),
                mobiliteit = COALESCE($17, mobiliteit), geboortedatum = COALESCE($18, geboortedatum), vog_status = COALESCE($19, vog_status),
                vog_datum = COALESCE($20, vog_datum), offline = COALESCE($21, offline), notities = COALESCE($22, notities),
                uitstroom_reden = COALESCE($23, uitstroom_reden), uitstroom_datum = CASE WHEN $23::text IS NULL THEN uitstroom_datum ELSE current_date END,
                updated_at = now()
          WHERE id = $1 RETURNING *`,
        [
          id,
          dto.voornaam,
          dto.achternaam,
          dto.telefoon,
          dto.email?.toLowerCase(),
          dto.straat,
          adres?.huisnummer,
          adres?.postcode,
          adres?.wijk.code,
          adres?.buurt?.code ?? null,
          adres?.locatie.lat,
          adres?.locatie.lon,
          adres?.nauwkeurigheid,
          dto.rollen,
          dto.contactVoorkeur,
          dto.talen,
          dto.mobiliteit,
          dto.geboortedatum,
          isStaff ? dto.vogStatus : undefined,
          isStaff ? dto.vogDatum : undefined,
          dto.offline,
          isStaff ? dto.notities : undefined,
          dto.uitstroomReden,
        ].map((v) => (v === undefined ? null : v)),
      );
      await this.audit.record(p, 'wijzigen', 'deelnemer', id, id, { velden: Object.keys(dto) }, m);
      return deelnemerView(rows[0] as DeelnemerRow, isStaff);
    });
  }

  /** Erasure on request: personal fields go, anonymous counts stay. */
  async verwijder(p: Principal, id: string): Promise<void> {
    const accounts = await this.ds.transaction(async (m) => {
      await this.laad(p, id, m, true);
      await pseudonimiseer(m, id, 'verwijderd op verzoek');
      await this.audit.record(p, 'verwijderen', 'deelnemer', id, id, undefined, m);
      return (await m.query(`SELECT id FROM accounts WHERE deelnemer_id = $1`, [id])) as { id: string }[];
    });
    // sessions end now in this instance; other instances within the guard's few-second cache
    for (const a of accounts) this.guard.forget(a.id);
  }

  private async emailBekend(m: EntityManager, gemeenteId: string, email: string): Promise<boolean> {
    const rows = await m.query(
      `SELECT 1 FROM deelnemers WHERE gemeente_id = $1 AND lower(email) = lower($2) UNION ALL SELECT 1 FROM accounts WHERE lower(email) = lower($2) LIMIT 1`,
      [gemeenteId, email],
    );
    return rows.length > 0;
  }

  private async assertEmailVrij(m: EntityManager, gemeenteId: string, email: string): Promise<void> {
    if (await this.emailBekend(m, gemeenteId, email))
      throw conflict('email-bestaat', 'Dit e-mailadres is al bekend', { errors: [{ field: 'email', message: 'bestaat al' }] });
  }

  toestemmingen(p: Principal, id: string) {
    return this.laad(p, id).then(() =>
      this.ds.query(
        `SELECT id, doel, derde, gegeven_op AS "gegevenOp", gegeven_via AS "gegevenVia", ingetrokken_op AS "ingetrokkenOp", ingetrokken_via AS "ingetrokkenVia"
           FROM toestemmingen WHERE deelnemer_id = $1 ORDER BY gegeven_op`,
        [id],
      ),
    );
  }

  async geefToestemming(p: Principal, id: string, dto: ToestemmingDto) {
    return this.ds.transaction(async (m) => {
      await this.laad(p, id, m);
      const t = await this.insertToestemming(m, p, id, dto, dto.via ?? (this.audit.isStaff(p) ? 'telefoon' : 'web'));
      await this.audit.record(p, 'wijzigen', 'toestemming', t.id, id, { doel: dto.doel }, m);
      return t;
    });
  }

  async trekToestemmingIn(p: Principal, id: string, toestemmingId: string, via?: string) {
    return this.ds.transaction(async (m) => {
      await this.laad(p, id, m);
      const [rows] = await m.query(
        `UPDATE toestemmingen SET ingetrokken_op = now(), ingetrokken_via = $3, ingetrokken_door = $4
          WHERE id = $1 AND deelnemer_id = $2 AND ingetrokken_op IS NULL
          RETURNING id, doel, derde, gegeven_op AS "gegevenOp", ingetrokken_op AS "ingetrokkenOp", ingetrokken_via AS "ingetrokkenVia"`,
        [toestemmingId, id, via ?? (this.audit.isStaff(p) ? 'telefoon' : 'web'), p.accountId],
      );
      if (!rows.length) throw notFound('Actieve toestemming', toestemmingId);
      await this.audit.record(p, 'wijzigen', 'toestemming', toestemmingId, id, { ingetrokken: true }, m);
      return rows[0];
    });
  }

  async voegGemachtigdeToe(p: Principal, id: string, dto: GemachtigdeDto) {
    return this.ds.transaction(async (m) => {
      await this.laad(p, id, m);
      const t = await this.insertToestemming(m, p, id, { doel: 'delen-met-partner', derde: `gemachtigde: ${dto.relatie}` }, dto.via ?? 'telefoon');
      const [acc] = dto.email ? await m.query(`SELECT id FROM accounts WHERE lower(email) = lower($1) AND gemeente_id = $2`, [dto.email, p.gemeenteId]) : [];
      if (dto.email && !acc)
        throw unprocessable('email', 'er is geen account met dit e-mailadres; de gemachtigde moet zich eerst registreren', 'onbekend-account');
      const [g] = await m.query(
        `INSERT INTO gemachtigden (gemeente_id, deelnemer_id, account_id, naam, relatie, telefoon, toestemming_id) VALUES ($1,$2,$3,$4,$5,$6,$7)
         RETURNING id, naam, relatie, telefoon, created_at AS "sinds"`,
        [p.gemeenteId, id, acc?.id ?? null, dto.naam, dto.relatie, dto.telefoon ?? null, t.id],
      );
      await this.audit.record(p, 'aanmaken', 'gemachtigde', g.id, id, undefined, m);
      return g;
    });
  }

  /** Loads a person the caller may act for: 404 outside the tenant or when unknown, 403 outside scope. */
  async laad(p: Principal, id: string, m: EntityManager = this.ds.manager, lock = false): Promise<DeelnemerRow> {
    const [d] = (await m.query(`SELECT * FROM deelnemers WHERE id = $1 AND gemeente_id = $2 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
      p.gemeenteId,
    ])) as DeelnemerRow[];
    if (!d) throw notFound('Deelnemer', id);
    if (!magDeelnemerBeheren(p, d as DeelnemerScope, await this.isGemachtigde(m, p, id))) {
      throw forbidden('U mag deze deelnemer niet inzien of wijzigen');
    }
    return d;
  }

  private async isGemachtigde(m: EntityManager, p: Principal, id: string): Promise<boolean> {
    const rows = await m.query(`SELECT 1 FROM gemachtigden WHERE deelnemer_id = $1 AND account_id = $2 AND beeindigd_op IS NULL`, [id, p.accountId]);
    return rows.length > 0;
  }

  private async insertToestemming(m: EntityManager, p: Actor, deelnemerId: string, t: ToestemmingDto, via: string) {
    const [row] = await m.query(
      `INSERT INTO toestemmingen (gemeente_id, deelnemer_id, doel, derde, gegeven_via, vastgelegd_door) VALUES ($1,$2,$3,$4,$5,$6)
       RETURNING id, doel, derde, gegeven_op AS "gegevenOp", gegeven_via AS "gegevenVia"`,
      [p.gemeenteId, deelnemerId, t.doel, t.derde ?? null, via, p.accountId],
    );
    return row as { id: string };
  }

  /** `m`: the caller's transaction, if any (never a second connection while holding one; see AdresLookup). */
  async resolveAdres(
    gemeenteId: string,
    dto: Pick<DeelnemerDto, 'postcode' | 'huisnummer' | 'wijk' | 'pin'>,
    m: EntityManager = this.ds.manager,
  ): Promise<AdresResultaat> {
    const huisnummer = dto.huisnummer.replace(/\s+/g, '').toUpperCase();
    const adres = await this.adressen.zoek(gemeenteId, dto.postcode, huisnummer, m);
    if (!adres) throw unprocessable('postcode', 'deze postcode ligt niet in deze gemeente', 'onbekende-postcode');
    if (dto.wijk && dto.wijk !== adres.wijk.code) {
      const [w] = await m.query(`SELECT code, naam, stadsdeel, lat, lon FROM wijken WHERE code = $1 AND gemeente_id = $2`, [dto.wijk, gemeenteId]);
      if (!w) throw unprocessable('wijk', 'onbekende wijk in deze gemeente', 'onbekende-wijk');
      Object.assign(adres, {
        wijk: { code: w.code, naam: w.naam },
        buurt: null,
        stadsdeel: w.stadsdeel,
        locatie: { lat: w.lat, lon: w.lon },
        nauwkeurigheid: 'handmatig',
      });
    }
    if (dto.pin) Object.assign(adres, { locatie: { lat: dto.pin.lat, lon: dto.pin.lon }, nauwkeurigheid: 'handmatig' });
    return adres;
  }
}
