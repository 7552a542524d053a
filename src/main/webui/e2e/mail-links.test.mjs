import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();

test('the mailed invitation opens on a phone: a new account, then the book', async () => {
  const page = await openPage(browser(), { width: 360, height: 640 });
  await page.goto(env('CET_E2E_INVITE_PATH'));
  await page.getByText(env('CET_E2E_BOOK_NAME')).waitFor();
  assert.match(await page.locator('dl').innerText(), /Mitglied/);
  await checkScreen(page, 'accept-invitation');

  await page.getByLabel('Ihr Name').fill('Mia Mitglied');
  await page.getByLabel('Passwort', { exact: true }).fill(env('CET_E2E_NEW_PASSWORD'));
  await page.getByRole('button', { name: 'Konto anlegen und beitreten' }).click();
  await page.getByRole('heading', { name: env('CET_E2E_BOOK_NAME') }).waitFor();
  await checkScreen(page, 'dashboard-member-phone');

  // The invitation is spent: opening the link again says so, from the API's 404.
  const again = await openPage(browser(), { width: 360, height: 640 });
  await again.goto(env('CET_E2E_INVITE_PATH'));
  await again.getByText('Diese Einladung ist unbekannt').waitFor();
  await checkScreen(again, 'accept-invitation-used');

  // The new member signs in like anyone else and sees the book.
  const later = await openPage(browser(), { width: 360, height: 640 });
  await signIn(later, env('CET_E2E_INVITEE_EMAIL'), env('CET_E2E_NEW_PASSWORD'));
  await later.getByRole('heading', { name: env('CET_E2E_BOOK_NAME') }).waitFor();
});

test('a too weak password is refused with the reason from the API', async () => {
  const page = await openPage(browser());
  await page.goto(env('CET_E2E_WEAK_INVITE_PATH'));
  await page.getByLabel('Ihr Name').fill('Otto Offen');
  await page.getByLabel('Passwort', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Konto anlegen und beitreten' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  // the API's field error, said in the screen's language (problems.*.json)
  assert.match(await alert.innerText(), /Passwort: muss mindestens 12 Zeichen lang sein/);
});

test('an existing account signs in on the invitation page, then joins', async () => {
  const page = await openPage(browser());
  await page.goto(env('CET_E2E_SECOND_INVITE_PATH'));
  await page.getByRole('button', { name: 'Ich habe schon ein Konto' }).click();
  assert.equal(await page.getByLabel('E-Mail-Adresse').inputValue(), env('CET_E2E_EXISTING_EMAIL'));
  await page.getByLabel('Passwort', { exact: true }).fill(env('CET_E2E_PASSWORD'));
  await checkScreen(page, 'accept-invitation-existing');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByRole('heading', { name: env('CET_E2E_BOOK_NAME') }).waitFor();
  // This person's account says English (GET /me): the app follows it.
  await page.getByRole('heading', { name: 'Account balances' }).waitFor();
});

test('the mailed reset link sets a new password that signs in', async () => {
  const page = await openPage(browser(), { width: 360, height: 640 });
  await page.goto(env('CET_E2E_RESET_PATH'));
  await page.getByRole('heading', { name: 'Neues Passwort festlegen' }).waitFor();
  await checkScreen(page, 'reset-password');
  await page.getByLabel('Neues Passwort', { exact: true }).fill(env('CET_E2E_NEW_PASSWORD'));
  await page.getByLabel('Neues Passwort wiederholen').fill(env('CET_E2E_NEW_PASSWORD'));
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await page.getByText('Ihr Passwort ist geändert').waitFor();
  await checkScreen(page, 'reset-password-done');
  await page.getByRole('link', { name: 'Jetzt anmelden' }).click();
  await signIn(page, env('CET_E2E_RESET_EMAIL'), env('CET_E2E_NEW_PASSWORD'));
  await page.getByRole('heading', { name: /Willkommen/ }).waitFor();
});

test('the mailed verification link confirms the address with one tap', async () => {
  const page = await openPage(browser(), { width: 360, height: 640 });
  await page.goto(env('CET_E2E_VERIFY_PATH'));
  await checkScreen(page, 'verify-email');
  await page.getByRole('button', { name: 'Adresse bestätigen' }).click();
  await page.getByText('Ihre E-Mail-Adresse ist bestätigt').waitFor();
});

test('forgot password answers the same for every address', async () => {
  const page = await openPage(browser());
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  // The sign-in form has an address field too: type only once the forgot-password page has replaced it.
  await page.getByRole('heading', { name: 'Passwort vergessen', exact: true }).waitFor();
  await page.getByLabel('E-Mail-Adresse').fill('nobody-' + Date.now() + '@example.org');
  await checkScreen(page, 'forgot-password');
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await page.getByText('Wenn zu dieser Adresse ein Konto gehört').waitFor();
});
