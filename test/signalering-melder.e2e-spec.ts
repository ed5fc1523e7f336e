import request from 'supertest';
import { Client } from 'pg';
import { eventually, login, startStack, type TestStack } from './harness/stack';

const PW = 'Correct-Horse-42-battery';

/** "Ik maak me zorgen om iemand": the reporter hears that it was picked up, and nothing about the person. */
describe('signalering: acknowledgement and closing message to the reporter', () => {
  let stack: TestStack;
  let db: Client;
  let makelaar: string;

  beforeAll(async () => {
    stack = await startStack({ label: 'melder' });
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const beheer = await login(stack.http);
    const wg = await request(stack.http).get('/api/v1/werkgebieden').set('authorization', `Bearer ${beheer}`).expect(200);
    const centrum = wg.body.find((w: { naam: string }) => w.naam === 'Centrum & Rozenprieel').id;
    await request(stack.http)
      .post('/api/v1/accounts')
      .set('authorization', `Bearer ${beheer}`)
      .send({ email: 'm@melder.nl', wachtwoord: PW, naam: 'Mirjam', rollen: ['makelaar'], werkgebieden: [centrum] })
      .expect(201);
    makelaar = await login(stack.http, 'm@melder.nl', PW);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('acknowledges at once, makes an urgent task, and mails the reporter once when it is closed', async () => {
    const s = await request(stack.http)
      .post('/api/v1/signaleringen')
      .send({
        over: { postcode: '2011AB', huisnummer: '3', naam: 'Mevrouw Jansen' },
        zorg: 'Ik zie haar al een week niet en de post stapelt zich op.',
        urgent: true,
        melder: { naam: 'Kees', email: 'kees@buur.nl' },
      })
      .expect(201);
    expect(s.body).toMatchObject({ referentie: expect.stringMatching(/^S-\d+$/), bericht: expect.stringContaining('opgepakt') });
    const as = { authorization: `Bearer ${makelaar}` };
    const taken = await request(stack.http).get('/api/v1/taken').set(as).expect(200);
    expect(taken.body[0]).toMatchObject({ soort: 'signalering', prioriteit: 'spoed' });
    const [item] = (await request(stack.http).get('/api/v1/signaleringen').set(as).expect(200)).body;
    await request(stack.http).post(`/api/v1/signaleringen/${item.id}/in-behandeling-nemen`).set(as).expect(200);
    await request(stack.http).post(`/api/v1/signaleringen/${item.id}/sluiten`).set(as).send({}).expect(422);
    await request(stack.http)
      .post(`/api/v1/signaleringen/${item.id}/sluiten`)
      .set(as)
      .send({ toelichting: 'Huisbezoek gedaan, buurvrouw was in het ziekenhuis; familie ingeschakeld.' })
      .expect(200);

    const mails = async () =>
      (await db.query(`SELECT onderwerp, tekst FROM dev_mails WHERE 'kees@buur.nl' = ANY (aan)`)).rows as { onderwerp: string; tekst: string }[];
    const [mail] = await eventually(async () => ((await mails()).length ? mails() : undefined), 15_000, 'the closing mail');
    expect(mail.onderwerp).toBe('Uw melding is opgepakt');
    expect(mail.tekst).toContain(s.body.referentie);
    for (const geheim of ['Jansen', 'ziekenhuis', 'familie', '2011']) expect(mail.tekst).not.toContain(geheim);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await mails()).toHaveLength(1);
  });

  it('sends nothing to an anonymous reporter', async () => {
    await request(stack.http)
      .post('/api/v1/signaleringen')
      .send({ over: { wijk: 'WK039201' }, zorg: 'Zorgen om de buurman.', urgent: false })
      .expect(201);
    const as = { authorization: `Bearer ${makelaar}` };
    const lijst = (await request(stack.http).get('/api/v1/signaleringen').set(as).expect(200)).body as { id: string; melder: unknown; status: string }[];
    const anon = lijst.find((x) => x.melder === null && x.status === 'ontvangen')!;
    await request(stack.http).post(`/api/v1/signaleringen/${anon.id}/in-behandeling-nemen`).set(as).expect(200);
    await request(stack.http).post(`/api/v1/signaleringen/${anon.id}/sluiten`).set(as).send({ toelichting: 'Niets aan de hand.' }).expect(200);
    await new Promise((r) => setTimeout(r, 1500));
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM berichten WHERE sleutel LIKE '%melder%'`);
    expect(rows[0].n).toBe(1);
  });
});
