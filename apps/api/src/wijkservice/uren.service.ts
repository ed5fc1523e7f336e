import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, forbidden, notFound, Problem } from '@app/common';
import { valideerUren } from '@app/domain';
import { plaatsTaak } from '@app/matches';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { ensureOk } from '../common/domain-problems';
import { afspraakVanAanbod, toetsAfspraak } from './afspraak';
import { vergoedAlsBevestigd, type Kant } from './keer-uren';
import { weiger } from './regels';
import type { BetwistDto } from './uren.dto';

interface KeerRij {
  id: string;
  datum: Date;
  status: string;
  uren: string | null;
  bevestigd_bewoner: boolean | null;
  bevestigd_helper: boolean | null;
  match_id: string;
  gemeente_id: string;
  aanbod_id: string;
  helper_id: string;
  bewoner_id: string;
  wijk_code: string;
  bewoner_offline: boolean;
}

const isStaf = (p: Principal) => p.rollen.includes('makelaar') || p.rollen.includes('beheerder');

/**
 * The second confirmation of Wijkservice hours. The first comes with registering (POST /matches/…/keren/…/gedaan);
 * here the other side agrees or disputes, and a makelaar settles a dispute. The makelaar speaks for the resident
 * only when the resident has no computer (offline or contact via the makelaar).
 */
