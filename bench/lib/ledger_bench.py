#!/usr/bin/env python3
"""bench/throughput and bench/listing: the ledger benchmarks. Both report SKIPPED, honestly, while the
ledger API is not there (this branch has identity and books only)."""
import argparse, os, subprocess, sys, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402

THROUGHPUT_HELP = """Usage: bench/throughput [--clients C] [--seconds S] [--smoke]

Creating transactions through the API (POST /api/v1/books/{id}/transactions, C concurrent
clients, default 8, for S seconds, default 20) against pgbench running the same inserts the app
does, audit log included, on the same database in the same run; prints both rates and the ratio
(goal >= 0.5).

Until the ledger is on this branch it starts CET, creates a book, probes the endpoint and prints
  throughput: SKIPPED: needs POST /api/v1/books/{id}/transactions (ledger)
when the route answers 404 (exit 0). When the ledger lands:
  - the API part below runs as it is: it creates an account and a category through the API
    (POST .../accounts, .../categories), then C threads post generated transactions
    (bench/lib/generate, caucus profile) and count 201s;
  - the pgbench baseline needs bench/lib/throughput.sql: the ledger's exact INSERTs for one
    transaction (transaction row, audit-log row with its hash chain, whatever else the create
    use case writes), written from the ledger's migrations and checked against the SQL log of
    one API create. Until that file exists the baseline prints SKIPPED and no ratio is printed
    (a ratio against a made-up baseline would be a fake number)."""

LISTING_HELP = """Usage: bench/listing [--clients C] [--seconds S] [--smoke]

A page of 50 out of 100 000 transactions (GET /api/v1/books/{id}/transactions?page=P&size=50) at
C = 50 concurrent clients for S seconds (default 20): p50 and p99 (goal p99 <= 50 ms).
The 100 000 transactions come from bench/lib/generate --profile large --sql-into <db>.

Until the ledger is on this branch it prints
  listing: SKIPPED: needs GET /api/v1/books/{id}/transactions (ledger)
(exit 0). The measuring loop below is ready; what the ledger must add is the SQL loader in
bench/lib/generate (--sql-into)."""


def route_missing(ans):
    """True when the answer is 'no resource at this address' (unknown route), not a 404 for a book."""
    doc = ans.json() or {}
    return ans.status in (404, 405) and "no resource at this address" in str(doc.get("detail", "")).lower()


def pgbench_baseline(db, clients, seconds):
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "throughput.sql")
    if not os.path.exists(script):
        return None, "SKIPPED: bench/lib/throughput.sql (the ledger's exact inserts) does not exist yet"
    r = subprocess.run(["pgbench", "-h", "127.0.0.1", "-U", cet.PG_USER, "-n", "-c", str(clients), "-j", "2",
                        "-T", str(int(seconds)), "-f", script, db.name], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        if line.startswith("tps =") or line.startswith("tps="):
            return float(line.split("=")[1].split()[0]), None
    return None, f"pgbench failed: {r.stderr.strip()[:300]}"


def throughput(a):
    with cet.Env("throughput") as env:
        c, tok = env.client, env.admin_token
        book = cet.create_book(c, tok, "Throughput")["id"]
        probe = c.request("POST", f"/books/{book}/transactions", {}, token=tok)
        if route_missing(probe):
            print("throughput: SKIPPED: needs POST /api/v1/books/{id}/transactions (ledger)")
            return 0
        account = c.expect(201, "POST", f"/books/{book}/accounts",
                           {"name": "Bank", "type": "BANK", "fund": "PUBLIC", "openingBalance": "0.00",
                            "openingDate": "2026-01-01"}, token=tok)["id"]
        category = c.expect(201, "POST", f"/books/{book}/categories", {"name": "Bench", "kind": "EXPENSE"}, token=tok)["id"]
        import generate
        txs = [r["transaction"] for r in generate.generate("caucus", 1) if "transaction" in r]
        created = cet.Counter()
        stop = time.time() + a.seconds

        def worker(i):
            cl = cet.Client(env.app.base)
            k = i
            while time.time() < stop:
                t = txs[k % len(txs)]
                k += a.clients
                body = {"type": "EXPENSE", "amount": t["amount"], "date": t["date"], "accountId": account,
                        "categoryId": category, "counterparty": t["counterparty"], "description": t["description"],
                        "status": "DRAFT"}
                ans = cl.request("POST", f"/books/{book}/transactions", body, token=tok)
                created.add(ans.status)

        threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(a.clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(a.seconds + 60)
        api_rate = created.get(201) / (time.perf_counter() - t0)
        n5xx = sum(v for s, v in created.counts.items() if s == 0 or s >= 500)
        print(f"API creates/s ({a.clients} clients): {api_rate:.1f}; answers {dict(sorted(created.counts.items()))}")
        base, why = pgbench_baseline(env.db, a.clients, a.seconds)
        if base is None:
            print(f"pgbench baseline: {why}")
            print(f"throughput: {api_rate:.1f} creates/s via the API; ratio SKIPPED (no pgbench baseline yet) INFO")
        else:
            ratio = api_rate / base
            print(f"pgbench same inserts: {base:.1f} tx/s")
            print(f"throughput: ratio {ratio:.2f} (goal >= 0.5) {'PASS' if ratio >= 0.5 else 'FAIL'}")
        print(f"throughput-5xx: {n5xx} {'PASS' if n5xx == 0 else 'FAIL'}")
        return 0 if n5xx == 0 else 1


def listing(a):
    with cet.Env("listing") as env:
        c, tok = env.client, env.admin_token
        book = cet.create_book(c, tok, "Listing")["id"]
        probe = c.request("GET", f"/books/{book}/transactions?size=50", token=tok)
        if route_missing(probe):
            print("listing: SKIPPED: needs GET /api/v1/books/{id}/transactions (ledger)")
            return 0
        gen = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generate.py")
        r = subprocess.run([sys.executable, gen, "--profile", "large", "--sql-into", env.db.name],
                           capture_output=True, text=True)
        if "SKIPPED" in r.stdout:
            print("listing: " + r.stdout.strip())
            return 0
        total = probe.json().get("totalItems", 0) if probe.status == 200 else 0
        pages = max(1, total // 50)
        lat, statuses = [], cet.Counter()
        lock = threading.Lock()
        stop = time.time() + a.seconds

        def worker(i):
            cl = cet.Client(env.app.base)
            k = i
            while time.time() < stop:
                ans = cl.request("GET", f"/books/{book}/transactions?page={k % pages}&size=50", token=tok)
                k += 7919
                statuses.add(ans.status)
                with lock:
                    lat.append(ans.elapsed)

        threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(a.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(a.seconds + 60)
        p50, p99 = cet.percentile(lat, 50) * 1000, cet.percentile(lat, 99) * 1000
        print(f"{total} transactions, {a.clients} clients, {len(lat)} pages: p50 {p50:.1f} ms, p99 {p99:.1f} ms")
        print(f"listing: p99 {p99:.1f} ms (goal <= 50 ms) {'PASS' if p99 <= 50 else 'FAIL'}")
        n5xx = sum(v for s, v in statuses.counts.items() if s == 0 or s >= 500)
        return 0 if n5xx == 0 else 1


def main():
    mode = sys.argv[1]
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--clients", type=int, default=8 if mode == "throughput" else 50)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args(sys.argv[2:])
    if a.help:
        print(THROUGHPUT_HELP if mode == "throughput" else LISTING_HELP)
        return 0
    if a.smoke:
        a.seconds = 3
    try:
        return throughput(a) if mode == "throughput" else listing(a)
    except RuntimeError as e:
        print(f"{mode}: harness broke: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
