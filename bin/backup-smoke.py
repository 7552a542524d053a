#!/usr/bin/env python3
"""End-to-end check of the backup "done when" scenario on the packaged jar.

Instance A (empty database, real SMTP sink): the bootstrap admin accepts, keeps a caucus book with a bank
account, a booked grant and a booked expense with a receipt; POST /admin/backups; the archive is downloaded
and opened with `gpg --batch --passphrase ... --decrypt`. Instance B (a second, empty database): restored
from that archive with POST /admin/restore, authorised by B's bootstrap setup token. Then A's admin signs
in on B with A's password and finds the same book, balance and receipt (byte for byte).
Usage: bin/backup-smoke.py (needs the packaged jar, psql, gpg and PostgreSQL on localhost, user postgres).
"""
import asyncore, hashlib, json, os, re, smtpd, subprocess, sys, tempfile, threading, time, uuid, zipfile
import urllib.error, urllib.request
from smoke_support import MAILS, Instance, Sink, multipart, token_for

SMTP_PORT = 2527
PASSPHRASE = "correct horse battery staple"
PASSWORD = "sturdy kettle orbit lilac 58"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sink = Sink(("127.0.0.1", SMTP_PORT), None)
    threading.Thread(target=asyncore.loop, kwargs={"timeout": 0.2}, daemon=True).start()
    extra = {"CET_BACKUP_PASSPHRASE": PASSPHRASE, "CET_BACKUP_ENABLED": "false"}
    a = Instance("cet_e2e_backup_a", 18093, SMTP_PORT, extra)
    b = Instance("cet_e2e_backup_b", 18094, SMTP_PORT, extra)
    try:
        print("instance A: bootstrap, a caucus book with money and a receipt")
        a.start(root)
        invite = token_for("admin@example.org")
        a.call("POST", "/invitations/accept", {"token": invite, "displayName": "Ada Admin", "password": PASSWORD}, expect=201)
        token = a.call("POST", "/auth/login", {"email": "admin@example.org", "password": PASSWORD}, expect=200)["accessToken"]
        book = a.call("POST", "/books", {"name": "Fraktion Grüne Mitte", "kind": "CAUCUS", "currency": "EUR",
                                         "firstPeriod": {"name": "2026", "startDate": "2026-01-01", "endDate": "2026-12-31"}},
                      token=token, expect=201)["id"]
        version = a.call("GET", f"/books/{book}", token=token, expect=200)["version"]
        a.call("PATCH", f"/books/{book}", {"requireApproval": False, "version": version}, token=token, expect=200)
        bank = a.call("POST", f"/books/{book}/accounts", {"name": "Girokonto", "type": "BANK", "fund": "PUBLIC",
                                                          "iban": "DE89370400440532013000", "openingBalance": "1000.00",
                                                          "openingDate": "2026-01-01"}, token=token, expect=201)["id"]
        cats = {c["officialCode"]: c["id"] for c in
                a.call("GET", f"/books/{book}/categories?size=500", token=token, expect=200)["items"]}
        a.call("POST", f"/books/{book}/transactions", {"type": "INCOME", "amount": "12000.00", "date": "2026-01-15",
                                                       "accountId": bank, "categoryId": cats["IN-110"],
                                                       "counterparty": "Stadt Musterstadt", "status": "BOOKED"},
               token=token, expect=201)
        pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + os.urandom(64)
        body, ctype = multipart({"file": ("Rechnung Büro.pdf", pdf, "application/pdf")})
        receipt = a.call("POST", f"/books/{book}/receipts", raw=body, content_type=ctype, token=token, expect=201)["id"]
        a.call("POST", f"/books/{book}/transactions", {"type": "EXPENSE", "amount": "123.45", "date": "2026-02-01",
                                                       "accountId": bank, "categoryId": cats["EX-300"],
                                                       "receiptIds": [receipt], "status": "BOOKED"},
               token=token, expect=201)
        balance_a = a.call("GET", f"/books/{book}/accounts/{bank}", token=token, expect=200)["balance"]
        assert balance_a == "12876.55", balance_a

        print("instance A: backup, downloaded and opened with gpg")
        run = a.call("POST", "/admin/backups", {}, token=token, expect=201)
        archive = a.call("GET", f"/admin/backups/{run['id']}/content", token=token, expect=200)
        archive_path = os.path.join(a.data_dir, "download.zip.pgp")
        open(archive_path, "wb").write(archive)
        home = tempfile.mkdtemp(prefix="gnupg-")
        os.chmod(home, 0o700)
        zip_path = os.path.join(a.data_dir, "download.zip")
        subprocess.run(["gpg", "--homedir", home, "--batch", "--pinentry-mode", "loopback", "--passphrase", PASSPHRASE,
                        "--output", zip_path, "--decrypt", archive_path], check=True, capture_output=True)
        names = zipfile.ZipFile(zip_path).namelist()
        assert "manifest.json" in names and any(n.startswith("data/ledger_receipt") for n in names), names
        print(f"  gpg opened it: {len(names)} entries")

        print("instance B: empty, restored with its bootstrap setup token")
        mails_before = len(MAILS)
        b.start(root)
        setup = token_for("admin@example.org", after=mails_before)
        body, ctype = multipart({"archive": ("backup.zip.pgp", archive, "application/pgp-encrypted"),
                                 "passphrase": PASSPHRASE, "setupToken": setup})
        b.call("POST", "/admin/restore", raw=body, content_type=ctype, expect=200)

        print("instance B: A's admin signs in and finds the same books, balances and receipts")
        token_b = b.call("POST", "/auth/login", {"email": "admin@example.org", "password": PASSWORD}, expect=200)["accessToken"]
        books_b = b.call("GET", "/books", token=token_b, expect=200)
        assert [x["id"] for x in books_b["items"]] == [book], books_b
        balance_b = b.call("GET", f"/books/{book}/accounts/{bank}", token=token_b, expect=200)["balance"]
        assert balance_b == balance_a, (balance_a, balance_b)
        content_b = b.call("GET", f"/books/{book}/receipts/{receipt}/content", token=token_b, expect=200)
        assert hashlib.sha256(content_b).hexdigest() == hashlib.sha256(pdf).hexdigest()
        verification = b.call("GET", f"/books/{book}/audit-log/verification", token=token_b, expect=200)
        assert verification["valid"] is True, verification
        b.call("POST", "/admin/restore", raw=body, content_type=ctype, token=token_b, expect=409)
        print("backup-smoke: archive opened by gpg, restored into an empty instance: same book, balance "
              f"{balance_b}, receipt and login; audit chain valid PASS")
    finally:
        a.stop()
        b.stop()
        sink.close()


if __name__ == "__main__":
    main()
