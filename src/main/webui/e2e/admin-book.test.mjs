import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { BASE, checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();
const BOOK = () => env('CET_E2E_ADMIN_BOOK_ID');
const ADMIN = (path = '') => `/books/${BOOK()}/admin${path}`;

/** Signed in: the shell's account controls are there (behind the menu button on a phone). */
const signedIn = (page) => page.locator('#shell-menu').waitFor({ state: 'attached' });

/** The mailed link, once the mail is in the SMTP sink (WebAppBrowserTest delivers and writes it). */
async function mailedLink(file) {
  for (let i = 0; i < 120; i++) {
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('no invitation mail arrived');
}

test('the administrator invites a member by mail, the member joins, the administrator changes the role; the last administrator stays', async () => {
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_ADMIN_ADMIN_EMAIL'), env('CET_E2E_PASSWORD'));
  await signedIn(page);
  await page.goto(`/books/${BOOK()}`);
  await page.getByRole('link', { name: 'Verwaltung', exact: true }).click();
  await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor();
  await checkScreen(page, 'admin-members');

  // The invitation: sent, listed as open, mailed.
  const invitee = env('CET_E2E_ADMIN_INVITEE_EMAIL');
  await page.getByLabel('E-Mail-Adresse').fill(invitee);
  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Mitglied' });
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  await page.getByText(`Die Einladung an ${invitee} ist unterwegs.`).waitFor();
  await page.getByRole('region', { name: 'Offene Einladungen' }).getByText(invitee).waitFor();
  await checkScreen(page, 'admin-invitation-sent');

  const link = await mailedLink(env('CET_E2E_ADMIN_MAILBOX'));
  assert.match(link, /^\/accept-invitation\?token=/);
  const newcomer = await openPage(browser(), { width: 360, height: 640 });
  await newcomer.goto(link);
  await newcomer.getByLabel('Ihr Name').fill('Nele Neu');
  await newcomer.getByLabel('Passwort', { exact: true }).fill(env('CET_E2E_NEW_PASSWORD'));
  await newcomer.getByRole('button', { name: 'Konto anlegen und beitreten' }).click();
  await newcomer.getByRole('heading', { name: env('CET_E2E_ADMIN_BOOK_NAME') }).waitFor();

  // Joined: no longer an open invitation, now a member whose role the administrator changes.
  await page.reload();
  const role = page.getByLabel('Rolle von Nele Neu');
  await role.waitFor();
  assert.equal(await page.getByRole('region', { name: 'Offene Einladungen' }).count(), 0, 'the accepted invitation is no longer open');
  assert.equal(await role.inputValue(), 'MEMBER');
  await role.selectOption({ label: 'Schatzmeisterei' });
  await page.getByText('Nele Neu ist jetzt Schatzmeisterei.').waitFor();
  await page.reload();
  await role.waitFor();
  assert.equal(await role.inputValue(), 'TREASURER', 'the new role is stored');

  // The only administrator cannot step down: the API's refusal is shown, the role stays.
  await page.getByLabel('Rolle von Anna Verwaltung').selectOption({ label: 'Mitglied' });
  await page.getByRole('alert').getByText('Das Buch braucht mindestens eine Person in der Verwaltung.').waitFor();
  assert.equal(await page.getByLabel('Rolle von Anna Verwaltung').inputValue(), 'ADMIN');
  await checkScreen(page, 'admin-members-last-admin');
});

test('accounts with the IBAN checked in the browser, categories archived, inventory located: the administrator keeps the registers', async () => {
  const page = await openPage(browser(), { width: 360, height: 640 });
  await signIn(page, env('CET_E2E_ADMIN_ADMIN_EMAIL'), env('CET_E2E_PASSWORD'));
  await signedIn(page);

  await page.goto(ADMIN('/accounts'));
  await page.getByRole('heading', { name: 'Konten', level: 1 }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill('Sparkonto');
  await page.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 01');
  await page.getByLabel('Anfangsbestand in Euro').fill('1.500,00');
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await page.getByText('Diese IBAN stimmt nicht').waitFor();
  await checkScreen(page, 'admin-accounts-iban-wrong');
  await page.getByLabel('IBAN').fill('DE02 1203 0000 0000 2020 51');
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await page.getByText('Das Konto Sparkonto ist angelegt.').waitFor();
  const accounts = page.getByRole('region', { name: 'Konten' });
  await accounts.getByText('DE02 1203 0000 0000 2020 51').waitFor();
  assert.match(await accounts.innerText(), /1\.500,00/);
  await checkScreen(page, 'admin-accounts');

  await page.goto(ADMIN('/categories'));
  await page.getByRole('heading', { name: 'Kategorien', level: 1 }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill('Fraktionsklausur');
  await page.getByLabel('Amtliche Kategorie').selectOption({ index: 1 });
  await page.getByLabel('Emoji').fill('🏕️');
  await page.getByRole('button', { name: 'Kategorie anlegen' }).click();
  await page.getByText('Die Kategorie Fraktionsklausur ist angelegt.').waitFor();
  await page.getByRole('button', { name: 'Fraktionsklausur archivieren' }).click();
  await page.getByRole('button', { name: 'Fraktionsklausur wieder verwenden' }).waitFor();
  await checkScreen(page, 'admin-categories');

  await page.goto(ADMIN('/inventory'));
  await page.getByRole('heading', { name: 'Inventar', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Beamer für den Sitzungssaal bearbeiten' }).click();
  await page.getByLabel('Standort').fill('Sitzungssaal, Schrank 2');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await page.getByRole('region', { name: 'Inventar' }).getByText('Sitzungssaal, Schrank 2').waitFor();
  await checkScreen(page, 'admin-inventory');
});

test('book settings changed meanwhile in another window: the stale save is refused and the current version offered', async () => {
  const first = await openPage(browser());
  const second = await openPage(browser());
  for (const page of [first, second]) {
    await signIn(page, env('CET_E2E_ADMIN_ADMIN_EMAIL'), env('CET_E2E_PASSWORD'));
    await signedIn(page);
    await page.goto(ADMIN('/settings'));
    await page.getByLabel('Vier-Augen-Prinzip').waitFor();
  }
  await checkScreen(first, 'admin-book-settings');

  // The second window saves first: two approvals above 750 euros.
  await second.getByLabel('Zwei Freigaben über (Euro)').fill('750,00');
  await second.getByRole('button', { name: 'Speichern', exact: true }).click();
  await second.getByText('Die Einstellungen sind gespeichert.').waitFor();

  // The first still shows the old version: its save is refused (412), nothing is overwritten.
  await first.getByLabel('Jede Ausgabe braucht einen Beleg').check();
  await first.getByRole('button', { name: 'Speichern', exact: true }).click();
  await first.getByRole('alert').getByText('Inzwischen geändert').waitFor();
  assert.equal(await first.getByRole('button', { name: 'Speichern', exact: true }).isDisabled(), true, 'no second try with the old version');
  await checkScreen(first, 'admin-book-settings-stale');
  await first.getByRole('button', { name: 'Aktuellen Stand laden' }).click();
  await first.getByRole('alert').waitFor({ state: 'detached' });
  assert.equal(await first.getByLabel('Zwei Freigaben über (Euro)').inputValue(), '750,00', 'the other window\'s change is shown');
  assert.equal(await first.getByLabel('Jede Ausgabe braucht einen Beleg').isChecked(), false, 'the refused change was not stored');

  // Now saved on the current version.
  await first.getByLabel('Jede Ausgabe braucht einen Beleg').check();
  await first.getByRole('button', { name: 'Speichern', exact: true }).click();
  await first.getByText('Die Einstellungen sind gespeichert.').waitFor();
});

test('a treasurer keeps the registers but not the members; a member sees no administration and the API refuses the forced calls', async () => {
  const treasurer = await openPage(browser());
  await signIn(treasurer, env('CET_E2E_ADMIN_TREASURER_EMAIL'), env('CET_E2E_PASSWORD'));
  await signedIn(treasurer);
  await treasurer.goto(ADMIN());
  await treasurer.getByRole('heading', { name: 'Konten', level: 1 }).waitFor();
  const sections = await treasurer.getByRole('navigation', { name: 'Verwaltung des Buchs' }).getByRole('link').allInnerTexts();
  assert.deepEqual(sections, ['Konten', 'Kategorien', 'Inventar']);

  const page = await openPage(browser(), { width: 360, height: 640 });
  await signIn(page, env('CET_E2E_ADMIN_MEMBER_EMAIL'), env('CET_E2E_PASSWORD'));
  await signedIn(page);
  await page.goto(`/books/${BOOK()}`);
  await page.getByRole('heading', { name: env('CET_E2E_ADMIN_BOOK_NAME') }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Verwaltung', exact: true }).count(), 0, 'no administration in the navigation');
  assert.equal(await page.getByRole('link', { name: 'Installation' }).count(), 0, 'no instance administration');
  await page.goto(ADMIN('/members'));
  await page.getByText('Die Verwaltung dieses Buchs ist Sache seiner Administratoren und Schatzmeister.').waitFor();
  await checkScreen(page, 'admin-member-refused');

  // Forced: the member's own token at the administration's endpoints.
  const login = await fetch(`${BASE()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: env('CET_E2E_ADMIN_MEMBER_EMAIL'), password: env('CET_E2E_PASSWORD') }),
  });
  assert.equal(login.status, 200);
  const { accessToken } = await login.json();
  const call = (method, path, body) =>
    fetch(`${BASE()}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json', 'If-Match': '"0"' },
      body: body ? JSON.stringify(body) : undefined,
    });
  const refused = [
    await call('PATCH', `/books/${BOOK()}`, { fourEyes: false }),
    await call('POST', `/books/${BOOK()}/invitations`, { email: 'sneaky@example.org', role: 'ADMIN' }),
    await call('GET', `/books/${BOOK()}/invitations`),
    await call('POST', `/books/${BOOK()}/accounts`, { name: 'Schwarze Kasse', type: 'CASH', fund: 'OWN', openingBalance: '0.00', openingDate: '2026-01-01' }),
    await call('GET', '/admin/users'),
    await call('POST', '/admin/backups'),
  ];
  for (const answer of refused) {
    assert.equal(answer.status, 403, `${answer.url} is refused`);
    assert.match(answer.headers.get('content-type') ?? '', /application\/problem\+json/);
  }
});
