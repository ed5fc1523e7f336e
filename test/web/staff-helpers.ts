/* Helpers for the logged-in browser tests: accounts and data through the real api, and logging in through the page. */
import type { Page } from 'playwright-core';
import { TEST_ADMIN } from '../harness/database';
import type { WebEnv } from './browser';

export const PASSWORD = 'Lang-genoeg-wachtwoord-7';

export async function apiCall<T = unknown>(env: WebEnv, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${env.baseUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function tokenFor(env: WebEnv, email: string, password: string): Promise<string> {
  return (await apiCall<{ accessToken: string }>(env, 'POST', '/auth/login', { email, password })).accessToken;
}

export const adminToken = (env: WebEnv) => tokenFor(env, TEST_ADMIN.email, TEST_ADMIN.password);

/** A makelaar whose werkgebied covers every wijk. */
export async function makeMakelaar(env: WebEnv, email: string): Promise<void> {
  const admin = await adminToken(env);
  const wijken = await apiCall<{ code: string }[]>(env, 'GET', '/wijken');
  const wg = await apiCall<{ id: string }>(env, 'POST', '/werkgebieden', { naam: `Alles ${email}`, wijken: wijken.map((w) => w.code) }, admin);
  await apiCall(env, 'POST', '/accounts', { email, wachtwoord: PASSWORD, naam: 'Mira Makelaar', rollen: ['makelaar'], werkgebieden: [wg.id] }, admin);
}

/** A registered volunteer near 2011 AB with an active offer; returns the token and ids. */
export async function makeVrijwilliger(
  env: WebEnv,
  email: string,
  voornaam: string,
  categorieen = ['boodschappen', 'tuin'],
): Promise<{ token: string; aanbodId: string; deelnemerId: string }> {
  const r = await apiCall<{ accessToken: string; account: { deelnemerId: string } }>(env, 'POST', '/auth/registreren', {
    email,
    wachtwoord: PASSWORD,
    voornaam,
    postcode: '2011AB',
    huisnummer: '14',
    rollen: ['vrijwilliger'],
    toestemming: true,
  });
  const aanbod = await apiCall<{ id: string }>(
    env,
    'POST',
    '/aanbod',
    {
      categorieen,
      titel: `${voornaam} helpt graag`,
      beschikbaarheid: [1, 2, 3, 4, 5, 6, 7].map((dag) => ({ dag, van: '08:00', tot: '20:00' })),
      maxAfstandMeter: 5000,
      vervoer: 'fiets',
    },
    r.accessToken,
  );
  return { token: r.accessToken, aanbodId: aanbod.id, deelnemerId: r.account.deelnemerId };
}

export async function makeBewoner(env: WebEnv, email: string, voornaam: string): Promise<{ token: string; deelnemerId: string }> {
  const r = await apiCall<{ accessToken: string; account: { deelnemerId: string } }>(env, 'POST', '/auth/registreren', {
    email,
    wachtwoord: PASSWORD,
    voornaam,
    postcode: '2011AB',
    huisnummer: '3',
    rollen: ['bewoner'],
    toestemming: true,
  });
  return { token: r.accessToken, deelnemerId: r.account.deelnemerId };
}

export function flexibel(): { soort: 'flexibel'; start: string; eind: string } {
  return { soort: 'flexibel', start: new Date(Date.now() + 86_400_000).toISOString(), eind: new Date(Date.now() + 10 * 86_400_000).toISOString() };
}

/** Logs in through the login page and waits for the logged-in area. */
export async function loginUi(page: Page, email: string, password = PASSWORD, lands = '**/mijn/**'): Promise<void> {
  await page.goto('/inloggen', { waitUntil: 'networkidle' });
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(lands);
}
