import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, checkScreen, env, openPage, signIn, totp, useBrowser } from './support.mjs';

const browser = useBrowser();
const BOOK = () => env('CET_E2E_RECORD_BOOK_ID');

/** The API as one person (the test reads what the screens did through it). */
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
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    return { status: answer.status, body: text ? JSON.parse(text) : null };
  };
}

/** The book's entries of exactly this amount. */
async function entriesOf(api, amount) {
  const page = await api('GET', `/books/${BOOK()}/transactions?minAmount=${amount}&maxAmount=${amount}&size=50`);
  assert.equal(page.status, 200);
  return page.body.items;
}

/** A phone photo: 3200 × 2400 px of noise as a JPEG of several MB, made by the browser's canvas. */
async function largePhoto(page) {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 3200;
    canvas.height = 2400;
    const g = canvas.getContext('2d');
    const image = g.createImageData(canvas.width, canvas.height);
    for (let i = 0; i < image.data.length; i += 4) {
      const v = (Math.random() * 256) | 0;
      image.data[i] = v;
      image.data[i + 1] = (v * 7) & 255;
      image.data[i + 2] = (v * 13) & 255;
      image.data[i + 3] = 255;
    }
    g.putImageData(image, 0, 0);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.95));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** On a phone the account controls (settings, sign-out) sit behind the header's menu button. */
