/* Residents and volunteers under /mijn against the real api: a volunteer accepts an offer from the makelaar and says
 * "Ik help" to a suggested request; a resident sees their request, confirms the helper, answers "did the help
 * happen?", withdraws a request with a reason, withdraws a consent and deletes the account; a Wijkservice participant
 * sees their hours with the state of each and prints their statement; axe on each state. */
import { Client } from 'pg';
import { axeViolations, DESKTOP, js, newPage, PHONE, shot, startWeb, type WebEnv } from './browser';
import { adminToken, apiCall, flexibel, loginUi, makeBewoner, makeMakelaar, makeVrijwilliger, PASSWORD, tokenFor } from './staff-helpers';

jest.setTimeout(180_000);

describe('web app: mijn overzicht', () => {
  let env: WebEnv;
  let bewoner: { token: string; deelnemerId: string };
  let vera: { token: string; aanbodId: string };
  let boodschappen: { id: string };
  beforeAll(async () => {
    env = await startWeb('webmijn');
    await makeMakelaar(env, 'mira@mijn.test');
    vera = await makeVrijwilliger(env, 'vera@mijn.test', 'Vera');
    bewoner = await makeBewoner(env, 'bert@mijn.test', 'Bert');
    boodschappen = await apiCall(
      env,
      'POST',
      '/hulpvragen',
      { categorie: 'boodschappen', titel: 'Boodschappen op vrijdag', venster: flexibel(), duurMinuten: 60 },
      bewoner.token,
    );
    await apiCall(env, 'POST', '/hulpvragen', { categorie: 'tuin', titel: 'Heg knippen graag', venster: flexibel(), duurMinuten: 60 }, bewoner.token);
    // the makelaar offers the groceries request to Vera
    const mira = await tokenFor(env, 'mira@mijn.test', 'Lang-genoeg-wachtwoord-7');
    await apiCall(env, 'POST', `/hulpvragen/${boodschappen.id}/cascade`, { aanbodIds: [vera.aanbodId], modus: 'een-voor-een' }, mira);
  }, 300_000);
  afterAll(() => env?.close());

  it('a volunteer accepts the offer and says "Ik help" to a suggested request', async () => {
    const { context, page, errors } = await newPage(env, PHONE);
    await loginUi(page, 'vera@mijn.test', undefined, '**/mijn/overzicht');
    await page.getByRole('heading', { level: 1, name: 'Mijn overzicht' }).waitFor();
    const kaart = page.locator('.bk-kaart', { hasText: 'Boodschappen op vrijdag' }).first();
    await kaart.getByText('Aangeboden: wacht op de helper').waitFor();
    // the suggested request with its reason
    await page.getByRole('heading', { name: 'Vragen die bij u passen' }).waitFor();
    await page
      .locator('.bk-kaart', { hasText: 'Heg knippen graag' })
      .getByText(/verderop/)
      .first()
      .waitFor();
    expect(await js<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'mijn-vrijwilliger-phone');
    expect(await axeViolations(page)).toEqual([]);
    await kaart.getByRole('button', { name: 'Ja, ik help' }).click();
    await page.getByText(/Dank u! U helpt Bert/).waitFor();
    await page.locator('.bk-kaart', { hasText: 'Boodschappen op vrijdag' }).first().getByText('De helper zegt ja: wacht op bevestiging').waitFor();
    await page.locator('.bk-inline-form li.bk-kaart', { hasText: 'Heg knippen graag' }).getByRole('button', { name: 'Ik help' }).click();
    await page.getByText(/U helpt bij "Heg knippen graag"/).waitFor();
    await shot(page, 'mijn-vrijwilliger-geaccepteerd');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a resident sees the requests and the helper, confirms, says the help happened, withdraws a request', async () => {
    const { context, page, errors } = await newPage(env, DESKTOP);
    await loginUi(page, 'bert@mijn.test', undefined, '**/mijn/overzicht');
    await page.getByRole('heading', { name: 'Mijn hulpvragen' }).waitFor();
    await page.locator('.bk-kaart', { hasText: 'Heg knippen graag' }).first().waitFor();
    const match = page.locator('li.bk-kaart', { has: page.getByRole('heading', { name: 'Boodschappen op vrijdag' }) }).filter({ hasText: 'Helper: Vera' });
    await match.getByRole('button', { name: 'Ja, Vera mag komen' }).click();
    await page.getByText('Bevestigd. Vera komt helpen.').waitFor();
    await match.getByText(/Volgende keer:/).waitFor();
    await match.getByLabel('Ja', { exact: true }).check();
    await match.getByLabel(/Hoe ging het/).selectOption('positief');
    await shot(page, 'mijn-bewoner');
    expect(await axeViolations(page)).toEqual([]);
    await match.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Dank u voor uw antwoord.').waitFor();

    // withdraw a request with a reason from the list; a new one is posted first so one is still open
    await apiCall(env, 'POST', '/hulpvragen', { categorie: 'klussen', titel: 'Lamp ophangen', venster: flexibel(), duurMinuten: 30 }, bewoner.token);
    await page.reload({ waitUntil: 'networkidle' });
    const lamp = page.locator('li.bk-kaart', { hasText: 'Lamp ophangen' });
    await lamp.getByRole('button', { name: 'Hulpvraag intrekken' }).click();
    await lamp.getByRole('button', { name: 'Ja, intrekken' }).click();
    await lamp.getByText('Kies een reden.').waitFor();
    await lamp.getByLabel('Ik heb het zelf opgelost').check();
    expect(await axeViolations(page)).toEqual([]);
    await lamp.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText('Uw hulpvraag is ingetrokken.').waitFor();
    await page.locator('li.bk-kaart', { hasText: 'Lamp ophangen' }).getByText('Ingetrokken').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('my data, withdrawing a consent, and deleting the account with a confirmation step', async () => {
    const { context, page, errors } = await newPage(env, DESKTOP);
    await makeBewoner(env, 'anna@mijn.test', 'Anna');
    await loginUi(page, 'anna@mijn.test', undefined, '**/mijn/overzicht');
    await page.getByRole('heading', { name: 'Mijn gegevens' }).waitFor();
    await page.locator('.bk-gegevens').getByText('anna@mijn.test').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Alles wat we van u bewaren/ }).click();
    expect((await download).suggestedFilename()).toBe('mijn-gegevens.pdf');
    const t = page.locator('section:has(#ts-kop) li.bk-kaart').first();
    await t.getByRole('button', { name: 'Intrekken' }).click();
    await page.getByText('Uw toestemming is ingetrokken.').waitFor();
    await t.getByText(/ingetrokken op/).waitFor();
    await page.getByRole('button', { name: 'Ik wil mijn account verwijderen' }).click();
    await page.getByRole('button', { name: 'Verwijder mijn account' }).click();
    await page.getByText('Zet eerst een vinkje.').waitFor();
    await shot(page, 'mijn-verwijderen');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/Ja, ik weet het zeker/).check();
    await page.getByRole('button', { name: 'Verwijder mijn account' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    expect(await js(page, "sessionStorage.getItem('bk.refresh')")).toBeNull();
    await expect(tokenFor(env, 'anna@mijn.test', 'Lang-genoeg-wachtwoord-7')).rejects.toThrow();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a Wijkservice participant sees the hours per month, week and task with their state, and prints the statement by keyboard', async () => {
    const admin = await adminToken(env);
    const mira = await tokenFor(env, 'mira@mijn.test', PASSWORD);
    const sam = await apiCall<{ deelnemerId: string; aanbodId: string }>(
      env,
      'POST',
      '/wijkservice/deelnemers',
      {
        persoon: { voornaam: 'Sam', achternaam: 'Jansen', postcode: '2011AB', huisnummer: '30', rollen: [], toestemmingen: [{ doel: 'matching' }] },
        afspraak: { modus: 'vrijwillig', urenPerWeek: 8 },
        grenzen: { geenFysiekZwaarWerk: false, maxReisafstandMeter: 5000, vervoer: 'fiets' },
        voorkeurstaken: ['tuin'],
        beschikbaarheid: [1, 2, 3, 4, 5, 6, 7].map((dag) => ({ dag, van: '07:00', tot: '21:00' })),
      },
      mira,
    );
    await apiCall(
      env,
      'POST',
      '/accounts',
      { email: 'sam@mijn.test', wachtwoord: PASSWORD, naam: 'Sam', rollen: ['wijkservice'], deelnemerId: sam.deelnemerId },
      admin,
    );
    const samToken = await tokenFor(env, 'sam@mijn.test', PASSWORD);
    // Bert asks for weekly garden help; Sam helps; three occurrences done: 2 h confirmed, 1 h disputed, 1.5 h open
    const hv = await apiCall<{ id: string }>(
      env,
      'POST',
      '/hulpvragen',
      { categorie: 'tuin', titel: 'Tuin bijhouden', venster: { soort: 'terugkerend', start: flexibel().start, rrule: 'FREQ=WEEKLY' }, duurMinuten: 60 },
      bewoner.token,
    );
    const m = await apiCall<{ id: string }>(env, 'POST', '/matches', { hulpvraagId: hv.id, aanbodId: sam.aanbodId }, mira);
    await apiCall(env, 'POST', `/matches/${m.id}/accepteren`, {}, samToken);
    const { keren } = await apiCall<{ keren: { id: string }[] }>(env, 'POST', `/matches/${m.id}/bevestigen`, {}, bewoner.token);
    const db = new Client({ connectionString: env.stack.databaseUrl });
    await db.connect();
    for (const [i, k] of keren.slice(0, 3).entries())
      await db.query(`UPDATE match_keren SET datum = now() - make_interval(mins => $2) WHERE id = $1`, [k.id, 10 * (i + 1)]);
    await db.end();
    const gedaan = (keerId: string, uren: number) => apiCall(env, 'POST', `/matches/${m.id}/keren/${keerId}/gedaan`, { uren }, samToken);
    await gedaan(keren[0].id, 2);
    await apiCall(env, 'POST', `/wijkservice/keren/${keren[0].id}/bevestigen`, {}, samToken);
    await apiCall(env, 'POST', `/wijkservice/keren/${keren[0].id}/bevestigen`, {}, bewoner.token);
    await gedaan(keren[1].id, 1);
    await apiCall(env, 'POST', `/wijkservice/keren/${keren[1].id}/betwisten`, { uren: 0.5, toelichting: 'Het was korter' }, bewoner.token);
    await gedaan(keren[2].id, 1.5);
    await apiCall(env, 'POST', `/wijkservice/keren/${keren[2].id}/bevestigen`, {}, samToken);

    const { context, page, errors } = await newPage(env, DESKTOP);
    await loginUi(page, 'sam@mijn.test', PASSWORD, '**/mijn/overzicht');
    await page.getByRole('heading', { level: 2, name: 'Mijn uren bij Wijkservice' }).waitFor();
    await page.locator('#uren-per-taak').waitFor();
    expect(await page.locator('[data-kpi="uren-maand"] .bk-kpi__waarde').textContent()).toBe('4,5 uur');
    expect(await page.locator('[data-kpi="uren-maand"] .bk-kpi__uitleg').textContent()).toBe('2 uur bevestigd, 1 uur betwist, 1,5 uur nog open');
    expect(await page.locator('[data-kpi="uren-jaar"] .bk-kpi__waarde').textContent()).toBe('4,5 uur');
    const maand = page.locator('#uren-per-maand tbody tr');
    expect(await maand.count()).toBe(1);
    expect(await maand.locator('td').allTextContents()).toEqual(['4,5', '2 uur bevestigd, 1 uur betwist, 1,5 uur nog open']);
    const taken = page.locator('#uren-per-taak tbody tr');
    expect(await taken.count()).toBe(3);
    expect(await page.locator('#uren-per-taak tr[data-stand="bevestigd"] td').allTextContents()).toEqual(['2', 'Bevestigd']);
    await page.locator('#uren-per-taak tr[data-stand="betwist"]').getByText('Betwist: de makelaar belt u').waitFor();
    await page.locator('#uren-per-taak tr[data-stand="open"]').getByText('Wacht op bevestiging').waitFor();
    expect(await page.locator('#uren-per-taak th[scope="row"]').first().textContent()).toContain('Tuin bijhouden');
    await shot(page, 'mijn-wijkservice-uren');
    expect(await axeViolations(page)).toEqual([]);

    // keyboard only: open the weeks, then print the statement
    await page.locator('#inhoud').focus();
    const tabNaar = async (tekst: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (((await js<string>(page, 'document.activeElement?.textContent ?? ""')) ?? '').trim() === tekst) return;
      }
      throw new Error(`could not Tab to "${tekst}"`);
    };
    await tabNaar('Uren per week');
    await page.keyboard.press('Enter');
    await page.locator('#uren-per-week').waitFor();
    const weken = await page.locator('#uren-per-week tbody td[data-kolom="totaal"]').allTextContents();
    expect(weken.reduce((som, w) => som + Number(w.replace(',', '.')), 0)).toBe(4.5);
    await tabNaar('Verklaring van mijn uren (PDF)');
    expect(await js(page, 'getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('verklaring-wijkservice.pdf');
    expect(await axeViolations(page)).toEqual([]);

    // on a phone: nothing sticks out sideways
    await page.setViewportSize(PHONE);
    await shot(page, 'mijn-wijkservice-uren-phone');
    expect(
      await js<boolean>(page, '[...document.querySelectorAll(".bk-tabel--uren")].every((t) => t.parentElement.scrollWidth <= t.parentElement.clientWidth)'),
    ).toBe(true);
    expect(await js<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
