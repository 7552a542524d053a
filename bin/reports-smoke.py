#!/usr/bin/env python3
"""End-to-end check of the reports "done when" scenario on the packaged jar.

A caucus keeps its year 2026 through the API (grant, rent with a receipt, bank -> cash, a member's
advance and its reimbursement, a reversal, own funds), closes it, and then:
- the transparency report's totals equal the ledger's to the cent in JSON, CSV and PDF: the closing
  balance equals the fund's account balances (GET /balances), income and expenses equal the sums of the
  booked entries listed by GET /transactions (reversals netted, reimbursements and transfers left out);
- two signatories sign off; the PDF then names both and no longer says draft;
- an auditor downloads the audit package and opens it with standard tools only: `unzip -t`,
  `sha256sum -c SHA256SUMS`, `pdftotext` (poppler-utils; the PDF check is skipped when it is missing),
  the receipts byte for byte, the CSVs with Python's csv module, the audit-log verification.
Usage: bin/reports-smoke.py (needs the packaged jar, psql, unzip, sha256sum and PostgreSQL on localhost).
"""
import asyncore, csv, hashlib, io, json, os, shutil, subprocess, sys, tempfile, threading
from decimal import Decimal
from smoke_support import MAILS, Instance, Sink, multipart, token_for

SMTP_PORT = 2528
PASSWORD = "sturdy kettle orbit lilac 58"
YEAR = {"name": "2026", "startDate": "2026-01-01", "endDate": "2026-12-31"}


def accept(app, email, name, after):
    token = token_for(email, after=after)
    app.call("POST", "/invitations/accept", {"token": token, "displayName": name, "password": PASSWORD}, expect=201)
    login = app.call("POST", "/auth/login", {"email": email, "password": PASSWORD}, expect=200)
    return login["accessToken"]


def invite(app, admin, book, email, role, name):
    before = len(MAILS)
    app.call("POST", f"/books/{book}/invitations", {"email": email, "role": role}, token=admin, expect=201)
    token = accept(app, email, name, before)
    me = app.call("GET", "/me", token=token, expect=200)
    return token, me["id"]


