#!/usr/bin/env python3
"""bench/lib/generate: a deterministic generator of realistic books (seeded PRNG, standard library only)."""
import argparse, datetime, hashlib, json, os, random, sys

HELP = """Usage: bench/lib/generate [--profile caucus|large] [--seed N] [--transactions N] [--out FILE]
       bench/lib/generate [--profile ...] [--seed N] [--transactions N] --sql-into DB --book-id ID

Writes one book as JSON lines: first {"book": ...} with its members, accounts and categories,
then one {"transaction": ...} per line in booking order, all derived from --seed (default 1), so
the same arguments always give the same bytes (the SHA-256 of the output is printed on stderr).

Profiles:
  caucus  a council caucus: 9 members (1 ADMIN, 1 TREASURER, 6 MEMBER, 1 AUDITOR), a public-fund
          bank account, an own-fund bank account and a cash box, 24 expense and 6 income
          categories, ~1 200 transactions over one year (grants quarterly, membership dues
          monthly, expenses with realistic amounts: many small, few large, paid by members
          as advances about one time in ten)
  large   the same shape with 100 000 transactions over five years (--transactions overrides)

Amounts are strings with two fraction digits ("12.34"), dates ISO, ids UUIDs derived from the
seed. Field names follow API.md's POST /books/{id}/transactions, with symbolic references
(accountRef, categoryRef, paidByRef) that the loader resolves to the created ids.

--sql-into DB --book-id ID loads the transactions into an existing book of database DB (one that
CET has migrated, with the book, its accounts named as above and its categories created through the
API) directly with SQL (COPY, one transaction), as BOOKED entries stored exactly as the app stores a
create with status BOOKED: the ledger_transaction row, its CREATED and BOOKED history rows and two
entries of the book's hash-chained audit log (continuing the chain, under its advisory lock), so
GET .../audit-log/verification still answers valid. Generator categories map onto the book's
categories of the same kind (EX-700 left out), advances onto the book's ADMIN, cash expenses that
would make the cash box negative onto the public bank account. Prints the count and the income and
expense totals. bench/listing uses it for 100 000 transactions (a few seconds)."""

EXPENSES = ["Büromaterial", "Porto", "Telefon und Internet", "Miete Fraktionsbüro", "Nebenkosten", "Reisekosten",
            "Fahrtkosten", "Bewirtung", "Fachliteratur", "Zeitungen", "Software", "Hardware", "Fortbildung",
            "Veranstaltungen", "Raummiete", "Druckkosten", "Öffentlichkeitsarbeit", "Anzeigen", "Website",
            "Gutachten", "Rechtsberatung", "Bankgebühren", "Versicherungen", "Sonstiges"]
INCOME = ["Fraktionszuschuss", "Mitgliedsbeiträge", "Spenden", "Erstattungen", "Zinsen", "Sonstige Einnahmen"]
COUNTERPARTIES = ["Stadtwerke", "Deutsche Post", "Telekom", "Bürobedarf Müller", "Druckerei Schmidt", "DB Fernverkehr",
                  "Café am Markt", "Buchhandlung Weber", "Hotel Krone", "Stadtkasse", "Sparkasse", "IT-Service Klein"]


