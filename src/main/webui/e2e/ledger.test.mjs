import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();
const BOOK = () => env('CET_E2E_LEDGER_BOOK_ID');
const entry = (name) => `/books/${BOOK()}/transactions/${env(name)}`;

/** Signs in to the ledger's book (the only book of its people, so sign-in lands on its dashboard). */
async function signInTo(page, emailVariable) {
  await signIn(page, env(emailVariable), env('CET_E2E_PASSWORD'));
  await page.getByRole('heading', { name: env('CET_E2E_LEDGER_BOOK_NAME') }).waitFor();
}

/** The inbox card of an entry, found by its counterparty. */
const card = (page, text) => page.locator('li.inbox-item').filter({ hasText: text });

test('ledger: filters live in the URL, survive a reload, and back/forward move between them', async () => {
  const page = await openPage(browser());
  await signInTo(page, 'CET_E2E_LEDGER_TREASURER_EMAIL');
  await page.getByRole('navigation', { name: 'Bereiche des Buchs' }).getByRole('link', { name: 'Buchungen' }).click();
  await page.getByRole('heading', { name: 'Buchungen' }).waitFor();
  await page.getByRole('link', { name: 'Druckerei Müller' }).waitFor();
  const all = Number(await page.getByTestId('ledger-total-items').innerText());
  assert.ok(all >= 7, `every entry of the book is listed: ${all}`);
  await checkScreen(page, 'ledger');

  // Keyboard: type into the search, Tab on, German amount, Enter submits the form.
  await page.getByLabel('Suche in Empfänger, Beschreibung, Referenz').fill('Druckerei');
  await page.getByLabel('Betrag ab').fill('24,70');
  await page.getByLabel('Status').selectOption({ label: 'Gebucht' });
  await page.getByLabel('Betrag ab').press('Enter');
  await page.waitForURL(/q=Druckerei/);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('minAmount'), '24.70', 'the amount in the API form');
  assert.equal(url.searchParams.get('status'), 'BOOKED');
  await page.getByTestId('ledger-total-items').filter({ hasText: /^1$/ }).waitFor();
  assert.match(await page.getByRole('definition').filter({ hasText: '249,90' }).innerText(), /249,90\s€/, 'the expense total');

  await page.reload();
  await page.getByTestId('ledger-total-items').filter({ hasText: /^1$/ }).waitFor();
  assert.equal(await page.getByLabel('Betrag ab').inputValue(), '24,70', 'the field shows the filter again after a reload');
  assert.equal(await page.getByLabel('Suche in Empfänger, Beschreibung, Referenz').inputValue(), 'Druckerei');
  await checkScreen(page, 'ledger-filtered');

  await page.goBack();
  await page.getByTestId('ledger-total-items').filter({ hasText: String(all) }).waitFor();
  assert.equal(await page.getByLabel('Betrag ab').inputValue(), '', 'back: no filter');
  await page.goForward();
  await page.getByTestId('ledger-total-items').filter({ hasText: /^1$/ }).waitFor();

  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await page.getByLabel('Sortieren').selectOption({ label: 'Betrag, größter zuerst' });
  await page.waitForURL(/sort=amount%2Cdesc|sort=amount,desc/);
  const first = page.locator('tbody tr').first();
  await first.filter({ hasText: 'Stadt Beispielstadt' }).waitFor();

  // A phone: the amount column is whole, not cut at the edge.
  await page.setViewportSize({ width: 360, height: 640 });
  const cell = await page.locator('tbody tr td.num').first().boundingBox();
  assert.ok(cell && cell.x + cell.width <= 360, `the amount cell ends inside 360 px: ${JSON.stringify(cell)}`);
});

test('entry detail: the receipt photo inline, the history with before and after, only the allowed actions', async () => {
  const page = await openPage(browser());
  await signInTo(page, 'CET_E2E_LEDGER_TREASURER_EMAIL');
  await page.goto(entry('CET_E2E_LEDGER_PRINTED_ID'));
  await page.getByRole('heading', { name: /Druckerei Müller/ }).waitFor();
  const image = page.getByRole('img', { name: 'Vorschau des Belegs druckerei-rechnung.png' });
  await image.waitFor();
  await page.waitForFunction(() => document.querySelector('img.receipt-image')?.naturalWidth > 0);
  assert.match(await image.getAttribute('src'), /^blob:/, 'fetched with the token, shown through an object URL');
  const history = page.locator('ol.history');
  await history.getByText('Geändert').waitFor();
  assert.match(await history.innerText(), /Flyer[\s\S]*Flyer Bürgersprechstunde/, 'before and after');
  assert.match(await history.innerText(), /Gebucht · Tara Kasse/);
  assert.equal(await page.getByRole('button', { name: 'Stornieren' }).count(), 1);
  for (const name of ['Freigeben', 'Buchen', 'Bearbeiten', 'Entwurf löschen']) {
    assert.equal(await page.getByRole('button', { name }).count(), 0, `${name} is not offered for a booked entry`);
  }
  await checkScreen(page, 'ledger-entry');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'History' }).waitFor();
  await assertAccessible(page, 'ledger-entry-en');
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('heading', { name: 'Verlauf' }).waitFor();
});

