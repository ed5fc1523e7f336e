import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict } from '@app/common';
import { kalenderdag, volgendeKeren } from '@app/domain';
import type { HulpvraagRow } from '@app/matches';
import { briefPdf, makelaarTelefoonSql, matchkaartBrieven, wanneerVoor, type KaartPersoon } from '@app/notificaties';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { MatchesService } from './matches.service';

/** Only once the helper said yes: before that the helper may not see the resident's address. */
const MET_KAART = ['geaccepteerd', 'bevestigd', 'actief'];
const AANTAL_KEREN = 4;
const PERSOON = `SELECT voornaam, achternaam, straat, huisnummer, postcode FROM deelnemers WHERE id = $1`;

/** The printable match card for the two matched people, in the layout of the daily letters. */
@Injectable()
export class MatchkaartService {
  constructor(
    private readonly ds: DataSource,
    private readonly matches: MatchesService,
    private readonly audit: AuditService,
  ) {}

  async pdf(p: Principal, matchId: string, nu = new Date()): Promise<Buffer> {
    const match = await this.matches.laad(p, matchId);
    if (!MET_KAART.includes(match.status))
      throw conflict('geen-matchkaart', 'Een matchkaart kan pas als de helper ja heeft gezegd en de match nog loopt', { huidigeStatus: match.status });
    const [h] = (await this.ds.query(`SELECT * FROM hulpvragen WHERE id = $1`, [match.hulpvraag_id])) as HulpvraagRow[];
    const [bewoner] = (await this.ds.query(PERSOON, [match.bewoner_id])) as KaartPersoon[];
    const [helper] = (await this.ds.query(PERSOON, [match.helper_id])) as KaartPersoon[];
    const [g] = await this.ds.query(`SELECT g.naam, ${makelaarTelefoonSql('g.id', '$2', 'g.telefoon')} AS makelaar_telefoon FROM gemeenten g WHERE g.id = $1`, [
      match.gemeente_id,
      match.wijk_code,
    ]);
    const gepland: { datum: Date }[] = await this.ds.query(
      `SELECT datum FROM match_keren WHERE match_id = $1 AND status = 'gepland' AND datum > $2 ORDER BY datum LIMIT ${AANTAL_KEREN}`,
      [match.id, nu],
    );
    // before confirmation there are no planned occurrences yet: the next ones follow from the request's recurrence
    const keren = gepland.length
      ? gepland.map((k) => new Date(k.datum))
      : h.venster_soort === 'terugkerend' && h.rrule
        ? volgendeKeren(h.rrule, h.venster_start, nu, AANTAL_KEREN)
        : h.venster_soort === 'eenmalig' && h.venster_start > nu
          ? [h.venster_start]
          : [];
    const brieven = matchkaartBrieven({
      titel: h.titel,
      wanneer: wanneerVoor(h, 'nl'),
      keren,
      bewoner,
      helper,
      plaats: g.naam,
      makelaarTelefoon: g.makelaar_telefoon,
    });
    // the card shows both people's names and the resident's address: a print of each one's data
    for (const deelnemerId of [match.bewoner_id, match.helper_id]) await this.audit.record(p, 'afdrukken', 'matchkaart', match.id, deelnemerId);
    return briefPdf(brieven, kalenderdag(nu), `Matchkaart ${h.referentie}`);
  }
}
