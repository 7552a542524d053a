#!/usr/bin/env python3
"""End-to-end check of the identity "done when" scenario against the packaged jar and a real SMTP server.

Starts an SMTP sink (Python's smtpd, Python <= 3.11) and target/quarkus-app/quarkus-run.jar on an empty
database, then walks: bootstrap invitation mailed -> admin accepts -> signs in -> enrolls TOTP -> signs in
with a code -> refreshes (the old refresh token then fails and kills the family) -> creates a book ->
invites a treasurer who accepts and signs in; a replayed TOTP code and a reused invitation fail; a
non-member gets 404 for the book. Usage: bin/identity-smoke.py (needs psql on PATH, PostgreSQL on
localhost with user postgres).
"""
import base64, hashlib, hmac, json, os, re, shutil, smtpd, asyncore, struct, subprocess, sys, tempfile, threading, time
import urllib.error, urllib.request
from smoke_support import MAILS, Sink, token_for

DB = "cet_e2e_identity"
HTTP_PORT = 18089
SMTP_PORT = 2526
BASE = f"http://127.0.0.1:{HTTP_PORT}/api/v1"


def call(method, path, body=None, token=None, expect=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req) as r:
            status, text = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode()
    if expect is not None and status != expect:
        raise SystemExit(f"{method} {path}: expected {expect}, got {status}: {text}")
    print(f"  {method} {path} -> {status}")
    return json.loads(text) if text else None


def totp(secret, at):
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    o = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)


def main():
    scenario(mfa_required=False)
    MAILS.clear()
    scenario(mfa_required=True)


