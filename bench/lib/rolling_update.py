#!/usr/bin/env python3
"""bench/drills/rolling-update: the previous release keeps serving while the new one migrates the
database and starts; then the old one stops. No request may fail."""
import argparse, os, re, shutil, subprocess, sys, threading, time, uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402
from two_instances import Haproxy  # noqa: E402

PROG = "rolling-update"
HELP = """Usage: bench/drills/rolling-update [--clients N] [--seconds S] [--smoke]

The previous release is the commit named in bench/drills/previous-release. Its jar is built once from
git (git archive of that commit into bench/.work/prev/<commit>, ./mvnw package without the web app:
the drill speaks to the API) and kept for the next run; the first build takes a few minutes.

1. The OLD jar starts on a fresh database (it migrates to its own schema); a caucus book with an
   account, a category and entries is made through its API.
2. HAProxy (loopback) fronts both instances' ports, round robin with health checks every 0.5 s and
   retry-on conn-failure; the new one is down at first.
3. N clients go through HAProxy for S seconds: each creates an expense (Idempotency-Key), reads the
   ledger and GET /me, over and over.
4. At S/3 the NEW jar (this tree's build) starts on the same database and data directory: it migrates
   to the new schema while the old one serves. When it is ready HAProxy sends to both.
5. At 2S/3 the old one gets SIGTERM (a rolling update's stop) and HAProxy notices it gone.
Then:
  - every answer the clients saw was 2xx: a failed request is any other status or a broken connection
    (HAProxy resends a request whose connection could not be made; a client never resends)
  - every acknowledged create is stored exactly once, the audit chain verifies
  - the old instance answered requests after the new one had migrated the schema (expand-then-contract:
    the old code works on the new schema), counted from its access log
  - the migrations added since the previous release drop or rename nothing (a static check of their
    SQL: DROP TABLE/COLUMN, RENAME, ALTER ... TYPE / SET NOT NULL on an existing column)

Verdict line: rolling-update: R requests, F failed, A acknowledged, L lost, ... PASS|FAIL
Exit 0 PASS, 1 FAIL, 2 the harness broke. A clone without the previous release's commit (shallow)
prints "rolling-update: SKIPPED: ..." and exits 0. --smoke: N=3, S=24."""

MIGRATIONS = os.path.join("src", "main", "resources", "db", "migration")
# What a release may not do to what the previous release still reads and writes (ADR 0025).
CONTRACTING = re.compile(r"\bdrop\s+(table|column|view)\b|\brename\s+(to|column)\b|"
                         r"\balter\s+column\s+\w+\s+(set\s+not\s+null|type)\b", re.IGNORECASE)


def previous_release():
    path = os.path.join(cet.ROOT, "bench", "drills", "previous-release")
    with open(path) as f:
        lines = [ln.strip() for ln in f if ln.strip() and not ln.startswith("#")]
    return lines[0]


