import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();
const BOOK = () => env('CET_E2E_BUDGETS_BOOK_ID');

/** The API as one person: the test reads through it what the screens did. */
async function apiAs(email) {
  const login = await fetch(`${BASE()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, password: env('CET_E2E_PASSWORD') }),
  });
  assert.equal(login.status, 200, `sign-in of ${email}`);
  const { accessToken } = await login.json();
  return async (method, path, body) => {
    const answer = await fetch(`${BASE()}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: answer.status, body: await answer.json() };
  };
}

async function statusOf(api, name) {
  const answer = await api('GET', `/books/${BOOK()}/budgets/status`);
  assert.equal(answer.status, 200);
  const s = answer.body.find((b) => b.name === name);
  assert.ok(s, `a status of ${name}`);
  return s;
}

const cents = (amount) => Math.round(Number(amount) * 100);
/** How the screen writes an amount in German: 1.234,50 €. */
const euro = (amount) => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(Number(amount));

const funnel = (page, name) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('a household runs its month on a phone: funnels, a spending recorded from one, spendable today falls, a recurring rent', async () => {
  const page = await openPage(browser(), { width: 360, height: 740 });
  const api = await apiAs(env('CET_E2E_BUDGETS_ADMIN_EMAIL'));
  await signIn(page, env('CET_E2E_BUDGETS_ADMIN_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByRole('button', { name: 'Menü' }).waitFor();
  await page.goto(`/books/${BOOK()}`);
  // a household's navigation starts with its budgets
  const nav = page.getByRole('navigation', { name: /Buch/ });
  await nav.getByRole('link').first().waitFor();
  // the order follows the book's kind, known once the book is read
  await page.waitForFunction(() => document.querySelector('.book-nav a')?.textContent === 'Budgets', null, { timeout: 15_000 });
  assert.equal(await nav.getByRole('link').first().innerText(), 'Budgets');
  await nav.getByRole('link', { name: 'Budgets' }).click();
  await page.getByRole('heading', { name: 'Budgets', level: 1 }).waitFor();

  const before = await statusOf(api, 'Groceries');
  assert.equal(before.spent, '37.40');
  const groceries = funnel(page, 'Groceries');
  await groceries.getByText(`${euro(before.remaining)} übrig`).waitFor();
  await groceries.getByText(`Heute verfügbar: ${euro(before.spendableToday)}`).waitFor();
  await groceries.getByText(`${before.percentUsed} % verbraucht: ${euro(before.spent)} von ${euro(before.limit)}`).waitFor();
  await funnel(page, 'Leisure').getByText(/übrig/).waitFor();
  await checkScreen(page, 'budgets');

  // Two clicks: "record spending" in the funnel, then "book" after typing the amount.
  await groceries.getByRole('link', { name: 'Ausgabe erfassen: Groceries' }).click();
  await page.getByRole('heading', { name: 'Buchung erfassen' }).waitFor();
  await page.getByText(/Gewählt: .*Groceries/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Ausgabe', exact: true }).getAttribute('aria-pressed'), 'true');
  await page.getByLabel('Betrag in Euro').fill('62,60');
  await page.getByRole('button', { name: 'Buchen', exact: true }).click();
  await page.getByText('Ausgabe über 62,60 € ist gebucht.').waitFor({ timeout: 30_000 });

  const after = await statusOf(api, 'Groceries');
  assert.equal(after.spent, '100.00');
  assert.equal(cents(after.remaining), cents(before.remaining) - 6260);
  assert.ok(cents(after.spendableToday) < cents(before.spendableToday), 'spendable today falls after a spending');
  await page.getByRole('navigation', { name: /Buch/ }).getByRole('link', { name: 'Budgets' }).click();
  await funnel(page, 'Groceries').getByText(`Heute verfügbar: ${euro(after.spendableToday)}`).waitFor();

  // The limit raised mid-month: the whole month is recalculated, nothing re-entered.
  await funnel(page, 'Groceries').getByRole('link', { name: 'Bearbeiten: Groceries' }).click();
  await page.getByRole('heading', { name: 'Budget Groceries' }).waitFor();
  await checkScreen(page, 'budget-editor');
  await page.getByLabel('Betrag', { exact: true }).fill('500,00');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { name: 'Budgets', level: 1 }).waitFor();
  const raised = await statusOf(api, 'Groceries');
  assert.equal(raised.limit, '500.00');
  assert.equal(raised.remaining, '400.00');
  assert.ok(cents(raised.spendableToday) > cents(after.spendableToday), 'a higher limit: more to spend today');
  await funnel(page, 'Groceries').getByText(`${euro('400.00')} übrig`).waitFor();

  // The dashboard shows the same funnels in small; reversing the spending gives today's money back, live.
  await page.getByRole('navigation', { name: /Buch/ }).getByRole('link', { name: 'Übersicht' }).click();
  const widget = page.getByRole('region', { name: 'Budgets in diesem Monat' });
  const small = (name) => widget.getByRole('listitem').filter({ hasText: name });
  await small('Groceries').getByText(`Heute verfügbar: ${euro(raised.spendableToday)}`).waitFor();
  await small('Groceries').getByText(`${euro('400.00')} übrig`).waitFor();
  await small('Groceries').getByText(`${raised.percentUsed} % verbraucht`).waitFor();
  await small('Leisure').getByText(/übrig/).waitFor();
  await checkScreen(page, 'dashboard-budgets');
  const entries = await api('GET', `/books/${BOOK()}/transactions?minAmount=62.60&maxAmount=62.60`);
  const spending = entries.body.items.find((e) => e.amount === '62.60');
  assert.ok(spending, 'the spending recorded from the funnel');
  const reversal = await api('POST', `/books/${BOOK()}/transactions/${spending.id}/reverse`, { reason: 'Falsch erfasst', date: spending.date });
  assert.equal(reversal.status, 201, JSON.stringify(reversal.body));
  const reversed = await statusOf(api, 'Groceries');
  assert.equal(reversed.spent, '37.40');
  assert.ok(cents(reversed.spendableToday) > cents(raised.spendableToday), 'spendable today rises after the reversal');
  // no reload: the live update refreshes the overview
  await small('Groceries').getByText(`Heute verfügbar: ${euro(reversed.spendableToday)}`).waitFor({ timeout: 10_000 });
  await small('Groceries').getByText(`${euro(reversed.remaining)} übrig`).waitFor();
  await widget.getByRole('link', { name: 'Alle Budgets' }).click();
  await page.getByRole('heading', { name: 'Budgets', level: 1 }).waitFor();

  // A recurring rent on the last day of each month.
  await page.getByRole('navigation', { name: /Buch/ }).getByRole('link', { name: 'Daueraufträge' }).click();
  await page.getByRole('heading', { name: 'Daueraufträge', level: 1 }).waitFor();
  await page.getByText('Noch keine Daueraufträge.').waitFor();
  await checkScreen(page, 'recurring-empty');
  await page.getByRole('link', { name: 'Neuer Dauerauftrag' }).click();
  await page.getByRole('heading', { name: 'Neuer Dauerauftrag' }).waitFor();
  await page.getByLabel('Betrag', { exact: true }).fill('850,00');
  await page.getByLabel('Kategorie').selectOption({ label: '🏠 Rent' });
  await page.getByLabel('Beschreibung').fill('Miete Wohnung');
  await page.getByLabel('Tag im Monat').selectOption({ label: 'Letzter Tag des Monats' });
  await checkScreen(page, 'recurring-editor');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { name: 'Miete Wohnung' }).waitFor();
  await page.getByText(/Jeden Monat, am Monatsletzten/).waitFor();
  await page.getByText(/Nächster am/).waitFor();
  await checkScreen(page, 'recurring');
  const list = await api('GET', `/books/${BOOK()}/recurring`);
  assert.equal(list.body.totalItems, 1);
  assert.equal(list.body.items[0].schedule.dayOfMonth, 31);
  assert.equal(list.body.items[0].template.amount, '850.00');
});

test('by keyboard alone, in English: from the funnels to the record screen with the category chosen', async () => {
  // the sign-in page speaks the browser's German; after it the treasurer's own English
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_BUDGETS_TREASURER_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto(`/books/${BOOK()}/budgets`);
  await page.getByRole('heading', { name: 'Budgets', level: 1 }).waitFor();
  await funnel(page, 'Leisure').getByText(/left$/).waitFor();
  await funnel(page, 'Leisure').getByText(/^You can spend .* today$/).waitFor();
  await checkScreen(page, 'budgets-en');
  const target = page.getByRole('link', { name: 'Record spending: Leisure' });
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) break;
  }
  assert.ok(await target.evaluate((el) => el === document.activeElement), 'the funnel link is reached by Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Record an entry' }).waitFor();
  await page.getByText(/Chosen: .*Leisure/).waitFor();

  // The household's dashboard at 1280 px in English shows the widget; a book without budgets does not.
  await page.goto(`/books/${BOOK()}`);
  const widget = page.getByRole('region', { name: 'Budgets this month' });
  await widget.getByRole('listitem').filter({ hasText: 'Leisure' }).getByText(/^You can spend .* today$/).waitFor();
  await widget.getByRole('listitem').filter({ hasText: 'Leisure' }).getByText(/^\d+ % used$/).waitFor();
  await checkScreen(page, 'dashboard-budgets-en');
  await page.goto(`/books/${env('CET_E2E_BUDGETS_NONE_BOOK_ID')}`);
  await page.getByRole('heading', { name: 'Caucus without budgets', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Account balances' }).waitFor();
  assert.equal(await page.getByRole('region', { name: 'Budgets this month' }).count(), 0, 'no budgets, no widget');
});
