// Shared by the browser tests: Debian's Chromium through playwright-core (no browser download), the
// environment WebAppBrowserTest hands over, axe-core checks and screenshots at phone and desktop width.
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through WebAppBrowserTest (./mvnw verify)`);
  return value;
};

export const BASE = () => env('CET_E2E_BASE_URL').replace(/\/$/, '');
const SHOTS = process.env.CET_E2E_SCREENSHOTS ?? 'target/e2e-screenshots';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CET_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A fresh browser context (no session, German), with a page that fails the test on a CSP violation. */
/**
 * One browser per test file, its pages closed (and their last state kept) after each test; the answer
 * gives the browser once `before` has launched it.
 */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await launch();
  });
  afterEach(async (t) => {
    await closePages(t?.name ?? 'test');
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

export async function openPage(browser, { width = 1280, height = 800, locale = 'de-DE' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, baseURL: BASE(), serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  opened.push(page);
  page.problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) page.problems.push(m.text());
  });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  return page;
}

const opened = [];

/** For afterEach: the last state of every page a test opened, to look at when it failed. */
export async function closePages(testName) {
  const dir = join(SHOTS, 'last-state');
  mkdirSync(dir, { recursive: true });
  const pages = opened.splice(0);
  for (const [i, page] of pages.entries()) {
    const file = join(dir, `${testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}-${i}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    await page.context().close().catch(() => {});
  }
}

export function assertNoProblems(page) {
  assert.deepEqual(page.problems, [], 'no CSP violation or script error on the page');
}

/** axe-core (WCAG 2.1 A/AA): no serious or critical violation. */
export async function assertAccessible(page, name) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `axe on ${name}`,
  );
}

/** Screenshots of the current screen at 360 px (phone) and 1280 px, full page. */
export async function screenshots(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: width === 360 ? 640 : 800 });
    await page.waitForTimeout(50);
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
    if (width === 360) await assertNoSidewaysScroll(page, name);
    if (width === 1280) await assertNavigationInView(page, name);
  }
  await page.setViewportSize(original);
}

/**
 * A phone screen never scrolls sideways: the document is no wider than the viewport (wide tables scroll
 * inside their own region). Names the elements that stick out.
 */
export async function assertNoSidewaysScroll(page, name) {
  const wide = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= viewport) return [];
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > viewport + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
  });
  assert.deepEqual(wide, [], `${name} at 360 px scrolls sideways`);
}

/** Every link of the book's navigation is inside the window, none cut off at its edge. */
export async function assertNavigationInView(page, name) {
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('nav.book-nav a')]
      .filter((a) => a.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((a) => a.textContent),
  );
  assert.deepEqual(cut, [], `${name}: navigation links cut off at the window's edge`);
}

/** Checks a screen: accessible, no CSP problem, screenshots taken, no sideways scrolling on a phone. */
export async function checkScreen(page, name) {
  await assertAccessible(page, name);
  assertNoProblems(page);
  await screenshots(page, name);
}

export async function signIn(page, email, password) {
  await page.goto('/sign-in');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
}

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s) of a base32 secret, as an authenticator app shows it. */
export async function totp(base32Secret, at = Date.now()) {
  const { createHmac } = await import('node:crypto');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32Secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}
