#!/usr/bin/env python3
"""bench/drills/rolling-update: the previous release serves while the current build migrates and takes over."""
import argparse, os, re, shutil, socket, subprocess, sys, threading, time, uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402
import two_instances  # noqa: E402  (its HAProxy set-up: the same balancer as the kill -9 drill)

PROG = "rolling-update"
RELEASE_FILE = os.path.join(cet.ROOT, "bench", "drills", "previous-release")
HELP = """Usage: bench/drills/rolling-update [--clients N] [--seconds S] [--smoke]

A rolling update of one PostgreSQL database from the previous release (the commit named in
bench/drills/previous-release) to the current build, under load, behind HAProxy:
  1. builds the previous release's jar from git once (git archive into
     bench/.work/previous-release/<commit>/, ./mvnw -q package -DskipTests -Dquarkus.quinoa=false: the
     API only, the web app is not needed; cached by commit id, a second run reuses it). This is the slow
     part: about 3-6 minutes on 2 cores the first time, nothing after. A shallow clone lacks
     that commit: `git fetch --unshallow` first (else the drill says SKIPPED).
  2. starts the OLD jar on a fresh database cet_bench_rolling_<pid> (it migrates to its own newest
     version) and loads a caucus-like population through its API: a book, two accounts, members
     invited by mail and signed up, transactions; notes the schema the old release uses (every
     column of every table, its type and nullability).
  3. HAProxy in front (the kill -9 drill's configuration plus an admin socket and a response header
     naming the instance that answered); N client threads run a steady mixed load through it for the
     whole drill: creates (POST .../transactions with an Idempotency-Key), ledger reads, GET /me, and one
     thread signing members in.
  4. after S/4 starts the NEW jar (the current build) on the same database and data directory (the
     same signing key, as replicas share the key Secret): it migrates the database while the old one
     serves, becomes ready and HAProxy adds it (health check /q/health/ready).
  5. both serve for S/2; then the old one is drained (HAProxy state drain: no new requests), and once
     it has no request in flight it gets SIGTERM; the new one serves alone for S/4.
Then:
  - failed requests: an answer with status >= 500 or a connection error/timeout as the client saw it
    (HAProxy may retry a connection that was refused before a byte was sent - that is invisible to the
    client and allowed); any other status than the one expected (201 create, 200 read/sign-in) counts
    as unexpected. Both must be 0. A client still retries a failed create with the same
    Idempotency-Key (up to 20 times, as the web app's outbox does), so that a loss can be told apart.
  - every create a client saw acknowledged (201) is in the database exactly once
  - the old instance answered requests successfully after the new one had migrated the database
    (expand-then-contract in practice: the old code reads and writes the new schema); printed as the
    number of answers and of creates it served after the migration
  - the expand-then-contract rule on the schema itself: every column the old release had is still
    there with the same type and is not made NOT NULL; every column the new release added to a table
    the old release knows is nullable, has a default or is generated (else the old release's inserts
    would fail). Any violation fails the drill and is named. Beside it, a static check of the
    migrations added since that release: no DROP TABLE/COLUMN/VIEW, RENAME, ALTER COLUMN ... TYPE or
    SET NOT NULL in their text (it also catches what the load did not touch).
  - the audit chain of the book verifies afterwards (GET .../audit-log/verification on the new
    instance): valid, and its number of entries.
Verdict line: rolling-update: F failed, U unexpected, A acknowledged, L lost, D duplicated, O served by
the old release after the migration, schema violations V, contracting statements C, audit chain valid|BROKEN ... PASS|FAIL
Exit 0 PASS, 1 FAIL, 2 harness broke. A clone without the previous release's commit (shallow) prints
"rolling-update: SKIPPED: ..." and exits 0. --smoke: N=3, S=24, a smaller population (the old build, when
not cached, takes longer than the drill itself)."""


def previous_release():
    with open(RELEASE_FILE) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                return line
    raise RuntimeError(f"no commit id in {RELEASE_FILE}")