def pdf_text(data):
    if not shutil.which("pdftotext"):
        return None
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True).stdout
    return out.decode("utf-8").replace("\u00a0", " ")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sink = Sink(("127.0.0.1", SMTP_PORT), None)
    threading.Thread(target=asyncore.loop, kwargs={"timeout": 0.2}, daemon=True).start()
    app = Instance("cet_e2e_reports", 18095, SMTP_PORT, {"CET_BACKUP_ENABLED": "false"})
    try:
        print("a caucus year 2026 through the API")
        app.start(root)
        admin = accept(app, "admin@example.org", "Ada Vorsitzende", 0)
        book = app.call("POST", "/books", {"name": "Fraktion Bürgerliste Süd", "kind": "CAUCUS", "currency": "EUR",
                                           "firstPeriod": YEAR}, token=admin, expect=201)["id"]
        version = app.call("GET", f"/books/{book}", token=admin, expect=200)["version"]
        app.call("PATCH", f"/books/{book}", {"requireApproval": False, "requireReceipt": False, "version": version},
                 token=admin, expect=200)
        me = app.call("GET", "/me", token=admin, expect=200)["id"]
        deputy, deputy_id = invite(app, admin, book, "deputy@example.org", "TREASURER", "Jörg Stellvertreter")
        auditor, _ = invite(app, admin, book, "auditor@example.org", "AUDITOR", "Prüferin Özlem")
        member, member_id = invite(app, admin, book, "member@example.org", "MEMBER", "Mitglied Müller")
        for user in (me, deputy_id):
            app.call("PATCH", f"/books/{book}/members/{user}", {"signatory": True}, token=admin, expect=200)

        period = app.call("GET", f"/books/{book}/periods", token=admin, expect=200)["items"][0]["id"]
        bank = app.call("POST", f"/books/{book}/accounts", {"name": "Girokonto", "type": "BANK", "fund": "PUBLIC",
                                                            "iban": "DE89370400440532013000", "openingBalance": "1000.00",
                                                            "openingDate": "2026-01-01"}, token=admin, expect=201)["id"]
        cash = app.call("POST", f"/books/{book}/accounts", {"name": "Handkasse", "type": "CASH", "fund": "PUBLIC",
                                                            "openingBalance": "50.00", "openingDate": "2026-01-01"},
                        token=admin, expect=201)["id"]
        own = app.call("POST", f"/books/{book}/accounts", {"name": "Eigenmittel", "type": "CASH", "fund": "OWN",
                                                           "openingBalance": "200.00", "openingDate": "2026-01-01"},
                       token=admin, expect=201)["id"]
        cats = {c["officialCode"]: c["id"] for c in
                app.call("GET", f"/books/{book}/categories?size=500", token=admin, expect=200)["items"]}

        def booked(body):
            return app.call("POST", f"/books/{book}/transactions", dict(body, status="BOOKED"), token=admin,
                            expect=201)["id"]

        receipt_bytes = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + os.urandom(64)
        body, ctype = multipart({"file": ("Mietvertrag Büro.pdf", receipt_bytes, "application/pdf")})
        receipt = app.call("POST", f"/books/{book}/receipts", raw=body, content_type=ctype, token=admin, expect=201)
        booked({"type": "INCOME", "amount": "12000.00", "date": "2026-01-01", "accountId": bank,
                "categoryId": cats["IN-110"], "counterparty": "Stadt Musterstadt"})
        booked({"type": "EXPENSE", "amount": "3600.00", "date": "2026-02-10", "accountId": bank,
                "categoryId": cats["EX-200"], "counterparty": "Hausverwaltung Weiß", "receiptIds": [receipt["id"]]})
        booked({"type": "TRANSFER", "amount": "300.00", "date": "2026-03-01", "accountId": bank, "toAccountId": cash})
        booked({"type": "EXPENSE", "amount": "45.60", "date": "2026-04-12", "accountId": bank,
                "categoryId": cats["EX-520"], "paidByMemberId": member_id, "description": "Getränke Klausur"})
        booked({"type": "EXPENSE", "amount": "45.60", "date": "2026-04-20", "accountId": cash,
                "reimbursesMemberId": member_id})
        wrong = booked({"type": "EXPENSE", "amount": "99.99", "date": "2026-05-01", "accountId": bank,
                        "categoryId": cats["EX-340"]})
        app.call("POST", f"/books/{book}/transactions/{wrong}/reverse", {"reason": "falscher Betrag", "date": "2026-05-02"},
                 token=admin, expect=201)
        booked({"type": "EXPENSE", "amount": "9.99", "date": "2026-05-02", "accountId": bank, "categoryId": cats["EX-340"]})
        booked({"type": "EXPENSE", "amount": "1200.00", "date": "2026-12-31", "accountId": bank,
                "categoryId": cats["EX-700"], "description": "Laptop für die Geschäftsstelle"})
        booked({"type": "INCOME", "amount": "150.00", "date": "2026-06-01", "accountId": own, "categoryId": cats["IN-120"]})
        booked({"type": "EXPENSE", "amount": "30.00", "date": "2026-06-15", "accountId": own, "categoryId": cats["EX-520"]})
        app.call("POST", f"/books/{book}/periods/{period}/close", token=admin, expect=200)

        print("the ledger's own figures")
        entries = app.call("GET", f"/books/{book}/transactions?from=2026-01-01&to=2026-12-31&status=BOOKED&size=200",
                           token=admin, expect=200)["items"]
        by_id = {e["id"]: e for e in entries}
        fund_of = {bank: "PUBLIC", cash: "PUBLIC", own: "OWN"}
        balances = app.call("GET", f"/books/{book}/balances?date=2026-12-31", token=admin, expect=200)
        opening = {"PUBLIC": Decimal("1050.00"), "OWN": Decimal("200.00")}
        for fund in ("PUBLIC", "OWN"):
            income = expenses = Decimal("0")
            for e in entries:
                original = by_id.get(e["reversalOf"]) if e["reversalOf"] else e
                if fund_of[e["accountId"]] != fund or e["type"] == "TRANSFER" or original["reimbursesMemberId"]:
                    continue
                amount = Decimal(e["amount"]) * (-1 if e["reversalOf"] else 1)
                if e["type"] == "INCOME":
                    income += amount
                else:
                    expenses += amount
            held = Decimal(balances["publicFund" if fund == "PUBLIC" else "ownFund"])
            assert opening[fund] + income - expenses == held, (fund, income, expenses, held)

            report = app.call("GET", f"/books/{book}/reports/transparency?periodId={period}&fund={fund}",
                              token=member, expect=200)
            assert Decimal(report["totalIncome"]) == income and Decimal(report["totalExpenses"]) == expenses, report
            assert Decimal(report["closingBalance"]) == held and Decimal(report["openingBalance"]) == opening[fund]
            de = lambda d: f"{d:.2f}".replace(".", ",")
            raw = app.call("GET", f"/books/{book}/reports/transparency?periodId={period}&fund={fund}&format=csv",
                           token=member, expect=200)
            assert raw.startswith(b"\xef\xbb\xbf"), "CSV without BOM"
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
            cells = {(r[0], r[2]): r[4] for r in rows[1:] if len(r) >= 5}
            assert cells[("Summe", "Summe der Einnahmen")] == de(income), cells
            assert cells[("Summe", "Summe der Ausgaben")] == de(expenses), cells
            assert cells[("Endbestand", "Endbestand")] == de(held), cells
            text = pdf_text(app.call("GET", f"/books/{book}/reports/transparency?periodId={period}&fund={fund}"
                                            f"&format=pdf", token=member, expect=200))
            if text is not None:
                grouped = lambda d: f"{d:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
                for figure in (income, expenses, held):
                    assert f"{grouped(figure)} €" in text, (fund, figure, text)
                assert "Fraktion Bürgerliste Süd" in text and "ENTWURF" in text and "Seite 1 von" in text, text
            print(f"  {fund}: income {income}, expenses {expenses}, closing {held}: JSON, CSV"
                  f"{', PDF' if text is not None else ''} equal the ledger's")

        print("two signatories sign off")
        app.call("POST", f"/books/{book}/periods/{period}/sign-off", token=member, expect=403)
        app.call("POST", f"/books/{book}/periods/{period}/sign-off", token=admin, expect=200)
        app.call("POST", f"/books/{book}/periods/{period}/sign-off", token=admin, expect=409)
        state = app.call("POST", f"/books/{book}/periods/{period}/sign-off", token=deputy, expect=200)
        assert state["draft"] is False and len(state["signOffs"]) == 2, state
        text = pdf_text(app.call("GET", f"/books/{book}/reports/transparency?periodId={period}&format=pdf",
                                 token=member, expect=200))
        if text is not None:
            assert "Ada Vorsitzende" in text and "Jörg Stellvertreter" in text and "ENTWURF" not in text, text

        print("the auditor opens the audit package without CET")
        app.call("GET", f"/books/{book}/reports/audit-package?periodId={period}", token=member, expect=403)
        archive = app.call("GET", f"/books/{book}/reports/audit-package?periodId={period}", token=auditor, expect=200)
        work = tempfile.mkdtemp(prefix="cet-audit-package-")
        path = os.path.join(work, "pruefpaket.zip")
        open(path, "wb").write(archive)
        subprocess.run(["unzip", "-tq", path], check=True)
        subprocess.run(["unzip", "-q", path, "-d", os.path.join(work, "x")], check=True)
        x = os.path.join(work, "x")
        subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=x, check=True)
        receipts = os.listdir(os.path.join(x, "belege"))
        assert len(receipts) == 1 and receipts[0].startswith(receipt["number"]), receipts
        assert open(os.path.join(x, "belege", receipts[0]), "rb").read() == receipt_bytes
        with open(os.path.join(x, "buchungen.csv"), encoding="utf-8-sig", newline="") as f:
            booked_rows = list(csv.reader(f, delimiter=";"))[1:]
        assert len(booked_rows) == len(entries), (len(booked_rows), len(entries))
        verification = json.load(open(os.path.join(x, "audit-log-verification.json")))
        assert verification["valid"] is True, verification
        with open(os.path.join(x, "audit-log.csv"), encoding="utf-8-sig", newline="") as f:
            actions = [r[3] for r in csv.reader(f, delimiter=";")][1:]
        assert actions.count("REPORT_SIGNED_OFF") == 2, actions
        text = pdf_text(open(os.path.join(x, "transparenzbericht.pdf"), "rb").read())
        if text is not None:
            assert "Jörg Stellvertreter" in text and "8.194,41 €" in text, text
        print(f"reports-smoke: closed year 2026 - transparency report equal to the ledger in JSON, CSV and PDF, "
              f"signed by two signatories, audit package ({len(archive)} bytes, {len(os.listdir(x))} entries) "
              f"opened with unzip, sha256sum{' and pdftotext' if shutil.which('pdftotext') else ''} PASS")
    finally:
        app.stop()
        sink.close()


if __name__ == "__main__":
    main()
