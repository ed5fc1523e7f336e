import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { voorbereid } from '@app/persistence';
import { InjectConfig, type AppConfig } from '@app/config';
import type { JobName, JobPayloads } from '@app/jobs';
import {
  isMobiel,
  makelaarTelefoonSql,
  moment,
  taalVan,
  wanneerVoor,
  type Bereikbaarheid,
  type ContactVoorkeur,
  type Ontvanger,
  type SjabloonContext,
  type VensterRij,
} from '@app/notificaties';
import { Bundelaar } from './bundelaar';

/** A recipient with what decides their channels, and the words for the template. */
export interface Geadresseerd {
  ontvanger: Ontvanger;
  voorkeur: ContactVoorkeur;
  bereikbaar: Bereikbaarheid;
  context: SjabloonContext;
  matchId: string | null;
  hulpvraagId: string | null;
}

interface PersoonRij {
  deelnemer_id: string | null;
  account_id: string | null;
  gemeente_id: string;
  voornaam: string | null;
  email: string | null;
  telefoon: string | null;
  contact_voorkeur: ContactVoorkeur | null;
  offline: boolean | null;
  talen: string[] | null;
  wijk_code: string | null;
  adres: string | null;
  makelaar_telefoon: string | null;
}

type MatchRij = PersoonRij &
  VensterRij & {
    match_id: string;
    hulpvraag_id: string;
    status: string;
    titel: string;
    verloopt_op: Date | null;
    geannuleerd_door: string | null;
    ander: string | null;
  };

type HulpvraagRij = PersoonRij & { hulpvraag_id: string; titel: string };

// the person's columns, for a deelnemer `d` with an optional login `a` and gemeente `g`
const PERSOON = `d.id AS deelnemer_id, a.id AS account_id, d.gemeente_id, d.voornaam, COALESCE(d.email, a.email) AS email, d.telefoon,
  d.contact_voorkeur, d.offline, d.talen, d.wijk_code,
  CASE WHEN d.straat IS NOT NULL AND d.postcode IS NOT NULL THEN concat_ws(' ', d.straat, d.huisnummer) || E'\\n' || d.postcode END AS adres,
  ${makelaarTelefoonSql('d.gemeente_id', 'd.wijk_code', 'g.telefoon')} AS makelaar_telefoon`;
const ACCOUNT = `LEFT JOIN LATERAL (SELECT id, email FROM accounts WHERE deelnemer_id = d.id AND actief ORDER BY created_at LIMIT 1) a ON true`;

/**
 * Finds who an event's message is for, as they are now (a changed preference or a pseudonymised person counts).
 * The lookups of concurrent jobs share one statement.
 */
@Injectable()
export class OntvangersService {
  private readonly matches = new Bundelaar<{ id: string; helper: boolean }, MatchRij | undefined>((vs) =>
    this.perNummer<MatchRij>(
      'ontvangers.match',
      vs.length,
      `SELECT i.nr, ${PERSOON}, m.id AS match_id, m.hulpvraag_id, m.status, m.verloopt_op, m.geannuleerd_door, o.voornaam AS ander,
              h.titel, h.venster_soort, h.venster_start, h.venster_eind, h.rrule
         FROM unnest($1::uuid[], $2::bool[]) WITH ORDINALITY AS i(id, helper, nr)
         JOIN matches m ON m.id = i.id JOIN hulpvragen h ON h.id = m.hulpvraag_id
         JOIN deelnemers d ON d.id = (CASE WHEN i.helper THEN m.helper_id ELSE m.bewoner_id END)
         JOIN deelnemers o ON o.id = (CASE WHEN i.helper THEN m.bewoner_id ELSE m.helper_id END)
         JOIN gemeenten g ON g.id = m.gemeente_id ${ACCOUNT}
        WHERE d.gepseudonimiseerd_op IS NULL`,
      [vs.map((v) => v.id), vs.map((v) => v.helper)],
    ),
  );
  private readonly hulpvragen = new Bundelaar<string, HulpvraagRij | undefined>((ids) =>
    this.perNummer<HulpvraagRij>(
      'ontvangers.hulpvraag',
      ids.length,
      `SELECT i.nr, ${PERSOON}, h.id AS hulpvraag_id, h.titel
         FROM unnest($1::uuid[]) WITH ORDINALITY AS i(id, nr)
         JOIN hulpvragen h ON h.id = i.id JOIN deelnemers d ON d.id = h.deelnemer_id JOIN gemeenten g ON g.id = h.gemeente_id ${ACCOUNT}
        WHERE d.gepseudonimiseerd_op IS NULL`,
      [ids],
    ),
  );

