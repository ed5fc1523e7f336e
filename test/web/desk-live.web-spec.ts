/* The werkvoorraad updates live: a task created while the makelaar looks at the list appears through the socket.io
 * push, well before the fallback poll would have fetched it. */
import { DESKTOP, newPage, startWeb, type WebEnv } from './browser';
import { apiCall, loginUi, makeMakelaar, PASSWORD, tokenFor } from './staff-helpers';

jest.setTimeout(120_000);

describe('web app: live werkvoorraad', () => {
  let env: WebEnv;
  beforeAll(async () => {
    env = await startWeb('weblive');
    await makeMakelaar(env, 'lisa@live.test');
  }, 300_000);
  afterAll(() => env?.close());

  it('shows a new task pushed over socket.io within seconds', async () => {
    const { context, page, errors } = await newPage(env, DESKTOP);
    await loginUi(page, 'lisa@live.test', undefined, '**/mijn/werkvoorraad');
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await page.waitForTimeout(1500); // the socket connects after the first load

    const token = await tokenFor(env, 'lisa@live.test', PASSWORD);
    const d = await apiCall<{ id: string }>(
      env,
      'POST',
      '/deelnemers',
      { voornaam: 'Joop', telefoon: '023-5000777', postcode: '2011AB', huisnummer: '7', rollen: ['bewoner'], offline: true },
      token,
    );
    await apiCall(
      env,
      'POST',
      '/contactmomenten',
      { deelnemerId: d.id, kanaal: 'telefoon', samenvatting: 'Joop terugbellen over de tuin', opvolgingNodig: true },
      token,
    );
    // the fallback poll runs every 30 s once push is attached: seeing it within 10 s means the push delivered it
    await page.getByText('Terugkomen op: Joop terugbellen over de tuin').waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
