import request from 'supertest';
import { Client } from 'pg';
import { pdfText } from './harness/pdf';
import { login, startStack, type TestStack } from './harness/stack';

const PW = 'Correct-Horse-42-battery';
const over = (dagen: number, uur = 10) => {
  const t = new Date(Date.now() + dagen * 86400_000);
  t.setUTCHours(uur, 0, 0, 0);
  return t.toISOString();
};
const ELKE_DAG = [1, 2, 3, 4, 5, 6, 7].map((dag) => ({ dag, van: '07:00', tot: '21:00' }));
const verwijzing = (over: Record<string, unknown> = {}) => ({
  persoon: {
    voornaam: 'Sam',
    achternaam: 'Jansen',
    telefoon: '023-5999999',
    postcode: '2011AB',
    huisnummer: '30',
    rollen: [],
    toestemmingen: [{ doel: 'matching' }],
  },
  afspraak: { modus: 'vrijwillig', urenPerWeek: 3 },
  grenzen: { geenFysiekZwaarWerk: true, gezondheid: 'rugklachten', maxReisafstandMeter: 3000, vervoer: 'fiets' },
  voorkeurstaken: ['tuin', 'boodschappen'],
  interesses: ['buiten werken'],
  vaardigheden: ['snoeien'],
  beschikbaarheid: ELKE_DAG,
  uitkering: 'participatiewet',
  ...over,
});

