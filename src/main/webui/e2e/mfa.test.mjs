import { test } from 'node:test';
import { checkScreen, env, openPage, signIn, totp, useBrowser } from './support.mjs';

const browser = useBrowser();

test('with MFA: the code from the app, or a recovery code, is the second step', async () => {
  const page = await openPage(browser(), { width: 360, height: 640 });
  await signIn(page, env('CET_E2E_MFA_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByLabel('Code aus der App').waitFor();
  await checkScreen(page, 'sign-in-code');
  await page.getByLabel('Code aus der App').fill(await totp(env('CET_E2E_MFA_SECRET')));
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await page.getByRole('heading', { name: /Willkommen/ }).waitFor();

  const other = await openPage(browser());
  await signIn(other, env('CET_E2E_MFA_EMAIL'), env('CET_E2E_PASSWORD'));
  await other.getByRole('button', { name: 'Wiederherstellungscode verwenden' }).click();
  await other.getByLabel('Wiederherstellungscode').fill(env('CET_E2E_MFA_RECOVERY_CODE'));
  await other.getByRole('button', { name: 'Bestätigen' }).click();
  await other.getByRole('heading', { name: /Willkommen/ }).waitFor();
});
