import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { JobProducer, QueueName } from '@app/jobs';
import { smsHandtekening } from '@app/notificaties';
import { DevSmtpServer } from '../apps/worker/src/notificaties/mail/dev-smtp.server';
import { eventually, login, startStack, type TestStack } from './harness/stack';
import { Buurt, PW } from './notificaties.fixtures';

const GEHEIM = 'sms-webhook-geheim-voor-tests';

describe('notifications on every channel, and realtime updates (real SMTP, socket.io, worker)', () => {
  let stack: TestStack;
  let db: Client;
  let buurt: Buurt;
  let url: string;
  let makelaarSocket: Socket;
  const t: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${t[who]}` });
  const sockets: Socket[] = [];
  const tellers: { openTaken: number }[] = [];
  const taken: { titel: string; soort: string }[] = [];

  const mails = async (aan: string) => (await db.query(`SELECT onderwerp, tekst FROM dev_mails WHERE $1 = ANY (aan)`, [aan])).rows;
  const berichten = async (deelnemerId: string) =>
    (await request(stack.http).get(`/api/v1/deelnemers/${deelnemerId}/berichten`).set(as('makelaar')).expect(200)).body as {
      kanaal: string;
      status: string;
      fallbackVan: string | null;
      pogingen: number;
      fout: string | null;
    }[];

  function verbind(token?: string): Promise<Socket> {
    const s = io(url, { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(s);
    return new Promise((resolve, reject) => {
      s.once('welkom', () => resolve(s));
      s.once('connect_error', (e) => reject(e));
    });
  }

  beforeAll(async () => {
    stack = await startStack({ label: 'notificaties', env: { SMS_WEBHOOK_SECRET: GEHEIM } });
    await stack.api.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(stack.api.getHttpServer().address() as AddressInfo).port}`;
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    t.beheerder = await login(stack.http);
    const wg = await request(stack.http).get('/api/v1/werkgebieden').set(as('beheerder')).expect(200);
    const centrum = wg.body.find((w: { naam: string }) => w.naam === 'Centrum & Rozenprieel').id;
    await request(stack.http)
      .post('/api/v1/accounts')
      .set(as('beheerder'))
      .send({ email: 'makelaar@buurt.nl', wachtwoord: PW, naam: 'Mirjam', rollen: ['makelaar'], werkgebieden: [centrum] })
      .expect(201);
    t.makelaar = await login(stack.http, 'makelaar@buurt.nl', PW);
    buurt = new Buurt(stack, db, t.makelaar);
    makelaarSocket = await verbind(t.makelaar);
    makelaarSocket.on('taak.nieuw', (x: { titel: string; soort: string }) => taken.push(x));
    makelaarSocket.on('tellers', (x: { openTaken: number }) => tellers.push(x));
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await db?.end();
    await stack?.close();
  });

  it('a match accepted while the resident prefers e-mail produces exactly one mail on the local SMTP server', async () => {
    const henk = await buurt.helper('henk', 'app');
    const els = await buurt.bewoner('Els', { email: 'els@buurt.nl', contactVoorkeur: 'email' });
    const matchId = await buurt.bied(els.hulpvraagId, henk.aanbodId);

    // the offer reaches Henk in the app (stored for his next login)
    const inbox = await eventually(
      async () => {
        const r = await request(stack.http)
          .get('/api/v1/notificaties')
          .set({ authorization: `Bearer ${henk.token}` })
          .expect(200);
        return r.body.items.length ? r.body : undefined;
      },
      15_000,
      'in-app offer',
    );
    expect(inbox.items[0]).toMatchObject({ sjabloon: 'aanbod-nieuw', gelezenOp: null });
    expect(inbox.ongelezen).toBe(1);
    await request(stack.http)
      .post(`/api/v1/notificaties/${inbox.items[0].id}/gelezen`)
      .set({ authorization: `Bearer ${henk.token}` })
      .expect(200);
    const helperBerichten = await berichten(henk.deelnemerId);
    expect(helperBerichten).toEqual([expect.objectContaining({ kanaal: 'app', status: 'delivered' })]);

    await request(stack.http)
      .post(`/api/v1/matches/${matchId}/accepteren`)
      .set({ authorization: `Bearer ${henk.token}` })
      .expect(200);
    const [mail] = await eventually(async () => ((await mails('els@buurt.nl')).length ? mails('els@buurt.nl') : undefined), 15_000, 'mail to Els');
    expect(mail.onderwerp).toBe('Goed nieuws: henk helpt u');
    expect(mail.tekst).toContain('Beste Els');
    // the relay and the job have settled: still one
    await new Promise((r) => setTimeout(r, 1500));
    expect(await mails('els@buurt.nl')).toHaveLength(1);
    expect(await berichten(els.deelnemerId)).toEqual([expect.objectContaining({ kanaal: 'email', status: 'sent', pogingen: 1, fallbackVan: null })]);
    // the dev mailbox shows it to a beheerder, not to a makelaar
    const dev = await request(stack.http).get('/api/v1/dev/mails').set(as('beheerder')).expect(200);
    expect(dev.body.some((m: { aan: string[] }) => m.aan.includes('els@buurt.nl'))).toBe(true);
    await request(stack.http).get('/api/v1/dev/mails').set(as('makelaar')).expect(403);
  });

  it('preference "telefoon" puts a task with the exact words on the werkvoorraad, pushed to the makelaar socket', async () => {
    tellers.length = 0; // only counters pushed for this test's task count
    const piet = await buurt.helper('piet', 'telefoon', '023-5550000');
    const truus = await buurt.bewoner('Truus', { telefoon: '023-5123456', offline: true });
    await buurt.bied(truus.hulpvraagId, piet.aanbodId);
    const taak = await eventually(async () => taken.find((x) => x.soort === 'bel-bericht' && x.titel.includes('piet')), 15_000, 'task event on the socket');
    expect(taak.titel).toContain('023-5550000');
    // the gemeente's counters follow the new task to whoever watches the gemeente
    await eventually(async () => tellers.find((x) => x.openTaken > 0), 5_000, 'counters on the socket');
    const lijst = await request(stack.http).get('/api/v1/taken').set(as('makelaar')).expect(200);
    const bel = lijst.body.filter((x: { soort: string; instructie: string }) => x.soort === 'bel-bericht' && x.instructie.includes('piet'));
    expect(bel).toHaveLength(1);
    expect(bel[0].instructie).toContain('Goedendag piet, u staat bij ons als vrijwilliger.');
    expect(bel[0].instructie).toContain('"Boodschappen voor Truus"');
    expect(await berichten(piet.deelnemerId)).toEqual(expect.arrayContaining([expect.objectContaining({ kanaal: 'telefoon', status: 'sent' })]));
  });

  it('an SMS "JA" on the signed webhook accepts the offer; a replay acts once; bad signatures and bodies are refused', async () => {
    const sara = await buurt.helper('sara', 'sms', '06-12345678');
    const bep = await buurt.bewoner('Bep', { telefoon: '023-5111111', contactVoorkeur: 'telefoon' });
    const matchId = await buurt.bied(bep.hulpvraagId, sara.aanbodId);
    const sms = await eventually(async () => (await db.query(`SELECT naar, tekst FROM dev_sms WHERE naar = '+31612345678'`)).rows[0], 15_000, 'offer SMS');
    expect(sms.tekst).toContain('Stuur JA of NEE terug');

    const stuur = (body: { id: string; van: string; tekst: string }, geheim = GEHEIM) => {
      const tijd = String(Math.floor(Date.now() / 1000));
      return request(stack.http)
        .post('/api/v1/sms/inkomend')
        .set({ 'x-buurtkracht-timestamp': tijd, 'x-buurtkracht-signature': smsHandtekening(geheim, tijd, body) })
        .send(body);
    };
    const ja = { id: 'prov-1', van: '+31 6 12345678', tekst: 'Ja' };
    const fout = await stuur(ja, 'een-ander-geheim-van-16').expect(401);
    expect(fout.body).toMatchObject({ code: 'ongeldige-handtekening', errors: [{ field: 'x-buurtkracht-signature' }] });
    const leeg = await stuur({ id: '', van: 'abc', tekst: 'JA' }).expect(400);
    expect(leeg.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['id', 'van']);

    expect((await stuur(ja).expect(200)).body).toEqual({ resultaat: 'geaccepteerd', matchId });
    expect((await db.query(`SELECT status FROM matches WHERE id = $1`, [matchId])).rows[0].status).toBe('geaccepteerd');
    expect((await stuur(ja).expect(200)).body).toEqual({ resultaat: 'geaccepteerd', matchId });
    expect((await stuur({ ...ja, id: 'prov-2', tekst: 'NEE' }).expect(200)).body.resultaat).toBe('geen-open-aanbod');
    expect((await db.query(`SELECT count(*)::int AS n FROM sms_inkomend`)).rows[0].n).toBe(2);
  });

  it('sockets: a bad token is refused; a client cannot join a room it does not belong to', async () => {
    await expect(verbind('not.a.token')).rejects.toMatchObject({ data: { code: 'niet-ingelogd' } });
    await expect(verbind()).rejects.toMatchObject({ data: { code: 'niet-ingelogd' } });
    const henkToken = await login(stack.http, 'henk@buurt.nl', PW);
    const henk = await verbind(henkToken);
    const ack = await henk.emitWithAck('join', 'wijk:WK039200');
    expect(ack).toMatchObject({ ok: false, code: 'geen-toegang' });
    const kamers = await new Promise<string[]>((r) => {
      const s = io(url, { auth: { token: t.makelaar }, transports: ['websocket'], reconnection: false, forceNew: true });
      sockets.push(s);
      s.once('welkom', (w: { kamers: string[] }) => r(w.kamers));
    });
    expect(kamers.some((k) => k.startsWith('wijk:'))).toBe(true);
    expect(kamers.some((k) => k.startsWith('deelnemer:'))).toBe(false);
  });

  it('SMTP stopped mid-run: the mail is retried with backoff, then the fallback channel delivers it, and it is never sent twice', async () => {
    const smtp = stack.worker!.get(DevSmtpServer);
    const kees = await buurt.helper('kees', 'app');
    const fenna = await buurt.bewoner('Fenna', { email: 'fenna@buurt.nl', telefoon: '06-87654321', contactVoorkeur: 'email' });
    const matchId = await buurt.bied(fenna.hulpvraagId, kees.aanbodId);
    await smtp.stop();
    await request(stack.http)
      .post(`/api/v1/matches/${matchId}/accepteren`)
      .set({ authorization: `Bearer ${kees.token}` })
      .expect(200);
    const eventId = await eventually(async () => buurt.eventId('match.geaccepteerd', matchId).catch(() => undefined), 10_000, 'event');
    const queue = stack.api.get(JobProducer).queue(QueueName.Notificaties);
    const jobId = `notificatie.${eventId}.bewoner.0`;

    // each failed attempt waits with backoff (a delayed job); moving the clock = promoting it
    const pogingen: number[] = [];
    await eventually(
      async () => {
        const job = await queue.getJob(jobId);
        const state = await job?.getState();
        if (state === 'delayed') {
          const b = (await berichten(fenna.deelnemerId)).find((x) => x.kanaal === 'email');
          if (b && !pogingen.includes(b.pogingen)) pogingen.push(b.pogingen);
          await job!.promote();
        }
        return state === 'completed';
      },
      30_000,
      'email attempts exhausted',
    );
    expect(pogingen).toEqual([1, 2, 3]);
    const sms = await eventually(async () => (await db.query(`SELECT tekst FROM dev_sms WHERE naar = '+31687654321'`)).rows[0], 15_000, 'fallback SMS');
    expect(sms.tekst).toContain('helpt u met "Boodschappen voor Fenna"');
    const status = await berichten(fenna.deelnemerId);
    expect(status).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kanaal: 'email', status: 'failed', pogingen: 4, fout: expect.stringMatching(/ECONNREFUSED/) }),
        expect.objectContaining({ kanaal: 'sms', status: 'delivered', fallbackVan: 'email' }),
      ]),
    );

    // the mail server is back: the message is not sent again, on any channel
    await smtp.start();
    await queue.add('notificatie.bezorg', (await queue.getJob(jobId))!.data, { jobId: `${jobId}.nogmaals` });
    await eventually(async () => (await (await queue.getJob(`${jobId}.nogmaals`))?.getState()) === 'completed', 10_000, 'duplicate job');
    expect(await mails('fenna@buurt.nl')).toHaveLength(0);
    expect((await db.query(`SELECT count(*)::int AS n FROM dev_sms WHERE naar = '+31687654321'`)).rows[0].n).toBe(1);
  });
});