test('approvals: the treasurer approves and the entry moves on; four-eyes and dual approval explained; reject with a reason', async () => {
  const page = await openPage(browser());
  await signInTo(page, 'CET_E2E_LEDGER_TREASURER_EMAIL');
  await page.getByRole('navigation', { name: 'Bereiche des Buchs' }).getByRole('link', { name: 'Freigaben' }).click();
  await page.getByRole('heading', { name: 'Freigaben', level: 1 }).waitFor();
  await card(page, 'Bäckerei Korn').waitFor();
  await checkScreen(page, 'approvals');

  await card(page, 'Bäckerei Korn').getByRole('button', { name: 'Freigeben' }).click();
  // Approved, it leaves "waiting" and waits to be booked.
  await card(page, 'Bäckerei Korn').getByRole('button', { name: 'Buchen' }).waitFor();

  await card(page, 'Deutsche Post').getByRole('button', { name: 'Freigeben' }).click();
  const own = card(page, 'Deutsche Post').getByTestId('refusal');
  await own.waitFor();
  assert.match(await own.innerText(), /Vier-Augen-Prinzip/);

  await card(page, 'Raumvermietung Lindenhof').getByRole('button', { name: 'Freigeben' }).click();
  const dual = card(page, 'Raumvermietung Lindenhof').getByTestId('refusal');
  await dual.waitFor();
  assert.match(await dual.innerText(), /zwei Freigaben von zwei verschiedenen Personen/);
  await checkScreen(page, 'approvals-refused');

  await card(page, 'Taxi Zentrale').getByRole('button', { name: 'Ablehnen' }).click();
  await card(page, 'Taxi Zentrale').getByLabel('Grund der Ablehnung').fill('Bitte mit Quittung neu einreichen');
  await card(page, 'Taxi Zentrale').getByRole('button', { name: 'Ablehnen' }).click();
  await card(page, 'Taxi Zentrale').waitFor({ state: 'detached' });

  await page.goto(entry('CET_E2E_LEDGER_TAXI_ID'));
  await page.getByRole('heading', { name: /Taxi Zentrale/ }).waitFor();
  await page.getByText('Bitte mit Quittung neu einreichen').first().waitFor();
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Abgelehnt/);
});

