/* "Ik zoek hulp" submitted for real: POST /api/v1/intake/hulpvragen, then the confirmation with the reference number. */
import { axeViolations, DESKTOP, newPage, shot, startWeb, type WebEnv } from './browser';

jest.setTimeout(120_000);

describe('web app: intake against the api', () => {
  let env: WebEnv;
  beforeAll(async () => {
    env = await startWeb('webintake');
  }, 300_000);
  afterAll(() => env?.close());

  it('ik zoek hulp: all four steps, submit, reference number and what happens next; the draft is gone', async () => {
    const { context, page, errors } = await newPage(env, DESKTOP);
    await page.goto('/hulp-vragen', { waitUntil: 'networkidle' });
    await page.locator('#veld-categorie-boodschappen').check();
    await page.getByLabel('Wat zoekt u? Schrijf het kort op.').fill('Hulp bij de boodschappen');
    await page.getByLabel('Vertel wat er moet gebeuren').fill('Ik kan niet goed lopen. Wie haalt op vrijdag mijn boodschappen bij de supermarkt?');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByLabel('Vaker, bijvoorbeeld elke week').check();
    await page.getByLabel('Op welke dag?').selectOption({ label: 'Elke vrijdag' });
    await page.getByLabel('Welk deel van de dag?').selectOption('ochtend');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByLabel('Postcode').fill('2011 AB');
    await page.getByLabel('Huisnummer').fill('12');
    await page.locator('.bk-wijk').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByLabel('Voornaam').fill('Truus');
    await page.getByLabel('Telefoonnummer').fill('06 12345678');
    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByRole('button', { name: 'Hulpvraag versturen' }).click();
    await page.getByRole('heading', { name: 'Uw hulpvraag is verstuurd' }).waitFor({ timeout: 15_000 });
    await page.getByText('De sociaal makelaar belt u binnen 5 werkdagen.').waitFor();
    expect((await page.locator('.bk-referentie').textContent())?.trim()).toMatch(/\S{4,}/);
    await shot(page, 'hulp-vragen-bevestiging');
    expect(await axeViolations(page)).toEqual([]);
    // the draft was cleared: what is stored now is the empty form
    expect(await page.evaluate('JSON.parse(sessionStorage.getItem("bk.draft.hulpvraag") ?? "{}").titel ?? ""')).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});
