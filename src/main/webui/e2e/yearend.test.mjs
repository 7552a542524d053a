import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();
const BOOK = () => env('CET_E2E_YEAREND_BOOK_ID');
const YEAR = () => env('CET_E2E_YEAREND_PERIOD');
const files = mkdtempSync(join(tmpdir(), 'cet-yearend-'));

/** Signs in to the year-end book (the only book of its people: sign-in lands on its dashboard). */
async function signInTo(page, emailVariable) {
  await signIn(page, env(emailVariable), env('CET_E2E_PASSWORD'));
  await page.getByRole('heading', { name: env('CET_E2E_YEAREND_BOOK_NAME') }).waitFor();
}

const bookNav = (page, name) => page.getByRole('navigation', { name: /Bereiche des Buchs|Sections of the book/ }).getByRole('link', { name });

/** Clicks a download button and answers the saved file's path and name. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(files, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

/** A bearer token of one of the book's people, for calling the API the way a forced client would. */
async function tokenOf(emailVariable) {
  const login = await fetch(`${BASE()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: env(emailVariable), password: env('CET_E2E_PASSWORD') }),
  });
  assert.equal(login.status, 200, `sign-in of ${emailVariable}`);
  return (await login.json()).accessToken;
}

test('yearend: a plain member sees no year-end screen, and the API refuses each one when forced', async () => {
  const page = await openPage(browser());
  await signInTo(page, 'CET_E2E_YEAREND_MEMBER_EMAIL');
  const nav = page.getByRole('navigation', { name: 'Bereiche des Buchs' });
  await nav.getByRole('link', { name: 'Buchungen' }).waitFor();
  for (const name of ['Perioden', 'Berichte', 'Prüfprotokoll']) {
    assert.equal(await nav.getByRole('link', { name }).count(), 0, `no ${name} in a member's navigation`);
  }
  // Typed into the address bar: the screen shows the API's refusal, nothing of the log.
  await page.goto(`/books/${BOOK()}/audit`);
  await page.getByRole('alert').filter({ hasText: 'Ihre Rolle in diesem Buch erlaubt das nicht.' }).first().waitFor();
  assert.equal(await page.locator('.audit-entry').count(), 0);
  await checkScreen(page, 'yearend-member-refused');

  const token = await tokenOf('CET_E2E_YEAREND_MEMBER_EMAIL');
  const call = (method, path) => fetch(`${BASE()}/api/v1/books/${BOOK()}${path}`, { method, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  const periods = await (await call('GET', '/periods')).json();
  const year = periods.items.find((p) => p.name === YEAR());
  assert.equal((await call('POST', `/periods/${year.id}/close`)).status, 403, 'a member does not close the year');
  assert.equal((await call('POST', `/periods/${year.id}/sign-off`)).status, 403, 'a member who does not sign does not sign off');
  assert.equal((await call('GET', '/audit-log')).status, 403, 'a member does not read the audit log');
  assert.equal((await call('GET', '/audit-log/verification')).status, 403);
  assert.equal((await call('GET', `/reports/audit-package?periodId=${year.id}`)).status, 403, 'nor take the audit package');
  const created = await fetch(`${BASE()}/api/v1/books/${BOOK()}/periods`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Schatten', startDate: '2099-01-01', endDate: '2099-12-31' }),
  });
  assert.equal(created.status, 403, 'nor create a period');
});

