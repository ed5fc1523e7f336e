/* The browser-test harness: Debian's chromium (installed with apt-get when missing and root), the web app built
 * when dist/web is stale, and the real api serving it in-process on a fresh test database, as in production. */
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureSystemBinary, repoRoot } from '@app/runtime';
import { ensureWebBuild } from '../../bench/web/web-build';
import { startStack, type TestStack } from '../harness/stack';

export const ARTIFACTS = path.join(repoRoot(), 'test-artifacts', 'web');
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export interface WebEnv {
  stack: TestStack;
  browser: Browser;
  baseUrl: string;
  close: () => Promise<void>;
}

export async function startWeb(label = 'web'): Promise<WebEnv> {
  const executablePath = ensureSystemBinary('chromium', 'chromium');
  ensureWebBuild();
  const stack = await startStack({ worker: false, label });
  await stack.api.listen(0, '127.0.0.1');
  const { port } = stack.api.getHttpServer().address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    stack,
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await browser.close();
      await stack.close();
    },
  };
}

export async function newPage(env: WebEnv, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await env.browser.newContext({ viewport, baseURL: env.baseUrl, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // a failed fetch of an endpoint that is still missing shows up as a console error; CSP violations must not
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const res = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return res.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Evaluates an expression in the page (a string, so this file needs no DOM types). */
export function js<T = unknown>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}