def previous_jar(commit):
    """The previous release's packaged jar, built once per commit id under bench/.work/previous-release."""
    d = os.path.join(cet.WORK, "previous-release", commit)
    src = os.path.join(d, "src")
    jar = os.path.join(src, "target", "quarkus-app", "quarkus-run.jar")
    marker = os.path.join(d, "built")
    if os.path.exists(marker) and os.path.exists(jar):
        cet.log(f"previous release {commit[:7]}: cached jar {os.path.relpath(jar, cet.ROOT)}")
        return jar
    if subprocess.run(["git", "-C", cet.ROOT, "cat-file", "-e", commit + "^{commit}"], capture_output=True).returncode:
        return None
    shutil.rmtree(src, ignore_errors=True)
    os.makedirs(src)
    t0 = time.time()
    cet.log(f"building the previous release {commit[:7]} (git archive + ./mvnw -q package -DskipTests) ...")
    archive = subprocess.Popen(["git", "-C", cet.ROOT, "archive", commit], stdout=subprocess.PIPE)
    subprocess.run(["tar", "-x", "-C", src], stdin=archive.stdout, check=True)
    if archive.wait() != 0:
        raise RuntimeError("git archive failed")
    with open(os.path.join(d, "build.log"), "w") as logf:
        r = subprocess.run(["./mvnw", "-q", "package", "-DskipTests", "-Dquarkus.quinoa=false", "-Djacoco.skip=true"],
                           cwd=src, stdout=logf, stderr=subprocess.STDOUT)
    if r.returncode != 0 or not os.path.exists(jar):
        raise RuntimeError(f"build of {commit[:7]} failed; see {os.path.join(d, 'build.log')}")
    open(marker, "w").write(time.strftime("%Y-%m-%dT%H:%M:%SZ\n", time.gmtime()))
    cet.log(f"built the previous release in {time.time() - t0:.0f} s")
    return jar


class Balancer(two_instances.Haproxy):
    """The kill -9 drill's HAProxy, plus an admin socket (drain) and X-Served-By naming the instance."""

    def __init__(self, a_port, b_port):
        super().__init__(a_port, b_port)
        self.sock = os.path.join(self.dir, "admin.sock")
        with open(self.cfg) as f:
            cfg = f.read()
        cfg = cfg.replace("global\n", f"global\n    stats socket {self.sock} mode 600 level admin\n", 1)
        cfg = cfg.replace("\nbackend instances\n", "\nbackend instances\n    http-response set-header X-Served-By %[srv_name]\n", 1)
        with open(self.cfg, "w") as f:
            f.write(cfg)

    def admin(self, command):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(5)
            s.connect(self.sock)
            s.sendall((command + "\n").encode())
            out = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                out += chunk
        return out.decode()

    def in_flight(self, server):
        """Current sessions (scur) of instances/<server>."""
        for line in self.admin("show stat").splitlines():
            f = line.split(",")
            if len(f) > 4 and f[0] == "instances" and f[1] == server:
                return int(f[4] or 0)
        return -1


MIGRATIONS = os.path.join("src", "main", "resources", "db", "migration")
# Contracting statements a release may not make on what the previous release uses (ADR 0025).
CONTRACTING = re.compile(r"\bdrop\s+(table|column|view)\b|\brename\s+(to|column)\b|"
                         r"\balter\s+column\s+\w+\s+(set\s+not\s+null|type)\b", re.IGNORECASE)


def contracting_migrations(old_src):
    """The migrations this tree adds after the previous release's newest, and the contracting lines in them."""
    def version(name):
        m = re.match(r"V(\d+)__", name)
        return int(m.group(1)) if m else None
    newest_old = max(v for v in map(version, os.listdir(os.path.join(old_src, MIGRATIONS))) if v is not None)
    added, found = [], []
    for name in sorted(os.listdir(os.path.join(cet.ROOT, MIGRATIONS))):
        v = version(name)
        if v is None or v <= newest_old:
            continue
        added.append(name)
        with open(os.path.join(cet.ROOT, MIGRATIONS, name)) as f:
            for no, line in enumerate(f, 1):
                if CONTRACTING.search(line.split("--", 1)[0]):
                    found.append(f"{name}:{no}: {line.strip()}")
    return newest_old, added, found


def columns(db):
    """{(table, column): (type, nullable, default, generated)} of the public schema."""
    rows = db.query("select table_name, column_name, data_type, is_nullable, coalesce(column_default, ''), "
                    "is_generated, is_identity from information_schema.columns where table_schema = 'public' "
                    "and table_name <> 'flyway_schema_history'")
    return {(r[0], r[1]): (r[2], r[3], r[4], r[5], r[6]) for r in rows}


