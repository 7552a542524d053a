import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();
const BOOK = () => env('CET_E2E_RECEIPTS_BOOK_ID');
const files = mkdtempSync(join(tmpdir(), 'cet-receipts-'));

async function signInTo(page, who = 'CET_E2E_RECEIPTS_ADMIN_EMAIL') {
  await signIn(page, env(who), env('CET_E2E_PASSWORD'));
  await page.getByRole('heading', { name: env('CET_E2E_RECEIPTS_BOOK_NAME') }).waitFor();
}

/** The sign-in page in English (a page opened with an English locale). */
async function signInEnglish(page, who) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(env(who));
  await page.getByLabel('Password', { exact: true }).fill(env('CET_E2E_PASSWORD'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: env('CET_E2E_RECEIPTS_BOOK_NAME') }).waitFor();
}

async function chooseCategory(page, placeholder, search, chosen) {
  await page.getByPlaceholder(placeholder).fill(search);
  await page.getByRole('button', { name: new RegExp(search) }).first().click();
  await page.getByText(chosen).waitFor();
}

/** The hint of a field (its aria-describedby), which carries the prefill mark for screen readers. */
async function description(field) {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

test('receipts: a ZUGFeRD invoice fills in the expense form, marked; saving books it and the ledger shows its thumbnail', async () => {
  const page = await openPage(browser());
  await signInTo(page);
  await page.goto(`/books/${BOOK()}/record`);
  await page.getByRole('button', { name: 'Ausgabe', exact: true }).click();
  // Typed before the receipt: the description stays the person's own.
  await page.getByLabel('Beschreibung').fill('Webhosting der Fraktion');
  await page.locator('input[type=file]:not([capture])').setInputFiles(env('CET_E2E_RECEIPTS_INVOICE'));
  await page.getByRole('status').filter({ hasText: 'Felder aus dem Beleg ausgefüllt' }).waitFor({ timeout: 30_000 });

  const amount = page.getByLabel('Betrag in Euro');
  assert.equal(await amount.inputValue(), '119,00');
  assert.match(await description(amount), /aus der Rechnung übernommen/);
  const date = page.getByLabel('Datum');
  assert.equal(await date.inputValue(), env('CET_E2E_RECEIPTS_INVOICE_DATE'));
  assert.match(await description(date), /aus der Rechnung übernommen/);
  const payee = page.getByLabel('Empfänger (Geschäft, Firma)');
  assert.equal(await payee.inputValue(), env('CET_E2E_RECEIPTS_INVOICE_SELLER'));
  assert.match(await description(payee), /aus der Rechnung übernommen/);
  const text = page.getByLabel('Beschreibung');
  assert.equal(await text.inputValue(), 'Webhosting der Fraktion', 'what was typed is not overwritten');
  assert.doesNotMatch(await description(text), /übernommen/);
  await checkScreen(page, 'receipts-record-invoice');

  await chooseCategory(page, 'Kategorie suchen (Name oder Code)', 'EX-320', /Gewählt: /);
  await page.getByRole('button', { name: 'Buchen', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '119,00' }).first().waitFor();

  // Stored with the receipt: the ledger lists it with the receipt's thumbnail (loaded with the token).
  await page.goto(`/books/${BOOK()}/transactions`);
  const thumb = page.getByRole('img', { name: `Beleg zu ${env('CET_E2E_RECEIPTS_INVOICE_SELLER')}` });
  await thumb.waitFor();
  assert.ok(await thumb.evaluate((img) => img.complete && img.naturalWidth > 0), 'the thumbnail is a picture');
  assert.equal(await thumb.getAttribute('loading'), 'lazy');
  await checkScreen(page, 'receipts-ledger-thumbnail');
});

test('receipts: a phone photo of a till receipt is read by OCR on a 360 px phone in English, by keyboard', async () => {
  // Tesseract is part of the set-up (.ci/run installs it): without it this test must fail, not pass quietly.
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
  } catch {
    assert.fail('tesseract is not installed: OCR cannot be tested (apt-get install tesseract-ocr tesseract-ocr-deu)');
  }
  const b = browser();
  // The "photo": a till receipt rendered in the browser and taken as a JPEG.
  const camera = await b.newPage({ viewport: { width: 420, height: 640 }, deviceScaleFactor: 2 });
  await camera.setContent(`<body style="margin:0;background:#ddd"><div style="margin:30px auto;width:320px;background:#fff;padding:24px;font:22px monospace;color:#111;transform:rotate(-2deg)">
    <p style="text-align:center;font-size:26px">BÄCKEREI SONNE</p><p>Hauptstr. 5, Musterstadt</p><p>Datum: 28.11.2026</p>
    <p>2x Brötchen &nbsp;&nbsp; 1,20</p><p>Kaffee &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 2,80</p><p>Kuchen &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 3,50</p>
    <p style="font-size:26px;font-weight:bold">SUMME EUR &nbsp; 7,50</p><p>Vielen Dank!</p></div></body>`);
  const photo = join(files, 'IMG_2001.jpg');
  await camera.screenshot({ path: photo, type: 'jpeg', quality: 80, fullPage: true });
  await camera.close();

  const page = await openPage(b, { width: 360, height: 780, locale: 'en-GB' });
  await signInEnglish(page, 'CET_E2E_RECEIPTS_TREASURER_EMAIL'); // an English account
  await page.goto(`/books/${BOOK()}/record`);
  await page.getByRole('button', { name: 'Expense', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.locator('input[type=file]:not([capture])').setInputFiles({ name: 'IMG_2001.jpg', mimeType: 'image/jpeg', buffer: readFileSync(photo) });
  await page.getByRole('status').filter({ hasText: 'Fields filled in from the receipt' }).waitFor({ timeout: 60_000 });
  const amount = page.getByLabel('Amount in euros');
  assert.equal(await amount.inputValue(), '7.50');
  assert.match(await description(amount), /recognised \(OCR\), please check – confidence \d+ ?%/);
  const date = page.getByLabel('Date', { exact: true });
  assert.equal(await date.inputValue(), '2026-11-28');
  assert.match(await description(date), /recognised \(OCR\)/);
  await checkScreen(page, 'receipts-record-ocr');
  await chooseCategory(page, 'Search a category (name or code)', 'EX-340', /Chosen: /);
  // Confirmed by keyboard: the amount field, then Enter submits the form.
  await amount.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: '7.50' }).first().waitFor();
});

