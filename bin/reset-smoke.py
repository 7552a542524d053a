#!/usr/bin/env python3
"""Probes of issue 12 (defects 1-4) on the packaged jar: password-reset timing of known vs unknown
addresses, a reset flood, a reset token mailed to a former address, and no mailed token at rest.

Starts an SMTP sink (Python's smtpd, Python <= 3.11) and target/quarkus-app/quarkus-run.jar on a fresh
database (default cet_reset, port 18085; CET_SMOKE_DB / CET_SMOKE_PORT / CET_SMOKE_SMTP_PORT override).
Run after ./mvnw package. Prints each probe's figures and exits non-zero when one gives the unsafe answer.
"""
import asyncore, email, json, os, random, re, smtpd, statistics, subprocess, sys, threading, time, urllib.error
import urllib.request, uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import smoke_support  # noqa: E402
from smoke_support import MAILS, Instance, Sink, token_for  # noqa: E402

DB = os.environ.get("CET_SMOKE_DB", "cet_reset")
PORT = int(os.environ.get("CET_SMOKE_PORT", "18085"))
SMTP_PORT = int(os.environ.get("CET_SMOKE_SMTP_PORT", "12585"))
PASSWORD = "sturdy kettle orbit lilac 58"
NEW_PASSWORD = "harbor violet quantum spruce 63"
FAILED = []


def check(ok, what):
    print(("  OK   " if ok else "  FAIL ") + what)
    if not ok:
        FAILED.append(what)


def post(app, path, body, token=None, source=None):
    req = urllib.request.Request(app.base + path, data=json.dumps(body).encode(), method="POST")
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if source:
        req.add_header("X-Forwarded-For", source)
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def random_ip():
    return f"10.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


def text(raw):
    """The decoded text of a received mail (it may be quoted-printable)."""
    payload = email.message_from_string(raw).get_payload(decode=True)
    return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else raw


def reset_tokens(address):
    tokens = []
    for rcpts, raw in list(MAILS):
        if address in rcpts:
            m = re.search(r"reset-password\?token=([A-Za-z0-9_-]{43})", text(raw))
            if m:
                tokens.append(m.group(1))
    return tokens


def settle(seconds=4):
    """Lets the reset worker and the outbox (1 s poll) finish."""
    time.sleep(seconds)


