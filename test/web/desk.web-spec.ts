/* The makelaar desk against the real api: keyboard-only phone intake, the helpers with score bars and reasons, a
 * cascade; the werkvoorraad with claim / snooze / complete; the deelnemer file with a logged contact; axe on each. */
import { axeViolations, DESKTOP, js, newPage, PHONE, shot, startWeb, type WebEnv } from './browser';
import { apiCall, loginUi, makeMakelaar, makeVrijwilliger, PASSWORD, tokenFor } from './staff-helpers';

jest.setTimeout(180_000);

describe('web app: makelaar desk', () => {
  let env: WebEnv;
  const helperToken: Record<string, string> = {};
  beforeAll(async () => {
    env = await startWeb('webdesk');
    await makeMakelaar(env, 'mira@desk.test');
    helperToken.Vera = (await makeVrijwilliger(env, 'vera@desk.test', 'Vera')).token;
    helperToken.Wim = (await makeVrijwilliger(env, 'wim@desk.test', 'Wim')).token;
  }, 300_000);
  afterAll(() => env?.close());

  it('phone intake by keyboard only, then a cascade to two helpers; the werkvoorraad and the file work; no axe violations', async () => {
    const { context, page, errors } = await newPage(env, DESKTOP);
    await loginUi(page, 'mira@desk.test', undefined, '**/mijn/werkvoorraad');
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await page.getByRole('heading', { name: /Taken/ }).waitFor();
    await shot(page, 'desk-werkvoorraad-leeg');
    expect(await axeViolations(page)).toEqual([]);

    // keyboard only from here: Tab to "Nieuwe intake", Enter
    await page.locator('#inhoud').focus();
    let found = false;
    for (let i = 0; i < 15 && !found; i++) {
      await page.keyboard.press('Tab');
      found = ((await js<string>(page, 'document.activeElement?.textContent ?? ""')) ?? '').includes('Nieuwe intake');
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Intake aan de telefoon' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // submitting empty: the summary gets focus
    const tabTo = async (id: string) => {
      for (let i = 0; i < 60; i++) {
        if ((await js<string>(page, 'document.activeElement?.id ?? ""')) === id) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`could not Tab to #${id}`);
    };
    await page.locator('#inhoud').focus();
    await tabTo('veld-postcode');
    await page.keyboard.type('2011 AB');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12');
    await page.locator('.bk-wijk').waitFor({ timeout: 10_000 });
    await tabTo('veld-voornaam');
    await page.keyboard.type('Truus');
    await page.keyboard.press('Tab');
    await page.keyboard.type('de Vries');
    await page.keyboard.press('Tab');
    await page.keyboard.type('023 123 45 67');
    // the offline box is ticked already and matching consent too
    expect(await page.locator('#veld-offline').isChecked()).toBe(true);
    expect(await page.locator('#veld-toestemmingen').isChecked()).toBe(true);
    await tabTo('veld-categorie');
    await page.keyboard.press('b'); // "Boodschappen" in the select, by typing
    await page.keyboard.press('Tab');
    await page.keyboard.type('Boodschappen op vrijdag');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kan niet meer zelf naar de supermarkt.');
    expect(await page.locator('#veld-categorie').inputValue()).toBe('boodschappen');
    await shot(page, 'desk-intake-ingevuld');
    expect(await axeViolations(page)).toEqual([]);
    // submit with Enter on the button
    const submit = page.getByRole('button', { name: 'Opslaan en helpers zoeken' });
    await submit.focus();
    expect(await js(page, 'getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Helpers zoeken' }).waitFor({ timeout: 15_000 });
    await page.getByText(/Opgeslagen\. Hulpvraag H-\d+ staat klaar/).waitFor();
    await page.getByRole('heading', { name: /Passende helpers/ }).waitFor({ timeout: 15_000 });
    // reasons in Dutch and the score per component as bars with text
    await page
      .getByText(/verderop/)
      .first()
      .waitFor();
    await page.locator('.bk-sugg__item').first().locator('summary').click();
    await page.locator('.bk-bar').first().waitFor();
    expect(await page.locator('.bk-sugg__item').first().locator('.bk-bar__value').first().textContent()).toMatch(/^\d+%$/);
    await shot(page, 'desk-helpers');
    expect(await axeViolations(page)).toEqual([]);

    // cascade: tick both helpers, one by one
    const namen = await page.locator('.bk-sugg__naam').allTextContents();
    expect(namen.join(' ')).toMatch(/Vera/);
    expect(namen.join(' ')).toMatch(/Wim/);
    for (const box of await page.locator('.bk-sugg__kop input[type=checkbox]').all()) {
      await box.focus();
      await page.keyboard.press('Space');
    }
    await page.getByLabel('Eén voor één').check();
    await page.getByRole('button', { name: 'Aanbieden aan gekozen helpers' }).click();
    await page.getByText(/Cascade gestart met 2 helpers/).waitFor();
    await page.getByRole('heading', { name: 'Al aangeboden' }).waitFor();
    expect(await page.locator('section:has(#al-kop) li').count()).toBeGreaterThanOrEqual(1);
    await shot(page, 'desk-cascade');
    expect(await axeViolations(page)).toEqual([]);

    // the first helper says yes: the match card can be printed, by keyboard
    const hulpvraagId = page.url().split('/').pop()!.split('?')[0];
    const mira = await tokenFor(env, 'mira@desk.test', PASSWORD);
    const [aangeboden] = (
      await apiCall<{ id: string; status: string; helper: { voornaam: string } }[]>(env, 'GET', `/hulpvragen/${hulpvraagId}/matches`, undefined, mira)
    ).filter((m) => m.status === 'aangeboden');
    expect(await page.getByRole('button', { name: 'Matchkaart printen (PDF)' }).count()).toBe(0);
    await apiCall(env, 'POST', `/matches/${aangeboden.id}/accepteren`, {}, helperToken[aangeboden.helper.voornaam]);
    await page.reload({ waitUntil: 'networkidle' });
    const printen = page.getByRole('button', { name: 'Matchkaart printen (PDF)' });
    await printen.waitFor();
    expect(await printen.count()).toBe(1);
    expect(await printen.getAttribute('aria-describedby')).toBe(`al-${aangeboden.id}`);
    await printen.focus();
    expect(await js(page, 'getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none');
    const kaart = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await kaart).suggestedFilename()).toMatch(/^matchkaart-H-\d+\.pdf$/);
    await shot(page, 'desk-matchkaart');
    expect(await axeViolations(page)).toEqual([]);

    // the deelnemer file: log a contact with follow-up, which puts a task in the werkvoorraad
    await page.getByRole('link', { name: 'Dossier van de bewoner' }).click();
    await page.getByRole('heading', { level: 1, name: /Dossier: Truus de Vries/ }).waitFor();
    await page.getByRole('link', { name: '023 123 45 67' }).waitFor();
    await page.getByLabel('Wat is besproken?').fill('Gebeld over de boodschappen; belt morgen terug.');
    await page.getByLabel(/Opvolging nodig/).check();
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText('Contactmoment vastgelegd.').waitFor();
    await page.locator('.bk-tijdlijn li').first().getByText('Gebeld over de boodschappen').waitFor();
    await shot(page, 'desk-dossier');
    expect(await axeViolations(page)).toEqual([]);

    // werkvoorraad: the follow-up task; claim it, snooze it, complete it
    await page.getByRole('link', { name: /Terug naar de werkvoorraad/ }).click();
    const taak = page.locator('.bk-taak', { hasText: 'Terugkomen op' }).first();
    await taak.waitFor({ timeout: 15_000 });
    await taak.getByRole('button', { name: 'Oppakken' }).click();
    await page.getByText(/^Opgepakt:/).waitFor();
    await taak.getByRole('button', { name: 'Uitstellen' }).click();
    await taak.getByLabel('Waarom uitstellen?').fill('Niet thuis');
    await shot(page, 'desk-uitstellen');
    expect(await axeViolations(page)).toEqual([]);
    await taak.getByRole('button', { name: 'Taak uitstellen' }).click();
    await page.getByText(/^Uitgesteld tot/).waitFor();
    await taak.getByRole('button', { name: 'Afronden' }).click();
    await taak.getByLabel('Gelukt').check();
    await taak.getByRole('button', { name: 'Taak afronden' }).click();
    await page.getByText(/^Afgerond:/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a 360px phone: the werkvoorraad with the words to say, no sideways scrolling; the bellijst downloads', async () => {
    const { context, page, errors } = await newPage(env, PHONE);
    await loginUi(page, 'mira@desk.test', undefined, '**/mijn/werkvoorraad');
    // a "bel de bewoner" task appears when a helper accepts; here any task list (possibly empty) must fit the screen
    await page.getByRole('heading', { name: /Taken/ }).waitFor();
    expect(await js<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'desk-werkvoorraad-phone');
    expect(await axeViolations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Bellijst (PDF)' }).click();
    expect((await download).suggestedFilename()).toBe('bellijst.pdf');
    await page.goto('/mijn/werkvoorraad/intake', { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Intake aan de telefoon' }).waitFor();
    expect(await js<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'desk-intake-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