@Injectable()
export class UrenService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async bevestig(p: Principal, keerId: string) {
    return this.ds.transaction(async (m) => {
      const k = await this.laad(m, p, keerId);
      if (k.status !== 'gedaan' || k.uren === null)
        throw conflict('ongeldige-overgang', 'Er zijn voor deze keer nog geen uren geregistreerd', { huidigeStatus: k.status });
      const kant = this.kant(p, k);
      await m.query(`UPDATE match_keren SET ${kant} = true WHERE id = $1`, [keerId]);
      await vergoedAlsBevestigd(m, k.gemeente_id, k.helper_id, keerId, k.datum);
      await this.audit.record(p, 'wijzigen', 'match-keer', keerId, k.helper_id, { bevestigd: kant }, m);
      return this.stand(m, keerId);
    });
  }

  /** A disagreement becomes a task on the makelaar's werkvoorraad; the disputing side's confirmation is withdrawn. */
  async betwist(p: Principal, keerId: string, dto: BetwistDto) {
    if (dto.uren !== undefined) ensureOk(valideerUren(dto.uren));
    return this.ds.transaction(async (m) => {
      const k = await this.laad(m, p, keerId);
      if (k.status !== 'gedaan') throw conflict('ongeldige-overgang', 'Alleen geregistreerde uren kunnen worden betwist', { huidigeStatus: k.status });
      const kant = this.kant(p, k);
      const [open] = await m.query(`SELECT 1 FROM wijkservice_uren_geschillen WHERE keer_id = $1 AND status = 'open'`, [keerId]);
      if (open) throw conflict('geschil-loopt', 'Over deze uren loopt al een geschil; de sociaal makelaar neemt contact op');
      await m.query(`UPDATE match_keren SET ${kant} = false WHERE id = $1`, [keerId]);
      const [g] = await m.query(
        `INSERT INTO wijkservice_uren_geschillen (gemeente_id, keer_id, match_id, door, uren_volgens, toelichting) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
        [k.gemeente_id, keerId, k.match_id, kant === 'bevestigd_helper' ? 'helper' : 'hulpvrager', dto.uren ?? null, dto.toelichting],
      );
      const taakId = await plaatsTaak(m, {
        gemeenteId: k.gemeente_id,
        soort: 'uren-geschil',
        titel: `Uren betwist: geregistreerd ${Number(k.uren)} uur${dto.uren !== undefined ? `, volgens ${kant === 'bevestigd_helper' ? 'de deelnemer' : 'de bewoner'} ${dto.uren} uur` : ''}`,
        instructie: 'Bel beide kanten, stel de uren vast en leg ze vast via POST /api/v1/wijkservice/keren/{keerId}/geschil-oplossen.',
        prioriteit: 'hoog',
        wijkCode: k.wijk_code,
        deelnemerId: k.helper_id,
        matchId: k.match_id,
        sleutel: `uren-geschil:${g.id}`,
      });
      await m.query(`UPDATE wijkservice_uren_geschillen SET taak_id = $2 WHERE id = $1`, [g.id, taakId ?? null]);
      await this.audit.record(p, 'aanmaken', 'uren-geschil', g.id, k.helper_id, undefined, m);
      return { geschilId: g.id, taakId, ...(await this.stand(m, keerId)) };
    });
  }

  /** The makelaar settles: the agreed hours stand for both sides (still within the agreement), the task closes. */
  async losOp(p: Principal, keerId: string, uren: number) {
    if (!isStaf(p)) throw forbidden('Alleen de sociaal makelaar lost een geschil op');
    ensureOk(valideerUren(uren));
    return this.ds.transaction(async (m) => {
      const k = await this.laad(m, p, keerId);
      const [g] = await m.query(`SELECT id, taak_id FROM wijkservice_uren_geschillen WHERE keer_id = $1 AND status = 'open' FOR UPDATE`, [keerId]);
      if (!g) throw conflict('geen-geschil', 'Over deze uren loopt geen geschil');
      const afspraak = await afspraakVanAanbod(m, k.aanbod_id);
      if (afspraak) {
        try {
          await toetsAfspraak(m, afspraak, k.datum, uren, { keerId });
        } catch (e) {
          if (e instanceof Problem) await weiger(this.audit, p, 'match-keer', keerId, k.helper_id, e);
          throw e;
        }
      }
      await m.query(`UPDATE match_keren SET uren = $2, bevestigd_bewoner = true, bevestigd_helper = true WHERE id = $1`, [keerId, uren]);
      await m.query(`UPDATE wijkservice_uren_geschillen SET status = 'opgelost', opgelost_uren = $2, opgelost_door = $3, opgelost_op = now() WHERE id = $1`, [
        g.id,
        uren,
        p.accountId,
      ]);
      if (g.taak_id)
        await m.query(`UPDATE taken SET status = 'afgerond', uitkomst = 'gelukt', afgerond_op = now() WHERE id = $1 AND status <> 'afgerond'`, [g.taak_id]);
      await vergoedAlsBevestigd(m, k.gemeente_id, k.helper_id, keerId, k.datum);
      await this.audit.record(p, 'wijzigen', 'uren-geschil', g.id, k.helper_id, { uren }, m);
      return this.stand(m, keerId);
    });
  }

  private async stand(m: EntityManager, keerId: string) {
    const [k] = await m.query(
      `SELECT id, status, uren, bevestigd_bewoner, bevestigd_helper,
              EXISTS (SELECT 1 FROM wijkservice_uren_geschillen g WHERE g.keer_id = k.id AND g.status = 'open') AS geschil
         FROM match_keren k WHERE id = $1`,
      [keerId],
    );
    return {
      keerId: k.id,
      status: k.status,
      uren: k.uren === null ? null : Number(k.uren),
      bevestigd: { bewoner: k.bevestigd_bewoner === true, deelnemer: k.bevestigd_helper === true },
      geschil: k.geschil,
    };
  }

  /** Which confirmation the caller gives: the participant theirs; the resident, or the makelaar for an offline resident, the other. */
  private kant(p: Principal, k: KeerRij): Kant {
    if (p.deelnemerId === k.helper_id) return 'bevestigd_helper';
    if (p.deelnemerId === k.bewoner_id) return 'bevestigd_bewoner';
    if (isStaf(p) && k.bewoner_offline) return 'bevestigd_bewoner';
    throw forbidden(isStaf(p) ? 'Deze bewoner bevestigt zelf; de makelaar bevestigt alleen voor bewoners zonder computer' : 'Dit is niet uw match');
  }

  private async laad(m: EntityManager, p: Principal, keerId: string): Promise<KeerRij> {
    const [k] = (await m.query(
      `SELECT k.id, k.datum, k.status, k.uren, k.bevestigd_bewoner, k.bevestigd_helper, mt.id AS match_id, mt.gemeente_id, mt.aanbod_id, mt.helper_id,
              mt.bewoner_id, mt.wijk_code, (b.offline OR b.contact_voorkeur IN ('via-makelaar', 'post', 'telefoon')) AS bewoner_offline
         FROM match_keren k JOIN matches mt ON mt.id = k.match_id JOIN aanbod a ON a.id = mt.aanbod_id JOIN deelnemers b ON b.id = mt.bewoner_id
        WHERE k.id = $1 AND mt.gemeente_id = $2 AND a.soort = 'wijkservice' FOR UPDATE OF k`,
      [keerId, p.gemeenteId],
    )) as KeerRij[];
    if (!k) throw notFound('Wijkservice-keer', keerId);
    const partij = p.deelnemerId === k.helper_id || p.deelnemerId === k.bewoner_id;
    const staf = isStaf(p) && (p.rollen.includes('beheerder') || p.wijkCodes.includes(k.wijk_code));
    if (!partij && !staf) throw forbidden('Dit is niet uw match');
    return k;
  }
}