def user(app, admin, book, address):
    mark = len(MAILS)
    app.call("POST", f"/books/{book}/invitations", {"email": address, "role": "MEMBER"}, token=admin, expect=201)
    inv = token_for(address, after=mark)
    app.call("POST", "/invitations/accept", {"token": inv, "displayName": address.split("@")[0].title(),
                                             "password": PASSWORD}, expect=201)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sink = Sink(("127.0.0.1", SMTP_PORT), None)
    threading.Thread(target=asyncore.loop, kwargs={"timeout": 0.2}, daemon=True).start()
    app = Instance(DB, PORT, SMTP_PORT)
    app.start(root)
    try:
        admin_inv = token_for("admin@example.org")
        app.call("POST", "/invitations/accept", {"token": admin_inv, "displayName": "Ada Admin", "password": PASSWORD},
                 expect=201)
        admin = app.call("POST", "/auth/login", {"email": "admin@example.org", "password": PASSWORD}, expect=200)["accessToken"]
        book = app.call("POST", "/books", {"name": "Fraktion Probe", "kind": "CAUCUS", "currency": "EUR"},
                        token=admin, expect=201)["id"]
        known = [f"known{i}@example.org" for i in range(12)]
        fresh = [f"fresh{i}@example.org" for i in range(12)]
        for address in known + fresh + ["flood@example.org", "mover@example.org"]:
            user(app, admin, book, address)

        print("probe 1: timing of POST /auth/password-reset, known vs unknown, 100 random-order pairs")
        for i in range(30):  # warm-up
            post(app, "/auth/password-reset", {"email": random.choice(known)}, source=random_ip())
            post(app, "/auth/password-reset", {"email": f"warm-{uuid.uuid4()}@example.org"}, source=random_ip())
        settle()
        order = [True] * 100 + [False] * 100
        random.shuffle(order)
        times = {True: [], False: []}
        for is_known in order:
            address = random.choice(known) if is_known else f"nobody-{uuid.uuid4()}@example.org"
            start = time.perf_counter()
            status, _ = post(app, "/auth/password-reset", {"email": address}, source=random_ip())
            times[is_known].append((time.perf_counter() - start) * 1000)
            assert status == 202, status
        for label, k in (("known", True), ("unknown", False)):
            q = statistics.quantiles(times[k], n=4)
            print(f"  {label:8s} median {statistics.median(times[k]):.2f} ms, IQR {q[0]:.2f}-{q[2]:.2f} ms")
        ratio = statistics.median(times[True]) / statistics.median(times[False])
        check(0.67 < ratio < 1.5, f"ratio of medians known/unknown = {ratio:.3f}")

        print("probe 2: 30 reset requests for one address (each from another source)")
        post(app, "/auth/password-reset", {"email": "flood@example.org"}, source=random_ip())
        settle()
        first = reset_tokens("flood@example.org")[0]
        for _ in range(30):
            post(app, "/auth/password-reset", {"email": "flood@example.org"}, source=random_ip())
        settle(6)
        mails = len(reset_tokens("flood@example.org"))
        check(mails <= 3, f"reset mails received for flood@example.org: {mails} (limit 3 per hour)")
        status, _ = post(app, "/auth/password-reset/confirm", {"token": first, "newPassword": NEW_PASSWORD})
        check(status == 204, f"the first token after the flood: confirm -> {status}")
        status, _ = post(app, "/auth/login", {"email": "flood@example.org", "password": NEW_PASSWORD}, source=random_ip())
        check(status == 200, f"sign-in with the new password -> {status}")
        print("  one source, 12 addresses with accounts that had no reset mail yet:")
        source = random_ip()
        for a in fresh:
            post(app, "/auth/password-reset", {"email": a}, source=source)
        settle(6)
        from_source = sum(len(reset_tokens(a)) for a in fresh)
        check(from_source == 10, f"reset mails caused by one source: {from_source} (limit 10 per hour)")

        print("probe 3: reset token mailed to the old address, then the email changed and confirmed")
        post(app, "/auth/password-reset", {"email": "mover@example.org"}, source=random_ip())
        settle()
        old_token = reset_tokens("mover@example.org")[0]
        mover = app.call("POST", "/auth/login", {"email": "mover@example.org", "password": PASSWORD}, expect=200)["accessToken"]
        mark = len(MAILS)
        app.call("POST", "/me/email", {"newEmail": "moved@example.org", "currentPassword": PASSWORD}, token=mover, expect=202)
        app.call("POST", "/auth/email-verification/confirm", {"token": token_for("moved@example.org", after=mark)},
                 expect=204)
        status, body = post(app, "/auth/password-reset/confirm", {"token": old_token, "newPassword": NEW_PASSWORD})
        check(status == 404, f"old-address reset token: confirm -> {status} {body[:80]!r}")
        status, _ = post(app, "/auth/login", {"email": "moved@example.org", "password": NEW_PASSWORD}, source=random_ip())
        check(status == 401, f"sign-in with the password the old token tried to set -> {status}")

        print("probe 4: every token mailed, searched in a dump of the whole database")
        settle()
        tokens = set()
        for _, raw in list(MAILS):
            tokens.update(re.findall(r"token=([A-Za-z0-9_-]{43})", text(raw)))
        dump = subprocess.run(["pg_dump", "-h", "127.0.0.1", "-U", "postgres", "--data-only", DB],
                              check=True, capture_output=True, text=True).stdout
        found = [t for t in tokens if t in dump]
        check(len(tokens) > 20 and not found, f"{len(tokens)} mailed tokens, found in the dump: {len(found)}")
        outbox = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc",
                                 "select status, count(*), count(secret_sealed) from outbox_mail group by status", DB],
                                capture_output=True, text=True).stdout.split()
        print(f"  outbox_mail (status|rows|sealed tokens): {' '.join(outbox) or '(no secret_sealed column)'}")
    finally:
        app.stop()
        sink.close()
    if FAILED:
        print("UNSAFE:", *FAILED, sep="\n  ")
        sys.exit(1)
    print("ALL SAFE")


if __name__ == "__main__":
    main()
