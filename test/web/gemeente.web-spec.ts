/* The gemeente dashboard and the beheer page against the real api. The gemeente sees the matches count go from 0 to
 * "<5" (one match: suppressed, never shown as 0) to 5 after matches are made through the api (a makelaar offers, the
 * volunteer accepts: a match counts from its acceptance). The beheerder changes a category flag and a weight, and sees
 * the server's 422 at the weight field; sees the weights in force, and sets the terms (SLA norms) and the Wijkservice
 * settings. axe on both pages, and keyboard checks. */
import type { Page } from 'playwright-core';
import { TEST_ADMIN } from '../harness/database';
import { axeViolations, DESKTOP, js, newPage, PHONE, shot, startWeb, type WebEnv } from './browser';
import { adminToken, apiCall, flexibel, loginUi, makeBewoner, makeMakelaar, makeVrijwilliger, PASSWORD, tokenFor } from './staff-helpers';

jest.setTimeout(240_000);

describe('web app: gemeente dashboard and beheer', () => {
  let env: WebEnv;
  let makelaar: string;
  let bewoner: { token: string };
  const helpers: { token: string; aanbodId: string }[] = [];

  beforeAll(async () => {
    env = await startWeb('webgemeente');
    const admin = await adminToken(env);
    await apiCall(env, 'POST', '/accounts', { email: 'gea@gemeente.test', wachtwoord: PASSWORD, naam: 'Gea Gemeente', rollen: ['gemeente'] }, admin);
    await makeMakelaar(env, 'mira@gemeente.test');
    makelaar = await tokenFor(env, 'mira@gemeente.test', PASSWORD);
    bewoner = await makeBewoner(env, 'bea@gemeente.test', 'Bea');
    for (const naam of ['Vera', 'Wim', 'Ali', 'Sanne', 'Joost'])
      helpers.push(await makeVrijwilliger(env, `${naam.toLowerCase()}@gemeente.test`, naam, ['boodschappen']));
  }, 300_000);
  afterAll(() => env?.close());

  /** A request by Bea, offered by the makelaar to helper i, accepted by that helper. */
  async function maakMatch(i: number): Promise<void> {
    const hv = await apiCall<{ id: string }>(
      env,
      'POST',
      '/hulpvragen',
      { categorie: 'boodschappen', titel: `Boodschappen ${i}`, venster: flexibel(), duurMinuten: 60 },
      bewoner.token,
    );
    const m = await apiCall<{ id: string }>(env, 'POST', '/matches', { hulpvraagId: hv.id, aanbodId: helpers[i].aanbodId }, makelaar);
    await apiCall(env, 'POST', `/matches/${m.id}/accepteren`, {}, helpers[i].token);
  }

  const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] .bk-kpi__waarde`);
  async function herlaad(page: Page): Promise<void> {
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('[data-kpi="matches"]').waitFor();
    await page.locator('.bk-kaart-wijk').first().waitFor();
  }

  it('the gemeente sees the matches count go up: 0, then "<5" (not 0), then 5; map and tables; axe; keyboard', async () => {
    const { context, page, errors } = await newPage(env, DESKTOP);
    await loginUi(page, 'gea@gemeente.test', PASSWORD, '**/mijn/kerncijfers');
    await page.getByRole('heading', { level: 1, name: /Kerncijfers/ }).waitFor();
    await page.locator('[data-kpi="matches"]').waitFor();
    await page.locator('.bk-kaart-wijk').first().waitFor();
    expect(await kpi(page, 'matches').textContent()).toBe('0');
    expect(await page.locator('.bk-kaart-wijk').count()).toBe(21);
    await page.getByText('Bron: CBS, Kadaster (CC BY 4.0)').waitFor();
    // the 111 buurten as thin lines over the wijken: drawn, in the legend, but no extra Tab stops or names
    await page.locator('.bk-kaart-buurt').first().waitFor();
    expect(await page.locator('.bk-kaart-buurt').count()).toBe(111);
    expect(await js<number>(page, 'document.querySelectorAll(".bk-kaart-svg [tabindex]").length')).toBe(21);
    expect(await page.locator('.bk-kaart-buurten').getAttribute('aria-hidden')).toBe('true');
    await page.locator('.bk-legenda--kaart').getByText('grens van een buurt').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // one match: the figure is suppressed and shows "<5", never 0
    await maakMatch(0);
    await herlaad(page);
    expect(await kpi(page, 'matches').textContent()).toBe('<5');
    const wijkMet = page.locator('.bk-kaart-wijk[aria-label$=": <5"]');
    expect(await wijkMet.count()).toBe(1);
    const wijkCode = await wijkMet.getAttribute('data-wijk');

    // five matches, all through the makelaar in one wijk: published as 5
    for (let i = 1; i < 5; i++) await maakMatch(i);
    await herlaad(page);
    expect(await kpi(page, 'matches').textContent()).toBe('5');
    expect(await kpi(page, 'nieuwe-hulpvragen').textContent()).toBe('5');
    const wijk = page.locator(`.bk-kaart-wijk[data-wijk="${wijkCode}"]`);
    expect(await wijk.getAttribute('aria-label')).toMatch(/: 5$/);
    // the table alternative of the per-wijk chart: the "via makelaar" cell of that wijk row is 5
    const wijkNaam = (await wijk.getAttribute('aria-label'))!.replace(/: 5$/, '');
    const rij = page.locator('#tabel-gemaakt tbody tr', { has: page.locator('th', { hasText: wijkNaam }) });
    expect(await rij.locator('td[data-kolom="makelaar"]').textContent()).toBe('5');
    expect(await rij.locator('td[data-kolom="zelf"]').textContent()).toBe('0');
    await shot(page, 'gemeente-dashboard');
    expect(await axeViolations(page)).toEqual([]);

    // keyboard: Tab reaches the wijken on the map, with name and value
    await page.getByLabel('Kleur de wijken naar').focus();
    let label = '';
    for (let i = 0; i < 10 && !label.includes(':'); i++) {
      await page.keyboard.press('Tab');
      label = (await js<string>(page, 'document.activeElement?.getAttribute("aria-label") ?? ""')) ?? '';
    }
    expect(label).toMatch(/^[^:]+: (\d+|<5|–)$/);
    expect(await page.locator('.bk-kaart-info').textContent()).toBe(label);

    // filters: grouped per month; a period without data gives 0 again
    await page.getByLabel('Verdeel per').selectOption('maand');
    await page.locator('#grafiek-gemaakt-titel', { hasText: 'per maand' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Van', { exact: true }).fill('2020-01-01');
    await page.getByLabel('Tot en met').fill('2020-12-31');
    await page.waitForLoadState('networkidle');
    await page.getByText('Periode 2020-01-01 tot en met 2020-12-31').waitFor();
    expect(await kpi(page, 'matches').textContent()).toBe('0');
    expect(await axeViolations(page)).toEqual([]);

    // the quarterly report downloads as a PDF (fetched with the token)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download kwartaalrapport' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kwartaalrapport-\d{4}-Q[1-4]\.pdf$/);
    await page.getByText(/Het kwartaalrapport .* is gedownload/).waitFor();

    // on a phone
    await page.setViewportSize(PHONE);
    await page.getByLabel('Van', { exact: true }).fill('');
    await page.getByLabel('Tot en met').fill('');
    await page.waitForLoadState('networkidle');
    await shot(page, 'gemeente-dashboard-telefoon');
    // nothing sticks out sideways on a phone
    expect(await js<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the beheerder changes a category flag and a weight; the server 422 shows at the weight field; axe; keyboard', async () => {
    const { context, page, errors } = await newPage(env, DESKTOP);
    await loginUi(page, TEST_ADMIN.email, TEST_ADMIN.password, '**/mijn/beheer');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await page.getByRole('table', { name: /Per categorie/ }).waitFor();
    await page.getByRole('table', { name: /Accounts van medewerkers/ }).waitFor();
    await page.getByRole('table', { name: /Auditlog/ }).waitFor();
    await page.getByText('Er zijn geen mislukte jobs.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'beheer-pagina');

    // a category flag, by keyboard: focus the checkbox, Space
    const admin = await adminToken(env);
    const voor = (await apiCall<{ code: string; vogVereist: boolean }[]>(env, 'GET', '/categorieen', undefined, admin)).find((c) => c.code === 'boodschappen')!;
    const box = page.locator('#cat-boodschappen-vogVereist');
    expect(await box.isChecked()).toBe(voor.vogVereist);
    await box.focus();
    await page.keyboard.press('Space');
    await page.getByText(`Boodschappen: VOG nodig staat nu ${voor.vogVereist ? 'uit' : 'aan'}.`).waitFor();
    const na = (await apiCall<{ code: string; vogVereist: boolean }[]>(env, 'GET', '/categorieen', undefined, admin)).find((c) => c.code === 'boodschappen')!;
    expect(na.vogVereist).toBe(!voor.vogVereist);
    expect(await box.isChecked()).toBe(!voor.vogVereist);

    // a weight: the live check stops 2 before it is sent
    const afstand = page.locator('#veld-gewicht-afstand');
    await afstand.fill('2');
    await page.getByRole('button', { name: 'Gewichten opslaan' }).click();
    await page.locator('#veld-gewicht-afstand-error').getByText('Het gewicht moet een getal van 0 tot en met 1 zijn.').waitFor();
    // a valid weight is saved
    await afstand.fill('0,5');
    let verstuurd: unknown;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/matching/gewichten') && r.method() === 'PUT') verstuurd = r.postDataJSON();
    });
    await page.getByRole('button', { name: 'Gewichten opslaan' }).click();
    await page.getByText('De gewichten zijn opgeslagen.').waitFor();
    expect((verstuurd as { afstand: number }).afstand).toBe(0.5);
    expect(await page.locator('#veld-gewicht-afstand-error').count()).toBe(0);

    // the server's own 422: the request is changed on its way (afstand 3, which the page would never send), so the
    // real api answers with errors[].field = "…afstand" and the page shows its message at the afstand field
    await page.route('**/api/v1/matching/gewichten', async (route) => {
      const body = route.request().postDataJSON() as Record<string, number>;
      await route.continue({ postData: JSON.stringify({ ...body, afstand: 3 }) });
    });
    await afstand.fill('0.9');
    await page.getByRole('button', { name: 'Gewichten opslaan' }).click();
    const fout = page.locator('#veld-gewicht-afstand-error');
    await fout.getByText(/gewicht afstand moet een getal van 0 tot en met 1 zijn, kreeg 3/).waitFor();
    expect(await js(page, 'document.activeElement?.id')).toBe('veld-gewicht-afstand');
    await page.unroute('**/api/v1/matching/gewichten');
    await shot(page, 'beheer-gewicht-422');
    expect(await axeViolations(page)).toEqual([]);
    // typing in the field clears the server's message
    await afstand.fill('0.7');
    expect(await fout.count()).toBe(0);

    // the beheerder can open the dashboard too
    await page.getByRole('link', { name: 'Kerncijfers', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: /Kerncijfers/ }).waitFor();
    await page.locator('[data-kpi="matches"]').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the beheerder sees the weights in force, sets the terms and the Wijkservice settings; checks as you type, server errors at the field; axe; keyboard', async () => {
    const { context, page, errors } = await newPage(env, DESKTOP);
    const admin = await adminToken(env);
    await apiCall(env, 'PUT', '/matching/gewichten', { ...(await apiCall<object>(env, 'GET', '/matching/gewichten', undefined, admin)), taal: 0.65 }, admin);
    await loginUi(page, TEST_ADMIN.email, TEST_ADMIN.password, '**/mijn/beheer');
    await page.getByRole('heading', { level: 2, name: 'Termijnen en normen' }).waitFor();
    // the weights form starts at the weights in force, not at the defaults
    expect(await page.locator('#veld-gewicht-taal').inputValue()).toBe('0.65');
    await page.getByText('eerste contact binnen 5 werkdagen').waitFor();
    const match = page.locator('#veld-termijn-matchNormDagen');
    expect(await match.inputValue()).toBe('14');
    expect(await axeViolations(page)).toEqual([]);

    // checked as you type: out of range, and a notice that comes after the expiry; the message is linked to its field
    const melding = page.locator('#veld-termijn-verloopMeldingDagen');
    const verloop = page.locator('#veld-termijn-verloopDagen');
    await verloop.fill('20');
    await melding.fill('25');
    await page.locator('#veld-termijn-verloopMeldingDagen-error').getByText('Dit moet minder zijn dan bij "Hulpvraag vervalt na (dagen)" (20).').waitFor();
    expect(await melding.getAttribute('aria-describedby')).toContain('veld-termijn-verloopMeldingDagen-error');
    const uren = page.locator('#veld-termijn-aanbodUren');
    await uren.fill('2');
    await page.locator('#veld-termijn-aanbodUren-error').getByText('Kies een getal van 4 tot en met 336.').waitFor();
    await page.getByRole('button', { name: 'Termijnen opslaan' }).click();
    await page
      .locator('#foutmeldingen-termijnen')
      .getByRole('link', { name: /Bedenktijd voor een helper/ })
      .waitFor();
    expect(await js(page, 'document.activeElement?.id')).toBe('foutmeldingen-termijnen');

    // by keyboard: type the values and press Enter; only the changed terms are sent
    let verstuurd: Record<string, unknown> | undefined;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/beheer/instellingen') && r.method() === 'PUT') verstuurd = r.postDataJSON();
    });
    await verloop.fill('60');
    await melding.fill('10');
    await uren.fill('24');
    await match.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await page.getByText('De termijnen zijn opgeslagen.').waitFor();
    expect(verstuurd).toEqual({ verloopMeldingDagen: 10, aanbodUren: 24, matchNormDagen: 7 });
    const opgeslagen = await apiCall<{ waarden: Record<string, number> }>(env, 'GET', '/beheer/instellingen', undefined, admin);
    expect(opgeslagen.waarden).toMatchObject({ verloopMeldingDagen: 10, aanbodUren: 24, matchNormDagen: 7, verloopDagen: 60 });
    expect(await page.locator('.utrecht-form-field-error-message').count()).toBe(0);

    // the server's own answer for a value the page would never send shows at that field, which gets focus
    await page.route('**/api/v1/beheer/instellingen', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      await route.continue({ postData: JSON.stringify({ checkInDagen: 999 }) });
    });
    await page.locator('#veld-termijn-checkInDagen').fill('60');
    await page.getByRole('button', { name: 'Termijnen opslaan' }).click();
    await page.locator('#veld-termijn-checkInDagen-error').getByText('vul een heel getal in van 7 tot en met 180').waitFor();
    expect(await js(page, 'document.activeElement?.id')).toBe('veld-termijn-checkInDagen');
    await page.unroute('**/api/v1/beheer/instellingen');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'beheer-termijnen');

    // Wijkservice: the mode by keyboard (arrow keys move the radio choice), a fee in euro, saved in cents
    const bedrag = page.locator('#veld-ws-vergoedingPerTaakCent');
    await bedrag.fill('2,555');
    await page
      .locator('#veld-ws-vergoedingPerTaakCent-error')
      .getByText(/Vul een bedrag in euro in/)
      .waitFor();
    await bedrag.fill('2,50');
    await page.locator('#veld-ws-modus-vrijwillig').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#veld-ws-modus-tegenprestatie').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Wijkservice opslaan' }).click();
    await page.getByText('De instellingen voor Wijkservice zijn opgeslagen.').waitFor();
    expect(await apiCall(env, 'GET', '/wijkservice/instellingen', undefined, admin)).toEqual({ modus: 'tegenprestatie', vergoedingPerTaakCent: 250 });
    expect(await bedrag.inputValue()).toBe('2,50');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
