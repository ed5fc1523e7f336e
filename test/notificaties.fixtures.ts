import request from 'supertest';
import type { Client } from 'pg';
import type { TestStack } from './harness/stack';

export const PW = 'Correct-Horse-42-battery';
const ELKE_DAG = [1, 2, 3, 4, 5, 6, 7].map((dag) => ({ dag, van: '08:00', tot: '20:00' }));
const over = (dagen: number, uur: number) => {
  const t = new Date(Date.now() + dagen * 86400_000);
  t.setUTCHours(uur, 0, 0, 0);
  return t.toISOString();
};

/** Builds people, requests and offers through the real api, as in the e2e story. */
export class Buurt {
  constructor(
    private readonly stack: TestStack,
    private readonly db: Client,
    private readonly makelaar: string,
  ) {}

  private as(token: string) {
    return { authorization: `Bearer ${token}` };
  }

  /** A volunteer with a login and an active offer; their contact preference is set directly. */
  async helper(naam: string, voorkeur: string, telefoon?: string): Promise<{ token: string; aanbodId: string; deelnemerId: string }> {
    const r = await request(this.stack.http)
      .post('/api/v1/auth/registreren')
      .send({ email: `${naam}@buurt.nl`, wachtwoord: PW, voornaam: naam, postcode: '2011AB', huisnummer: '30', rollen: ['vrijwilliger'], toestemming: true })
      .expect(201);
    const token = r.body.accessToken as string;
    const me = await request(this.stack.http).get('/api/v1/auth/me').set(this.as(token)).expect(200);
    await this.db.query(`UPDATE deelnemers SET contact_voorkeur = $2, telefoon = $3 WHERE id = $1`, [me.body.deelnemerId, voorkeur, telefoon ?? null]);
    const a = await request(this.stack.http)
      .post('/api/v1/aanbod')
      .set(this.as(token))
      .send({ categorieen: ['boodschappen'], titel: `${naam} helpt`, beschikbaarheid: ELKE_DAG, maxAfstandMeter: 5000, vervoer: 'fiets', maxActieveMatches: 3 })
      .expect(201);
    return { token, aanbodId: a.body.id, deelnemerId: me.body.deelnemerId };
  }

  /** A resident entered by the makelaar, with a request. */
  async bewoner(naam: string, extra: Record<string, unknown>): Promise<{ deelnemerId: string; hulpvraagId: string }> {
    const d = await request(this.stack.http)
      .post('/api/v1/deelnemers')
      .set(this.as(this.makelaar))
      .send({ voornaam: naam, postcode: '2011AB', huisnummer: '12', rollen: ['bewoner'], toestemmingen: [{ doel: 'matching' }], ...extra })
      .expect(201);
    const h = await request(this.stack.http)
      .post('/api/v1/hulpvragen')
      .set(this.as(this.makelaar))
      .send({
        deelnemerId: d.body.id,
        categorie: 'boodschappen',
        titel: `Boodschappen voor ${naam}`,
        venster: { soort: 'eenmalig', start: over(3, 9), eind: over(3, 12) },
        duurMinuten: 60,
      })
      .expect(201);
    return { deelnemerId: d.body.id, hulpvraagId: h.body.id };
  }

  /** The makelaar offers the request to the helper; returns the match id. */
  async bied(hulpvraagId: string, aanbodId: string): Promise<string> {
    const r = await request(this.stack.http)
      .post(`/api/v1/hulpvragen/${hulpvraagId}/cascade`)
      .set(this.as(this.makelaar))
      .send({ aanbodIds: [aanbodId] })
      .expect(201);
    return r.body[0].id as string;
  }

  async eventId(type: string, aggregateId: string): Promise<string> {
    const { rows } = await this.db.query(`SELECT id FROM outbox_events WHERE type = $1 AND aggregate_id = $2`, [type, aggregateId]);
    return String(rows[0].id);
  }
}
