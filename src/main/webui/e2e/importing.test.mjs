import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, assertAccessible, checkScreen, env, openPage, signIn, useBrowser } from './support.mjs';

// Issue 17's "done when" in the browser: a caucus year's CAMT.053 statement into the inbox, a rule (tested
// first) for the rent, the rest matched with one key or created, reconciled to 0,00 and the year closed;
// the same kind of year as MT940 into a second book at 360 px in English by keyboard; a member's view.

const browser = useBrowser();
const BOOK = () => env('CET_E2E_IMPORT_BOOK_ID');
const OTHER = () => env('CET_E2E_IMPORT_OTHER_BOOK_ID');
const Y = () => env('CET_E2E_IMPORT_YEAR');
const IBAN = () => env('CET_E2E_IMPORT_IBAN');
const files = mkdtempSync(join(tmpdir(), 'cet-import-'));
const PAYEE_IBAN = 'DE02120300000000202051';

/** axe at phone and desktop width, then the shared check (CSP, screenshots at both widths). */
async function checkBoth(page, name) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width === 360 ? 1280 : 360, height: size.width === 360 ? 800 : 640 });
  await page.waitForTimeout(50);
  await assertAccessible(page, `${name} (other width)`);
  await page.setViewportSize(size);
  await checkScreen(page, name);
}