  constructor(
    private readonly ds: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async voor(d: JobPayloads[JobName.Notificeer]): Promise<Geadresseerd | undefined> {
    if (d.rol === 'account') return this.account(d.aggregateId, String(d.payload?.token ?? ''));
    if (d.rol === 'melder') return this.melder(d.aggregateId);
    if (d.type.startsWith('match.')) return this.match(d);
    if (d.type.startsWith('hulpvraag.')) return this.hulpvraag(d.aggregateId);
    return undefined;
  }

  /**
   * Runs a batched lookup (a named prepared statement: the same text for every batch) whose rows carry `nr`,
   * the 1-based position of the input; absent rows are undefined.
   */
  private async perNummer<R>(naam: string, n: number, sql: string, params: unknown[]): Promise<(R | undefined)[]> {
    const rows = await voorbereid<R & { nr: string }>(this.ds, naam, sql, params);
    const uit: (R | undefined)[] = new Array<R | undefined>(n).fill(undefined);
    for (const r of rows) uit[Number(r.nr) - 1] = r;
    return uit;
  }

  private async match(d: JobPayloads[JobName.Notificeer]): Promise<Geadresseerd | undefined> {
    const helper = d.rol === 'helper';
    const r = await this.matches.voeg({ id: d.aggregateId, helper });
    if (!r) return undefined;
    // an offer answered or expired before we got to it needs no message; whoever cancelled knows it
    if (d.type === 'match.aangeboden' && r.status !== 'aangeboden') return undefined;
    if (d.type === 'match.geannuleerd' && r.geannuleerd_door === (helper ? 'helper' : 'hulpvrager')) return undefined;
    const taal = taalVan(r.talen);
    return this.geadresseerd(
      r,
      {
        titel: r.titel,
        wanneer: wanneerVoor(r, taal),
        ander: r.ander,
        tot: r.verloopt_op ? moment(new Date(r.verloopt_op), taal) : undefined,
        link: `${this.config.publicUrl}/#/matches/${r.match_id}`,
      },
      r.match_id,
      r.hulpvraag_id,
    );
  }

  private async hulpvraag(id: string): Promise<Geadresseerd | undefined> {
    const r = await this.hulpvragen.voeg(id);
    if (!r) return undefined;
    return this.geadresseerd(r, { titel: r.titel, link: `${this.config.publicUrl}/#/hulpvragen/${r.hulpvraag_id}` }, null, r.hulpvraag_id);
  }

  /** A login, not necessarily a deelnemer (staff): the reset link goes to the account's own address. */
  private async account(id: string, token: string): Promise<Geadresseerd | undefined> {
    const [r] = (await this.ds.query(
      `SELECT a.id AS account_id, a.gemeente_id, a.email, COALESCE(d.voornaam, a.naam) AS voornaam, d.id AS deelnemer_id, d.talen
         FROM accounts a LEFT JOIN deelnemers d ON d.id = a.deelnemer_id WHERE a.id = $1 AND a.actief`,
      [id],
    )) as { account_id: string; gemeente_id: string; email: string; voornaam: string | null; deelnemer_id: string | null; talen: string[] | null }[];
    if (!r || !token) return undefined;
    const ontvanger: Ontvanger = {
      ...leeg(r.gemeente_id),
      accountId: r.account_id,
      deelnemerId: r.deelnemer_id,
      voornaam: r.voornaam,
      email: r.email,
      taal: taalVan(r.talen),
    };
    return {
      ontvanger,
      voorkeur: 'email',
      bereikbaar: { account: true, email: true, mobiel: false, adres: false, offline: false },
      context: { voornaam: r.voornaam, link: `${this.config.publicUrl}/#/wachtwoord-herstellen?token=${encodeURIComponent(token)}` },
      matchId: null,
      hulpvraagId: null,
    };
  }

  /** Whoever reported a concern, when they left a way to reach them (anonymous reports get nothing). */
  private async melder(signaleringId: string): Promise<Geadresseerd | undefined> {
    const [r] = (await this.ds.query(`SELECT gemeente_id, referentie, melder FROM signaleringen WHERE id = $1`, [signaleringId])) as {
      gemeente_id: string;
      referentie: string;
      melder: { naam?: string; telefoon?: string; email?: string } | null;
    }[];
    const m = r?.melder;
    if (!m || (!m.email && !m.telefoon)) return undefined;
    const mobiel = !!m.telefoon && isMobiel(m.telefoon);
    return {
      ontvanger: { ...leeg(r.gemeente_id), voornaam: m.naam ?? null, email: m.email ?? null, telefoon: m.telefoon ?? null },
      voorkeur: m.email ? 'email' : 'sms',
      bereikbaar: { account: false, email: !!m.email, mobiel, adres: false, offline: false },
      context: { voornaam: m.naam ?? null, titel: r.referentie },
      matchId: null,
      hulpvraagId: null,
    };
  }

  private geadresseerd(r: PersoonRij, context: SjabloonContext, matchId: string | null, hulpvraagId: string | null): Geadresseerd {
    return {
      ontvanger: {
        gemeenteId: r.gemeente_id,
        deelnemerId: r.deelnemer_id,
        accountId: r.account_id,
        voornaam: r.voornaam,
        email: r.email,
        telefoon: r.telefoon,
        taal: taalVan(r.talen),
        wijkCode: r.wijk_code,
        adres: r.adres,
      },
      voorkeur: r.contact_voorkeur ?? 'telefoon',
      bereikbaar: { account: !!r.account_id, email: !!r.email, mobiel: isMobiel(r.telefoon), adres: !!r.adres, offline: !!r.offline },
      context: { ...context, voornaam: r.voornaam, makelaarTelefoon: r.makelaar_telefoon },
      matchId,
      hulpvraagId,
    };
  }
}

function leeg(gemeenteId: string): Ontvanger {
  return { gemeenteId, deelnemerId: null, accountId: null, voornaam: null, email: null, telefoon: null, taal: 'nl', wijkCode: null, adres: null };
}
