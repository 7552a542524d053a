import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();
const SECRET = 'e2e-Imap-Passwort-42';

test('the instance administrator adds a bank alert mailbox, a refused connection is shown clearly, edits and deletes it', async () => {
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_ADMIN_POSTMASTER_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.locator('#shell-menu').waitFor({ state: 'attached' }); // signed in (the refresh cookie set) before a reload
  await page.goto('/admin/mailboxes');
  await page.getByRole('heading', { name: 'Postfächer', level: 1 }).waitFor();
  await page.getByText('Es ist kein Postfach eingerichtet.').waitFor();
  await checkScreen(page, 'admin-mailboxes-empty');

  // A bad port is answered by the API and named at the form.
  await page.getByLabel('IMAP-Server').fill('127.0.0.1');
  await page.getByLabel('Port').fill('70000');
  await page.getByLabel('Benutzername').fill('kasse');
  await page.getByLabel('Passwort', { exact: true }).fill(SECRET);
  await page.getByLabel('Zweck').selectOption('BANK_ALERTS');
  await page.getByLabel('Bankkonto').selectOption({ label: 'Girokonto Post' });
  await page.getByRole('button', { name: 'Postfach hinzufügen' }).click();
  await page.getByRole('alert').getByText(/port/i).first().waitFor();

  // Nothing listens on port 1: the poll fails and says why.
  await page.getByLabel('Port').fill('1');
  await page.getByLabel('Verschlüsselte Verbindung (IMAPS)').uncheck();
  await page.getByLabel('Name', { exact: true }).fill('Sparkasse Alarm');
  await page.getByRole('button', { name: 'Postfach hinzufügen' }).click();
  const list = page.getByRole('region', { name: 'Eingerichtete Postfächer' });
  await list.getByText('Sparkasse Alarm').waitFor();
  await page.getByRole('button', { name: 'Sparkasse Alarm jetzt abrufen' }).click();
  await page.getByRole('status').getByText(/Der Abruf ist fehlgeschlagen: The connection to 127\.0\.0\.1:1 was refused\./).waitFor();
  await list.getByText('fehlgeschlagen').waitFor();
  assert.equal(await page.getByText(SECRET).count(), 0, 'the password is never shown');
  assert.equal(await page.getByLabel('Passwort', { exact: true }).inputValue(), '', 'the form is empty again');
  await checkScreen(page, 'admin-mailboxes');

  // Edited without retyping the password: it is kept.
  await page.getByRole('button', { name: 'Sparkasse Alarm bearbeiten' }).click();
  await page.getByRole('heading', { name: 'Sparkasse Alarm bearbeiten' }).waitFor();
  await page.getByLabel('Ordner').fill('Bank');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await list.getByText('kasse@127.0.0.1:1 · Bank').waitFor();

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Sparkasse Alarm löschen' }).click();
  await page.getByText('Es ist kein Postfach eingerichtet.').waitFor();
});

test('on a phone and in English the mailbox screen works too', async () => {
  const page = await openPage(browser(), { width: 360, height: 740 });
  await signIn(page, env('CET_E2E_ADMIN_POSTMASTER_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.locator('#shell-menu').waitFor({ state: 'attached' }); // signed in (the refresh cookie set) before a reload
  await page.goto('/settings/profile');
  await page.getByLabel('Sprache der App und Ihrer E-Mails').selectOption('en');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { name: 'My settings: profile' }).waitFor();
  await page.goto('/admin/mailboxes');
  await page.getByRole('heading', { name: 'Mailboxes', level: 1 }).waitFor();
  await page.getByLabel('IMAP server').fill('imap.example.org');
  await page.getByLabel('User name').fill('belege');
  await page.getByLabel('Password', { exact: true }).fill(SECRET);
  await page.getByRole('button', { name: 'Add mailbox' }).click();
  const list = page.getByRole('region', { name: 'Configured mailboxes' });
  await list.getByText('belege@imap.example.org:993 · INBOX').waitFor();
  await list.getByText('not polled yet').waitFor();
  await checkScreen(page, 'admin-mailboxes-phone');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Delete belege@imap.example.org' }).click();
  await page.getByText('No mailbox is configured.').waitFor();
});