// ---- statement files, written from the camt.053.001.08 message definition and the DFÜ MT940 profile ----

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function camtTx(ind, amount, name, iban, purpose) {
  const party = ind === 'CRDT' ? 'Dbtr' : 'Cdtr';
  return `<TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>${amount ? `<Amt Ccy="EUR">${amount}</Amt>` : ''}`
    + `<RltdPties><${party}><Pty><Nm>${esc(name)}</Nm></Pty></${party}><${party}Acct><Id><IBAN>${iban}</IBAN></Id></${party}Acct></RltdPties>`
    + `<RmtInf><Ustrd>${esc(purpose)}</Ustrd></RmtInf></TxDtls>`;
}
/** entries: {amount, ind, date, ref, name, purpose, batch?: [{amount, name, purpose}]} */
function camt({ iban, from, to, opening, closing, entries, doctype = false }) {
  const bal = (code, amount, date) =>
    `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;
  const ntry = (e) =>
    `<Ntry><NtryRef>${e.ref}</NtryRef><Amt Ccy="EUR">${e.amount}</Amt><CdtDbtInd>${e.ind}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>`
    + `<BookgDt><Dt>${e.date}</Dt></BookgDt><ValDt><Dt>${e.date}</Dt></ValDt><AcctSvcrRef>${e.ref}</AcctSvcrRef>`
    + `<BkTxCd><Domn><Cd>PMNT</Cd></Domn></BkTxCd><NtryDtls>`
    + (e.batch
      ? `<Btch><NbOfTxs>${e.batch.length}</NbOfTxs></Btch>` + e.batch.map((t) => camtTx(e.ind, t.amount, t.name, PAYEE_IBAN, t.purpose)).join('')
      : camtTx(e.ind, null, e.name, PAYEE_IBAN, e.purpose))
    + `</NtryDtls></Ntry>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doctype ? '<!DOCTYPE Document [<!ENTITY x "y">]>\n' : ''}`
    + `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>LILA-${to}</MsgId>`
    + `<CreDtTm>${to}T20:00:00</CreDtTm></GrpHdr><Stmt><Id>AUSZUG-${from}</Id><CreDtTm>${to}T20:00:00</CreDtTm>`
    + `<FrToDt><FrDtTm>${from}T00:00:00</FrDtTm><ToDtTm>${to}T23:59:59</ToDtTm></FrToDt>`
    + `<Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>${bal('PRCD', opening, from)}${bal('CLBD', closing, to)}`
    + entries.map(ntry).join('') + `</Stmt></BkToCstmrStmt></Document>\n`;
}

/** The caucus year: rent each month (the rule's), two grants, a print bill and a bakery bill to match, a batch of office supplies. */
function yearStatement(iban = IBAN(), doctype = false) {
  const y = Y();
  return camt({
    iban, from: `${y}-01-01`, to: `${y}-12-31`, opening: '2000.00', closing: '9094.85', doctype,
    entries: [
      { ref: 'LILA-001', amount: '850.00', ind: 'DBIT', date: `${y}-01-03`, name: 'Hausverwaltung Lindenhof GmbH', purpose: 'Miete Fraktionsbüro Januar' },
      { ref: 'LILA-002', amount: '5000.00', ind: 'CRDT', date: `${y}-02-01`, name: 'Stadt Musterstadt', purpose: 'Fraktionszuschuss 1. Halbjahr' },
      { ref: 'LILA-003', amount: '850.00', ind: 'DBIT', date: `${y}-02-03`, name: 'Hausverwaltung Lindenhof GmbH', purpose: 'Miete Fraktionsbüro Februar' },
      { ref: 'LILA-004', amount: '850.00', ind: 'DBIT', date: `${y}-03-03`, name: 'Hausverwaltung Lindenhof GmbH', purpose: 'Miete Fraktionsbüro März' },
      { ref: 'LILA-005', amount: '249.90', ind: 'DBIT', date: `${y}-03-12`, name: 'Druckerei Müller', purpose: 'Rechnung 117 Flyer Bürgersprechstunde' },
      {
        ref: 'LILA-006', amount: '41.25', ind: 'DBIT', date: `${y}-04-15`, batch: [
          { amount: '23.40', name: 'Bürobedarf Schäfer', purpose: 'Ordner und Heftstreifen' },
          { amount: '17.85', name: 'Papeterie Großmann', purpose: 'Druckerpapier und Umschläge' },
        ],
      },
      { ref: 'LILA-007', amount: '64.00', ind: 'DBIT', date: `${y}-05-07`, name: 'Bäckerei Körner', purpose: 'Brötchen Klausurtagung' },
      { ref: 'LILA-008', amount: '5000.00', ind: 'CRDT', date: `${y}-07-01`, name: 'Stadt Musterstadt', purpose: 'Fraktionszuschuss 2. Halbjahr' },
    ],
  });
}

/** An MT940 statement as German banks export it (with the SWIFT envelope, :86: subfields wrapped at 65). */
function mt940({ opening, openingDate, closing, closingDate, lines }) {
  const yy = (d) => d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);
  const money = (a) => a.replace('.', ',');
  let m = '{1:F01COBADEFFAXXX0000000000}{2:I940COBADEFFXXXXN}{4:\r\n:20:STARTUMSE\r\n:25:' + IBAN() + '\r\n:28C:00001/001\r\n';
  m += `:60F:C${yy(openingDate)}EUR${money(opening)}\r\n`;
  for (const l of lines) {
    m += `:61:${yy(l.date)}${yy(l.date).slice(2)}${l.mark}${money(l.amount)}NTRFNONREF\r\n`;
    const details = `166?00SEPA-UEBERWEISUNG?100931?20EREF+NOTPROVIDED?21SVWZ+${l.purpose}?30COBADEFFXXX?31${PAYEE_IBAN}?32${l.name}`;
    m += ':86:' + (details.match(/.{1,65}/g) ?? []).join('\r\n') + '\r\n';
  }
  return m + `:62F:C${yy(closingDate)}EUR${money(closing)}\r\n-}\r\n`;
}

function write(name, content, encoding = 'utf8') {
  const path = join(files, name);
  writeFileSync(path, typeof content === 'string' ? Buffer.from(content, encoding) : content);
  return path;
}

/** Drops a file on the upload's drop area the way a file manager does (a DataTransfer with the File). */
async function dropFile(page, name, text) {
  const transfer = await page.evaluateHandle(({ name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/xml' }));
    return dt;
  }, { name, text });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

async function tokenOf(email) {
  const login = await fetch(`${BASE()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: env('CET_E2E_PASSWORD') }),
  });
  assert.equal(login.status, 200);
  return (await login.json()).accessToken;
}

const line = (page, text) => page.getByTestId('bank-line').filter({ hasText: text });

