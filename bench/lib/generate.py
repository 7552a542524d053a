#!/usr/bin/env python3
"""bench/lib/generate: a deterministic generator of realistic books (seeded PRNG, standard library only)."""
import argparse, datetime, hashlib, json, os, random, sys

HELP = """Usage: bench/lib/generate [--profile caucus|large] [--seed N] [--transactions N] [--out FILE]
                          [--sql-into DB]

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

--sql-into DB inserts the book into database DB directly with the ledger's SQL. Until the ledger
context (its tables and exact inserts) is on this branch, that prints
  SKIPPED: needs the ledger tables (ledger migrations are not on this branch)
and exits 0; bench/listing uses it to load 100 000 transactions quickly."""

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


def ledger_tables_present(db):
    import subprocess
    out = subprocess.run(["psql", "-X", "-At", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-c",
                          "select count(*) from pg_tables where tablename like 'ledger\\_%'"],
                         capture_output=True, text=True)
    return out.returncode == 0 and out.stdout.strip() not in ("", "0")


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--profile", choices=["caucus", "large"], default="caucus")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--transactions", type=int)
    ap.add_argument("--out")
    ap.add_argument("--sql-into")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    if a.sql_into:
        if not ledger_tables_present(a.sql_into):
            print("SKIPPED: needs the ledger tables (ledger migrations are not on this branch)")
            return 0
        print("SKIPPED: the ledger tables exist, but the generator's SQL loader has not been written for them yet "
              "(write it from the ledger's migrations: one insert per transaction plus its audit-log row)")
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