def schema_violations(before, after):
    """What the new release did to the old one's schema that the old release could not live with."""
    out = []
    old_tables = {t for t, _ in before}
    for (t, c), (typ, nullable, _, _, _) in sorted(before.items()):
        if (t, c) not in after:
            out.append(f"{t}.{c} dropped or renamed" if t in {x for x, _ in after} else f"table {t} dropped or renamed")
            continue
        ntyp, nnull = after[(t, c)][0], after[(t, c)][1]
        if ntyp != typ:
            out.append(f"{t}.{c} changed type {typ} -> {ntyp}")
        if nullable == "YES" and nnull == "NO":
            out.append(f"{t}.{c} made NOT NULL")
    for (t, c), (typ, nullable, default, generated, identity) in sorted(after.items()):
        if t in old_tables and (t, c) not in before and nullable == "NO" and not default \
                and generated != "ALWAYS" and identity != "YES":
            out.append(f"{t}.{c} added NOT NULL without a default (the old release's inserts fail)")
    # a table dropped entirely shows up once per column: name it once
    return sorted(set(out))


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--clients", type=int, default=6)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    members = 8
    txs = 200
    if a.smoke:
        a.clients, a.seconds, members, txs = 3, 24, 3, 30
    if not (shutil.which("haproxy") or os.path.exists("/usr/sbin/haproxy")):
        print(f"{PROG}: haproxy is not installed (apt-get install haproxy)", file=sys.stderr)
        return 2
    db = sink = old = new = proxy = None
    try:
        commit = previous_release()
        old_jar = previous_jar(commit)
        if old_jar is None:
            print(f"{PROG}: SKIPPED: the previous release {commit} is not in this clone's history "
                  "(a shallow clone: git fetch --unshallow)")
            return 0
        cet.build_jar()
        os.makedirs(cet.WORK, exist_ok=True)
        db = cet.Db("rolling").create()
        sink = cet.SmtpSink(path=os.path.join(cet.WORK, "mail-rolling.jsonl")).start()
        old = cet.App(db, sink.port, "rolling-old", jar=old_jar)
        subprocess.run(["rm", "-rf", old.data_dir])
        os.makedirs(old.data_dir)
        for app in (old,):
            if os.path.exists(app.log_path):
                os.remove(app.log_path)
        new = cet.App(db, sink.port, "rolling-new")
        new.data_dir = old.data_dir  # one signing key for both, as replicas share the key Secret
        if os.path.exists(new.log_path):
            os.remove(new.log_path)
        t0 = time.time()
        old.start(timeout=180)
        print(f"old release {commit[:7]} ready after {time.time() - t0:.1f} s, schema at "
              f"V{db.scalar('select max(version::int) from flyway_schema_history where version is not null')}")
        proxy = Balancer(old.port, new.port).start()
        return drill(a, db, sink, old, new, proxy, commit, members, txs)
    except Exception as e:  # noqa: BLE001
        print(f"{PROG}: harness broke: {e}", file=sys.stderr)
        return 2
    finally:
        if proxy:
            proxy.stop()
        for app in (new, old):
            if app:
                app.stop()
        if sink:
            sink.close()
        if db and os.environ.get("BENCH_KEEP_DB") != "1":
            db.drop()


