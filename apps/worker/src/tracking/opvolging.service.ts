import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addWerkdagen, kalenderdag, beginVanDag, instellingSql } from '@app/domain';
import { plaatsTaak, type MatchRow } from '@app/matches';
import { publishEvents } from '@app/persistence';

/**
 * Follow-up that needs a human: every handler looks at the current state first and does nothing when the
 * situation has moved on (a cancelled match, a request already contacted), and every task has a
 * deterministic key, so a job that runs twice creates it once.
 */
@Injectable()
export class OpvolgingService {
  constructor(private readonly ds: DataSource) {}

  async herinnering(matchId: string, datum: string): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const [match] = (await m.query(`SELECT * FROM matches WHERE id = $1`, [matchId])) as MatchRow[];
      if (!match || !['bevestigd', 'actief'].includes(match.status)) return false;
      await publishEvents(m, [{ type: 'match.herinnering', aggregateId: matchId, payload: { datum } }]);
      return true;
    });
  }

  /** After the first date: ask whether the help happened, as a makelaar task when nobody said so yet. */
  async opvolging(matchId: string): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const [match] = (await m.query(`SELECT * FROM matches WHERE id = $1`, [matchId])) as (MatchRow & {
        uitkomst_bewoner: string | null;
        uitkomst_helper: string | null;
      })[];
      if (!match || !['bevestigd', 'actief'].includes(match.status) || (match.uitkomst_bewoner && match.uitkomst_helper)) return false;
      const [b] = await m.query(`SELECT voornaam, telefoon FROM deelnemers WHERE id = $1`, [match.bewoner_id]);
      await plaatsTaak(m, {
        gemeenteId: match.gemeente_id,
        soort: 'controleer-hulp-gebeurd',
        titel: `Is de hulp gebeurd? Bel ${b?.voornaam ?? 'de bewoner'} (${b?.telefoon ?? 'geen nummer'})`,
        instructie: `Goedendag ${b?.voornaam ?? ''}, ik bel even om te horen of de hulp gelukt is. Bent u tevreden? Wilt u dat deze buurtgenoot vaker komt?`,
        wijkCode: match.wijk_code,
        deelnemerId: match.bewoner_id,
        matchId,
        vervaltOp: new Date(Date.now() + 2 * 24 * 3600_000),
        sleutel: `opvolging:${matchId}`,
      });
      await publishEvents(m, [{ type: 'match.uitkomst-gevraagd', aggregateId: matchId }]);
      return true;
    });
  }

  /**
   * SLA, with the gemeente's terms (libs/domain instellingen): a request without first contact after
   * eersteContactWerkdagen (working days, Dutch holidays) becomes a makelaar task, after escalatieWerkdagen an
   * escalation to the team lead; without a match after matchNormDagen, a task to re-scope it; an active match
   * with nothing done for checkInDagen, a check-in call.
   */
  async sla(nu = new Date()): Promise<{ contact: number; escalatie: number; herformuleren: number; checkIn: number }> {
    const open: {
      id: string;
      gemeente_id: string;
      wijk_code: string;
      deelnemer_id: string;
      referentie: string;
      titel: string;
      created_at: Date;
      eerste_contact_op: Date | null;
      norm: number;
      escalatie: number;
      match_dagen: number;
    }[] = await this.ds.query(
      `SELECT h.id, h.gemeente_id, h.wijk_code, h.deelnemer_id, h.referentie, h.titel, h.created_at, h.eerste_contact_op,
                ${instellingSql('eersteContactWerkdagen')} AS norm, ${instellingSql('escalatieWerkdagen')} AS escalatie,
                ${instellingSql('matchNormDagen')} AS match_dagen
           FROM hulpvragen h JOIN gemeenten g ON g.id = h.gemeente_id
          WHERE h.status = 'open' AND h.created_at < $1::timestamptz - interval '1 day'`,
      [nu],
    );
    const telling = { contact: 0, escalatie: 0, herformuleren: 0, checkIn: 0 };
    const vandaag = kalenderdag(nu);
    await this.ds.transaction(async (m) => {
      for (const h of open) {
        const basis = { gemeenteId: h.gemeente_id, wijkCode: h.wijk_code, deelnemerId: h.deelnemer_id, hulpvraagId: h.id };
        if (!h.eerste_contact_op) {
          const deadline = addWerkdagen(h.created_at, h.norm);
          if (deadline <= vandaag) {
            if (
              await plaatsTaak(m, {
                ...basis,
                soort: 'eerste-contact',
                prioriteit: 'hoog',
                titel: `Eerste contact te laat: ${h.referentie} "${h.titel}"`,
                instructie: 'Bel de bewoner: stel uzelf voor en verhelder de vraag.',
                vervaltOp: beginVanDag(deadline),
                sleutel: `sla-contact:${h.id}`,
              })
            )
              telling.contact++;
          }
          if (addWerkdagen(h.created_at, h.escalatie) <= vandaag) {
            if (
              await plaatsTaak(m, {
                ...basis,
                soort: 'escalatie',
                prioriteit: 'spoed',
                titel: `Escalatie teamleider: ${h.referentie} nog steeds zonder contact`,
                sleutel: `sla-escalatie:${h.id}`,
              })
            )
              telling.escalatie++;
          }
        }
        if (nu.getTime() - h.created_at.getTime() > h.match_dagen * 86400_000) {
          if (
            await plaatsTaak(m, {
              ...basis,
              soort: 'herformuleer-hulpvraag',
              titel: `Niemand gevonden voor ${h.referentie} "${h.titel}": vraag anders stellen of doorverwijzen?`,
              sleutel: `sla-match:${h.id}`,
            })
          )
            telling.herformuleren++;
        }
      }
      const stil: { id: string; gemeente_id: string; wijk_code: string; bewoner_id: string }[] = await m.query(
        `SELECT m.id, m.gemeente_id, m.wijk_code, m.bewoner_id FROM matches m JOIN gemeenten g ON g.id = m.gemeente_id
          WHERE m.status = 'actief' AND m.gestart_op < $1::timestamptz - make_interval(days => ${instellingSql('checkInDagen')})
            AND NOT EXISTS (SELECT 1 FROM match_keren k WHERE k.match_id = m.id AND k.status = 'gedaan'
                              AND k.datum > $1::timestamptz - make_interval(days => ${instellingSql('checkInDagen')}))`,
        [nu],
      );
      for (const s of stil) {
        const maand = vandaag.slice(0, 7);
        if (
          await plaatsTaak(m, {
            gemeenteId: s.gemeente_id,
            wijkCode: s.wijk_code,
            deelnemerId: s.bewoner_id,
            matchId: s.id,
            soort: 'check-in',
            titel: 'Even bellen: loopt de hulp nog?',
            sleutel: `check-in:${s.id}:${maand}`,
          })
        )
          telling.checkIn++;
      }
    });
    return telling;
  }
}
