import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();

/** The books the API says this person belongs to. */
async function booksOf(email) {
  const login = await fetch(`${BASE()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, password: env('CET_E2E_PASSWORD') }),
  });
  const { accessToken } = await login.json();
  const me = await fetch(`${BASE()}/api/v1/me`, { headers: { Authorization: `Bearer ${accessToken}` } });
  return (await me.json()).memberships;
}

test('a new user without any book creates the caucus book from the start screen (German, desktop)', async () => {
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_NEWBOOK_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByRole('heading', { name: 'Neues Buch anlegen' }).waitFor();
  await checkScreen(page, 'new-book-start');

  // Without a name the API refuses, and says which field.
  await page.getByRole('button', { name: 'Buch anlegen' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Name/);
  assert.equal((await booksOf(env('CET_E2E_NEWBOOK_EMAIL'))).length, 0, 'nothing stored');

  await page.getByLabel('Name des Buchs').fill('Fraktion Neu im Rat');
  await page.getByLabel('Art').selectOption('CAUCUS');
  await page.getByRole('button', { name: 'Buch anlegen' }).click();
  await page.getByRole('heading', { name: 'Fraktion Neu im Rat', level: 1 }).waitFor();
  const books = await booksOf(env('CET_E2E_NEWBOOK_EMAIL'));
  assert.deepEqual(books.map((b) => [b.bookName, b.role]), [['Fraktion Neu im Rat', 'ADMIN']]);
  assert.equal(new URL(page.url()).pathname, `/books/${books[0].bookId}`);
  await checkScreen(page, 'new-book-created');
});

test('at 360 px in English, by keyboard: a second book, a household, from the menu', async () => {
  const page = await openPage(browser(), { width: 360, height: 640, locale: 'en-GB' });
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(env('CET_E2E_NEWBOOK_EN_EMAIL'));
  await page.getByLabel('Password', { exact: true }).fill(env('CET_E2E_PASSWORD'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Create a book' }).waitFor();
  await page.getByLabel('Name of the book').fill('Family Budget');
  await page.getByLabel('Kind').selectOption('HOUSEHOLD');
  await page.getByText('Budgets per category and what you can still spend today.').waitFor();
  await page.getByRole('button', { name: 'Create book' }).focus();
  await page.keyboard.press('Enter');
  // created: the new book's dashboard (its name is the heading)
  await page.getByRole('heading', { name: 'Family Budget', level: 1 }).waitFor();

  // The menu's "New book" is the page of its own; the second book is made there.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'New book' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Create a book', level: 1 }).waitFor();
  await checkScreen(page, 'new-book-page-en');
  await page.getByLabel('Name of the book').fill('Weekend trip');
  await page.getByLabel('Kind').selectOption('GROUP');
  await page.getByRole('button', { name: 'Create book' }).click();
  await page.waitForURL(/\/books\/[0-9a-f-]{36}$/);
  const books = await booksOf(env('CET_E2E_NEWBOOK_EN_EMAIL'));
  assert.deepEqual(books.map((b) => b.bookName).sort(), ['Family Budget', 'Weekend trip']);
});

test('in January before the new period exists, the dashboard shows the year just ended and says so', async () => {
  // A book whose only period ended before today, made through the API by the German user of the first test.
  const login = await fetch(`${BASE()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email: env('CET_E2E_NEWBOOK_EMAIL'), password: env('CET_E2E_PASSWORD') }),
  });
  const { accessToken } = await login.json();
  const year = new Date().getFullYear() - 1;
  const created = await fetch(`${BASE()}/api/v1/books`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ name: 'Fraktion Vorjahr', kind: 'CAUCUS', currency: 'EUR',
      firstPeriod: { name: String(year), startDate: `${year}-01-01`, endDate: `${year}-12-31` } }),
  });
  assert.equal(created.status, 201);
  const { id } = await created.json();

  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_NEWBOOK_EMAIL'), env('CET_E2E_PASSWORD'));
  // two books now: the start screen lists them
  await page.getByRole('heading', { name: /^Willkommen/ }).waitFor();
  await page.goto(`/books/${id}`);
  await page.getByRole('heading', { name: 'Fraktion Vorjahr', level: 1 }).waitFor();
  const note = page.getByRole('note');
  assert.match(await note.innerText(), new RegExp(`Der Zeitraum ${year} ist zu Ende`));
  await checkScreen(page, 'dashboard-period-ended');
  await note.getByRole('link', { name: 'Nächsten Zeitraum anlegen' }).click();
  await page.waitForURL(new RegExp(`/books/${id}/periods$`));
});