def populate(c, sink, members, txs):
    """A caucus-like book through the old release's API: (admin token, book, account, category, member emails)."""
    tok = sink.token_for(cet.ADMIN_EMAIL, timeout=60)
    c.expect(201, "POST", "/invitations/accept", {"token": tok, "displayName": "Ada Admin", "password": cet.PASSWORD})
    admin = cet.login(c, cet.ADMIN_EMAIL)["accessToken"]
    book = cet.create_book(c, admin, "Fraktion Rolling Update")["id"]
    accounts = [c.expect(201, "POST", f"/books/{book}/accounts",
                         dict({"name": n, "type": t, "fund": "OWN", "openingBalance": ob, "openingDate": "2026-01-01"},
                              **({"iban": "DE89370400440532013000"} if t == "BANK" else {})),
                         token=admin)["id"] for n, t, ob in (("Giro", "BANK", "12000.00"), ("Kasse", "CASH", "250.00"))]
    cats = c.expect(200, "GET", f"/books/{book}/categories", token=admin)["items"]
    by_kind = {k: [x["id"] for x in cats if x.get("kind") == k] for k in ("EXPENSE", "INCOME")}
    emails = []
    for i in range(members):
        email = f"member-{i}-{uuid.uuid4().hex[:6]}@example.org"
        cet.invite_user(c, admin, sink, book, email, role="TREASURER" if i == 0 else "MEMBER", name=f"Member {i}")
        emails.append(email)
    for n in range(txs):
        kind = "EXPENSE" if n % 5 else "INCOME"
        c.expect(201, "POST", f"/books/{book}/transactions",
                 {"type": kind, "amount": f"{(n * 37) % 400 + 5}.{n % 100:02d}",
                  "date": f"2026-{n % 11 + 1:02d}-{n % 27 + 1:02d}", "accountId": accounts[n % 2],
                  "categoryId": by_kind[kind][n % len(by_kind[kind])], "description": f"population {n}",
                  "status": "DRAFT"},
                 token=admin, headers={"Idempotency-Key": f"population-{n}"})
    return admin, book, accounts[0], by_kind["EXPENSE"][0], emails