test('importing: the caucus year as CAMT.053 — refusals, import, rule with test, one-key accept, create, reconciled 0,00, year closed', async () => {
  const started = Date.now();
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_IMPORT_TREASURER_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.waitForURL(/\/books\//);
  await page.goto(`/books/${BOOK()}`);
  const bookNav = page.getByRole('navigation', { name: 'Bereiche des Buchs' });
  await bookNav.getByRole('link', { name: 'Kontoauszüge' }).click();
  await page.getByRole('heading', { name: 'Eingang der Kontoumsätze' }).waitFor();
  await page.getByText('Keine offenen Zeilen').waitFor();
  await page.getByRole('navigation', { name: 'Kontoauszüge' }).getByRole('link', { name: 'Hochladen' }).click();
  await page.getByRole('heading', { name: 'Kontoauszug hochladen' }).waitFor();
  const submit = page.getByRole('button', { name: 'Importieren' });

  // Refusals, each in German and nothing imported: a DOCTYPE, another account's IBAN, a CSV row with a bad date.
  await dropFile(page, 'auszug-doctype.xml', yearStatement(IBAN(), true));
  await page.getByText('Gewählt: auszug-doctype.xml').waitFor();
  await submit.click();
  await page.getByRole('alert').filter({ hasText: 'DOCTYPE- oder Entitäts-Deklaration' }).waitFor();
  await dropFile(page, 'auszug-fremd.xml', yearStatement('DE44500105175407324931'));
  await submit.click();
  await page.getByRole('alert').filter({ hasText: 'gehört zu einem anderen Konto' }).waitFor();
  const csv = 'Auftragskonto;Buchungstag;Valutadatum;Buchungstext;Verwendungszweck;Beguenstigter/Zahlungspflichtiger;Kontonummer/IBAN;Betrag;Kundenreferenz (End-to-End)\r\n'
    + `${IBAN()};03.01.${Y().slice(2)};03.01.${Y().slice(2)};DAUERAUFTRAG;Miete Januar;Hausverwaltung Lindenhof;${PAYEE_IBAN};-850,00;\r\n`
    + `${IBAN()};31.13.${Y().slice(2)};31.13.${Y().slice(2)};GUTSCHRIFT;Zuschuss;Stadt Musterstadt;${PAYEE_IBAN};5000,00;\r\n`;
  await page.getByLabel('Datei auswählen').setInputFiles(write('umsaetze.csv', csv, 'latin1'));
  await page.getByLabel('CSV-Format (Bank)').selectOption('sparkasse');
  await submit.click();
  const csvRefusal = page.getByRole('alert').filter({ hasText: 'Das Datum hat nicht die Form dd.MM.yy' });
  await csvRefusal.waitFor();
  assert.match(await csvRefusal.innerText(), /^Zeile 3:/);
  await checkBoth(page, 'importing-upload-refused');

  // The year's statement, dropped: the answer says the period, balances and counts.
  await dropFile(page, `camt053-${Y()}.xml`, yearStatement());
  await submit.click();
  const result = page.getByTestId('import-result');
  await result.waitFor();
  const said = await result.innerText();
  assert.match(said, /CAMT/);
  assert.match(said, new RegExp(`01\\.01\\.${Y()} – 31\\.12\\.${Y()}`));
  assert.match(said, /2\.000,00\s€/);
  assert.match(said, /9\.094,85\s€/);
  assert.equal(await page.getByTestId('import-lines').innerText(), '9', 'eight entries, the batch split into its two payments');
  assert.equal(await page.getByTestId('import-duplicates').innerText(), '0');
  assert.equal(await page.getByTestId('import-matched').innerText(), '2', 'the print and the bakery bill are suggested');
  await checkBoth(page, 'importing-upload-done');

  // The rule for the rent: tested before it is saved, then applied.
  await page.getByRole('navigation', { name: 'Kontoauszüge' }).getByRole('link', { name: 'Regeln' }).click();
  await page.getByRole('button', { name: 'Neue Regel' }).click();
  const editor = page.locator('form.rule-editor');
  await editor.getByLabel('Name der Regel').fill('Miete Fraktionsbüro');
  await editor.getByLabel('Priorität').fill('10');
  const first = editor.getByRole('group', { name: 'Bedingung 1' });
  await first.getByLabel('Vergleich').selectOption('regex');
  await first.getByLabel('Wert').fill('^Hausverwaltung');
  await editor.getByRole('button', { name: 'Bedingung hinzufügen' }).click();
  const second = editor.getByRole('group', { name: 'Bedingung 2' });
  await second.getByLabel('Feld').selectOption('amount');
  await second.getByLabel('Vergleich').selectOption('between');
  await second.getByLabel('Von (Betrag)').fill('-900,00');
  await second.getByLabel('Bis (Betrag)').fill('-800,00');
  const rent = await editor.getByLabel('Kategorie').locator('option', { hasText: 'EX-200' }).getAttribute('value');
  await editor.getByLabel('Kategorie').selectOption(rent);
  await editor.getByLabel('Schlagwörter').fill('Miete');
  await editor.getByRole('button', { name: 'Testen' }).click();
  const tested = page.getByTestId('rule-test');
  await tested.filter({ hasText: 'Die Regel träfe 3 offene Zeilen' }).waitFor();
  assert.match(await tested.innerText(), /Miete Fraktionsbüro März/);
  assert.doesNotMatch(await tested.innerText(), /Druckerei/);
  await checkBoth(page, 'importing-rule-test');
  await editor.getByRole('button', { name: 'Regel speichern' }).click();
  await page.getByRole('status').filter({ hasText: 'Regel „Miete Fraktionsbüro“ gespeichert' }).waitFor();
  await page.getByRole('button', { name: 'Regeln jetzt anwenden' }).click();
  await page.getByRole('status').filter({ hasText: 'Regeln angewendet: 3 Zeilen geändert.' }).waitFor();
  assert.match(await page.getByTestId('rule').innerText(), /passt zum Muster „\^Hausverwaltung“ und Betrag liegt zwischen „-900\.00\.\.-800\.00“/);
  await checkBoth(page, 'importing-rules');

  // Closing the year now is refused: the account does not reconcile; the checklist links to its reconciliation.
  await bookNav.getByRole('link', { name: 'Perioden' }).click();
  await page.getByRole('button', { name: `${Y()} abschließen` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Periode abschließen' }).click();
  const blockers = page.getByRole('alert').filter({ hasText: 'kann noch nicht abgeschlossen werden' });
  await blockers.getByText('1 Bankkonto stimmt am Periodenende nicht mit dem Kontoauszug überein').waitFor();
  await checkBoth(page, 'importing-period-blocked');
  await blockers.getByRole('link', { name: 'Konto 1 abstimmen' }).click();
  await page.getByRole('heading', { name: 'Kontenabstimmung' }).waitFor();
  await page.getByTestId('statement-balance').filter({ hasText: '9.094,85' }).waitFor();
  assert.match(await page.getByTestId('difference').innerText(), /^-?[1-9][\d.]*,\d\d\s€$/, 'not yet reconciled');
  assert.equal(await page.getByTestId('unmatched').innerText(), '9');
  await checkBoth(page, 'importing-reconciliation-open');
  await page.getByRole('link', { name: '9 offene Zeilen im Eingang bearbeiten' }).click();

  // The inbox: the rule's lines say so; the print bill is accepted with the key A, and the focus moves on.
  await page.getByRole('heading', { name: '9 Zeilen' }).waitFor();
  assert.match(await line(page, 'Miete Fraktionsbüro Januar').innerText(), /Regel „Miete Fraktionsbüro“ → .*EX-200/);
  const print = line(page, 'Druckerei Müller');
  // The suggestion names the booked entry: its counterparty, date and amount, and the score.
  await print.getByRole('link', { name: new RegExp(`Druckerei Müller, 10\\.03\\.${Y()}, 249,90\\s€`) }).waitFor();
  assert.match(await print.getByTestId('score').innerText(), /Treffer \d+ %/);
  await checkBoth(page, 'importing-inbox');
  await print.focus();
  await page.keyboard.press('a');
  await page.getByRole('status').filter({ hasText: 'Zugeordnet: Druckerei Müller' }).waitFor();
  await page.getByRole('heading', { name: '8 Zeilen' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'bank-line');
  assert.match(await page.evaluate(() => document.activeElement.innerText), /Bürobedarf Schäfer|Papeterie Großmann/, 'the focus is on the next line');
  // The bakery bill, submitted by the admin: its button books and matches it.
  await line(page, 'Bäckerei Körner').getByRole('button', { name: 'Übernehmen (A)' }).click();
  await page.getByRole('heading', { name: '7 Zeilen' }).waitFor();

  // The rest becomes booked entries: the rent with the rule's category, the others picked.
  async function create(text, code) {
    const l = line(page, text);
    await l.getByRole('button', { name: 'Buchung anlegen' }).click();
    if (code) {
      await l.getByRole('searchbox').fill(code);
      await l.getByRole('searchbox').press('Enter');
    }
    await l.getByRole('button', { name: 'Buchen', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Gebucht:' }).waitFor();
    await l.waitFor({ state: 'detached' });
  }
  await create('Miete Fraktionsbüro Januar');
  await create('Miete Fraktionsbüro Februar');
  await create('Miete Fraktionsbüro März');
  await create('Fraktionszuschuss 1. Halbjahr', 'IN-100');
  await create('Fraktionszuschuss 2. Halbjahr', 'IN-100');
  await create('Ordner und Heftstreifen', 'EX-300');
  await create('Druckerpapier und Umschläge', 'EX-300');
  await page.getByText('Keine offenen Zeilen: Alles ist zugeordnet.').waitFor();
  await page.getByLabel('Status').selectOption('MATCHED');
  await page.getByRole('heading', { name: '9 Zeilen' }).waitFor();

  // Reconciled at the year's end; the year closes.
  await page.getByRole('link', { name: 'Kontenabstimmung' }).click();
  await page.getByLabel('Stichtag (leer: heute)').fill(`${Y()}-12-31`);
  await page.getByTestId('difference').filter({ hasText: /^0,00\s€$/ }).waitFor();
  assert.match(await page.getByTestId('ledger-balance').innerText(), /9\.094,85/);
  assert.equal(await page.getByTestId('unmatched').innerText(), '0');
  await page.getByText('Abgestimmt: Kontoauszug und Buchhaltung stimmen überein.').waitFor();
  await checkBoth(page, 'importing-reconciled');
  await bookNav.getByRole('link', { name: 'Perioden' }).click();
  await page.getByRole('button', { name: `${Y()} abschließen` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Periode abschließen' }).click();
  await page.getByRole('status').filter({ hasText: `${Y()} ist abgeschlossen` }).waitFor();
  assert.match(await page.getByTestId('carried-balance').first().innerText(), /9\.094,85/);
  console.log(`importing: CAMT flow took ${Math.round((Date.now() - started) / 1000)} s`);
});

test('importing: the same year as MT940 into a second book, at 360 px in English by keyboard — again, a suspected duplicate, four eyes', async () => {
  const page = await openPage(browser(), { width: 360, height: 640, locale: 'en-GB' });
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(env('CET_E2E_IMPORT_EN_TREASURER_EMAIL'));
  await page.getByLabel('Password', { exact: true }).fill(env('CET_E2E_PASSWORD'));
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/books\//);
  await page.goto(`/books/${OTHER()}/bank/upload`);
  await page.getByRole('heading', { name: 'Upload a bank statement' }).waitFor();
  const y = Y();
  const statement = mt940({
    openingDate: `${y}-01-01`, opening: '1000.00', closingDate: `${y}-12-31`, closing: '3526.60',
    lines: [
      { date: `${y}-02-01`, mark: 'C', amount: '3000.00', name: 'Stadt Nachbarstadt', purpose: 'Fraktionszuschuss' },
      { date: `${y}-03-03`, mark: 'D', amount: '450.00', name: 'Hausverwaltung Müller', purpose: 'Miete März Geschäftsstelle' },
      { date: `${y}-04-15`, mark: 'D', amount: '23.40', name: 'Bürobedarf Schäfer', purpose: 'Büromaterial' },
    ],
  });
  const path = write(`mt940-${y}.sta`, statement, 'latin1'); // ISO-8859-1, as many German banks export it

  async function uploadByKeyboard(file) {
    const input = page.getByLabel('Choose a file');
    await input.focus();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'file', 'the file picker takes the focus');
    await input.setInputFiles(file);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Import');
    await page.keyboard.press('Enter');
    await page.getByTestId('import-result').waitFor();
  }
  await uploadByKeyboard(path);
  assert.match(await page.getByTestId('import-result').innerText(), /MT940 statement imported/);
  assert.equal(await page.getByTestId('import-lines').innerText(), '3');
  await checkBoth(page, 'importing-mt940-en');
  // The same file again: nothing new.
  await uploadByKeyboard(path);
  await page.getByTestId('import-lines').filter({ hasText: /^0$/ }).waitFor();
  assert.equal(await page.getByTestId('import-duplicates').innerText(), '3');
  // A later statement with the supplies again, a day on and spelt without umlauts: asked, not dropped.
  await uploadByKeyboard(write('mt940-nachtrag.sta', mt940({
    openingDate: `${y}-04-16`, opening: '3526.60', closingDate: `${y}-04-16`, closing: '3503.20',
    lines: [{ date: `${y}-04-16`, mark: 'D', amount: '23.40', name: 'Buerobedarf Schaefer', purpose: 'Bueromaterial' }],
  }), 'latin1'));
  assert.match(await page.getByTestId('import-result').innerText(), /Possible duplicates\s*1/);

  await page.getByRole('link', { name: 'To the inbox' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Inbox of bank lines' }).waitFor();
  await page.getByRole('heading', { name: '3 lines' }).waitFor();
  // One key: the approved grant is booked on the line's date and matched.
  const grant = line(page, 'Stadt Nachbarstadt');
  await grant.getByTestId('score').waitFor();
  await grant.focus();
  await checkBoth(page, 'importing-inbox-en');
  await page.keyboard.press('a');
  await page.getByRole('status').filter({ hasText: 'Matched: Stadt Nachbarstadt' }).waitFor();
  await page.getByRole('heading', { name: '2 lines' }).waitFor();
  // The book needs approval: creating a booked entry straight from a line is refused, and says why.
  const rentLine = line(page, 'Hausverwaltung Müller');
  await rentLine.getByRole('button', { name: 'Create entry' }).focus();
  await page.keyboard.press('Enter');
  await rentLine.getByRole('searchbox').fill('EX-200');
  await rentLine.getByRole('searchbox').press('Enter');
  await rentLine.getByRole('button', { name: 'Book', exact: true }).focus();
  await page.keyboard.press('Enter');
  await rentLine.getByRole('alert').filter({ hasText: 'only after an approval' }).waitFor();
  await checkBoth(page, 'importing-create-refused-en');
  await rentLine.getByRole('button', { name: 'Cancel' }).click();
  await rentLine.getByRole('button', { name: 'Ignore' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Ignored: Hausverwaltung Müller' }).waitFor();
  // The suspected duplicate: a payment of its own after all.
  await page.getByLabel('Status').selectOption('DUPLICATE_SUSPECTED');
  const suspected = line(page, 'Buerobedarf Schaefer');
  await suspected.getByText('Resembles a line imported before').waitFor();
  await checkBoth(page, 'importing-duplicate-en');
  await suspected.getByRole('button', { name: 'Not a duplicate' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Confirmed as a payment of its own' }).waitFor();
  await page.getByLabel('Status').selectOption('NEW');
  await page.getByRole('heading', { name: '2 lines' }).waitFor();

  await page.getByRole('navigation', { name: 'Bank statements' }).getByRole('link', { name: 'Reconciliation' }).click();
  await page.getByLabel('Day (empty: today)').fill(`${y}-12-31`);
  await page.getByTestId('statement-balance').filter({ hasText: '3,503.20' }).waitFor();
  await page.getByText('Not reconciled').waitFor();
  await checkBoth(page, 'importing-reconciliation-en');
});

test('importing: a member is offered no bank screen, and the API refuses a forged call', async () => {
  const page = await openPage(browser());
  await signIn(page, env('CET_E2E_IMPORT_MEMBER_EMAIL'), env('CET_E2E_PASSWORD'));
  await page.waitForURL(/\/books\//);
  await page.goto(`/books/${BOOK()}`);
  const nav = page.getByRole('navigation', { name: 'Bereiche des Buchs' });
  await nav.getByRole('link', { name: 'Buchungen' }).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Kontoauszüge' }).count(), 0);
  await page.goto(`/books/${BOOK()}/bank`);
  await page.getByRole('alert').filter({ hasText: 'Ihre Rolle in diesem Buch erlaubt das nicht.' }).waitFor();
  assert.equal(await page.getByTestId('bank-line').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Buchung anlegen' }).count(), 0);
  assert.equal(await page.getByRole('navigation', { name: 'Kontoauszüge' }).getByRole('link', { name: 'Hochladen' }).count(), 0);
  await checkBoth(page, 'importing-member');

  const token = await tokenOf(env('CET_E2E_IMPORT_MEMBER_EMAIL'));
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  const accounts = await (await fetch(`${BASE()}/api/v1/books/${BOOK()}/accounts`, { headers })).json();
  const bank = accounts.items.find((a) => a.type === 'BANK');
  const form = new FormData();
  form.append('file', new Blob([yearStatement()], { type: 'application/xml' }), 'auszug.xml');
  const upload = await fetch(`${BASE()}/api/v1/books/${BOOK()}/accounts/${bank.id}/imports`, { method: 'POST', headers, body: form });
  assert.equal(upload.status, 403, 'a member does not import');
  assert.equal((await fetch(`${BASE()}/api/v1/books/${BOOK()}/bank-lines`, { headers })).status, 403, 'nor read the inbox');
  const rule = await fetch(`${BASE()}/api/v1/books/${BOOK()}/rules`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'x', conditions: [{ field: 'purpose', op: 'contains', value: 'x' }], actions: {} }),
  });
  assert.equal(rule.status, 403, 'nor write a rule');
});
