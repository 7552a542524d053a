#!/usr/bin/env python3
"""bench/drills/two-instances: two CET processes on one PostgreSQL behind HAProxy; one is killed."""
import argparse, asyncio, datetime, os, shutil, subprocess, sys, tempfile, threading, time, uuid
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402
from live_bench import WsClient  # noqa: E402

PROG = "two-instances"
HELP = """Usage: bench/drills/two-instances [--clients N] [--seconds S] [--smoke]

Starts two CET processes (a, b) on one database (cet_bench_two) and one data directory (so they sign
with the same key, as replicas with the key Secret do), and HAProxy (Debian's haproxy, loopback only)
in front of them: round robin, health check GET /q/health/ready every 0.5 s, a request whose
connection to one instance fails is sent to the other (retry-on conn-failure, redispatch).
N client threads go through HAProxy for S seconds: each creates expenses (POST .../transactions with
an Idempotency-Key; on a 502/503 or a broken connection it sends the same request with the same key
again, up to 20 times, as the web app's outbox does) and reads the ledger. At S/3 instance a gets
kill -9; at 2S/3 it is started again and rejoins. A second round of the same creates invites members
(each invitation mails once through the outbox) while the backup runs every 10 s on both instances.
Then:
  - every create a client saw acknowledged (201) is in the database exactly once (no key twice)
  - the answers were 200/201, or 502/503/connection failures only while a was down or rejoining;
    no other 5xx at any time
  - a token signed in on a works on b, a refresh token issued by a refreshes on b, a sign-out on b
    ends the token on a
  - sign-in throttling is shared: failed sign-ins on a make b answer 429 for that account
  - the outbox sends each invitation mail exactly once although both instances poll it
  - each scheduled backup slot made one backup, not one per instance
  - recurring entries run exactly once: both instances run the catch-up every second; a weekly
    recurring transaction is moved three weeks back in the database before the load (both catch up
    at once) and a second one just before the kill -9 (a may die mid-run; b and the restarted a
    finish it): each gets exactly one entry per due date (4 each), however the runs interleave
  - live updates reach clients of both: after a rejoined, a WebSocket client on a and one on b
    (GET /api/v1/me/live, the member's token in the first message) hear every one of 6 entries created
    through HAProxy (so on either instance) exactly once
The rolling update with a previous release is not part of this drill (see docs/performance.md).

Verdict line: two-instances: A acknowledged, L lost, D duplicated, X unexpected 5xx, ..., recurring
R of 8 due dates once, live H of 12 pushes heard (U duplicated) PASS|FAIL
Exit 0 PASS, 1 FAIL, 2 harness broke (haproxy missing: apt-get install haproxy). --smoke: N=4, S=15."""

HAPROXY_CFG = """global
    maxconn 256
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch 1
    retry-on conn-failure
frontend cet
    bind 127.0.0.1:{front}
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    default-server inter 500ms fall 2 rise 2
    server a 127.0.0.1:{a}{check}
    server b 127.0.0.1:{b}{check}
"""