describe('Wijkservice: referral, matching without verdringing, hours within the agreement, statement and monitoring', () => {
  let stack: TestStack;
  let db: Client;
  const t: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${t[who]}` });
  const weigeringen = async (code: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE details ->> 'geweigerd' = $1`, [code])).rows[0].n as number;
  const uren = async (who: string, id: string) => (await request(stack.http).get(`/api/v1/wijkservice/deelnemers/${id}/uren`).set(as(who)).expect(200)).body;
  const stand = (bevestigd: number, betwist: number, open: number) => ({ bevestigd, betwist, open, totaal: bevestigd + betwist + open });

  beforeAll(async () => {
    stack = await startStack({ worker: false, label: 'wijkservice' });
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    t.beheerder = await login(stack.http);
    const wg = await request(stack.http).get('/api/v1/werkgebieden').set(as('beheerder')).expect(200);
    const centrum = wg.body.find((w: { naam: string }) => w.naam === 'Centrum & Rozenprieel').id;
    for (const [who, rollen, werkgebieden] of [
      ['makelaar', ['makelaar'], [centrum]],
      ['klantmanager', ['professional'], []],
      ['gemeente', ['gemeente'], []],
    ] as const) {
      await request(stack.http)
        .post('/api/v1/accounts')
        .set(as('beheerder'))
        .send({ email: `${who}@ws.nl`, wachtwoord: PW, naam: who, rollen, werkgebieden })
        .expect(201);
      t[who] = await login(stack.http, `${who}@ws.nl`, PW);
    }
    await request(stack.http)
      .put('/api/v1/wijkservice/instellingen')
      .set(as('beheerder'))
      .send({ modus: 'vrijwillig', vergoedingPerTaakCent: 250 })
      .expect(200);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('refuses paid work and a mode the gemeente does not use, and records the refusal', async () => {
    const betaald = await request(stack.http)
      .post('/api/v1/wijkservice/deelnemers')
      .set(as('klantmanager'))
      .send(verwijzing({ voorkeurstaken: ['tuinonderhoud-groot'] }))
      .expect(409);
    expect(betaald.body).toMatchObject({ code: 'regel-overtreden', regels: ['WIJKSERVICE_VERDRINGING'] });
    expect(await weigeringen('regel-overtreden')).toBe(1);
    const modus = await request(stack.http)
      .post('/api/v1/wijkservice/deelnemers')
      .set(as('klantmanager'))
      .send(verwijzing({ afspraak: { modus: 'tegenprestatie', urenPerWeek: 3 } }))
      .expect(422);
    expect(modus.body.code).toBe('modus-niet-toegestaan');
    const zonderToestemming = verwijzing();
    (zonderToestemming.persoon as Record<string, unknown>).toestemmingen = [];
    expect((await request(stack.http).post('/api/v1/wijkservice/deelnemers').set(as('klantmanager')).send(zonderToestemming).expect(422)).body.code).toBe(
      'toestemming-vereist',
    );
  });

  it('walks the Wijkservice story end to end', async () => {
    // 1. the klantmanager refers Sam with his consent; the benefit status is for her, not for the makelaar
    const sam = await request(stack.http).post('/api/v1/wijkservice/deelnemers').set(as('klantmanager')).send(verwijzing()).expect(201);
    expect(sam.body).toMatchObject({ voornaam: 'Sam', uitkering: 'participatiewet', afspraak: { modus: 'vrijwillig', urenPerWeek: 3 }, status: 'actief' });
    const samId = sam.body.deelnemerId as string;
    const samAanbod = sam.body.aanbodId as string;
    const doorMakelaar = await request(stack.http).get(`/api/v1/wijkservice/deelnemers/${samId}`).set(as('makelaar')).expect(200);
    expect(doorMakelaar.body).not.toHaveProperty('uitkering');
    expect(doorMakelaar.body.grenzen.geenFysiekZwaarWerk).toBe(true);
    await request(stack.http)
      .post('/api/v1/accounts')
      .set(as('beheerder'))
      .send({ email: 'sam@ws.nl', wachtwoord: PW, naam: 'Sam', rollen: ['wijkservice'], deelnemerId: samId })
      .expect(201);
    t.sam = await login(stack.http, 'sam@ws.nl', PW);

    // nothing on the public notice board says Wijkservice or benefits
    const prikbord = await request(stack.http).get('/api/v1/prikbord?type=aanbod').expect(200);
    expect(JSON.stringify(prikbord.body)).not.toMatch(/wijkservice|participatiewet|uitkering/i);

    // 2. an offline resident asks for garden help by phone; the engine suggests Sam
    const truus = await request(stack.http)
      .post('/api/v1/deelnemers')
      .set(as('makelaar'))
      .send({ voornaam: 'Truus', telefoon: '023-5123456', postcode: '2011AB', huisnummer: '12', rollen: ['bewoner'], offline: true })
      .expect(201);
    const vraag = (categorie: string, titel: string, eisen: Record<string, unknown> = {}) =>
      request(stack.http)
        .post('/api/v1/hulpvragen')
        .set(as('makelaar'))
        .send({ deelnemerId: truus.body.id, categorie, titel, venster: { soort: 'eenmalig', start: over(2, 9), eind: over(2, 12) }, duurMinuten: 60, eisen })
        .expect(201);
    const tuin = (await vraag('tuin', 'Onkruid wieden in de voortuin')).body.id as string;
    const sug = await request(stack.http).get(`/api/v1/hulpvragen/${tuin}/suggesties`).set(as('makelaar')).expect(200);
    expect(sug.body.suggesties.map((s: { aanbodId: string }) => s.aanbodId)).toContain(samAanbod);
    expect(JSON.stringify(sug.body.suggesties[0].reasons)).not.toMatch(/wijkservice/i);

    // his health limit is a hard rule: heavy garden work is not suggested
    const zwaar = (await vraag('tuin', 'Bomen rooien', { fysiekZwaar: true })).body.id as string;
    const zwaarSug = await request(stack.http).get(`/api/v1/hulpvragen/${zwaar}/suggesties`).set(as('makelaar')).expect(200);
    expect(zwaarSug.body.suggesties.map((s: { aanbodId: string }) => s.aanbodId)).not.toContain(samAanbod);
    expect(zwaarSug.body.uitgesloten.find((u: { aanbodId: string }) => u.aanbodId === samAanbod).excludedBy.map((u: { code: string }) => u.code)).toContain(
      'WIJKSERVICE_GRENS',
    );

    // 3. paid work: not suggested, refused with the rule named, overridable only with a reason that is recorded
    const hovenier = (await vraag('tuinonderhoud-groot', 'Heg van 40 meter snoeien')).body.id as string;
    const hovSug = await request(stack.http).get(`/api/v1/hulpvragen/${hovenier}/suggesties`).set(as('makelaar')).expect(200);
    expect(hovSug.body.suggesties.map((s: { aanbodId: string }) => s.aanbodId)).not.toContain(samAanbod);
    const voor = await weigeringen('regel-overtreden');
    const geweigerd = await request(stack.http).post('/api/v1/matches').set(as('makelaar')).send({ hulpvraagId: hovenier, aanbodId: samAanbod }).expect(409);
    expect(geweigerd.body.regels).toContain('WIJKSERVICE_VERDRINGING');
    expect(geweigerd.body.detail).toMatch(/betaald werk/);
    expect(await weigeringen('regel-overtreden')).toBe(voor + 1);
    // a request marked as paid work by itself, in an open category, is refused the same way
    const gemarkeerd = (await vraag('boodschappen', 'Wekelijkse boodschappen voor de zaak')).body.id as string;
    await request(stack.http)
      .put(`/api/v1/wijkservice/hulpvragen/${gemarkeerd}/betaald-werk`)
      .set(as('makelaar'))
      .send({ reden: 'Bezorgdienst van de winkel' })
      .expect(200);
    const markering = await request(stack.http).post('/api/v1/matches').set(as('makelaar')).send({ hulpvraagId: gemarkeerd, aanbodId: samAanbod }).expect(409);
    expect(markering.body.regels).toEqual(['WIJKSERVICE_VERDRINGING']);
    await request(stack.http)
      .post('/api/v1/wijkservice/matches')
      .set(as('makelaar'))
      .send({ hulpvraagId: hovenier, aanbodId: samAanbod, overrideReden: 'kort' })
      .expect(400);
    const override = await request(stack.http)
      .post('/api/v1/wijkservice/matches')
      .set(as('makelaar'))
      .send({ hulpvraagId: hovenier, aanbodId: samAanbod, overrideReden: 'Geen hovenier beschikbaar, bewoner in nood; afgestemd met teamleider' })
      .expect(201);
    const [o] = (await db.query(`SELECT regels, reden, match_id FROM wijkservice_overrides`)).rows;
    expect(o).toMatchObject({ regels: ['WIJKSERVICE_VERDRINGING'], match_id: override.body.id });
    await request(stack.http)
      .post(`/api/v1/matches/${override.body.id}/annuleren`)
      .set(as('makelaar'))
      .send({ reden: 'toch een hovenier gevonden' })
      .expect(200);

    // 4. Sam helps in the garden; hours beyond his agreement are refused, his 2 hours confirmed by both sides
    const match = await request(stack.http).post('/api/v1/matches').set(as('makelaar')).send({ hulpvraagId: tuin, aanbodId: samAanbod }).expect(201);
    await request(stack.http).post(`/api/v1/matches/${match.body.id}/accepteren`).set(as('sam')).expect(200);
    const bev = await request(stack.http).post(`/api/v1/matches/${match.body.id}/bevestigen`).set(as('makelaar')).expect(200);
    const keerId = bev.body.keren[0].id as string;
    await db.query(`UPDATE match_keren SET datum = now() - interval '1 hour' WHERE id = $1`, [keerId]);
    const teVeel = await request(stack.http).post(`/api/v1/matches/${match.body.id}/keren/${keerId}/gedaan`).set(as('sam')).send({ uren: 3.5 }).expect(422);
    expect(teVeel.body.code).toBe('boven-afspraak');
    expect(await weigeringen('boven-afspraak')).toBe(1);
    await request(stack.http).post(`/api/v1/matches/${match.body.id}/keren/${keerId}/gedaan`).set(as('sam')).send({ uren: 2 }).expect(200);
    const half = await request(stack.http).post(`/api/v1/wijkservice/keren/${keerId}/bevestigen`).set(as('sam')).expect(200);
    expect(half.body.bevestigd).toEqual({ bewoner: false, deelnemer: true });
    // Sam sees his hours on his own page: registered, not yet confirmed by the other side
    const open = await uren('sam', samId);
    expect(open).toMatchObject({ dezeMaand: stand(0, 0, 2), ditJaar: stand(0, 0, 2), afspraak: { modus: 'vrijwillig', urenPerWeek: 3 }, verklaring: true });
    expect(open.taken).toEqual([
      {
        soort: 'keer',
        id: keerId,
        datum: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        titel: 'Onkruid wieden in de voortuin',
        taak: 'Tuin',
        uren: 2,
        status: 'open',
      },
    ]);
    const beide = await request(stack.http).post(`/api/v1/wijkservice/keren/${keerId}/bevestigen`).set(as('makelaar')).expect(200);
    expect(beide.body).toMatchObject({ uren: 2, bevestigd: { bewoner: true, deelnemer: true }, geschil: false });

    // a dispute goes to the makelaar's werkvoorraad and is settled there
    const geschil = await request(stack.http)
      .post(`/api/v1/wijkservice/keren/${keerId}/betwisten`)
      .set(as('sam'))
      .send({ uren: 2.5, toelichting: 'Ik heb ook het tuinafval weggebracht' })
      .expect(200);
    expect(geschil.body).toMatchObject({ geschil: true, bevestigd: { bewoner: true, deelnemer: false } });
    expect((await uren('sam', samId)).dezeMaand).toEqual(stand(0, 2, 0));
    const taken = await request(stack.http).get('/api/v1/taken?soort=uren-geschil').set(as('makelaar')).expect(200);
    expect(taken.body).toHaveLength(1);
    await request(stack.http).post(`/api/v1/wijkservice/keren/${keerId}/geschil-oplossen`).set(as('makelaar')).send({ uren: 2 }).expect(200);
    expect((await request(stack.http).get('/api/v1/taken?soort=uren-geschil').set(as('makelaar')).expect(200)).body).toHaveLength(0);
    expect((await uren('sam', samId)).ditJaar).toEqual(stand(2, 0, 0));

    // 5. the statement: only with Sam's consent; hours and kinds of tasks, never the resident's name
    const voorVerklaring = await weigeringen('geen-toegang');
    await request(stack.http).get(`/api/v1/wijkservice/deelnemers/${samId}/verklaring.pdf`).set(as('klantmanager')).expect(403);
    expect(await weigeringen('geen-toegang')).toBe(voorVerklaring + 1);
    // the klantmanager sees his hours by kind of task, not what was done for whom, and may not print yet
    const doorKlantmanager = await uren('klantmanager', samId);
    expect(doorKlantmanager).toMatchObject({ ditJaar: stand(2, 0, 0), verklaring: false });
    expect(doorKlantmanager.taken[0]).toMatchObject({ titel: null, taak: 'Tuin' });
    // Sam himself always prints his own statement
    const eigen = await request(stack.http).get(`/api/v1/wijkservice/deelnemers/${samId}/verklaring.pdf`).set(as('sam')).buffer(true).expect(200);
    expect(pdfText(eigen.body as Buffer)).toContain('Totaal bevestigde uren: 2 uur');
    await request(stack.http).post(`/api/v1/deelnemers/${samId}/toestemmingen`).set(as('klantmanager')).send({ doel: 'wijkservice-verklaring' }).expect(201);
    const pdf = await request(stack.http).get(`/api/v1/wijkservice/deelnemers/${samId}/verklaring.pdf`).set(as('klantmanager')).buffer(true).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const tekst = pdfText(pdf.body as Buffer);
    expect(tekst).toContain('Sam Jansen');
    expect(tekst).toContain('Tuin: 1 taak, 2 uur');
    expect(tekst).toContain('Totaal bevestigde uren: 2 uur');
    expect(tekst).toMatch(/2,50/);
    expect(tekst).not.toContain('Truus');
    expect(tekst).not.toContain('Onkruid');

    // 6. a group task: spots, sign-up, attendance; a paid-work group task is refused
    const wijk = doorMakelaar.body.wijk as string;
    const ploeg = { wijk, titel: 'Onderhoudsploeg: plantsoen', plaats: 'Plantsoen bij de kerk', datum: over(8), duurMinuten: 60, plekken: 1 };
    const betaaldePloeg = await request(stack.http)
      .post('/api/v1/wijkservice/groepstaken')
      .set(as('makelaar'))
      .send({ ...ploeg, betaaldWerk: true })
      .expect(409);
    expect(betaaldePloeg.body.regels).toEqual(['WIJKSERVICE_VERDRINGING']);
    const groep = await request(stack.http).post('/api/v1/wijkservice/groepstaken').set(as('makelaar')).send(ploeg).expect(201);
    await request(stack.http).post(`/api/v1/wijkservice/groepstaken/${groep.body.id}/aanmeldingen`).set(as('sam')).send({}).expect(201);
    expect((await request(stack.http).get(`/api/v1/wijkservice/groepstaken/${groep.body.id}`).set(as('sam')).expect(200)).body).not.toHaveProperty(
      'aanmeldingen',
    );
    await request(stack.http).post(`/api/v1/wijkservice/groepstaken/${groep.body.id}/aanmeldingen`).set(as('sam')).send({}).expect(409);
    const aanwezig = await request(stack.http)
      .post(`/api/v1/wijkservice/groepstaken/${groep.body.id}/aanwezigheid`)
      .set(as('makelaar'))
      .send({ deelnemers: [{ deelnemerId: samId, aanwezig: true }] })
      .expect(200);
    expect(aanwezig.body.aanmeldingen).toEqual([{ deelnemerId: samId, voornaam: 'Sam', aanwezig: true, uren: 1 }]);

    // his overview: the attended group task counts as confirmed; exact totals per month, week and year
    await db.query(`UPDATE wijkservice_groepstaken SET datum = now() - interval '30 minutes' WHERE id = $1`, [groep.body.id]);
    const overzicht = await uren('sam', samId);
    expect(overzicht.dezeMaand).toEqual(stand(3, 0, 0));
    expect(overzicht.ditJaar).toEqual(stand(3, 0, 0));
    expect(overzicht.perMaand).toEqual([{ maand: overzicht.periode.tot.slice(0, 7), ...stand(3, 0, 0) }]);
    expect(overzicht.perWeek).toEqual([{ week: expect.stringMatching(/^\d{4}-W\d{2}$/), van: expect.any(String), tot: expect.any(String), ...stand(3, 0, 0) }]);
    expect(overzicht.taken.map((r: { soort: string; taak: string; uren: number; status: string }) => [r.soort, r.taak, r.uren, r.status])).toEqual([
      ['groepstaak', 'Groepstaak: wijkonderhoud', 1, 'bevestigd'],
      ['keer', 'Tuin', 2, 'bevestigd'],
    ]);
    // another participant sees only his own (none), never Sam's; a bad or unknown id is a problem naming it
    const mo = await request(stack.http)
      .post('/api/v1/wijkservice/deelnemers')
      .set(as('klantmanager'))
      .send(verwijzing({ persoon: { voornaam: 'Mo', postcode: '2011AB', huisnummer: '31', rollen: [], toestemmingen: [{ doel: 'matching' }] } }))
      .expect(201);
    await request(stack.http)
      .post('/api/v1/accounts')
      .set(as('beheerder'))
      .send({ email: 'mo@ws.nl', wachtwoord: PW, naam: 'Mo', rollen: ['wijkservice'], deelnemerId: mo.body.deelnemerId })
      .expect(201);
    t.mo = await login(stack.http, 'mo@ws.nl', PW);
    expect(await uren('mo', mo.body.deelnemerId)).toMatchObject({ ditJaar: stand(0, 0, 0), taken: [], perWeek: [] });
    await request(stack.http).get(`/api/v1/wijkservice/deelnemers/${samId}/uren`).set(as('mo')).expect(403);
    await request(stack.http).get(`/api/v1/wijkservice/deelnemers/${samId}/verklaring.pdf`).set(as('mo')).expect(403);
    const fout = await request(stack.http).get('/api/v1/wijkservice/deelnemers/abc/uren').set(as('sam')).expect(400);
    expect(fout.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fout.body.errors).toEqual([{ field: 'id', message: 'verwacht een uuid' }]);
    await request(stack.http).get('/api/v1/wijkservice/deelnemers/00000000-0000-4000-8000-000000000009/uren').set(as('makelaar')).expect(404);

    // 7. Sam finds work; the outflow reason is recorded and his offer ends
    const uit = await request(stack.http).post(`/api/v1/wijkservice/deelnemers/${samId}/uitstroom`).set(as('klantmanager')).send({ reden: 'werk' }).expect(200);
    expect(uit.body).toMatchObject({ status: 'gestopt', uitstroom: { reden: 'werk' } });
    expect((await db.query(`SELECT status FROM aanbod WHERE id = $1`, [samAanbod])).rows[0].status).toBe('beeindigd');

    // 8. the gemeente sees aggregates only, small cells suppressed; residents and makelaars do not see them
    await request(stack.http).get('/api/v1/wijkservice/monitoring').set(as('makelaar')).expect(403);
    const mon = await request(stack.http).get('/api/v1/wijkservice/monitoring').set(as('gemeente')).expect(200);
    expect(mon.body.uren).toBe('<5 deelnemers');
    expect(mon.body.actieveDeelnemers).toMatchObject({ labels: ['vrijwillig', 'tegenprestatie'], waarden: ['<5', 0], totaal: '<5' });
    expect(mon.body.uitstroomredenen.waarden[mon.body.uitstroomredenen.labels.indexOf('werk')]).toBe('<5');
    expect(mon.body.overrides.totaal).toBe('<5');
    expect(JSON.stringify(mon.body)).not.toMatch(/Sam|Truus/);
  });
});