test('a member sees no approve or book button, and a forged approve call is refused by the API', async () => {
  const page = await openPage(browser(), { width: 360, height: 640 });
  await signInTo(page, 'CET_E2E_LEDGER_MEMBER_EMAIL');

  // The phone header: the brand row and the book's navigation, which wraps to a second line when the book
  // has more screens than 360 px hold; the rest behind the menu.
  const header = await page.locator('header.shell-header').boundingBox();
  assert.ok(header && header.height < 200, `a compact header at 360 px: ${header?.height}px`);
  assert.equal(await page.getByRole('button', { name: 'Abmelden', exact: true }).isVisible(), false);
  await page.getByRole('button', { name: 'Menü' }).click();
  await page.getByRole('button', { name: 'Abmelden', exact: true }).waitFor();
  await checkScreen(page, 'shell-menu-open');
  await page.getByRole('button', { name: 'Menü' }).click();

  await page.getByRole('navigation', { name: 'Bereiche des Buchs' }).getByRole('link', { name: 'Freigaben' }).click();
  await page.getByText('Freigeben dürfen Schatzmeisterei').waitFor();
  await card(page, 'Deutsche Post').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Freigeben' }).count(), 0, 'no approve button for a member');
  assert.equal(await page.getByRole('button', { name: 'Buchen' }).count(), 0, 'no book button for a member');
  await checkScreen(page, 'approvals-member');

  await page.goto(entry('CET_E2E_LEDGER_OWN_ID'));
  await page.getByRole('heading', { name: /Deutsche Post/ }).waitFor();
  assert.equal(await page.locator('.entry-actions button').count(), 0, 'nothing to do on someone else\'s submitted entry');

  // A forged call from the page with the member's own session: the API refuses it.
  const answer = await page.evaluate(async ({ book, id }) => {
    const refreshToken = sessionStorage.getItem('cet.refreshToken');
    const tokens = await (
      await fetch('/api/v1/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken }) })
    ).json();
    const r = await fetch(`/api/v1/books/${book}/transactions/${id}/approve`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.accessToken}` },
    });
    return { status: r.status, type: r.headers.get('Content-Type'), body: await r.json() };
  }, { book: BOOK(), id: env('CET_E2E_LEDGER_OWN_ID') });
  assert.equal(answer.status, 403, JSON.stringify(answer));
  assert.match(answer.type, /application\/problem\+json/);
  assert.match(answer.body.detail, /treasurer, an admin or a signatory/);
});

test('advances: the treasurer reimburses what the book owes a member', async () => {
  const page = await openPage(browser());
  await signInTo(page, 'CET_E2E_LEDGER_TREASURER_EMAIL');
  await page.getByRole('navigation', { name: 'Bereiche des Buchs' }).getByRole('link', { name: 'Auslagen' }).click();
  const mia = card(page, env('CET_E2E_LEDGER_MEMBER_NAME'));
  await mia.getByText('45,00 €').waitFor();
  await checkScreen(page, 'advances');
  await mia.getByRole('button', { name: 'Erstatten' }).click();
  assert.equal(await mia.getByLabel('Betrag').inputValue(), '45,00', 'the open amount is proposed');
  await mia.getByLabel('Von Konto').selectOption({ label: 'Girokonto Fraktion' });
  await checkScreen(page, 'advances-reimburse');
  await mia.getByRole('button', { name: 'Erstattung buchen' }).click();
  await page.getByText(`Die Erstattung an ${env('CET_E2E_LEDGER_MEMBER_NAME')} ist gebucht.`).waitFor();
  await page.getByText('Niemand hat offene Auslagen.').waitFor();

  await page.goto(`/books/${BOOK()}/transactions?memberId=${await memberId(page)}`);
  await page.locator('tbody .entry-meta').filter({ hasText: 'Erstattung' }).first().waitFor();
});

/** The member's id, from the book's member list as the page's own session reads it. */
async function memberId(page) {
  await page.goto(`/books/${BOOK()}/transactions`);
  await page.getByLabel('Mitglied').waitFor();
  return page.getByLabel('Mitglied').locator('option', { hasText: env('CET_E2E_LEDGER_MEMBER_NAME') }).getAttribute('value');
}

test('a stale edit offers to reload instead of overwriting', async () => {
  const first = await openPage(browser());
  await signInTo(first, 'CET_E2E_LEDGER_TREASURER_EMAIL');
  await first.goto(entry('CET_E2E_LEDGER_DRAFT_ID'));
  await first.getByRole('button', { name: 'Bearbeiten' }).click();
  await first.getByLabel('Beschreibung').fill('Druckerpapier');

  const second = await openPage(browser());
  await signInTo(second, 'CET_E2E_LEDGER_TREASURER_EMAIL');
  await second.goto(entry('CET_E2E_LEDGER_DRAFT_ID'));
  await second.getByRole('button', { name: 'Bearbeiten' }).click();
  await second.getByLabel('Betrag').fill('30,00');
  await second.getByRole('button', { name: 'Änderungen speichern' }).click();
  await second.getByText(/-30,00\s€/).first().waitFor();

  await first.getByRole('button', { name: 'Änderungen speichern' }).click();
  await first.getByText('Die Buchung wurde inzwischen geändert').waitFor();
  await checkScreen(first, 'ledger-stale-edit');
  await first.getByRole('button', { name: 'Aktuelle Fassung laden' }).click();
  await first.getByText(/-30,00\s€/).first().waitFor();
  await first.getByRole('button', { name: 'Änderungen speichern' }).waitFor({ state: 'detached' });
  assert.equal(await first.getByText('Druckerpapier').count(), 0, 'the other change was not saved over');
});

test('dashboard: spending per category and month as chart and table, forecast, links to approvals and advances', async () => {
  const page = await openPage(browser());
  await signInTo(page, 'CET_E2E_LEDGER_TREASURER_EMAIL');
  await page.getByRole('heading', { name: 'Ausgaben je Kategorie und Monat' }).waitFor();
  const chart = page.getByRole('figure');
  assert.match(await chart.innerText(), /März \d{4}[\s\S]*249,90\s€/);
  assert.ok((await chart.locator('svg rect').count()) >= 1, 'SVG bars');
  // the table repeats the chart's figures, folded under it
  assert.equal(await page.getByRole('table', { name: 'Ausgaben je Kategorie und Monat als Tabelle' }).count(), 0);
  await page.getByText('Als Tabelle zeigen').click();
  const table = page.getByRole('table', { name: 'Ausgaben je Kategorie und Monat als Tabelle' });
  assert.match(await table.innerText(), /März \d{4}[\s\S]*EX-300[\s\S]*249,90\s€/);
  await page.getByRole('heading', { name: 'Prognose' }).waitFor();
  await checkScreen(page, 'dashboard-spending');

  await page.setViewportSize({ width: 360, height: 640 });
  const balance = await page.getByRole('table', { name: 'Saldo je Konto und Summe je Mittelart' }).locator('td.num').first().boundingBox();
  assert.ok(balance && balance.x + balance.width <= 360, `the balance column ends inside 360 px: ${JSON.stringify(balance)}`);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('link', { name: 'Zu den Freigaben' }).click();
  await page.getByRole('heading', { name: 'Freigaben', level: 1 }).waitFor();
  await page.goBack();
  await page.getByRole('link', { name: 'Zu den Auslagen' }).click();
  await page.getByRole('heading', { name: 'Auslagen', level: 1 }).waitFor();
});