async function openMenu(page) {
  const menu = page.getByRole('button', { name: 'Menü' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

/** Signed in: the header's menu button (phone) stands where the account controls are. */
const signedIn = (page) => page.getByRole('button', { name: 'Menü' }).waitFor();

async function chooseCategory(page, search, name) {
  await page.getByPlaceholder('Kategorie suchen (Name oder Code)').fill(search);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByText(new RegExp(`Gewählt: ${name}`)).waitFor();
}

/** Waits until the TOTP step after `code`'s has begun: the API accepts every step only once. */
async function nextCode(secret, used) {
  for (;;) {
    const code = await totp(secret);
    if (code !== used) return code;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

test('a new member: mailed invitation, TOTP set up, signed in with a code, a claim with a photo on a phone, approved and booked', async () => {
  const page = await openPage(browser(), { width: 360, height: 640 });
  const email = env('CET_E2E_RECORD_INVITEE_EMAIL');

  // The invitation from the mail: a new account.
  await page.goto(env('CET_E2E_RECORD_INVITE_PATH'));
  await page.getByLabel('Ihr Name').fill('Mia Auslage');
  await page.getByLabel('Passwort', { exact: true }).fill(env('CET_E2E_NEW_PASSWORD'));
  await page.getByRole('button', { name: 'Konto anlegen und beitreten' }).click();
  await page.getByRole('heading', { name: env('CET_E2E_RECORD_BOOK_NAME') }).waitFor();

  // My settings: set up TOTP from the QR code's secret, keep the recovery codes.
  await openMenu(page);
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('link', { name: 'Sicherheit' }).click();
  await page.getByRole('heading', { name: 'Zwei-Faktor-Anmeldung' }).waitFor();
  await checkScreen(page, 'settings-security');
  await page.getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' }).click();
  await page.getByRole('img', { name: 'QR-Code zum Einrichten in der Authenticator-App' }).waitFor();
  const secret = (await page.locator('.secret code').innerText()).replace(/\s/g, '');
  assert.match(secret, /^[A-Z2-7]{16,}$/, 'the secret as text, in base32');
  await checkScreen(page, 'settings-totp-qr');
  const firstCode = await totp(secret);
  await page.getByLabel('Code aus der App').fill(firstCode);
  await page.getByRole('button', { name: 'Bestätigen und einschalten' }).click();
  await page.getByRole('heading', { name: 'Ihre Wiederherstellungscodes' }).waitFor();
  assert.equal(await page.locator('.recovery-codes li').count(), 10, 'ten recovery codes, shown once');
  await page.getByRole('link', { name: 'Als Textdatei herunterladen' }).waitFor();
  await checkScreen(page, 'settings-recovery-codes');

  // Sign out, and in again: password, then a code from the app.
  await openMenu(page);
  await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await page.getByRole('button', { name: 'Anmelden', exact: true }).waitFor();
  await signIn(page, email, env('CET_E2E_NEW_PASSWORD'));
  await page.getByLabel('Code aus der App').fill(await nextCode(secret, firstCode));
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await signedIn(page);
  await page.goto(`/books/${BOOK()}`);
  await page.getByRole('heading', { name: env('CET_E2E_RECORD_BOOK_NAME') }).waitFor();
  assert.equal(await page.getByRole('region', { name: 'Offene Auslagen' }).count(), 0, 'nothing to repay yet: no table of advances');

  // The claim: from the dashboard, the amount, a category, a photo from the camera.
  await page.getByRole('link', { name: 'Auslage einreichen' }).click();
  await page.getByRole('heading', { name: 'Buchung erfassen' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Auslage', exact: true }).getAttribute('aria-pressed'), 'true');
  await checkScreen(page, 'record-claim');
  await page.getByLabel('Betrag in Euro').fill('24,70');
  await chooseCategory(page, 'EX-300', 'Geschäftsbedarf');
  const photo = await largePhoto(page);
  await page.locator('input[type=file][capture]').setInputFiles({ name: 'IMG_1234.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByText(/verkleinert von/).waitFor({ timeout: 30_000 });
  await page.getByRole('img', { name: 'Vorschau des Belegs' }).waitFor();
  await checkScreen(page, 'record-claim-filled');
  await page.getByRole('button', { name: 'Auslage einreichen' }).click();
  await page.getByText('Auslage über 24,70 € ist zur Freigabe eingereicht.').waitFor({ timeout: 30_000 });
  await checkScreen(page, 'record-claim-sent');

  const treasurer = await apiAs(env('CET_E2E_RECORD_TREASURER_EMAIL'));
  const [claim] = await entriesOf(treasurer, '24.70');
  assert.equal(claim.status, 'SUBMITTED');
  assert.ok(claim.paidByMemberId, 'a claim: paid by the member');
  assert.equal(claim.receiptIds.length, 1);
  const receipt = await treasurer('GET', `/books/${BOOK()}/receipts/${claim.receiptIds[0]}`);
  assert.equal(receipt.body.contentType, 'image/jpeg');
  assert.ok(receipt.body.size < photo.length / 2, `the photo was shrunk before upload: ${receipt.body.size} < ${photo.length}`);

  // The treasurer, in a browser of their own (and in English, the treasurer's language), approves and books
  // it from the approvals inbox.
  const desk = await openPage(browser());
  await signIn(desk, env('CET_E2E_RECORD_TREASURER_EMAIL'), env('CET_E2E_PASSWORD'));
  await desk.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
  await desk.goto(`/books/${BOOK()}/approvals`);
  await desk.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
  const inbox = desk.locator('li.inbox-item').filter({ hasText: '24.70' });
  await inbox.getByRole('button', { name: 'Approve' }).click();
  await inbox.getByRole('button', { name: 'Book' }).click();
  // The "Book" form: the entry's own account and date preset, confirmed as they are.
  const booking = inbox.getByRole('form', { name: 'Book' });
  await booking.getByLabel('Book on account').waitFor();
  assert.equal(await booking.getByLabel('Book on account').inputValue(), env('CET_E2E_RECORD_ACCOUNT_ID'));
  await booking.getByRole('button', { name: 'Book now' }).click();
  await inbox.waitFor({ state: 'detached', timeout: 30_000 });
  const [booked] = await entriesOf(treasurer, '24.70');
  assert.equal(booked.status, 'BOOKED', 'approved and booked from the inbox');

  // The member's dashboard: the money to repay.
  await page.goto(`/books/${BOOK()}`);
  await page.getByRole('region', { name: 'Offene Auslagen' }).waitFor();
  const advances = await page.getByRole('region', { name: 'Offene Auslagen' }).innerText();
  assert.match(advances, /Mia Auslage/);
  assert.match(advances, /24,70\s€/);

  // The next claim is two taps plus the amount: the category and account used last are preset.
  let taps = 0;
  await page.getByRole('link', { name: 'Auslage einreichen' }).click();
  taps++;
  await page.getByText('Gewählt: Geschäftsbedarf', { exact: false }).waitFor();
  await page.getByLabel('Betrag in Euro').fill('3,20');
  await page.getByRole('button', { name: 'Auslage einreichen' }).click();
  taps++;
  await page.getByText('Auslage über 3,20 € ist zur Freigabe eingereicht.').waitFor();
  assert.equal(taps, 2);
  const [second] = await entriesOf(treasurer, '3.20');
  assert.equal(second.categoryId, claim.categoryId);
  assert.equal(second.accountId, claim.accountId);
});

test('a submission the network interrupts is kept on the device and sent once, by the button or when back online', async () => {
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_RECORD_MEMBER_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByRole('heading', { name: env('CET_E2E_RECORD_BOOK_NAME') }).waitFor();
  const treasurer = await apiAs(env('CET_E2E_RECORD_TREASURER_EMAIL'));

  // The server records the entry, but its answer never arrives: the browser sees a failed fetch.
  const keys = [];
  let uploads = 0;
  await page.route('**/api/v1/books/*/receipts', async (route) => {
    uploads++;
    await route.continue();
  });
  await page.route('**/api/v1/books/*/transactions', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    keys.push(route.request().headers()['idempotency-key']);
    if (keys.length === 1) {
      await route.fetch();
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  await page.goto(`/books/${BOOK()}/record?type=CLAIM`);
  await page.getByLabel('Betrag in Euro').fill('13,50');
  await chooseCategory(page, 'EX-510', 'Reisekosten');
  await page.locator('input[type=file]:not([capture])').setInputFiles({ name: 'fahrkarte.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByText('fahrkarte.pdf').waitFor();
  await page.getByRole('button', { name: 'Auslage einreichen' }).click();
  await page.getByText('Auf diesem Gerät gespeichert – wird gesendet.').waitFor();
  await page.getByText('Beleg schon hochgeladen').waitFor();
  await checkScreen(page, 'record-kept');
  await page.getByRole('button', { name: 'Jetzt senden' }).click();
  await page.getByRole('heading', { name: 'Auf diesem Gerät gespeichert' }).waitFor({ state: 'detached' });
  assert.equal(keys.length, 2);
  assert.equal(keys[0], keys[1], 'the retry sends the same Idempotency-Key');
  assert.match(keys[0], /^[0-9a-f-]{36}$/);
  assert.equal(uploads, 1, 'the receipt id was kept: the file is not uploaded again');
  const entries = await entriesOf(treasurer, '13.50');
  assert.equal(entries.length, 1, 'exactly one entry in the book');
  assert.equal(entries[0].receiptIds.length, 1);

  // Offline altogether: kept; back online, sent by itself.
  await page.getByLabel('Betrag in Euro').fill('7,30');
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Auslage einreichen' }).click();
  await page.getByText('Auf diesem Gerät gespeichert – wird gesendet.').waitFor();
  await page.getByText('Eine Buchung wartet darauf, gesendet zu werden.').waitFor();
  await page.context().setOffline(false);
  await page.getByRole('heading', { name: 'Auf diesem Gerät gespeichert' }).waitFor({ state: 'detached', timeout: 45_000 });
  assert.equal((await entriesOf(treasurer, '7.30')).length, 1, 'sent once when back online');
});

/** Presses Tab until the focused element's label or text matches. */
async function tabTo(page, pattern, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e) return '';
      const labels = 'labels' in e && e.labels ? [...e.labels].map((l) => l.textContent).join(' ') : '';
      return `${labels} ${e.getAttribute('aria-label') ?? ''} ${e.textContent ?? ''}`.trim();
    });
    if (pattern.test(focused)) return;
  }
  throw new Error(`Tab never reached ${pattern}`);
}

test('the record screen by keyboard alone: Tab and Enter', async () => {
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_RECORD_MEMBER_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByRole('heading', { name: env('CET_E2E_RECORD_BOOK_NAME') }).waitFor();
  await page.goto(`/books/${BOOK()}/record`);
  await page.getByRole('heading', { name: 'Buchung erfassen' }).waitFor();

  await tabTo(page, /^Ausgabe$/);
  await page.keyboard.press('Enter');
  assert.equal(await page.getByRole('button', { name: 'Ausgabe', exact: true }).getAttribute('aria-pressed'), 'true');
  await tabTo(page, /Betrag in Euro/);
  await page.keyboard.type('1.234,56');
  await tabTo(page, /Kategorie suchen/);
  await page.keyboard.type('EX-330');
  await page.keyboard.press('Enter');
  await page.getByText(/Gewählt: Fachliteratur/).waitFor();
  await tabTo(page, /^Zur Freigabe einreichen$/);
  await page.keyboard.press('Enter');
  await page.getByText('Ausgabe über 1.234,56 € ist zur Freigabe eingereicht.').waitFor();
  await checkScreen(page, 'record-expense-sent');

  const treasurer = await apiAs(env('CET_E2E_RECORD_TREASURER_EMAIL'));
  const [entry] = await entriesOf(treasurer, '1234.56');
  assert.equal(entry.type, 'EXPENSE');
  assert.equal(entry.paidByMemberId ?? null, null, 'an expense of the book, no claim');
});

test('my settings: two-factor sign-in removed with the password and a code', async () => {
  const page = await openPage(browser(), { width: 360, height: 640 });
  await signIn(page, env('CET_E2E_RECORD_TOTP_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByRole('button', { name: 'Wiederherstellungscode verwenden' }).click();
  await page.getByLabel('Wiederherstellungscode').fill(env('CET_E2E_RECORD_TOTP_RECOVERY_CODE'));
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await signedIn(page);
  await page.goto('/settings/security');
  await page.getByRole('heading', { name: 'Zwei-Faktor-Anmeldung entfernen' }).waitFor();

  // A wrong code is refused, the screen says so and TOTP stays on.
  await page.getByLabel('Passwort', { exact: true }).fill(env('CET_E2E_PASSWORD'));
  await page.getByLabel('Code aus der App').fill('000000');
  await page.getByRole('button', { name: 'Entfernen' }).click();
  await page.getByRole('alert').getByText('Bitte prüfen Sie Ihre Angaben').waitFor();
  await checkScreen(page, 'settings-totp-remove-error');

  await page.getByLabel('Code aus der App').fill(await nextCode(env('CET_E2E_RECORD_TOTP_SECRET'), env('CET_E2E_RECORD_TOTP_USED_CODE')));
  await page.getByRole('button', { name: 'Entfernen' }).click();
  await page.getByText('Die Zwei-Faktor-Anmeldung ist entfernt.').waitFor();
  await page.getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' }).waitFor();
});