class Haproxy:
    def __init__(self, a_port, b_port):
        self.port = cet.free_port()
        self.dir = tempfile.mkdtemp(prefix="cet-haproxy-")
        self.cfg = os.path.join(self.dir, "haproxy.cfg")
        with open(self.cfg, "w") as f:
            f.write(HAPROXY_CFG.format(front=self.port, a=a_port, b=b_port, check=" check"))
        self.proc = None

    def start(self):
        exe = shutil.which("haproxy") or "/usr/sbin/haproxy"
        self.proc = subprocess.Popen([exe, "-db", "-f", self.cfg], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.time() + 20
        while time.time() < deadline:
            a = cet.Client(f"http://127.0.0.1:{self.port}", timeout=2).request("GET", "/q/health/ready")
            if a.status == 200:
                return self
            time.sleep(0.2)
        raise RuntimeError("haproxy did not answer")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        shutil.rmtree(self.dir, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=45)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    if a.smoke:
        a.clients, a.seconds = 4, 15
    if not (shutil.which("haproxy") or os.path.exists("/usr/sbin/haproxy")):
        print(f"{PROG}: haproxy is not installed (apt-get install haproxy)", file=sys.stderr)
        return 2
    backups = {"CET_BACKUP_CRON": "0/10 * * * * ?", "CET_BACKUP_PASSPHRASE": "two instances drill passphrase",
               # both instances look for due recurring entries every second: a race, if there is one, shows
               "CET_RECURRING_INTERVAL": "1s", "CET_RECURRING_FIRST_RUN_DELAY": "1s"}
    b = proxy = None
    try:
        env = cet.Env("two", extra_env=backups).__enter__()
    except Exception as e:  # noqa: BLE001
        print(f"{PROG}: harness broke: {e}", file=sys.stderr)
        return 2
    try:
        a_app = env.app
        b = cet.App(env.db, env.sink.port, "two-b", backups)
        b.data_dir = a_app.data_dir  # the same key files: tokens of one instance are valid on the other
        b.start()
        proxy = Haproxy(a_app.port, b.port).start()
        front = f"http://127.0.0.1:{proxy.port}"
        return drill(env, a_app, b, front, a)
    except Exception as e:  # noqa: BLE001
        print(f"{PROG}: harness broke: {e}", file=sys.stderr)
        return 2
    finally:
        if proxy:
            proxy.stop()
        if b:
            b.stop()
        env.__exit__(None, None, None)


def backdated_recurring(c, db, token, book, account, category, marker):
    """A weekly recurring expense, moved three weeks back in the database as if both instances had been
    down since: due on today - 21, - 14, - 7 and today (Europe/Berlin). Answers its id and those dates."""
    today = datetime.datetime.now(ZoneInfo("Europe/Berlin")).date()
    rid = c.expect(201, "POST", f"/books/{book}/recurring", {
        "template": {"type": "EXPENSE", "amount": "19.99", "accountId": account, "categoryId": category,
                     "description": marker},
        "schedule": {"frequency": "WEEKLY", "startsOn": str(today + datetime.timedelta(days=1))}}, token=token)["id"]
    db.query(f"update recurring_transaction set starts_on = '{today - datetime.timedelta(days=21)}', "
             f"created_at = now() - interval '22 days' where id = '{rid}' returning id")
    return rid, [str(today - datetime.timedelta(days=d)) for d in (21, 14, 7, 0)]


def recurring_once(db, book, rid, marker, due):
    """How many of the due dates have exactly one occurrence and one entry; and nothing else exists."""
    occ = [r[0] for r in db.query(f"select due_date from recurring_occurrence where recurring_id = '{rid}' order by 1")]
    entries = [r[0] for r in db.query(f"select date from ledger_transaction where book_id = '{book}' "
                                      f"and description = '{marker}' order by 1")]
    once = sum(1 for d in due if occ.count(d) == 1 and entries.count(d) == 1)
    extra = len(occ) - len(due) if len(occ) > len(due) else 0
    extra += len(entries) - len(due) if len(entries) > len(due) else 0
    return once, extra, occ, entries


def live_check(c, a_app, b_app, token, book, account, category):
    """A WebSocket client on each instance; 6 entries created through HAProxy; who heard what."""
    async def run():
        clients = [WsClient(a_app.port, token, "a"), WsClient(b_app.port, token, "b")]
        for w in clients:
            await w.connect()
        tasks = [asyncio.create_task(w.run()) for w in clients]
        await asyncio.wait_for(asyncio.gather(*(w.ready.wait() for w in clients)), 20)
        loop = asyncio.get_running_loop()
        ids = []
        for i in range(6):
            body = {"type": "EXPENSE", "amount": f"{i + 1}.00", "date": "2026-06-02", "accountId": account,
                    "categoryId": category, "description": f"live-{i}-{uuid.uuid4().hex[:8]}", "status": "DRAFT"}
            ans = await loop.run_in_executor(None, lambda b=body: c.request("POST", f"/books/{book}/transactions", b, token=token))
            if ans.status == 201:
                ids.append(ans.json()["id"])
            else:
                print(f"  live entry {i}: {ans.status} {ans.body[:200]}")
        deadline = time.time() + 10
        while time.time() < deadline and not all(all(i in w.arrivals for i in ids) for w in clients):
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)  # a duplicate would come right after the first push
        for w in clients:
            w.close()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return ids, clients
    ids, clients = asyncio.run(run())
    heard = {w.name: sum(1 for i in ids if i in w.arrivals) for w in clients}
    dup = sum(w.duplicates for w in clients)
    return len(ids), heard, dup


