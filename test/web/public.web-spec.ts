/* The public pages in Debian's chromium against the real api: the three ways in, keyboard-only use, live validation,
 * the address lookup, drafts that survive a reload, the lost-connection banner, login by role, and axe (WCAG 2.1 AA). */
import type { Page } from 'playwright-core';
import { TEST_ADMIN } from '../harness/database';
import { axeViolations, DESKTOP, js, newPage, PHONE, shot, startWeb, type WebEnv } from './browser';

jest.setTimeout(120_000);

describe('web app: public pages', () => {
  let env: WebEnv;
  beforeAll(async () => {
    env = await startWeb('web');
    // a makelaar desk with phone and desk hours, as a beheerder would add it
    const login = await fetch(`${env.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const wijken = (await (await fetch(`${env.baseUrl}/api/v1/wijken`)).json()) as { code: string }[];
    const res = await fetch(`${env.baseUrl}/api/v1/locaties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        naam: 'Wijkcentrum De Brug',
        adres: 'Voorbeeldstraat 1, Haarlem',
        telefoon: '023 123 45 67',
        wijken: wijken.slice(0, 2).map((w) => w.code),
        spreekuren: [
          { soort: 'telefoon', dag: 1, van: '09:00', tot: '12:00' },
          { soort: 'balie', dag: 3, van: '13:00', tot: '16:00' },
        ],
      }),
    });
    expect(res.status).toBe(201);
  }, 300_000);
  afterAll(() => env?.close());

  async function open(path: string, viewport = DESKTOP): Promise<{ page: Page; errors: string[]; done: () => Promise<void> }> {
    const { context, page, errors } = await newPage(env, viewport);
    await page.goto(path, { waitUntil: 'networkidle' });
    return { page, errors, done: () => context.close() };
  }

  it('home: the three ways in on the first screen, makelaar contact, CBS source; no axe violations (desktop and phone)', async () => {
    for (const [vp, name] of [
      [DESKTOP, 'home-desktop'],
      [PHONE, 'home-phone'],
    ] as const) {
      const { page, errors, done } = await open('/', vp);
      for (const t of ['Ik zoek hulp', 'Ik wil helpen', 'Ik maak me zorgen om iemand']) {
        const link = page.getByRole('link', { name: new RegExp(`^${t}`) }).first();
        expect(await link.isVisible()).toBe(true);
        const box = (await link.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(vp.height * 1.6); // near the top; all three fit the first screens
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      await expect(page.getByText('Bron gebiedsgegevens: CBS, Kadaster (CC BY 4.0)').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('heading', { name: 'Liever praten met iemand?' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('link', { name: '023 123 45 67' }).getAttribute('href')).resolves.toBe('tel:0231234567');
      await expect(page.getByText('maandag van 09:00 tot 12:00 uur').isVisible()).resolves.toBe(true);
      // no horizontal scrolling on a 360px phone
      expect(await js<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(vp.width);
      await shot(page, name);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await done();
    }
  });

  it('home: keyboard only, skip link then each way in is reachable with Tab and opens with Enter', async () => {
    const { page, done } = await open('/');
    await page.keyboard.press('Tab');
    expect(await js(page, 'document.activeElement?.textContent')).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await js(page, 'document.activeElement?.id')).toBe('inhoud');
    for (const [title, path, heading] of [
      ['Ik zoek hulp', '/hulp-vragen', 'Ik zoek hulp'],
      ['Ik wil helpen', '/helpen', 'Ik wil helpen'],
      ['Ik maak me zorgen om iemand', '/zorgen', 'Ik maak me zorgen om iemand'],
    ]) {
      await page.goto('/', { waitUntil: 'networkidle' });
      await page.locator('#inhoud').focus();
      let found = false;
      for (let i = 0; i < 10 && !found; i++) {
        await page.keyboard.press('Tab');
        found = (await js(page, "document.activeElement?.querySelector('.bk-ingang__title')?.textContent ?? ''")) === title;
      }
      expect(found).toBe(true);
      // the focus is visible: an outline is drawn
      expect(await js(page, 'getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // after the client-side navigation the focus is at the start of the new page
      expect(await js(page, 'document.activeElement?.id')).toBe('inhoud');
    }
    await done();
  });

  it('ik zoek hulp: keyboard through the steps, live validation, the wijk from the postcode, and a draft that survives a reload', async () => {
    const { page, errors, done } = await open('/hulp-vragen');
    await shot(page, 'hulp-vragen-stap1');
    expect(await axeViolations(page)).toEqual([]);

    // pressing "Volgende stap" with nothing filled in: a summary that gets focus and messages at the fields
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.locator('#foutmeldingen').waitFor();
    expect(await js(page, 'document.activeElement?.id')).toBe('foutmeldingen');
    await expect(page.locator('#veld-categorie-error').textContent()).resolves.toContain('Kies waar u hulp bij zoekt');
    await shot(page, 'hulp-vragen-fouten');
    expect(await axeViolations(page)).toEqual([]);

    // keyboard only: a category with the arrow keys, then typing
    await page.locator('#veld-categorie-klussen').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#veld-categorie-tuin').isChecked()).toBe(true);
    await page.locator('#veld-titel').focus();
    await page.keyboard.type('Heg');
    await page.keyboard.press('Tab');
    // live: the message appears while typing and goes away when it is right
    await expect(page.locator('#veld-titel-error').textContent()).resolves.toContain('Minstens 5 tekens');
    await page.locator('#veld-titel').focus();
    await page.keyboard.type(' knippen');
    await page.locator('#veld-titel-error').waitFor({ state: 'detached' });
    await page.locator('#veld-omschrijving').fill('Mijn heg is te hoog. Ik kan zelf niet meer op een trap staan.');
    // a note pointing elsewhere when the question is about care
    await page.locator('#veld-omschrijving').fill('Ik heb hulp nodig met mijn medicijnen en de heg.');
    await page.getByText('Dat mogen vrijwilligers niet doen').waitFor();
    await page.keyboard.press('Enter'); // in a textarea: a newline, not a submit
    await page.getByRole('button', { name: 'Volgende stap' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Stap 2 van 4/ }).waitFor();

    await page.getByLabel('Vaker, bijvoorbeeld elke week').check();
    await page.getByLabel('Op welke dag?').selectOption({ label: 'Elke dinsdag' });
    await page.getByLabel('Welk deel van de dag?').selectOption('ochtend');
    await shot(page, 'hulp-vragen-stap2');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { name: /Stap 3 van 4/ }).waitFor();

    // postcode: live format check, then the wijk from GET /api/v1/adressen
    await page.getByLabel('Postcode').fill('20');
    await page.getByLabel('Huisnummer').focus();
    await expect(page.locator('#veld-postcode-error').textContent()).resolves.toContain('4 cijfers en 2 letters');
    const pc = await js<number>(page, "fetch('/api/v1/wijken').then((r) => r.json()).then((w) => w.length)");
    expect(pc).toBeGreaterThan(0);
    await page.getByLabel('Postcode').fill('2011 AB');
    await page.getByLabel('Huisnummer').fill('12');
    await page.locator('.bk-wijk').waitFor({ timeout: 10_000 });
    await expect(page.locator('.bk-wijk').textContent()).resolves.toMatch(/Wijk: \S+/);
    await shot(page, 'hulp-vragen-stap3');
    expect(await axeViolations(page)).toEqual([]);

    // an unknown postcode: the server's 422 shows at the postcode field
    await page.getByLabel('Postcode').fill('9999 ZZ');
    await page.locator('#veld-postcode-error').waitFor({ timeout: 10_000 });

    // the draft survives a reload of the tab
    await page.getByLabel('Postcode').fill('2011 AB');
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: /Stap 3 van 4/ }).waitFor();
    expect(await page.getByLabel('Postcode').inputValue()).toBe('2011 AB');
    await page.getByRole('button', { name: 'Vorige stap' }).click();
    await page.getByRole('button', { name: 'Vorige stap' }).click();
    expect(await page.getByLabel('Wat zoekt u? Schrijf het kort op.').inputValue()).toBe('Heg knippen');

    expect(errors).toEqual([]);
    await done();
  });

  it('ik wil helpen and ik maak me zorgen: every step without axe violations, on a phone too', async () => {
    const { page, errors, done } = await open('/helpen', PHONE);
    await shot(page, 'helpen-stap1-phone');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Tuin', { exact: true }).check();
    await page.getByLabel('Wat biedt u aan? Schrijf het kort op.').fill('Ik help graag in de tuin');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { name: /Stap 2 van 4/ }).waitFor();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.locator('#foutmeldingen').waitFor();
    await page.getByLabel('dinsdag ochtend').check();
    await shot(page, 'helpen-stap2-phone');
    expect(await axeViolations(page)).toEqual([]);
    expect(await js<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await done();

    const z = await open('/zorgen');
    await expect(z.page.getByRole('link', { name: '112' }).first().isVisible()).resolves.toBe(true);
    await expect(z.page.getByText('0800-2000').first().isVisible()).resolves.toBe(true);
    await z.page.getByRole('button', { name: 'Melding versturen' }).click();
    await z.page.locator('#foutmeldingen').waitFor();
    await shot(z.page, 'zorgen-fouten');
    expect(await axeViolations(z.page)).toEqual([]);
    await z.page.getByLabel('Ik weet alleen de wijk').check();
    await z.page.getByLabel('Wijk', { exact: true }).selectOption({ index: 1 });
    await z.page.getByLabel('Ik wil anoniem blijven').check();
    await expect(z.page.getByLabel('Uw naam').count()).resolves.toBe(0);
    expect(await axeViolations(z.page)).toEqual([]);
    expect([...errors, ...z.errors]).toEqual([]);
    await z.done();
  });

  it('a lost connection shows a banner, keeps what was typed, and the banner goes away when the server is back', async () => {
    const { page, done } = await open('/hulp-vragen');
    await page.getByLabel('Wat zoekt u? Schrijf het kort op.').fill('Boodschappen doen');
    await page.context().route('**/api/**', (r) => r.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Prikbord' }).click();
    await page.getByText('Geen verbinding.').waitFor({ timeout: 10_000 });
    await shot(page, 'geen-verbinding');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().unroute('**/api/**');
    await page.getByText('Geen verbinding.').waitFor({ state: 'detached', timeout: 20_000 });
    await page.goBack();
    expect(await page.getByLabel('Wat zoekt u? Schrijf het kort op.').inputValue()).toBe('Boodschappen doen');
    await done();
  });

  it('login: a wrong password is said next to the form; the beheerder lands on Beheer; the staff code loads only then', async () => {
    const { page, done } = await open('/inloggen');
    expect(await axeViolations(page)).toEqual([]);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.locator('#veld-email-error').textContent()).resolves.toContain('e-mailadres');
    await page.getByLabel('E-mailadres').fill(TEST_ADMIN.email);
    await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
    await shot(page, 'inloggen-fout');
    expect(await axeViolations(page)).toEqual([]);
    expect(loaded.some((p) => /\/assets\/(Shell|Beheer|Werkvoorraad|Kerncijfers)-/.test(p))).toBe(false);
    await page.getByLabel('Wachtwoord').fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/mijn/beheer');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    expect(loaded.some((p) => /\/assets\/Beheer-/.test(p))).toBe(true);
    // a reload keeps the session (refresh token in sessionStorage, access token in memory only)
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    expect(await js(page, "Object.keys(sessionStorage).filter((k) => k.startsWith('bk.refresh'))")).toEqual(['bk.refresh']);
    await shot(page, 'beheer');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    expect(await js(page, "sessionStorage.getItem('bk.refresh')")).toBeNull();
    await done();
  });
});
