#!/usr/bin/env python3
"""bench/drills/smtp-down: mails queue while the SMTP server is down and arrive once it is back, each once."""
import argparse, os, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402

PROG = "smtp-down"
HELP = """Usage: bench/drills/smtp-down [--mails N] [--down S] [--smoke]

Starts CET on cet_bench_smtp with an SMTP sink, signs in the bootstrap admin and creates a book.
Then stops the sink (the port refuses connections), sends N book invitations to distinct
addresses and N password resets for the admin (each enqueues one mail in the outbox), keeps the
sink down for S seconds while the outbox tries and fails, checks that all 2N mails are still
PENDING in outbox_mail with at least one failed attempt among them, starts the sink again on
the same port and waits (up to 90 s) until every mail is SENT. Each invitation address must
have received exactly one mail, the admin exactly N reset mails (plus the earlier ones), and no
mail may be DEAD.

To keep the drill short CET runs with CET_MAIL_BACKOFF_INITIAL=2S and CET_MAIL_BACKOFF_MAX=4S
(production: 30 s and 1 h) and CET_MAIL_POLL_INTERVAL=1s.

Verdict line: smtp-down: N queued while down, N delivered after, duplicates D, lost L PASS|FAIL
Exit 0 PASS, 1 FAIL, 2 harness broke. --smoke: N=3, S=4."""


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--mails", type=int, default=10)
    ap.add_argument("--down", type=float, default=8)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    if a.smoke:
        a.mails, a.down = 3, 4
    try:
        env = cet.Env("smtp", extra_env={"CET_MAIL_BACKOFF_INITIAL": "2S", "CET_MAIL_BACKOFF_MAX": "4S"}).__enter__()
    except Exception as e:  # noqa: BLE001
        print(f"{PROG}: harness broke: {e}", file=sys.stderr)
        return 2
    try:
        c, tok, db, sink = env.client, env.admin_token, env.db, env.sink
        book = cet.create_book(c, tok, "Mail drill")["id"]
        # let the sign-in notice and everything before the outage be delivered first
        deadline = time.time() + 30
        while time.time() < deadline and db.scalar("select count(*) from outbox_mail where status='PENDING'") != "0":
            time.sleep(0.5)
        mark = len(sink.messages)
        admin_before = len(sink.to(cet.ADMIN_EMAIL))
        sink.stop()
        print(f"SMTP sink on port {sink.port} stopped")
        addresses = [f"invitee{i}@example.org" for i in range(a.mails)]
        for addr in addresses:
            c.expect(201, "POST", f"/books/{book}/invitations", {"email": addr, "role": "MEMBER"}, token=tok)
        for _ in range(a.mails):
            c.expect(202, "POST", "/auth/password-reset", {"email": cet.ADMIN_EMAIL})
        expected = 2 * a.mails
        time.sleep(a.down)
        pending = int(db.scalar("select count(*) from outbox_mail where status='PENDING'"))
        attempted = int(db.scalar("select count(*) from outbox_mail where status='PENDING' and attempts > 0"))
        arrived_while_down = len(sink.messages) - mark
        print(f"while down ({a.down:.0f} s): {pending} PENDING in outbox_mail, {attempted} of them tried and failed, "
              f"{arrived_while_down} arrived")
        sink.start()
        print(f"SMTP sink on port {sink.port} started again")
        t0 = time.time()
        deadline = t0 + 90
        while time.time() < deadline:
            if db.scalar("select count(*) from outbox_mail where status='PENDING'") == "0":
                break
            time.sleep(0.5)
        took = time.time() - t0
        time.sleep(3)  # a duplicate would show up after the last SENT
        dead = int(db.scalar("select count(*) from outbox_mail where status='DEAD'"))
        still = int(db.scalar("select count(*) from outbox_mail where status='PENDING'"))
        dup = lost = 0
        for addr in addresses:
            n = len(sink.to(addr, mark))
            dup += max(0, n - 1)
            lost += 1 if n == 0 else 0
        resets = len(sink.to(cet.ADMIN_EMAIL)) - admin_before
        dup += max(0, resets - a.mails)
        lost += max(0, a.mails - resets)
        delivered = len(sink.messages) - mark
        print(f"after restart: {delivered} mails arrived in {took:.1f} s; {still} still PENDING, {dead} DEAD")
        ok = (pending >= expected and arrived_while_down == 0 and attempted > 0 and dup == 0 and lost == 0
              and dead == 0 and still == 0)
        print(f"{PROG}: {pending} queued while down, {delivered} delivered after, duplicates {dup}, lost {lost} "
              f"{'PASS' if ok else 'FAIL'}")
        return 0 if ok else 1
    finally:
        env.__exit__(None, None, None)


if __name__ == "__main__":
    sys.exit(main())