def scenario(mfa_required):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    jar = os.path.join(root, "target", "quarkus-app", "quarkus-run.jar")
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-c", f"drop database if exists {DB}"], check=True)
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-c", f"create database {DB}"], check=True)
    data_dir = tempfile.mkdtemp(prefix="cet-e2e-")
    env = dict(os.environ,
               QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:5432/{DB}",
               QUARKUS_DATASOURCE_USERNAME="postgres", QUARKUS_DATASOURCE_PASSWORD="postgres",
               QUARKUS_MAILER_HOST="127.0.0.1", QUARKUS_MAILER_PORT=str(SMTP_PORT),
               QUARKUS_HTTP_PORT=str(HTTP_PORT), QUARKUS_HTTP_HOST="127.0.0.1",
               CET_MANAGEMENT_PORT="0",  # metrics are not needed here; any free port
               CET_BOOTSTRAP_ADMIN_EMAIL="admin@example.org", CET_DATA_DIR=data_dir,
               CET_MAIL_POLL_INTERVAL="1s", CET_PUBLIC_URL="http://127.0.0.1:8080",
               CET_MFA_REQUIRED=str(mfa_required).lower())
    log = open(os.path.join(data_dir, "app.log"), "w")
    app = subprocess.Popen(["java", "-jar", jar], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(90):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{HTTP_PORT}/q/health/ready")
                break
            except Exception:
                time.sleep(1)
        if mfa_required:
            mandatory_mfa(data_dir)
            return
        print("bootstrap invitation")
        admin_token = token_for("admin@example.org")
        assert "accept-invitation?token=" + admin_token in open(os.path.join(data_dir, "app.log")).read(), "link logged"
        key_mode = oct(os.stat(os.path.join(data_dir, "jwt-private-key.pem")).st_mode & 0o777)
        assert key_mode == "0o600", key_mode
        call("GET", "/invitations/" + admin_token, expect=200)
        call("POST", "/invitations/accept", {"token": admin_token, "displayName": "Ada Admin",
                                             "password": "sturdy kettle orbit lilac 58"}, expect=201)
        t = call("POST", "/auth/login", {"email": "admin@example.org", "password": "sturdy kettle orbit lilac 58"}, expect=200)
        access = t["accessToken"]
        me = call("GET", "/me", token=access, expect=200)
        assert me["instanceAdmin"] is True
        print("TOTP")
        secret = call("POST", "/me/mfa/totp", {}, token=access, expect=200)["secret"]
        now = time.time()
        call("POST", "/me/mfa/totp/confirm", {"code": totp(secret, now)}, token=access, expect=200)
        time.sleep(31 - (time.time() % 30))  # next step: the enrollment code must not be reused
        mfa = call("POST", "/auth/login", {"email": "admin@example.org", "password": "sturdy kettle orbit lilac 58"}, expect=200)
        assert mfa["mfaRequired"] is True
        code = totp(secret, time.time())
        t = call("POST", "/auth/login/mfa", {"mfaToken": mfa["mfaToken"], "code": code}, expect=200)
        mfa2 = call("POST", "/auth/login", {"email": "admin@example.org", "password": "sturdy kettle orbit lilac 58"}, expect=200)
        call("POST", "/auth/login/mfa", {"mfaToken": mfa2["mfaToken"], "code": code}, expect=401)
        print("refresh rotation")
        t2 = call("POST", "/auth/refresh", {"refreshToken": t["refreshToken"]}, expect=200)
        call("POST", "/auth/refresh", {"refreshToken": t["refreshToken"]}, expect=401)
        call("POST", "/auth/refresh", {"refreshToken": t2["refreshToken"]}, expect=401)
        call("GET", "/me", token=t2["accessToken"], expect=401)
        print("book and treasurer")
        mfa3 = call("POST", "/auth/login", {"email": "admin@example.org", "password": "sturdy kettle orbit lilac 58"}, expect=200)
        time.sleep(31 - (time.time() % 30))
        access = call("POST", "/auth/login/mfa", {"mfaToken": mfa3["mfaToken"], "code": totp(secret, time.time())}, expect=200)["accessToken"]
        book = call("POST", "/books", {"name": "Fraktion Test", "kind": "CAUCUS", "currency": "EUR",
                                       "firstPeriod": {"name": "2026", "startDate": "2026-01-01", "endDate": "2026-12-31"}},
                    token=access, expect=201)["id"]
        mark = len(MAILS)
        call("POST", f"/books/{book}/invitations", {"email": "tina@example.org", "role": "TREASURER"}, token=access, expect=201)
        inv = token_for("tina@example.org", after=mark)
        call("POST", "/invitations/accept", {"token": inv, "displayName": "Tina Treasurer",
                                             "password": "velvet orbit crane mango 31"}, expect=201)
        call("POST", "/invitations/accept", {"token": inv, "displayName": "Tina Again",
                                             "password": "velvet orbit crane mango 31"}, expect=404)
        tina = call("POST", "/auth/login", {"email": "tina@example.org", "password": "velvet orbit crane mango 31"}, expect=200)
        assert call("GET", f"/books/{book}", token=tina["accessToken"], expect=200)["role"] == "TREASURER"
        print("non-member")
        mark = len(MAILS)
        other = call("POST", "/books", {"name": "Other", "kind": "GROUP", "currency": "EUR"}, token=access, expect=201)["id"]
        call("POST", f"/books/{other}/invitations", {"email": "nora@example.org", "role": "MEMBER"}, token=access, expect=201)
        nora_inv = token_for("nora@example.org", after=mark)
        call("POST", "/invitations/accept", {"token": nora_inv, "displayName": "Nora Nonmember",
                                             "password": "pebble summit walrus cider 77"}, expect=201)
        nora = call("POST", "/auth/login", {"email": "nora@example.org", "password": "pebble summit walrus cider 77"}, expect=200)
        call("GET", f"/books/{book}", token=nora["accessToken"], expect=404)
        print("ALL GOOD")
    except BaseException:
        log.flush()
        print("\n".join(l for l in open(os.path.join(data_dir, "app.log")).read().splitlines() if not l.startswith("\tat ") )[:5000])
        raise
    finally:
        app.terminate()
        app.wait(30)
        shutil.rmtree(data_dir, ignore_errors=True)


def mandatory_mfa(data_dir):
    print("CET_MFA_REQUIRED=true")
    token = token_for("admin@example.org")
    call("POST", "/invitations/accept", {"token": token, "displayName": "Ada Admin",
                                         "password": "sturdy kettle orbit lilac 58"}, expect=201)
    t = call("POST", "/auth/login", {"email": "admin@example.org", "password": "sturdy kettle orbit lilac 58"}, expect=200)
    assert t.get("mfaEnrollmentRequired") is True and "refreshToken" not in t, t
    call("GET", "/books", token=t["accessToken"], expect=401)
    call("GET", "/me", token=t["accessToken"], expect=200)
    secret = call("POST", "/me/mfa/totp", {}, token=t["accessToken"], expect=200)["secret"]
    call("POST", "/me/mfa/totp/confirm", {"code": totp(secret, time.time())}, token=t["accessToken"], expect=200)
    again = call("POST", "/auth/login", {"email": "admin@example.org", "password": "sturdy kettle orbit lilac 58"}, expect=200)
    assert again["mfaRequired"] is True
    time.sleep(31 - (time.time() % 30))
    full = call("POST", "/auth/login/mfa", {"mfaToken": again["mfaToken"], "code": totp(secret, time.time())}, expect=200)
    call("GET", "/books", token=full["accessToken"], expect=200)
    print("ALL GOOD (mandatory MFA)")


if __name__ == "__main__":
    Sink(("127.0.0.1", SMTP_PORT), None)
    threading.Thread(target=asyncore.loop, kwargs={"timeout": 0.2}, daemon=True).start()
    main()