test('receipts: the DATEV export of a period downloads an EXTF file; the public page is switched on and previewed', async () => {
  const page = await openPage(browser());
  await signInTo(page);
  await page.goto(`/books/${BOOK()}/periods`);
  const closed = env('CET_E2E_RECEIPTS_CLOSED_PERIOD');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `DATEV-Export von ${closed} herunterladen` }).click(),
  ]);
  const path = join(files, file.suggestedFilename());
  await file.saveAs(path);
  assert.match(file.suggestedFilename(), /^EXTF_Buchungsstapel_.*\.csv$/);
  const csv = readFileSync(path, 'latin1');
  assert.ok(csv.startsWith('"EXTF"') || csv.startsWith('EXTF'), `an EXTF file: ${csv.slice(0, 40)}`);
  assert.ok(csv.includes('3000,00') && csv.includes('1200,00'), 'both booked amounts are in the batch');
  await checkScreen(page, 'receipts-periods-datev');

  await page.goto(`/books/${BOOK()}/admin/settings`);
  await page.getByRole('heading', { name: 'Öffentliche Transparenzseite' }).waitFor();
  await page.getByLabel('Transparenzseite veröffentlichen').check();
  const slug = page.getByLabel('Adresse (Slug)');
  await slug.fill('Blau_Belegstadt');
  await page.getByRole('button', { name: 'Veröffentlichung speichern' }).click();
  await page.getByText('Die Adresse passt nicht').waitFor();
  const address = `blau-belegstadt-${Date.now().toString(36)}`;
  await slug.fill(address);
  await page.getByRole('button', { name: 'Veröffentlichung speichern' }).click();
  await page.getByRole('status').filter({ hasText: 'Die Transparenzseite ist veröffentlicht' }).waitFor();
  await page.getByRole('heading', { name: 'DATEV-Export' }).waitFor();
  await checkScreen(page, 'receipts-settings-publication');

  const preview = page.getByRole('link', { name: /Öffentliche Seite ansehen/ });
  assert.equal(await preview.getAttribute('target'), '_blank');
  const [tab] = await Promise.all([page.waitForEvent('popup'), preview.click()]);
  await tab.waitForLoadState();
  const shown = await tab.locator('body').innerText();
  assert.ok(shown.includes(env('CET_E2E_RECEIPTS_BOOK_NAME')), 'the public page names the book');
  assert.ok(shown.includes('Carla Vorsitz') && shown.includes('Dirk Vertretung'), `the signed report with its signatories: ${shown.slice(0, 300)}`);
  assert.ok(shown.includes(closed), 'the closed period');
  await tab.screenshot({ path: join(env('CET_E2E_SCREENSHOTS'), 'receipts-public-page-1280.png'), fullPage: true });
  await tab.close();
});
