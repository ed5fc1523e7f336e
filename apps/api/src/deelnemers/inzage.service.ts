import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kop, renderPdf, velden } from '@app/common';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { DeelnemersService } from './deelnemers.service';
import { deelnemerView } from './deelnemer.view';

/** Everything held about a person besides their own row; capabilities add their tables here. */
export const INZAGE_BRONNEN: { naam: string; sql: string }[] = [
  { naam: 'accounts', sql: `SELECT email, rollen, laatst_ingelogd AS "laatstIngelogd", created_at AS "aangemaakt" FROM accounts WHERE deelnemer_id = $1` },
  {
    naam: 'toestemmingen',
    sql: `SELECT doel, derde, gegeven_op AS "gegevenOp", gegeven_via AS "gegevenVia", ingetrokken_op AS "ingetrokkenOp" FROM toestemmingen WHERE deelnemer_id = $1 ORDER BY gegeven_op`,
  },
  { naam: 'gemachtigden', sql: `SELECT naam, relatie, telefoon, created_at AS "sinds", beeindigd_op AS "tot" FROM gemachtigden WHERE deelnemer_id = $1` },
  {
    naam: 'hulpvragen',
    sql: `SELECT referentie, categorie, titel, omschrijving, status, venster_start AS "wanneer", kanaal, created_at AS "geplaatst" FROM hulpvragen WHERE deelnemer_id = $1 ORDER BY created_at`,
  },
  {
    naam: 'aanbod',
    sql: `SELECT referentie, categorieen, titel, omschrijving, status, beschikbaarheid, created_at AS "geplaatst" FROM aanbod WHERE deelnemer_id = $1 ORDER BY created_at`,
  },
  {
    naam: 'wieHeeftUwGegevensBekeken',
    sql: `SELECT a.at AS "wanneer", a.actie, a.object_type AS "wat", a.rollen AS "rol" FROM audit_log a WHERE a.deelnemer_id = $1 ORDER BY a.at DESC LIMIT 500`,
  },
];

@Injectable()
export class InzageService {
  constructor(
    private readonly ds: DataSource,
    private readonly deelnemers: DeelnemersService,
    private readonly audit: AuditService,
  ) {}

  /** Right of access (AVG art. 15): the whole file, machine-readable. */
  async json(p: Principal, id: string) {
    const d = await this.deelnemers.laad(p, id);
    const out: Record<string, unknown> = { gegenereerdOp: new Date().toISOString(), deelnemer: deelnemerView(d, true) };
    for (const b of INZAGE_BRONNEN) out[b.naam] = await this.ds.query(b.sql, [id]);
    await this.audit.record(p, 'exporteren', 'inzage', id, id);
    return out;
  }

  /** The same, as a printable letter for residents without a computer. */
  async pdf(p: Principal, id: string): Promise<Buffer> {
    const data = await this.json(p, id);
    const d = data.deelnemer as ReturnType<typeof deelnemerView>;
    return renderPdf('Uw gegevens bij Buurtkracht', (doc) => {
      kop(doc, 'Uw gegevens bij Buurtkracht', 22);
      doc
        .fontSize(12)
        .text(`Dit zijn alle gegevens die wij over u bewaren. Gemaakt op ${String(data.gegenereerdOp).slice(0, 10)}.`)
        .moveDown();
      kop(doc, 'Over u', 16);
      velden(doc, [
        ['Naam', [d.voornaam, d.achternaam].filter(Boolean).join(' ')],
        ['Telefoon', d.telefoon],
        ['E-mail', d.email],
        ['Adres', [d.adres.straat, d.adres.huisnummer, d.adres.postcode].filter(Boolean).join(' ')],
        ['Wijk', d.wijk],
        ['Geboortedatum', d.geboortedatum],
        ['Talen', d.talen],
        ['Contact via', d.contactVoorkeur],
        ['Rollen', d.rollen],
        ['Notities van de makelaar', d.notities],
      ]);
      for (const b of INZAGE_BRONNEN) {
        const rows = data[b.naam] as Record<string, unknown>[];
        kop(
          doc,
          b.naam.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()),
          16,
        );
        if (!rows.length) doc.text('Geen.').moveDown(0.6);
        for (const r of rows.slice(0, 200))
          velden(
            doc,
            Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
          );
      }
      doc.moveDown().fontSize(11).text('Klopt er iets niet? Bel de sociaal makelaar. U mag vragen om gegevens te verbeteren of te verwijderen.');
    });
  }
}
