import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BASE, checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();

test('the instance administrator disables an account, runs a backup, downloads it, and a restore into this full installation is refused', async () => {
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_ADMIN_INSTANCE_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByRole('link', { name: 'Installation' }).click();
  await page.getByRole('heading', { name: 'Benutzer', level: 1 }).waitFor();
  await checkScreen(page, 'admin-users');

  // Disabled: signed out everywhere, and the password no longer signs in.
  const name = env('CET_E2E_ADMIN_LEAVING_NAME');
  await page.getByRole('button', { name: `${name} sperren` }).click();
  await page.getByRole('button', { name: 'Ja, sperren' }).click();
  await page.getByText(`${name} ist gesperrt und überall abgemeldet.`).waitFor();
  await page.getByRole('button', { name: `${name} entsperren` }).waitFor();
  const login = await fetch(`${BASE()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: env('CET_E2E_ADMIN_LEAVING_EMAIL'), password: env('CET_E2E_PASSWORD') }),
  });
  assert.equal(login.status, 401, 'a disabled account does not sign in');

  // What happened to that account, as the administrator reads it: the lock is there.
  await page.getByRole('link', { name: `Sicherheitsereignisse von ${name}` }).click();
  await page.getByRole('heading', { name: `Sicherheitsereignisse: ${name}`, level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Was mit dem Konto geschah' }).getByText('Konto vom Administrator gesperrt')
    .first().waitFor();
  await checkScreen(page, 'admin-user-events');
  await page.getByRole('link', { name: 'Zurück zu den Benutzern' }).click();
  await page.getByRole('heading', { name: 'Benutzer', level: 1 }).waitFor();

  // A backup now: listed with its result, size and checksum.
  await page.getByRole('link', { name: 'Sicherungen' }).click();
  await page.getByRole('heading', { name: 'Sicherungen', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Jetzt sichern' }).click();
  await page.getByText(/Die Sicherung ist fertig \(.+B\)\./).waitFor({ timeout: 180_000 });
  const newest = page.getByRole('region', { name: 'Bisherige Sicherungen' }).locator('tbody tr').first();
  await newest.getByText('erfolgreich').waitFor();
  const checksum = (await newest.locator('.checksum').innerText()).trim();
  assert.match(checksum, /^[0-9a-f]{64}$/, 'the SHA-256 of the archive');
  await checkScreen(page, 'admin-backups');

  // Downloaded with the bearer token (fetch + blob): the file is the archive the checksum names.
  const [download] = await Promise.all([page.waitForEvent('download'), newest.getByRole('button', { name: /herunterladen/ }).click()]);
  assert.match(download.suggestedFilename(), /\.pgp$/);
  const archive = await download.path();
  assert.equal(createHash('sha256').update(readFileSync(archive)).digest('hex'), checksum);

  // This installation has books: the restore is refused and says so.
  await page.getByRole('link', { name: 'Wiederherstellen' }).click();
  await page.getByRole('heading', { name: 'Sicherung wiederherstellen' }).waitFor();
  await checkScreen(page, 'admin-restore');
  await page.getByLabel('Sicherungsarchiv').setInputFiles(archive);
  await page.getByLabel('Passphrase der Sicherung').fill(env('CET_E2E_ADMIN_BACKUP_PASSPHRASE'));
  await page.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
  await page.getByRole('alert').getByText('Abgelehnt: Diese Installation hat schon Daten.').waitFor({ timeout: 180_000 });
  await checkScreen(page, 'admin-restore-refused');
});

test('someone who is no instance administrator sees no link to it, the screen says so, and the API refuses', async () => {
  const page = await openPage(browser(), { width: 360, height: 640 });
  await signIn(page, env('CET_E2E_ADMIN_TREASURER_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.locator('#shell-menu').waitFor({ state: 'attached' });
  // A screen that stays put, so the menu is not closed again by a navigation after sign-in.
  await page.goto('/settings/profile');
  await page.getByRole('heading', { name: 'Meine Einstellungen: Profil' }).waitFor();
  await page.getByRole('button', { name: 'Menü' }).click();
  await page.getByRole('link', { name: 'Einstellungen' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Installation' }).count(), 0);
  await page.goto('/admin/backups');
  await page.getByText('Dies ist nur für die Administratoren der Installation.').waitFor();
  await checkScreen(page, 'admin-instance-refused');
});
