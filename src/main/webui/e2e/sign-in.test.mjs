import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();

test('a wrong password shows the problem document, not raw JSON', async () => {
  const page = await openPage(browser());
  await page.goto('/sign-in');
  await checkScreen(page, 'sign-in');
  await page.getByLabel('E-Mail-Adresse').fill(env('CET_E2E_ADMIN_EMAIL'));
  await page.getByLabel('Passwort', { exact: true }).fill('not the password at all');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  // The problem's type is known to the app: said in German, not in the server's English title.
  assert.match(text, /E-Mail-Adresse oder Passwort stimmen nicht/);
  assert.ok(!text.includes(env('CET_E2E_LOGIN_FAILURE_TITLE')), `the English title of the 401 problem is not shown: ${text}`);
  assert.doesNotMatch(text, /[{}"]/, 'no raw JSON');
  await checkScreen(page, 'sign-in-error');
});

test('keyboard only: sign in, land on the book, sign out', async () => {
  const page = await openPage(browser());
  await page.goto('/sign-in');
  // The email field has the focus on arrival; everything after it is reached with Tab. Typing starts once
  // the app has rendered it: keys pressed before that go nowhere (seen under load: a wrong address).
  const email = page.getByLabel('E-Mail-Adresse');
  await email.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'email');
  await page.keyboard.type(env('CET_E2E_ADMIN_EMAIL'));
  assert.equal(await email.inputValue(), env('CET_E2E_ADMIN_EMAIL'), 'the whole address was typed into the field');
  await page.keyboard.press('Tab');
  await page.keyboard.type(env('CET_E2E_PASSWORD'));
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  assert.equal(focused, 'Anmelden', 'Tab reaches the sign-in button');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Willkommen/ }).waitFor();
  await checkScreen(page, 'home-books');

  // A reload keeps the session (refresh token in this tab's sessionStorage, never in localStorage).
  await page.reload();
  await page.getByRole('heading', { name: /Willkommen/ }).waitFor();
  const local = await page.evaluate(() => JSON.stringify(localStorage));
  assert.doesNotMatch(local, /refresh|access|token/i, 'no token in localStorage');

  await page.getByRole('link', { name: env('CET_E2E_BOOK_NAME') }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('cell', { name: '1.234,56 €' }).first().waitFor();
  await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await page.getByRole('heading', { name: 'Anmelden', exact: true }).waitFor();
  await page.goto(`/books/${env('CET_E2E_BOOK_ID')}`);
  await page.getByRole('heading', { name: 'Anmelden', exact: true }).waitFor();
});

test('the dashboard shows balances per account and fund, an empty book its first steps', async () => {
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_ADMIN_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByRole('heading', { name: /Willkommen/ }).waitFor();
  await page.goto(`/books/${env('CET_E2E_BOOK_ID')}`);
  await page.getByRole('heading', { name: env('CET_E2E_BOOK_NAME') }).waitFor();
  const table = page.getByRole('table');
  assert.match(await table.innerText(), /Girokonto[\s\S]*1\.234,56\s€/);
  assert.match(await table.innerText(), /Handkasse[\s\S]*80,00\s€/);
  await page.getByText(/Zeitraum \d{4}: 01\.01\.\d{4} bis 31\.12\.\d{4}/).waitFor();
  await checkScreen(page, 'dashboard');

  await page.getByLabel('Buch', { exact: true }).selectOption({ label: env('CET_E2E_EMPTY_BOOK_NAME') });
  await page.getByText('Dieses Buch ist noch leer').waitFor();
  await checkScreen(page, 'dashboard-empty');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('This book is still empty').waitFor();
  await assertAccessible(page, 'dashboard-empty-en');
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByText('Dieses Buch ist noch leer').waitFor();

  await page.getByRole('button', { name: 'Überall abmelden' }).click();
  await page.getByRole('heading', { name: 'Anmelden', exact: true }).waitFor();
});

