import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();
const EMAIL = () => env('CET_E2E_ADMIN_PROFILE_EMAIL');

/** Signed in: the shell's account controls are there (behind the menu button on a phone). */
const signedIn = (page) => page.locator('#shell-menu').waitFor({ state: 'attached' });

async function until(condition) {
  for (let i = 0; i < 60; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('timed out');
}

async function openMenu(page) {
  const menu = page.getByRole('button', { name: 'Menü' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

test('my settings: name and language, a new email address, my sessions with one ended, my security events', async () => {
  const page = await openPage(browser(), { width: 360, height: 640 });
  await signIn(page, EMAIL(), env('CET_E2E_PASSWORD'));
  await signedIn(page);
  const other = await openPage(browser());
  await signIn(other, EMAIL(), env('CET_E2E_PASSWORD'));
  await signedIn(other);

  await openMenu(page);
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('heading', { name: 'Meine Einstellungen: Profil' }).waitFor();
  await checkScreen(page, 'settings-profile');

  await page.getByLabel('Ihr Name (wie andere ihn sehen)').fill('Paula Profil-Neu');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Gespeichert.').waitFor();
  await openMenu(page);
  await page.locator('.who').getByText('Paula Profil-Neu').waitFor();

  // English, and back: the screen follows at once.
  await page.getByLabel('Sprache der App und Ihrer E-Mails').selectOption('en');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { name: 'My settings: profile' }).waitFor();
  await page.getByLabel('Language of the app and of your mails').selectOption('de');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Meine Einstellungen: Profil' }).waitFor();

  // A wrong password refuses the email change; the right one sends the link.
  const newAddress = `paula-${Date.now()}@example.org`;
  await page.getByLabel('Neue E-Mail-Adresse').fill(newAddress);
  await page.getByLabel('Ihr aktuelles Passwort').fill('not my password at all');
  await page.getByRole('button', { name: 'E-Mail-Adresse ändern' }).click();
  await page.getByRole('alert').waitFor();
  await page.getByLabel('Ihr aktuelles Passwort').fill(env('CET_E2E_PASSWORD'));
  await page.getByRole('button', { name: 'E-Mail-Adresse ändern' }).click();
  await page.getByText(`Wir haben einen Link an ${newAddress} geschickt.`, { exact: false }).waitFor();

  // Sessions: this one and the other; the other ended, that window is signed out.
  await page.getByRole('link', { name: 'Sitzungen und Aktivität' }).click();
  await page.getByRole('heading', { name: 'Meine Einstellungen: Sitzungen und Aktivität' }).waitFor();
  const sessions = page.getByRole('region', { name: 'Meine Einstellungen: Sitzungen und Aktivität' });
  await sessions.getByText('dieses Gerät').waitFor();
  const ends = sessions.getByRole('button', { name: /^Sitzung beenden: / });
  assert.ok((await ends.count()) >= 1, 'the other window is listed as a session of its own');
  await page.getByRole('region', { name: 'Sicherheitsereignisse' }).getByText('Angemeldet').first().waitFor();
  await checkScreen(page, 'settings-sessions');
  // End every other session (the other window, the fixture's API sign-in), one after the other.
  for (let left = await ends.count(); left > 0; left--) {
    await ends.first().click();
    await until(async () => (await ends.count()) === left - 1);
  }
  await page.getByRole('region', { name: 'Sicherheitsereignisse' }).getByText('Sitzung beendet').first().waitFor();
  // The ended session can no longer renew itself: after a reload that window asks to sign in.
  await other.reload();
  await other.getByRole('button', { name: 'Anmelden', exact: true }).waitFor();
});

test('my settings: a new password ends my other sessions, and signs in', async () => {
  const page = await openPage(browser());
  await signIn(page, EMAIL(), env('CET_E2E_PASSWORD'));
  await signedIn(page);
  const other = await openPage(browser(), { width: 360, height: 640 });
  await signIn(other, EMAIL(), env('CET_E2E_PASSWORD'));
  await signedIn(other);

  await page.goto('/settings/security');
  await page.getByRole('heading', { name: 'Passwort', exact: true }).waitFor();
  await page.getByLabel('Aktuelles Passwort').fill(env('CET_E2E_PASSWORD'));
  await page.getByLabel('Neues Passwort').fill(env('CET_E2E_NEW_PASSWORD'));
  assert.equal(await page.getByLabel('Alle meine anderen Geräte abmelden').isChecked(), true, 'ending the others is the default');
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await page.getByText('Ihr Passwort ist geändert und Ihre anderen Geräte sind abgemeldet.').waitFor();
  await checkScreen(page, 'settings-password-changed');

  await other.reload();
  await other.getByRole('button', { name: 'Anmelden', exact: true }).waitFor();
  await signIn(other, EMAIL(), env('CET_E2E_NEW_PASSWORD'));
  await signedIn(other);
});
