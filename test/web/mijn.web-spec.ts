/* Residents and volunteers under /mijn against the real api: a volunteer accepts an offer from the makelaar and says
 * "Ik help" to a suggested request; a resident sees their request, confirms the helper, answers "did the help
 * happen?", withdraws a request with a reason, withdraws a consent and deletes the account; axe on each state. */
import { axeViolations, DESKTOP, js, newPage, PHONE, shot, startWeb, type WebEnv } from './browser';
import { apiCall, flexibel, loginUi, makeBewoner, makeMakelaar, makeVrijwilliger, tokenFor } from './staff-helpers';

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
});
