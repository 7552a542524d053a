import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkScreen, env, openPage, signIn, totp, useBrowser } from './support.mjs';

const browser = useBrowser();

/**
 * Chromium's virtual authenticator (DevTools protocol): a platform authenticator with resident keys
 * that verifies the user at once, as a phone with a fingerprint would.
 */
async function virtualAuthenticator(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}

/** On a phone the account controls sit behind the header's menu button. */
async function openMenu(page, name) {
  const menu = page.getByRole('button', { name });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

test('a user with TOTP adds a passkey, signs in with it alone, removes it (German, desktop)', async () => {
  const page = await openPage(browser());
  const authenticator = await virtualAuthenticator(page);
  await signIn(page, env('CET_E2E_PASSKEY_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByLabel('Code aus der App').fill(await totp(env('CET_E2E_PASSKEY_TOTP_SECRET')));
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await page.getByRole('heading', { name: /Willkommen/ }).waitFor();

  // Passkeys are a section of my settings (the settings' sub-navigation).
  await page.getByRole('link', { name: 'Einstellungen', exact: true }).click();
  await page.getByRole('link', { name: 'Passkeys' }).click();
  await page.getByRole('heading', { name: 'Meine Einstellungen: Passkeys' }).waitFor();
  await page.getByText('Sie haben noch keinen Passkey.').waitFor();
  await checkScreen(page, 'passkeys-empty');

  // A wrong password: the problem document's field message, no browser dialog.
  await page.getByLabel('Name (freiwillig)').fill('Laptop');
  await page.getByLabel('Aktuelles Passwort').fill('das ist nicht mein Passwort');
  await page.getByRole('button', { name: 'Passkey hinzufügen' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal((await authenticator.credentials()).length, 0);

  await page.getByLabel('Aktuelles Passwort').fill(env('CET_E2E_PASSWORD'));
  await page.getByRole('button', { name: 'Passkey hinzufügen' }).click();
  await page.getByText('Der Passkey „Laptop“ ist hinzugefügt.').waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Laptop' }).getByText(/zuletzt benutzt nie/).waitFor();
  const [credential] = await authenticator.credentials();
  assert.equal(credential.isResidentCredential, true);
  await checkScreen(page, 'passkeys-list');

  // Signed out, back in with the passkey only: no email, no password, no code.
  await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await page.getByRole('button', { name: 'Mit Passkey anmelden' }).waitFor();
  await checkScreen(page, 'passkeys-sign-in');
  await page.getByRole('button', { name: 'Mit Passkey anmelden' }).click();
  // Signed in, back on the screen signed out from.
  await page.getByRole('heading', { name: 'Meine Einstellungen: Passkeys' }).waitFor();
  await page.getByText('Paula Passkey').waitFor();
  assert.ok((await authenticator.credentials())[0].signCount >= 1, 'the authenticator signed');

  const item = page.getByRole('listitem').filter({ hasText: 'Laptop' });
  await item.getByText(/zuletzt benutzt \d/).waitFor();
  await item.getByRole('button', { name: 'Passkey Laptop entfernen' }).click();
  await page.getByText('Der Passkey „Laptop“ ist entfernt; mit ihm meldet sich niemand mehr an.').waitFor();
  await page.getByText('Sie haben noch keinen Passkey.').waitFor();
  await checkScreen(page, 'passkeys-removed');

  // The authenticator still holds the key, but the server no longer knows it: refused, explained.
  await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await page.getByRole('button', { name: 'Mit Passkey anmelden' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(new URL(page.url()).pathname, '/sign-in');
  await checkScreen(page, 'passkeys-sign-in-refused');
});

test('at 360 px in English, by keyboard only: add a passkey, sign out, sign in with it', async () => {
  const page = await openPage(browser(), { width: 360, height: 640, locale: 'en-GB' });
  await virtualAuthenticator(page);
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(env('CET_E2E_PASSKEY_EN_EMAIL'));
  await page.getByLabel('Password', { exact: true }).fill(env('CET_E2E_PASSWORD'));
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Menu' }).waitFor();

  await openMenu(page, 'Menu');
  await page.getByRole('link', { name: 'Settings', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Passkeys' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'My settings: passkeys' }).waitFor();
  await page.getByLabel('Name (optional)').focus();
  await page.keyboard.type('Phone');
  await page.keyboard.press('Tab');
  await page.keyboard.type(env('CET_E2E_PASSWORD'));
  await page.keyboard.press('Enter');
  await page.getByText('The passkey “Phone” is added.', { exact: false }).waitFor();
  await checkScreen(page, 'passkeys-list-en');

  await openMenu(page, 'Menu');
  await page.getByRole('button', { name: 'Sign out', exact: true }).focus();
  await page.keyboard.press('Enter');
  const passkey = page.getByRole('button', { name: 'Sign in with a passkey' });
  await passkey.waitFor();
  // From the form's last link, the next stop is the passkey button.
  await page.getByRole('link', { name: 'Forgot your password?' }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await passkey.evaluate((b) => b === document.activeElement), true);
  const box = await passkey.boundingBox();
  assert.ok(box.height >= 44, 'a touch target of at least 44 px');
  await checkScreen(page, 'passkeys-sign-in-en');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Menu' }).waitFor();
  assert.notEqual(new URL(page.url()).pathname, '/sign-in');
});
