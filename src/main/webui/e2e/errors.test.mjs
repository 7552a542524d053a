import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();

test('an unknown address shows a page with a way back', async () => {
  const page = await openPage(browser());
  const answer = await page.goto('/no/such/page');
  assert.equal(answer.status(), 200);
  await page.getByRole('heading', { name: 'Seite nicht gefunden' }).waitFor();
  await checkScreen(page, 'not-found');
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await page.getByRole('heading', { name: 'Anmelden', exact: true }).waitFor();
});

test("a stranger's book shows 'not found', the same as a book that does not exist", async () => {
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_ADMIN_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByRole('heading', { name: /Willkommen/ }).waitFor();
  await page.goto(`/books/${env('CET_E2E_STRANGER_BOOK_ID')}`);
  await page.getByRole('heading', { name: 'Buch nicht gefunden' }).waitFor();
  const stranger = await page.locator('main').innerText();
  await checkScreen(page, 'book-not-found');
  await page.goto('/books/00000000-0000-4000-8000-000000000000');
  await page.getByRole('heading', { name: 'Buch nicht gefunden' }).waitFor();
  assert.equal(await page.locator('main').innerText(), stranger);
});

test('the API and operations addresses are never answered with the app', async () => {
  for (const path of ['/api/v1/nope', '/q/nope']) {
    const answer = await fetch(BASE() + path, { headers: { Accept: 'text/html' } });
    assert.equal(answer.status, 404);
    assert.match(answer.headers.get('content-type'), /application\/problem\+json/);
  }
});