def uuid_from(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def cents(c):
    return f"{c // 100}.{c % 100:02d}"


def generate(profile, seed, n=None):
    rng = random.Random(f"cet-bench-{profile}-{seed}")
    years = 1 if profile == "caucus" else 5
    n = n or (1200 if profile == "caucus" else 100_000)
    roles = ["ADMIN", "TREASURER"] + ["MEMBER"] * 6 + ["AUDITOR"]
    members = [{"ref": f"m{i}", "id": uuid_from(rng), "email": f"member{i}@example.org", "role": r,
                "displayName": f"Mitglied {i}"} for i, r in enumerate(roles)]
    accounts = [{"ref": "bank-public", "id": uuid_from(rng), "name": "Girokonto Fraktion", "type": "BANK", "fund": "PUBLIC",
                 "openingBalance": "12000.00"},
                {"ref": "bank-own", "id": uuid_from(rng), "name": "Eigenmittel", "type": "BANK", "fund": "OWN",
                 "openingBalance": "850.00"},
                {"ref": "cash", "id": uuid_from(rng), "name": "Handkasse", "type": "CASH", "fund": "PUBLIC",
                 "openingBalance": "150.00"}]
    cats = ([{"ref": f"e{i}", "id": uuid_from(rng), "name": x, "kind": "EXPENSE"} for i, x in enumerate(EXPENSES)]
            + [{"ref": f"i{i}", "id": uuid_from(rng), "name": x, "kind": "INCOME"} for i, x in enumerate(INCOME)])
    book = {"id": uuid_from(rng), "name": f"Fraktion Bench {profile} {seed}", "kind": "CAUCUS", "currency": "EUR",
            "members": members, "accounts": accounts, "categories": cats,
            "periods": [{"name": str(2026 + y), "startDate": f"{2026 + y}-01-01", "endDate": f"{2026 + y}-12-31"}
                        for y in range(years)]}
    yield {"book": book}
    start = datetime.date(2026, 1, 1)
    span = 365 * years
    days = sorted(rng.randrange(span) for _ in range(n))
    for k, d in enumerate(days):
        date = (start + datetime.timedelta(days=d)).isoformat()
        r = rng.random()
        if r < 0.03:
            typ, cat, amount = "INCOME", "i0", rng.choice([450000, 500000, 520000])
        elif r < 0.10:
            typ, cat, amount = "INCOME", "i1", rng.choice([2000, 3000, 5000])
        elif r < 0.13:
            typ, cat, amount = "INCOME", f"i{rng.randrange(2, len(INCOME))}", int(rng.lognormvariate(8.0, 1.0))
        else:
            typ, cat = "EXPENSE", f"e{min(len(EXPENSES) - 1, int(rng.expovariate(0.18)))}"
            amount = max(50, int(rng.lognormvariate(8.3, 1.2)))  # median ~ 40 EUR, long tail
        amount = max(1, min(amount, 9_999_999_99))
        tx = {"ref": f"t{k}", "id": uuid_from(rng), "type": typ, "amount": cents(amount), "date": date,
              "accountRef": "cash" if typ == "EXPENSE" and amount < 3000 and rng.random() < 0.5 else
              ("bank-own" if rng.random() < 0.1 else "bank-public"),
              "categoryRef": cat, "counterparty": rng.choice(COUNTERPARTIES),
              "description": f"{'Ausgabe' if typ == 'EXPENSE' else 'Einnahme'} {k}", "reference": f"B-{k:06d}",
              "status": "BOOKED"}
        if typ == "EXPENSE" and rng.random() < 0.1:
            tx["paidByRef"] = f"m{rng.randrange(len(members))}"
        yield {"transaction": tx}


def _psql(db, sql, stdin=None):
    import subprocess
    r = subprocess.run(["psql", "-X", "-q", "-At", "-h", "127.0.0.1", "-U", os.environ.get("BENCH_DB_USER", "postgres"),
                        "-p", os.environ.get("BENCH_PG_PORT", "5432"), "-d", db, "-v", "ON_ERROR_STOP=1"]
                       + (["-c", sql] if stdin is None else ["-f", "-"]),
                       input=stdin, capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        raise RuntimeError(f"psql failed: {r.stderr.strip()[:500]}")
    return [line.split("|") for line in r.stdout.splitlines() if line]


def ledger_tables_present(db):
    try:
        return _psql(db, "select count(*) from pg_tables where tablename = 'ledger_transaction'")[0][0] == "1"
    except RuntimeError:
        return False


def java_instant(t):
    """java.time.Instant.toString() of a UTC datetime: fraction in groups of 3 digits, none when zero."""
    base = t.strftime("%Y-%m-%dT%H:%M:%S")
    us = t.microsecond
    if us == 0:
        return base + "Z"
    if us % 1000 == 0:
        return f"{base}.{us // 1000:03d}Z"
    return f"{base}.{us:06d}Z"


def canonical(value):
    """de.cet.ledger.domain.audit.CanonicalJson: keys sorted at every level, no whitespace, UTF-8 as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def audit_hash(prev_hash, sequence, book_id, actor_id, at, action, entity_type, entity_id, payload):
    """AuditChain.hash: SHA-256 over prevHash + "\n" + canonical fields, lower-case hex."""
    fields = {"sequence": sequence, "bookId": book_id, "actorId": actor_id, "at": at, "action": action,
              "entityType": entity_type, "entityId": entity_id, "payload": payload}
    return hashlib.sha256((prev_hash + "\n" + canonical(fields)).encode()).hexdigest()


def _copy_field(v):
    if v is None:
        return "\\N"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def snapshot(t, status):
    """Transaction.snapshot() of a plain expense/income entry (no receipts, tags, approvals, links)."""
    return {"type": t["type"], "amount": t["amount"], "date": t["date"], "accountId": t["accountId"], "toAccountId": None,
            "categoryId": t["categoryId"], "counterparty": t["counterparty"], "description": t["description"],
            "reference": t["reference"], "paidByMemberId": t.get("paidByMemberId"), "reimbursesMemberId": None,
            "receiptIds": [], "tags": [], "justification": None, "eigenbeleg": None, "status": status, "approvals": [],
            "rejectionReason": None, "reversalOf": None, "reversedBy": None, "reversalReason": None, "reworkOf": None,
            "reworkedInto": None}


def changed(before, after):
    """TransactionChange.changedFields(): keys of before then after whose values differ, in that order."""
    keys = list(before) + [k for k in after if k not in before]
    return [k for k in keys if before.get(k) != after.get(k)]


def load_sql(db, book_id, profile, seed, n=None):
    """Loads the generated transactions into book_id of database db as BOOKED entries, exactly as
    TransactionService.create(status BOOKED) would store them: one ledger_transaction row, its two history
    rows (CREATED, BOOKED) and two audit-chain entries continuing the book's chain.

    The book, its accounts (named as the generator names them) and its categories must exist (created
    through the API, so every default and foreign key is the app's own). Generator accounts are matched by
    name; generator categories are mapped onto the book's categories of the same kind (EX-700 left out:
    booking those registers inventory items); members paying advances map to the book's ADMIN (the only
    member a bench book needs). Cash expenses that would make the cash box negative go to the public bank
    account (the app refuses a negative cash box). Returns (count, income total, expense total)."""
    import datetime as dt
    if not ledger_tables_present(db):
        raise RuntimeError("the ledger tables are missing (has CET migrated this database?)")
    accounts = {r[0]: (r[1], r[2], int(r[3].replace(".", ""))) for r in _psql(
        db, f"select name, id, type, opening_balance from ledger_account where book_id = '{book_id}'")}
    cats = {"EXPENSE": [], "INCOME": []}
    for cid, kind in _psql(db, f"select id, kind from ledger_category where book_id = '{book_id}' and not archived "
                               "and official_code <> 'EX-700' order by official_code, name"):
        cats[kind].append(cid)
    admin = _psql(db, f"select user_id from books_membership where book_id = '{book_id}' and role = 'ADMIN' "
                      "order by joined_at limit 1")[0][0]
    head = _psql(db, f"select sequence, hash from ledger_audit_entry where book_id = '{book_id}' "
                     "order by sequence desc limit 1")
    seq, prev = (int(head[0][0]), head[0][1].strip()) if head else (0, "0" * 64)
    records = generate(profile, seed, n)
    gbook = next(records)["book"]
    ref_account = {}
    for a in gbook["accounts"]:
        if a["name"] not in accounts:
            raise RuntimeError(f"account {a['name']!r} is missing in book {book_id} (create it through the API first)")
        ref_account[a["ref"]] = accounts[a["name"]]
    ref_cat = {}
    for c in gbook["categories"]:
        pool = cats[c["kind"]]
        if not pool:
            raise RuntimeError(f"book {book_id} has no {c['kind']} category")
        ref_cat[c["ref"]] = pool[int(c["ref"][1:]) % len(pool)]
    cash_balance = ref_account["cash"][2]
    base = dt.datetime(2026, 1, 1, 8, 0, 0)
    tx_rows, change_rows, audit_rows = [], [], []
    income = expense = count = 0
    for rec in records:
        g = rec["transaction"]
        cents_ = int(g["amount"].replace(".", ""))
        ref = g["accountRef"]
        if ref == "cash":
            if g["type"] == "EXPENSE" and "paidByRef" not in g and cash_balance - cents_ < 0:
                ref = "bank-public"
            elif g["type"] == "EXPENSE" and "paidByRef" not in g:
                cash_balance -= cents_
            elif g["type"] == "INCOME":
                cash_balance += cents_
        t = {"id": g["id"], "type": g["type"], "amount": g["amount"], "date": g["date"],
             "accountId": ref_account[ref][0], "categoryId": ref_cat[g["categoryRef"]],
             "counterparty": g["counterparty"], "description": g["description"], "reference": g["reference"],
             "paidByMemberId": admin if "paidByRef" in g else None}
        # created on its booking day, in booking order (microseconds apart), as a treasurer entering receipts
        at = dt.datetime.fromisoformat(g["date"]).replace(hour=8) + dt.timedelta(microseconds=count * 1013 + 1)
        at_sql = at.isoformat(sep=" ") + "+00"
        at_java = java_instant(at)
        draft, booked = snapshot(t, "DRAFT"), snapshot(t, "BOOKED")
        tx_rows.append([t["id"], book_id, t["type"], t["amount"], t["date"], t["accountId"], t["categoryId"],
                        t["counterparty"], t["description"], t["reference"], t["paidByMemberId"], "{}", "BOOKED",
                        admin, at_sql, admin, at_sql, "0"])
        for action, before, after in (("CREATED", {}, draft), ("BOOKED", draft, booked)):
            change_rows.append([book_id, t["id"], admin, at_sql, action, canonical(before), canonical(after)])
            payload = canonical({"changed": changed(before, after), "before": before, "after": after})
            seq += 1
            h = audit_hash(prev, seq, book_id, admin, at_java, "TRANSACTION_" + action, "Transaction", t["id"], payload)
            audit_rows.append([book_id, str(seq), admin, at_sql, "TRANSACTION_" + action, "Transaction", t["id"],
                               payload, prev, h])
            prev = h
        if t["type"] == "INCOME":
            income += cents_
        else:
            expense += cents_
        count += 1

    def block(table, cols, rows):
        return (f"copy {table} ({cols}) from stdin;\n" + "".join("\t".join(_copy_field(v) for v in r) + "\n" for r in rows)
                + "\\.\n")

    script = ("begin;\n"
              # the chain's lock (SqlAuditLog.lastForUpdate), and the head must still be the one read above
              f"select pg_advisory_xact_lock(hashtextextended('{book_id}', 4711)) is null;\n"
              f"do $$ begin if coalesce((select max(sequence) from ledger_audit_entry where book_id = '{book_id}'), 0)"
              f" <> {seq - len(audit_rows)} then raise exception 'the audit chain of the book moved during the load'; end if; end $$;\n"
              + block("ledger_transaction", "id, book_id, type, amount, date, account_id, category_id, counterparty, "
                      "description, reference, paid_by_member_id, tags, status, created_by, created_at, booked_by, "
                      "booked_at, version", tx_rows)
              + block("ledger_transaction_change", "book_id, transaction_id, actor_id, at, action, before, after", change_rows)
              + block("ledger_audit_entry", "book_id, sequence, actor_id, at, action, entity_type, entity_id, payload, "
                      "prev_hash, hash", audit_rows)
              + "commit;\nvacuum analyze ledger_transaction;\nanalyze ledger_transaction_change;\nanalyze ledger_audit_entry;\n"
              # the kept aggregates (V101) took one upsert per row: their dead versions, as autovacuum would
              + "vacuum analyze ledger_listing_total;\nvacuum analyze ledger_effect_total;\n")
    # vacuum as well as analyze: a book in use has been vacuumed by autovacuum (hint bits, visibility
    # map); right after a bulk load it has not, and the first reads would pay for it
    _psql(db, None, stdin=script)
    return count, cents(income), cents(expense)


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--profile", choices=["caucus", "large"], default="caucus")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--transactions", type=int)
    ap.add_argument("--out")
    ap.add_argument("--sql-into")
    ap.add_argument("--book-id")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    if a.sql_into:
        if not a.book_id:
            print("generate: --sql-into needs --book-id", file=sys.stderr)
            return 2
        t0 = datetime.datetime.now()
        try:
            count, income, expense = load_sql(a.sql_into, a.book_id, a.profile, a.seed, a.transactions)
        except RuntimeError as e:
            print(f"generate: {e}", file=sys.stderr)
            return 1
        took = (datetime.datetime.now() - t0).total_seconds()
        print(f"loaded {count} booked transactions into book {a.book_id} of {a.sql_into} in {took:.1f} s: "
              f"income {income}, expense {expense}")
        return 0
    h = hashlib.sha256()
    out = open(a.out, "w") if a.out else sys.stdout
    count = 0
    try:
        for rec in generate(a.profile, a.seed, a.transactions):
            line = json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n"
            h.update(line.encode())
            out.write(line)
            count += 1
    finally:
        if a.out:
            out.close()
    print(f"generate: profile {a.profile}, seed {a.seed}, {count - 1} transactions, sha256 {h.hexdigest()}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