def drill(env, a_app, b_app, front, a):
    admin = env.admin_token
    c = cet.Client(front)
    book = cet.create_book(c, admin, "Zwei Instanzen")["id"]
    account = c.expect(201, "POST", f"/books/{book}/accounts", {"name": "Giro", "type": "CASH", "fund": "OWN",
                                                                 "openingBalance": "0.00", "openingDate": "2026-01-01"},
                       token=admin)["id"]
    category = c.expect(200, "GET", f"/books/{book}/categories", token=admin)["items"][0]["id"]
    db = env.db
    marker1 = f"recurring-before-load-{uuid.uuid4().hex[:8]}"
    r1, due1 = backdated_recurring(c, db, admin, book, account, category, marker1)

    answers, lock = cet.Counter(), threading.Lock()
    acked, keys_sent, unexpected = {}, [], []
    phase = {"name": "both up"}
    stop = threading.Event()

    def writer(i):
        cl = cet.Client(front, timeout=15)
        n = 0
        while not stop.is_set():
            n += 1
            key = f"two-{i}-{n}-{uuid.uuid4().hex[:8]}"
            body = {"type": "EXPENSE", "amount": f"{(n % 90) + 1}.{i:02d}", "date": "2026-06-01", "accountId": account,
                    "categoryId": category, "description": key, "status": "DRAFT"}
            with lock:
                keys_sent.append(key)
            for attempt in range(20):
                ans = cl.request("POST", f"/books/{book}/transactions", body, token=admin, headers={"Idempotency-Key": key})
                answers.add((phase["name"], ans.status))
                if ans.status == 201:
                    with lock:
                        acked[key] = ans.json()["id"]
                    break
                if ans.status in (0, 502, 503):
                    time.sleep(min(0.1 * (attempt + 1), 1.0))
                    continue
                with lock:
                    unexpected.append((phase["name"], ans.status, ans.body[:200]))
                break
            r = cl.request("GET", f"/books/{book}/transactions?size=20", token=admin)
            answers.add((phase["name"], r.status))
            if r.status not in (200, 0, 502, 503):
                with lock:
                    unexpected.append((phase["name"], r.status, r.body[:200]))
        cl.close()

    threads = [threading.Thread(target=writer, args=(i,), daemon=True) for i in range(a.clients)]
    for t in threads:
        t.start()
    time.sleep(a.seconds / 3)
    marker2 = f"recurring-at-the-kill-{uuid.uuid4().hex[:8]}"
    r2, due2 = backdated_recurring(cet.Client(front), db, admin, book, account, category, marker2)
    time.sleep(0.5)  # the next catch-up round has started on one of them, perhaps on a
    phase["name"] = "a killed"
    a_app.kill9()
    print(f"killed instance a with -9 after {len(acked)} acknowledged creates")
    time.sleep(a.seconds / 3)
    phase["name"] = "a rejoining"
    t0 = time.time()
    a_app.start()
    print(f"instance a ready again after {time.time() - t0:.1f} s")
    time.sleep(2.0)  # two health checks: HAProxy sends to a again
    phase["name"] = "both up again"
    time.sleep(a.seconds / 3)
    stop.set()
    for t in threads:
        t.join(60)

    # Judgement of the load.
    rows = db.query(f"select description, count(*) from ledger_transaction where book_id = '{book}' group by description")
    stored = {r[0]: int(r[1]) for r in rows}
    lost = [k for k in acked if k not in stored]
    sent = set(keys_sent)
    duplicated = [k for k, n in stored.items() if n > 1 and k in sent]
    failover_codes = {(p, s): n for (p, s), n in answers.counts.items() if s in (0, 502, 503)}
    outside = sum(n for (p, s), n in failover_codes.items() if p in ("both up",))
    print(f"answers by phase and status: {dict(sorted(answers.counts.items()))}")
    print(f"acknowledged {len(acked)}, lost {len(lost)}, duplicated {len(duplicated)}, "
          f"unexpected answers {len(unexpected)}, failover answers before the kill {outside}")
    for u in unexpected[:5]:
        print(f"  unexpected: {u}")

    # Sessions across instances.
    ca, cb = cet.Client(a_app.base), cet.Client(b_app.base)
    t = cet.login(ca, cet.ADMIN_EMAIL)
    sessions_ok = cb.request("GET", "/me", token=t["accessToken"]).status == 200
    r = cb.request("POST", "/auth/refresh", {"refreshToken": t["refreshToken"]})
    sessions_ok &= r.status == 200
    if r.status == 200:
        t2 = r.json()
        sessions_ok &= cb.request("POST", "/auth/logout", {"refreshToken": t2["refreshToken"]}).status == 204
        sessions_ok &= ca.request("GET", "/me", token=t2["accessToken"]).status == 401
    print(f"sessions across instances (sign-in on a, refresh and sign-out on b, token ended on a): "
          f"{'ok' if sessions_ok else 'FAILED'}")

    # Throttling shared through the database.
    victim = f"victim-{uuid.uuid4().hex[:6]}@example.org"
    throttled_on_b = False
    for i in range(12):
        ca.request("POST", "/auth/login", {"email": victim, "password": f"wrong {i}"})
    ans = cb.request("POST", "/auth/login", {"email": victim, "password": "wrong again"})
    throttled_on_b = ans.status == 429
    print(f"12 failed sign-ins on a, the next one on b answers {ans.status} (429 = shared throttling)")

    # The outbox: invitations through HAProxy, each mailed once although both instances poll.
    mark = len(env.sink.messages)
    invited = []
    c = cet.Client(front)  # a new connection: HAProxy closed the one idle since the set-up (timeout client)
    for i in range(10):
        email = f"invitee-{i}-{uuid.uuid4().hex[:6]}@example.org"
        ans = c.request("POST", f"/books/{book}/invitations", {"email": email, "role": "MEMBER"}, token=admin)
        if ans.status == 201:
            invited.append(email)
        else:
            print(f"  invitation {i}: {ans.status} {ans.body[:200]}")
    deadline = time.time() + 60
    while time.time() < deadline:
        if all(env.sink.to(e, after=mark) for e in invited):
            break
        time.sleep(0.5)
    time.sleep(3)  # a second sender would have sent by now (poll interval 1 s)
    mails = {e: len(env.sink.to(e, after=mark)) for e in invited}
    mail_ok = len(invited) == 10 and all(n == 1 for n in mails.values())
    print(f"invitation mails: {len(invited)} invitations, counts per address {sorted(set(mails.values()))} (1 = exactly once)")

    # Scheduled backups: every 10 s on both instances; one run per slot.
    slots = db.query("select date_trunc('second', started_at), count(*) from backup_run where trigger = 'SCHEDULED' "
                     "group by 1 order by 1")
    runs = [int(r[1]) for r in slots]
    per_slot = {}
    for r in db.query("select started_at from backup_run where trigger = 'SCHEDULED' order by started_at"):
        per_slot.setdefault(str(r[0])[:18], []).append(r[0])  # the 10-second slot: yyyy-mm-dd hh:mm:s
    doubled = sum(1 for v in per_slot.values() if len(v) > 1)
    print(f"scheduled backups: {sum(runs)} runs in {len(per_slot)} slots, {doubled} slot(s) with more than one run")

    # Recurring entries: by now both instances have run their catch-up many times since the restart.
    time.sleep(3)
    recurring_ok, recurring_seen = True, 0
    for name, rid, marker, due in (("before the load", r1, marker1, due1), ("at the kill", r2, marker2, due2)):
        once, extra, occ, entries = recurring_once(db, book, rid, marker, due)
        recurring_seen += once
        recurring_ok &= once == len(due) and extra == 0
        print(f"recurring {name}: due {due}, occurrences {occ}, entries {entries}: {once} of {len(due)} once, {extra} extra")

    # Live updates reach clients of both instances, each once.
    c = cet.Client(front)
    member = cet.login(cet.Client(a_app.base), cet.ADMIN_EMAIL)["accessToken"]
    created, heard, live_dup = live_check(c, a_app, b_app, member, book, account, category)
    live_ok = created == 6 and all(n == created for n in heard.values()) and live_dup == 0
    print(f"live updates: {created} entries through HAProxy, heard on a {heard.get('a')}, on b {heard.get('b')}, "
          f"{live_dup} duplicated")

    ok = (recurring_ok and live_ok and not lost and not duplicated and not unexpected and outside == 0 and sessions_ok and throttled_on_b
          and mail_ok and doubled == 0 and len(acked) > 0)
    print(f"{PROG}: {len(acked)} acknowledged, {len(lost)} lost, {len(duplicated)} duplicated, "
          f"{len(unexpected)} unexpected, sessions {'ok' if sessions_ok else 'broken'}, "
          f"throttling {'shared' if throttled_on_b else 'NOT shared'}, mails {'once' if mail_ok else 'NOT once'}, "
          f"backup slots doubled {doubled}, recurring {recurring_seen} of {len(due1) + len(due2)} due dates once, "
          f"live {sum(heard.values())} of {2 * created} pushes heard ({live_dup} duplicated) {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