test('yearend: the treasurer closes the year — refused for a draft, fixed, closed — and takes the report as PDF', async () => {
  const page = await openPage(browser());
  await signInTo(page, 'CET_E2E_YEAREND_TREASURER_EMAIL');
  await bookNav(page, 'Perioden').click();
  await page.getByRole('heading', { name: 'Buchungsperioden' }).waitFor();
  await checkScreen(page, 'yearend-periods');

  // First try: refused, with the draft on the checklist.
  await page.getByRole('button', { name: `${YEAR()} abschließen` }).click();
  const dialog = page.getByRole('dialog', { name: `Periode ${YEAR()} abschließen?` });
  await dialog.waitFor();
  await checkScreen(page, 'yearend-close-confirm');
  await dialog.getByRole('button', { name: 'Periode abschließen' }).click();
  const blockers = page.getByRole('alert').filter({ hasText: 'kann noch nicht abgeschlossen werden' });
  await blockers.waitFor();
  assert.match(await blockers.innerText(), /1 Entwurf muss gebucht, verschoben oder gelöscht werden/);
  await checkScreen(page, 'yearend-close-refused');

  // The checklist's link: the ledger, filtered to the year's drafts (in the URL), shows exactly that draft.
  await blockers.getByRole('link', { name: 'Entwürfe der Periode in den Buchungen zeigen' }).click();
  await page.waitForURL(/status=DRAFT/);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('from'), `${YEAR()}-01-01`);
  assert.equal(url.searchParams.get('to'), `${YEAR()}-12-31`);
  await page.getByTestId('ledger-total-items').filter({ hasText: /^1$/ }).waitFor();
  await page.getByRole('link', { name: 'Blumen Lenz' }).click();
  await page.waitForURL(new RegExp(env('CET_E2E_YEAREND_DRAFT_ID')));
  await page.getByRole('button', { name: 'Entwurf löschen' }).click();
  await page.getByRole('button', { name: 'Löschen', exact: true }).click();
  await page.waitForURL(/\/transactions$/);

  // Second try: closed; the balances carried into the next year.
  await bookNav(page, 'Perioden').click();
  await page.getByRole('button', { name: `${YEAR()} abschließen` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Periode abschließen' }).click();
  const carried = page.getByRole('status').filter({ hasText: `${YEAR()} ist abgeschlossen` });
  await carried.waitFor();
  assert.match(await carried.innerText(), new RegExp(`in ${Number(YEAR()) + 1} übertragen`));
  assert.match(await page.getByTestId('carried-balance').innerText(), /5\.765,44\s€/, '2,000.00 + 5,000.00 − 1,234.56');
  await page.getByRole('row', { name: new RegExp(`^${YEAR()}`) }).getByText('abgeschlossen', { exact: true }).waitFor();
  await checkScreen(page, 'yearend-closed');

  // The transparency report: on screen, a draft until two have signed; its PDF says the closing balance.
  await carried.getByRole('link', { name: 'Verwendungsnachweis' }).click();
  await page.getByRole('heading', { name: 'Verwendungsnachweis', level: 1 }).waitFor();
  await page.getByTestId('closing-balance').filter({ hasText: '5.765,44' }).waitFor();
  assert.match(await page.getByTestId('report-state').innerText(), /Entwurf.*0 von 2 Unterschriften/s);
  assert.match(await page.getByRole('region', { name: 'Einnahmen nach amtlicher Kategorie' }).innerText(), /5\.000,00/);
  await checkScreen(page, 'yearend-transparency');
  const pdf = await download(page, page.getByTestId('download-pdf'));
  assert.match(pdf.name, /\.pdf$/);
  assert.equal(readFileSync(pdf.path).subarray(0, 5).toString(), '%PDF-');
  const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
  assert.match(text, /5\.765,44/, `the PDF shows the closing balance:\n${text.slice(0, 2000)}`);
  assert.match(text, /Entwurf|ENTWURF/, 'and says it is a draft');
  const csv = await download(page, page.getByTestId('download-csv'));
  assert.match(readFileSync(csv.path, 'utf8'), /5765[.,]44|5\.765,44/, 'the CSV has the closing balance too');
  await page.getByRole('status').filter({ hasText: `Gespeichert: ${csv.name}` }).waitFor();

  // The expense report with the ledger's filters.
  await page.getByRole('link', { name: 'Ausgabenbericht' }).click();
  await page.getByRole('heading', { name: 'Ausgabenbericht' }).waitFor();
  await page.getByLabel('Datum von').fill(`${YEAR()}-01-01`);
  await page.getByLabel('Datum bis').fill(`${YEAR()}-12-31`);
  await page.getByLabel('Art').selectOption({ label: 'Ausgabe' });
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await page.waitForURL(/type=EXPENSE/);
  await page.getByRole('rowheader', { name: /Druckhaus Weber/ }).waitFor();
  assert.equal(await page.getByRole('rowheader', { name: /Stadt Musterstadt/ }).count(), 0, 'the income is filtered out');
  await checkScreen(page, 'yearend-expenses');
  const expensesPdf = await download(page, page.getByTestId('expenses-pdf'));
  assert.match(execFileSync('pdftotext', [expensesPdf.path, '-'], { encoding: 'utf8' }), /1\.234,56/);
});

/** A signatory signs the closed year's report, confirming in the dialog that says what is signed. */
async function signOff(emailVariable, shot) {
  const page = await openPage(browser());
  await signInTo(page, emailVariable);
  const nav = page.getByRole('navigation', { name: 'Bereiche des Buchs' });
  assert.equal(await nav.getByRole('link', { name: 'Prüfprotokoll' }).count(), 0, 'a signatory member reads no audit log');
  await bookNav(page, 'Berichte').click();
  await page.getByTestId('closing-balance').filter({ hasText: '5.765,44' }).waitFor();
  await page.getByRole('button', { name: 'Bericht unterschreiben' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verwendungsnachweis unterschreiben?' });
  await dialog.waitFor();
  const says = await dialog.innerText();
  assert.match(says, new RegExp(`${env('CET_E2E_YEAREND_BOOK_NAME')}.*Periode ${YEAR()}.*5\\.765,44`, 's'), `the dialog says what is signed: ${says}`);
  if (shot) await checkScreen(page, shot);
  await dialog.getByRole('button', { name: 'Jetzt unterschreiben' }).click();
  await page.getByText('Sie haben diesen Bericht unterschrieben.').waitFor();
  return page;
}

test('yearend: two signatories sign off, and the report is no longer a draft', async () => {
  const first = await signOff('CET_E2E_YEAREND_CHAIR_EMAIL', 'yearend-sign-off-dialog');
  assert.match(await first.getByTestId('report-state').innerText(), /Entwurf.*1 von 2 Unterschriften/s);
  assert.match(await first.getByRole('list').filter({ hasText: 'Unterschrieben von' }).innerText(), /Clara Vorsitz/);
  const second = await signOff('CET_E2E_YEAREND_DEPUTY_EMAIL');
  await second.getByTestId('report-state').filter({ hasText: 'Endgültig' }).waitFor();
  assert.doesNotMatch(await second.getByTestId('report-state').innerText(), /Entwurf/);
  assert.equal(await second.getByRole('button', { name: 'Bericht unterschreiben' }).count(), 0);
  await checkScreen(second, 'yearend-signed');
});

test('yearend: the auditor (in English) downloads the audit package and sees the chain valid', async () => {
  const page = await openPage(browser(), { locale: 'en-GB' });
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(env('CET_E2E_YEAREND_AUDITOR_EMAIL'));
  await page.getByLabel('Password', { exact: true }).fill(env('CET_E2E_PASSWORD'));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: env('CET_E2E_YEAREND_BOOK_NAME') }).waitFor();
  await bookNav(page, 'Reports').click();
  await page.getByRole('heading', { name: 'Transparency report', level: 1 }).waitFor();
  await page.getByTestId('report-state').filter({ hasText: 'Final' }).waitFor();
  await page.getByTestId('closing-balance').filter({ hasText: '5,765.44' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Sign off this report' }).count(), 0, 'an auditor who does not sign has no sign-off');
  const zip = await download(page, page.getByTestId('download-audit-package'));
  assert.match(zip.name, /^audit-package-/);
  const listing = execFileSync('unzip', ['-l', zip.path], { encoding: 'utf8' });
  assert.match(listing, /SHA256SUMS/, `the package has its checksums: ${listing}`);
  await checkScreen(page, 'yearend-auditor-report');

  await bookNav(page, 'Audit log').click();
  const verdict = page.getByTestId('chain-verification');
  await verdict.filter({ hasText: /Valid: [\d,]+ entries/ }).waitFor();
  const entries = Number((await verdict.innerText()).match(/Valid: ([\d,]+) entries/)[1].replace(/,/g, ''));
  assert.ok(entries >= 10, `every change is in the chain: ${entries}`);
  await checkScreen(page, 'yearend-audit-log');

  // Filtered to the year's close: one entry, and the filter is in the URL.
  await page.getByLabel('Action').fill('PERIOD_CLOSED');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/action=PERIOD_CLOSED/);
  await page.getByRole('status').filter({ hasText: /^1 entry$/ }).waitFor();
  assert.equal(await page.locator('.audit-entry').count(), 1);
  await page.locator('.audit-entry').getByText('Details').click();
  assert.match(await page.locator('.audit-entry').innerText(), /closingBalances/);
  await checkScreen(page, 'yearend-audit-filtered');
});
