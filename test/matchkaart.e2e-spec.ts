import request from 'supertest';
import { Client } from 'pg';
import { volgendeKeren } from '@app/domain';
import { datumVoluit } from '@app/notificaties';
import { pdfText } from './harness/pdf';
import { login, startStack, type TestStack } from './harness/stack';
import { Buurt, PW } from './notificaties.fixtures';

const TELEFOON = '023 511 51 15';
const over = (dagen: number, uur = 9) => {
  const t = new Date(Date.now() + dagen * 86400_000);
  t.setUTCHours(uur, 0, 0, 0);
  return t.toISOString();
};

describe('the match card: printed by the makelaar of the match, with the two people, the next dates and the phone number', () => {
  let stack: TestStack;
  let db: Client;
  const t: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${t[who]}` });
  const kaart = (who: string, id: string) => request(stack.http).get(`/api/v1/matches/${id}/kaart.pdf`).set(as(who)).buffer(true);

  beforeAll(async () => {
    stack = await startStack({ worker: false, label: 'matchkaart' });
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    t.beheerder = await login(stack.http);
    const wg = await request(stack.http).get('/api/v1/werkgebieden').set(as('beheerder')).expect(200);
    const centrum = wg.body.find((w: { naam: string }) => w.naam === 'Centrum & Rozenprieel');
    const ander = wg.body.find((w: { naam: string }) => w.naam !== 'Centrum & Rozenprieel');
    await request(stack.http)
      .put(`/api/v1/werkgebieden/${centrum.id}`)
      .set(as('beheerder'))
      .send({ naam: centrum.naam, wijken: centrum.wijken, telefoon: TELEFOON })
      .expect(200);
    for (const [who, werkgebied] of [
      ['makelaar', centrum.id],
      ['buiten', ander.id],
    ] as const) {
      await request(stack.http)
        .post('/api/v1/accounts')
        .set(as('beheerder'))
        .send({ email: `${who}@kaart.nl`, wachtwoord: PW, naam: who, rollen: ['makelaar'], werkgebieden: [werkgebied] })
        .expect(201);
      t[who] = await login(stack.http, `${who}@kaart.nl`, PW);
    }
    // a makelaar of another gemeente
    await request(stack.http)
      .post('/api/v1/gemeenten')
      .set(as('beheerder'))
      .send({ code: 'GM0363', naam: 'Amsterdam', beheerderEmail: 'beheer@amsterdam.test', beheerderWachtwoord: PW })
      .expect(201);
    const amsterdam = await login(stack.http, 'beheer@amsterdam.test', PW);
    await request(stack.http)
      .post('/api/v1/accounts')
      .set({ authorization: `Bearer ${amsterdam}` })
      .send({ email: 'makelaar@amsterdam.test', wachtwoord: PW, naam: 'Ams', rollen: ['makelaar'] })
      .expect(201);
    t.amsterdam = await login(stack.http, 'makelaar@amsterdam.test', PW);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('names the two matched people, the next dates and the makelaar phone; audited; 409 before yes, 404/403 outside', async () => {
    const buurt = new Buurt(stack, db, t.makelaar);
    const vera = await buurt.helper('Vera', 'app');
    t.vera = vera.token;
    const truus = await buurt.bewoner('Truus', { achternaam: 'de Vries', straat: 'Kerkstraat', telefoon: '023-5123456', offline: true });
    const start = over(2);
    const hv = await request(stack.http)
      .post('/api/v1/hulpvragen')
      .set(as('makelaar'))
      .send({
        deelnemerId: truus.deelnemerId,
        categorie: 'boodschappen',
        titel: 'Boodschappen op vrijdag',
        venster: { soort: 'terugkerend', start, rrule: 'FREQ=WEEKLY' },
        duurMinuten: 60,
      })
      .expect(201);
    const match = await request(stack.http).post('/api/v1/matches').set(as('makelaar')).send({ hulpvraagId: hv.body.id, aanbodId: vera.aanbodId }).expect(201);
    const id = match.body.id as string;

    // before Vera says yes there is no card: she may not see the address yet
    const tevroeg = await kaart('makelaar', id).expect(409);
    expect(tevroeg.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(tevroeg.body).toMatchObject({ code: 'geen-matchkaart', huidigeStatus: 'aangeboden' });

    // accepted, not yet confirmed: the next dates follow from the weekly recurrence
    await request(stack.http).post(`/api/v1/matches/${id}/accepteren`).set(as('vera')).expect(200);
    const eerst = await kaart('makelaar', id).expect(200);
    expect(eerst.headers['content-type']).toBe('application/pdf');
    const tekst = pdfText(eerst.body as Buffer);
    for (const d of volgendeKeren('FREQ=WEEKLY', new Date(start), new Date(), 4)) expect(tekst).toContain(datumVoluit(d));

    // confirmed: the planned occurrences are the dates
    const bevestigd = await request(stack.http).post(`/api/v1/matches/${id}/bevestigen`).set(as('makelaar')).expect(200);
    const r = await kaart('makelaar', id).expect(200);
    const kaartTekst = pdfText(r.body as Buffer);
    expect(kaartTekst).toContain('Matchkaart: Boodschappen op vrijdag');
    expect(kaartTekst).toContain('Vera helpt u met "Boodschappen op vrijdag"');
    expect(kaartTekst).toContain('U helpt Truus de Vries met "Boodschappen op vrijdag"');
    expect(kaartTekst).toContain('Waar: Kerkstraat 12, 2011 AB Haarlem');
    expect(kaartTekst).toContain(`Bel de sociaal makelaar: ${TELEFOON}`);
    const eerste = bevestigd.body.keren[0].datum as string;
    expect(kaartTekst).toContain(datumVoluit(new Date(eerste)));
    expect(kaartTekst).not.toContain('023-5123456');

    // every print is in the audit log, once for each person on the card
    const audit = await db.query(`SELECT deelnemer_id FROM audit_log WHERE actie = 'afdrukken' AND object_type = 'matchkaart' AND object_id = $1`, [id]);
    expect(new Set(audit.rows.map((a: { deelnemer_id: string }) => a.deelnemer_id))).toEqual(new Set([truus.deelnemerId, vera.deelnemerId]));
    expect(audit.rows).toHaveLength(4);

    // another gemeente's makelaar does not know the match; a makelaar of another area and the helper may not print
    const elders = await kaart('amsterdam', id).expect(404);
    expect(elders.headers['content-type']).toMatch(/application\/problem\+json/);
    await kaart('buiten', id).expect(403);
    await kaart('vera', id).expect(403);
    const onbekend = await kaart('makelaar', '00000000-0000-4000-8000-00000000abcd').expect(404);
    expect(onbekend.headers['content-type']).toMatch(/application\/problem\+json/);
    const fout = await kaart('makelaar', 'kaart').expect(400);
    expect(fout.body.errors).toEqual([{ field: 'id', message: 'verwacht een uuid' }]);
  });
});