def drill(a, db, sink, old, new, proxy, commit, members, txs):
    front = f"http://127.0.0.1:{proxy.port}"
    c = cet.Client(old.base)
    admin, book, account, category, emails = populate(c, sink, members, txs)
    print(f"population through the old release: 1 book, 2 accounts, {members} members, {txs} transactions")
    before = columns(db)

    answers = cet.Counter()           # (phase, server, kind, status) -> n
    lock = threading.Lock()
    acked, failed, unexpected = {}, [], []
    phase = {"name": "old alone"}
    stop = threading.Event()

    def record(kind, ans, expected):
        server = ans.headers.get("x-served-by", "-")
        answers.add((phase["name"], server, kind, ans.status))
        if ans.status == 0 or ans.status >= 500:
            with lock:
                failed.append((phase["name"], server, kind, ans.status, ans.body[:160]))
            return "retry"
        if ans.status != expected:
            with lock:
                unexpected.append((phase["name"], server, kind, ans.status, ans.body[:160]))
            return "stop"
        return "ok"

    def worker(i):
        cl = cet.Client(front, timeout=20)
        n = 0
        while not stop.is_set():
            n += 1
            if n % 4 in (1, 2):
                key = f"rolling-{i}-{n}-{uuid.uuid4().hex[:8]}"
                body = {"type": "EXPENSE", "amount": f"{(n % 90) + 1}.{i:02d}", "date": "2026-06-01",
                        "accountId": account, "categoryId": category, "description": key, "status": "DRAFT"}
                for attempt in range(20):
                    ans = cl.request("POST", f"/books/{book}/transactions", body, token=admin,
                                     headers={"Idempotency-Key": key})
                    v = record("create", ans, 201)
                    if v == "ok":
                        with lock:
                            acked[key] = ans.headers.get("x-served-by", "-")
                    if v != "retry":
                        break
                    time.sleep(min(0.1 * (attempt + 1), 1.0))
            elif n % 4 == 3:
                record("read", cl.request("GET", f"/books/{book}/transactions?size=20", token=admin), 200)
            else:
                record("read", cl.request("GET", "/me", token=admin), 200)
        cl.close()

    def signer():
        cl = cet.Client(front, timeout=20)
        n = 0
        while not stop.is_set():
            ans = cl.request("POST", "/auth/login", {"email": emails[n % len(emails)], "password": cet.PASSWORD})
            record("sign-in", ans, 200)
            n += 1
            stop.wait(0.5)
        cl.close()

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(a.clients)]
    threads.append(threading.Thread(target=signer, daemon=True))
    for t in threads:
        t.start()
    quarter = a.seconds / 4
    time.sleep(quarter)

    phase["name"] = "new migrating"
    t0 = time.time()
    new.start(timeout=300)
    migrated_after = time.time() - t0
    versions = db.query("select version from flyway_schema_history where version is not null "
                        "and installed_on >= now() - make_interval(secs => %d) order by installed_rank" % (migrated_after + 5))
    head = db.scalar("select max(version::int) from flyway_schema_history where version is not null")
    phase["name"] = "both up"
    print(f"new build started next to the old one: migrated "
          f"{', '.join('V' + v[0] for v in versions) or 'nothing'} (now V{head}) and ready in {migrated_after:.1f} s "
          "while the old release served")
    after = columns(db)
    time.sleep(2 * quarter)

    phase["name"] = "old draining"
    proxy.admin("set server instances/a state drain")
    deadline = time.time() + 15
    while time.time() < deadline and proxy.in_flight("a") > 0:
        time.sleep(0.1)
    time.sleep(0.5)
    t1 = time.time()
    old.stop()
    proxy.admin("set server instances/a state maint")
    print(f"old release drained (HAProxy state drain) and stopped with SIGTERM in {time.time() - t1:.1f} s, "
          f"exit status {old.proc.returncode}")
    phase["name"] = "new alone"
    time.sleep(quarter)
    stop.set()
    for t in threads:
        t.join(60)

    # Judgement.
    rows = db.query(f"select description, count(*) from ledger_transaction where book_id = '{book}' "
                    "and description like 'rolling-%' group by description")
    stored = {r[0]: int(r[1]) for r in rows}
    lost = [k for k in acked if k not in stored]
    duplicated = [k for k, n in stored.items() if n > 1]
    by = {}
    for (p, s, kind, st), n in answers.counts.items():
        by.setdefault((p, s), {}).setdefault(f"{kind} {st}", 0)
        by[(p, s)][f"{kind} {st}"] += n
    print("answers by phase, instance (a = old release, b = new build) and kind/status:")
    for p in ("old alone", "new migrating", "both up", "old draining", "new alone"):
        for s in ("a", "b", "-"):
            if (p, s) in by:
                print(f"  {p:14} {s}: {dict(sorted(by[(p, s)].items()))}")
    old_after = sum(n for (p, s, kind, st), n in answers.counts.items()
                    if s == "a" and p in ("both up", "old draining") and 200 <= st < 300)
    old_creates_after = sum(n for (p, s, kind, st), n in answers.counts.items()
                            if s == "a" and p in ("both up", "old draining") and kind == "create" and st == 201)
    print(f"the old release answered {old_after} requests successfully after the new build had migrated the "
          f"database, {old_creates_after} of them creates")
    print(f"failed requests (status >= 500 or a connection error/timeout seen by a client): {len(failed)}; "
          f"unexpected statuses: {len(unexpected)}")
    for f_ in (failed + unexpected)[:8]:
        print(f"  {f_}")

    violations = schema_violations(before, after)
    old_tables = len({t for t, _ in before})
    print(f"expand-then-contract on the schema: {len(before)} columns of {old_tables} tables of the old release "
          f"checked, {len(after) - len(before)} columns added by the new build; violations: {len(violations)}")
    for v in violations[:20]:
        print(f"  {v}")

    old_src = os.path.dirname(os.path.dirname(os.path.dirname(old.jar)))
    newest_old, added, contracting = contracting_migrations(old_src)
    print(f"migrations since the previous release (up to V{newest_old:03d}): {len(added)}, contracting statements "
          f"(DROP TABLE/COLUMN/VIEW, RENAME, ALTER COLUMN ... TYPE / SET NOT NULL) in them: {len(contracting)}")
    for line in contracting[:10]:
        print(f"  contracting: {line}")

    cn = cet.Client(new.base)
    v = cn.request("GET", f"/books/{book}/audit-log/verification", token=admin)
    chain = v.json() if v.status == 200 else {}
    chain_ok = bool(chain.get("valid"))
    print(f"audit chain after the update (verified by the new build): "
          f"{'valid' if chain_ok else 'BROKEN or unreadable (' + str(v.status) + ')'}, {chain.get('entries')} entries, "
          f"{txs + len(stored)} transactions in the book")

    ok = (not failed and not unexpected and not lost and not duplicated and old_after > 0 and old_creates_after > 0
          and not violations and not contracting and chain_ok and len(acked) > 0)
    print(f"{PROG}: {len(failed)} failed, {len(unexpected)} unexpected, {len(acked)} acknowledged, {len(lost)} lost, "
          f"{len(duplicated)} duplicated, {old_after} served by the old release {commit[:7]} after the migration to "
          f"V{head}, schema violations {len(violations)}, contracting statements {len(contracting)}, audit chain {'valid' if chain_ok else 'BROKEN'} "
          f"{'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
