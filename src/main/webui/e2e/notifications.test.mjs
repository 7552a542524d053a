import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

const browser = useBrowser();
const BOOK = () => env('CET_E2E_NOTIFY_BOOK_ID');

/**
 * The API as one person, on the browser's instance unless another is given (LiveBrowserAcrossInstancesIT
 * runs the first test with the browser on one instance and the treasurer approving on the other).
 */
async function apiAs(email, base = BASE()) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, password: env('CET_E2E_PASSWORD') }),
  });
  assert.equal(login.status, 200, `sign-in of ${email}`);
  const { accessToken } = await login.json();
  return async (method, path, body) => {
    const answer = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    return { status: answer.status, body: text ? JSON.parse(text) : null };
  };
}

const bellCount = async (page) => {
  const badge = page.getByTestId('bell-count');
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
};

test('a claim approved by the treasurer shows in the member’s open bell, inbox and ledger without a reload', async () => {
  const memberEmail = env('CET_E2E_NOTIFY_MEMBER_EMAIL');
  const page = await openPage(browser());
  await signIn(page, memberEmail, env('CET_E2E_PASSWORD'));
  await page.getByRole('link', { name: /^Benachrichtigungen/ }).first().waitFor();
  await page.goto(`/books/${BOOK()}/transactions`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Signing in through the API is a security notice in the inbox too: sign in first, then count.
  const member = await apiAs(memberEmail);
  const treasurer = await apiAs(env('CET_E2E_NOTIFY_TREASURER_EMAIL'), process.env.CET_E2E_NOTIFY_APPROVER_BASE_URL ?? BASE());
  await page.waitForTimeout(2000); // the live socket is open, the bell has counted those
  const before = await bellCount(page);

  const description = `Porto Live ${Date.now()}`;
  const created = await member('POST', `/books/${BOOK()}/transactions`, {
    type: 'EXPENSE', amount: '23.40', date: env('CET_E2E_NOTIFY_DATE'), accountId: env('CET_E2E_NOTIFY_ACCOUNT_ID'), categoryId: env('CET_E2E_NOTIFY_CATEGORY_ID'),
    paidByMemberId: env('CET_E2E_NOTIFY_MEMBER_ID'), description, status: 'SUBMITTED',
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  // The ledger shows the new entry without a reload.
  const row = page.getByRole('row').filter({ hasText: description });
  await row.waitFor({ timeout: 5000 });
  await row.getByText('Eingereicht').waitFor();

  const approved = await treasurer('POST', `/books/${BOOK()}/transactions/${created.body.id}/approve`);
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
  await row.getByText('Freigegeben').waitFor({ timeout: 5000 });
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="bell-count"]')?.textContent ?? 0) > n,
    before, { timeout: 5000 });
  assert.equal(await bellCount(page), before + 1);

  // The bell leads to the inbox, with the keyboard.
  await page.getByRole('link', { name: /^Benachrichtigungen, \d+ ungelesen$/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Benachrichtigungen', level: 1 }).waitFor();
  const item = page.getByRole('listitem').filter({ hasText: 'Ihre Auslage wurde freigegeben (23.40 EUR)' });
  await item.waitFor();
  await item.getByText(description).waitFor();
  await checkScreen(page, 'notifications-inbox');

  await item.getByRole('button', { name: /Als gelesen markieren/ }).click();
  await item.getByRole('button', { name: /Als gelesen markieren/ }).waitFor({ state: 'detached' });
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="bell-count"]')?.textContent ?? 0) === n,
    before, { timeout: 5000 });
  await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
  await page.getByText('0 ungelesen').waitFor();
  assert.equal(await page.getByTestId('bell-count').count(), 0, 'the bell shows no number when all are read');
  await item.getByRole('link', { name: 'Öffnen' }).click();
  await page.getByText(description).first().waitFor();
  assert.match(page.url(), new RegExp(`/books/${BOOK()}/transactions/${created.body.id}$`));
});

test('notification preferences: keyboard, saved, security always on; English at 360 px', async () => {
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_NOTIFY_MEMBER_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.getByRole('link', { name: /^Benachrichtigungen/ }).first().waitFor();
  await page.goto('/settings/notifications');
  await page.getByRole('heading', { name: 'Meine Einstellungen: Benachrichtigungen' }).waitFor();
  const security = page.getByRole('checkbox', { name: 'Sicherheit: E-Mail' });
  assert.equal(await security.isDisabled(), true);
  assert.equal(await security.isChecked(), true);
  const budgetMail = page.getByRole('checkbox', { name: 'Budget zu 80 % ausgeschöpft: E-Mail' });
  await budgetMail.focus();
  await page.keyboard.press('Space');
  assert.equal(await budgetMail.isChecked(), false);
  await page.getByLabel('Zusammenfassung per E-Mail').selectOption('WEEKLY');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Gespeichert.').waitFor();
  await checkScreen(page, 'notifications-settings');

  const member = await apiAs(env('CET_E2E_NOTIFY_MEMBER_EMAIL'));
  const saved = await member('GET', '/me/notification-preferences');
  assert.equal(saved.body.digest, 'WEEKLY');
  assert.deepEqual(saved.body.kinds.find((k) => k.kind === 'BUDGET_80'), { kind: 'BUDGET_80', email: false, inApp: true, alwaysOn: false });

  // The treasurer speaks English: the app switches to it once signed in.
  const phone = await openPage(browser(), { width: 360, height: 640 });
  await signIn(phone, env('CET_E2E_NOTIFY_TREASURER_EMAIL'), env('CET_E2E_PASSWORD'));
  await phone.getByRole('button', { name: 'Menu' }).waitFor();
  await phone.getByRole('link', { name: /^Notifications/ }).click();
  await phone.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
  await phone.getByRole('listitem').filter({ hasText: 'Awaiting approval' }).first().waitFor();
  await checkScreen(phone, 'notifications-inbox-en');
  await phone.getByRole('link', { name: 'Notification settings' }).click();
  await phone.getByRole('heading', { name: 'My settings: notifications' }).waitFor();
  await phone.getByRole('cell', { name: /Always on/ }).or(phone.getByText('Always on: cannot be switched off')).first().waitFor();
  await checkScreen(phone, 'notifications-settings-en');
});