def build_previous(commit):
    """The previous release's runnable jar, built from git once and cached by commit."""
    if subprocess.run(["git", "-C", cet.ROOT, "cat-file", "-e", commit + "^{commit}"],
                      capture_output=True).returncode != 0:
        return None
    full = subprocess.run(["git", "-C", cet.ROOT, "rev-parse", commit], capture_output=True, text=True).stdout.strip()
    home = os.path.join(cet.WORK, "prev", full[:12])
    jar = os.path.join(home, "target", "quarkus-app", "quarkus-run.jar")
    if os.path.exists(jar):
        return home
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(home)
    archive = subprocess.Popen(["git", "-C", cet.ROOT, "archive", full], stdout=subprocess.PIPE)
    subprocess.run(["tar", "-x", "-C", home], stdin=archive.stdout, check=True)
    archive.wait()
    cet.log(f"building the previous release {full[:12]} (./mvnw package, no web app) ...")
    t0 = time.time()
    r = subprocess.run([os.path.join(home, "mvnw"), "-q", "package", "-DskipTests", "-Dquarkus.quinoa=false",
                        "-Djacoco.skip=true"], cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    if r.returncode != 0 or not os.path.exists(jar):
        raise RuntimeError(f"the previous release {full[:12]} did not build")
    cet.log(f"built in {time.time() - t0:.0f} s")
    return home


def version_of(name):
    m = re.match(r"V(\d+)__", name)
    return int(m.group(1)) if m else None


def contracting_migrations(old_home):
    """The migrations this tree adds after the previous release's newest, and the contracting lines in them."""
    old = [v for v in (version_of(n) for n in os.listdir(os.path.join(old_home, MIGRATIONS))) if v is not None]
    newest_old = max(old)
    added, found = [], []
    for name in sorted(os.listdir(os.path.join(cet.ROOT, MIGRATIONS))):
        v = version_of(name)
        if v is None or v <= newest_old:
            continue
        added.append(name)
        with open(os.path.join(cet.ROOT, MIGRATIONS, name)) as f:
            for no, line in enumerate(f, 1):
                code = line.split("--", 1)[0]
                if CONTRACTING.search(code):
                    found.append(f"{name}:{no}: {line.strip()}")
    return newest_old, added, found


def access_lines(app):
    """How many HTTP exchanges the instance has logged so far (category de.cet.http, one line each)."""
    try:
        with open(app.log_path) as f:
            return sum(1 for line in f if "[de.ce.http]" in line and " /api/v1/" in line)
    except OSError:
        return 0


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--clients", type=int, default=6)
    ap.add_argument("--seconds", type=float, default=45)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    if a.smoke:
        a.clients, a.seconds = 3, 24
    if not (shutil.which("haproxy") or os.path.exists("/usr/sbin/haproxy")):
        print(f"{PROG}: haproxy is not installed (apt-get install haproxy)", file=sys.stderr)
        return 2
    commit = previous_release()
    try:
        old_home = build_previous(commit)
        if old_home is None:
            print(f"{PROG}: SKIPPED: the previous release {commit} is not in this clone's history (a shallow clone)")
            return 0
        new_jar = cet.build_jar()
    except Exception as e:  # noqa: BLE001
        print(f"{PROG}: harness broke: {e}", file=sys.stderr)
        return 2
    old_jar = os.path.join(old_home, "target", "quarkus-app", "quarkus-run.jar")

    db = cet.Db("rolling").create()
    sink = cet.SmtpSink().start()
    old = new = proxy = None
    try:
        old = cet.App(db, sink.port, "rolling-old", jar=old_jar)
        shutil.rmtree(old.data_dir, ignore_errors=True)
        os.makedirs(old.data_dir)
        for f in (old.log_path,):
            if os.path.exists(f):
                os.remove(f)
        old.start()
        _, tokens = cet.bootstrap(old, sink)
        new = cet.App(db, sink.port, "rolling-new", jar=new_jar)
        new.data_dir = old.data_dir  # one key: a token of one instance is valid on the other
        if os.path.exists(new.log_path):
            os.remove(new.log_path)
        proxy = Haproxy(old.port, new.port).start()
        return drill(a, db, old, new, f"http://127.0.0.1:{proxy.port}", tokens["accessToken"], old_home, commit)
    except Exception as e:  # noqa: BLE001
        print(f"{PROG}: harness broke: {e}", file=sys.stderr)
        return 2
    finally:
        for x in (proxy, new, old):
            if x:
                x.stop()
        sink.close()
        if os.environ.get("BENCH_KEEP_DB") != "1":
            db.drop()


def drill(a, db, old, new, front, admin, old_home, commit):
    c = cet.Client(front)
    book = cet.create_book(c, admin, "Fraktion im Update")["id"]
    account = c.expect(201, "POST", f"/books/{book}/accounts", {"name": "Barkasse", "type": "CASH", "fund": "PUBLIC",
                                                                 "openingBalance": "5000.00", "openingDate": "2026-01-01"},
                       token=admin)["id"]
    category = c.expect(200, "GET", f"/books/{book}/categories", token=admin)["items"][0]["id"]
    answers, failures, lock = cet.Counter(), [], threading.Lock()
    acked = {}
    phase = {"name": "old only"}
    stop = threading.Event()

    def client(i):
        cl = cet.Client(front, timeout=20)
        n = 0
        while not stop.is_set():
            n += 1
            key = f"roll-{i}-{n}-{uuid.uuid4().hex[:8]}"
            body = {"type": "EXPENSE", "amount": f"{(n % 40) + 1}.{i:02d}", "date": "2026-05-04", "accountId": account,
                    "categoryId": category, "description": key, "status": "DRAFT"}
            for method, path, payload, headers in (
                    ("POST", f"/books/{book}/transactions", body, {"Idempotency-Key": key}),
                    ("GET", f"/books/{book}/transactions?size=20", None, None),
                    ("GET", "/me", None, None)):
                ans = cl.request(method, path, payload, token=admin, headers=headers)
                answers.add((phase["name"], ans.status))
                if method == "POST" and ans.status == 201:
                    with lock:
                        acked[key] = ans.json()["id"]
                if not 200 <= ans.status < 300:
                    with lock:
                        failures.append((phase["name"], method, path.split("?")[0][-40:], ans.status, ans.body[:160]))
        cl.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(a.clients)]
    for t in threads:
        t.start()
    time.sleep(a.seconds / 3)

    phase["name"] = "new migrating"
    t0 = time.time()
    new.start(timeout=180)
    migrate_s = time.time() - t0
    served_before = access_lines(old)
    time.sleep(1.5)  # HAProxy's two health checks: the new instance takes requests
    phase["name"] = "both"
    print(f"the new release migrated and was ready after {migrate_s:.1f} s while the old one served")
    time.sleep(a.seconds / 3)

    phase["name"] = "old stopping"
    served_after = access_lines(old) - served_before
    t0 = time.time()
    old.stop()
    print(f"the old release stopped on SIGTERM in {time.time() - t0:.1f} s; it answered {served_after} API "
          f"requests after the new one had migrated the schema")
    phase["name"] = "new only"
    time.sleep(a.seconds / 3)
    stop.set()
    for t in threads:
        t.join(60)

    rows = db.query(f"select description, count(*) from ledger_transaction where book_id = '{book}' group by description")
    stored = {r[0]: int(r[1]) for r in rows}
    lost = [k for k in acked if k not in stored]
    duplicated = [k for k, n in stored.items() if n > 1]
    nc = cet.Client(new.base)
    chain = nc.request("GET", f"/books/{book}/audit-log/verification", token=admin)
    chain_ok = chain.status == 200 and chain.json().get("valid") is True
    newest_old, added, contracting = contracting_migrations(old_home)
    total = sum(answers.counts.values())
    print(f"answers by phase and status: {dict(sorted(answers.counts.items()))}")
    for f in failures[:8]:
        print(f"  failed: {f}")
    print(f"migrations since the previous release ({commit}, up to V{newest_old:03d}): {len(added)}, "
          f"contracting statements in them: {len(contracting)}")
    for line in contracting[:10]:
        print(f"  contracting: {line}")
    print(f"audit chain after the update: {chain.status} {chain.body[:160]}")
    ok = (not failures and not lost and not duplicated and chain_ok and served_after > 0 and not contracting
          and len(acked) > 0)
    print(f"{PROG}: {total} requests, {len(failures)} failed, {len(acked)} acknowledged, {len(lost)} lost, "
          f"{len(duplicated)} duplicated, old release served {served_after} after the migration, "
          f"{len(contracting)} contracting migrations, chain {'valid' if chain_ok else 'INVALID'} "
          f"{'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
