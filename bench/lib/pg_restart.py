#!/usr/bin/env python3
"""bench/drills/pg-restart: PostgreSQL restarts under write load; nothing acknowledged is lost."""
import argparse, glob, os, subprocess, sys, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402

PROG = "pg-restart"
HELP = """Usage: bench/drills/pg-restart --i-know-it-restarts-postgres [--clients N] [--seconds S] [--smoke]

RESTARTS THE LOCAL POSTGRESQL CLUSTER (pg_ctlcluster --skip-systemctl-redirect <ver> main restart,
the cluster serving 127.0.0.1:5432), which every other user of that server notices. It refuses
to run without --i-know-it-restarts-postgres (bench/run-all skips it unless given that flag).

Starts CET on cet_bench_pgrestart, signs in the bootstrap admin. N client threads create books
(POST /api/v1/books; books take no Idempotency-Key, so each create is a plain POST) for S seconds
and record every 201 with its book id. After S/3 seconds the cluster is restarted (a fast
shutdown and start, typically 1-3 s). Then:
  - every book whose 201 a client saw must be in the database, with its ADMIN membership
  - during the outage only 503 problem documents or connection failures, no other 5xx
  - the app recovers by itself: after the restart a create answers 201 within 30 s, no app restart
Creates that failed with 503 or a connection error may or may not have been stored (the client
did not see an answer); they are counted but not judged.

Verdict line: pg-restart: A acknowledged, L lost, X non-503 5xx, recovered in R s PASS|FAIL
Exit 0 PASS, 1 FAIL, 2 harness broke or refused to run. --smoke: N=4, S=12."""


def pg_version():
    out = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        f = line.split()
        if len(f) >= 3 and f[1] == "main" and f[2] == cet.PG_PORT:
            return f[0]
    vs = sorted(os.path.basename(p) for p in glob.glob("/etc/postgresql/*"))
    return vs[-1] if vs else None


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--i-know-it-restarts-postgres", dest="allowed", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    if not a.allowed:
        print(f"{PROG}: SKIPPED: restarts the shared PostgreSQL; run with --i-know-it-restarts-postgres")
        return 2
    if a.smoke:
        a.clients, a.seconds = 4, 12
    ver = pg_version()
    if not ver:
        print(f"{PROG}: no PostgreSQL cluster 'main' on port {cet.PG_PORT} found (pg_lsclusters)", file=sys.stderr)
        return 2
    try:
        env = cet.Env("pgrestart").__enter__()
    except Exception as e:  # noqa: BLE001
        print(f"{PROG}: harness broke: {e}", file=sys.stderr)
        return 2
    try:
        acked = []
        lock = threading.Lock()
        statuses = cet.Counter()
        bad = []
        tok = env.admin_token
        stop = time.time() + a.seconds

        def writer(i):
            cl = cet.Client(env.app.base, timeout=20)
            n = 0
            while time.time() < stop:
                n += 1
                ans = cl.request("POST", "/books", {"name": f"pg drill {i}-{n}", "kind": "GROUP", "currency": "EUR"},
                                 token=tok)
                statuses.add(ans.status)
                if ans.status == 201:
                    with lock:
                        acked.append(ans.json()["id"])
                elif ans.status == 503:
                    if ans.content_type != "application/problem+json":
                        bad.append(f"503 without problem document: {ans.body[:100]}")
                    time.sleep(0.2)
                elif ans.status == 0:
                    time.sleep(0.2)
                else:
                    bad.append(f"{ans.status}: {ans.body[:200]}")
                    time.sleep(0.2)
            cl.close()

        threads = [threading.Thread(target=writer, args=(i,), daemon=True) for i in range(a.clients)]
        for t in threads:
            t.start()
        time.sleep(a.seconds / 3)
        before_restart = len(acked)
        t0 = time.time()
        r = subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", ver, "main", "restart", "-m", "fast"],
                           capture_output=True, text=True, timeout=120)
        outage = time.time() - t0
        print(f"PostgreSQL {ver}/main restarted in {outage:.1f} s (exit {r.returncode}) after {before_restart} creates")
        if r.returncode != 0:
            print(r.stderr.strip(), file=sys.stderr)
        # recovery: the first 201 after the restart, measured by a separate probe
        probe = cet.Client(env.app.base, timeout=10)
        recovered = None
        t1 = time.time()
        while time.time() - t1 < 30:
            ans = probe.request("POST", "/books", {"name": "pg drill probe", "kind": "GROUP", "currency": "EUR"}, token=tok)
            statuses.add(ans.status)
            if ans.status == 201:
                recovered = time.time() - t1
                with lock:
                    acked.append(ans.json()["id"])
                break
            if ans.status not in (0, 503):
                bad.append(f"probe {ans.status}: {ans.body[:200]}")
            time.sleep(0.2)
        for t in threads:
            t.join(a.seconds + 60)
        ids = set(acked)
        present = set()
        for chunk in [list(ids)[i:i + 500] for i in range(0, len(ids), 500)]:
            q = ",".join(f"'{x}'" for x in chunk)
            present |= {row[0] for row in env.db.query(f"select id from books_book where id in ({q})")}
        lost = ids - present
        orphans = env.db.scalar("select count(*) from books_book b where not exists (select 1 from books_membership m "
                                "where m.book_id = b.id and m.role = 'ADMIN')")
        non503 = sum(v for k, v in statuses.counts.items() if isinstance(k, int) and k >= 500 and k != 503)
        print("answers: " + ", ".join(f"{k if k else 'conn. failure'} x {v}" for k, v in sorted(statuses.counts.items())))
        print(f"acknowledged creates: {len(ids)}, in the database: {len(present)}, books without ADMIN: {orphans}")
        for b in bad[:10]:
            print("  unexpected: " + b)
        if not env.app.alive():
            print(f"{PROG}: the app died", file=sys.stderr)
        ok = (r.returncode == 0 and not lost and non503 == 0 and not bad and recovered is not None
              and orphans == "0" and env.app.alive())
        rec = f"{recovered:.1f} s" if recovered is not None else "never (30 s)"
        print(f"{PROG}: {len(ids)} acknowledged, {len(lost)} lost, {non503} non-503 5xx, recovered in {rec} "
              f"{'PASS' if ok else 'FAIL'}")
        return 0 if ok else 1
    finally:
        env.__exit__(None, None, None)


if __name__ == "__main__":
    sys.exit(main())
