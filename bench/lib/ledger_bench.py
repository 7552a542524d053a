#!/usr/bin/env python3
"""bench/throughput and bench/listing: the ledger benchmarks (see their --help and bench/README.md)."""
import argparse, os, re, shutil, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402
import generate  # noqa: E402

LIB = os.path.dirname(os.path.abspath(__file__))

THROUGHPUT_HELP = """Usage: bench/throughput [--clients C] [--seconds S] [--warmup W] [--profile] [--smoke]

Creating transactions through the API (POST /api/v1/books/{id}/transactions, status DRAFT, C
concurrent keep-alive clients, default 8, for S seconds, default 20), first in one book, then spread
over ten books, each against pgbench running every statement one create costs in the database
(bench/lib/throughput.sql between its CREATE COST markers: session check, membership, book context,
the ledger_transaction row, its ledger_transaction_change row, and just before commit the audit
chain's advisory lock, head read and the new ledger_audit_entry with its SHA-256 hash) with the same
C clients for S seconds on the same database in the same run, and against the script's writes-only
variant (for information). Prints the rates, the ratios (goal >= 0.5, reported, not gated), the
share of in-transaction time spent waiting for a lock (pg_stat_activity every 20 ms) and the table
scans and rows inserted per create (pg_stat_user_tables) of each run.

Correctness (gated, exit 1): no 5xx and no lost create: every 201 the clients saw is a row in
ledger_transaction, with its history row and its audit entry, pgbench added as many rows as it
reported, and GET .../audit-log/verification still answers valid for every book after all runs (the
pgbench rows are in the same chains).

The books: caucus books created through the API (their default categories), a public bank account
each; the transactions come from bench/lib/generate (caucus profile). Before the measured API runs, W
seconds (--warmup, default 5) of the same load warm the JIT up (their creates are checked too).
--profile: sample the app's request threads with jcmd Thread.print during the API runs and print
where they are (CET's innermost frame, the top frame); costs the app some throughput.
--smoke: 1 s warm-up, 2 s each, 4 clients."""

LISTING_HELP = """Usage: bench/listing [--clients C] [--seconds S] [--transactions N] [--warmup W] [--threads] [--smoke]

A page of 50 out of N = 100 000 transactions (GET /api/v1/books/{id}/transactions, size=50) at
C = 50 concurrent keep-alive clients for S seconds (default 15) per variant: p50, p99 (goal
p99 <= 50 ms, reported, not gated), requests/s and every non-200. Variants:
  page      default order (date desc), one of the first 20 pages
  filtered  type=INCOME&from=<a quarter>&to=..., a random page of that set
  sorted    sort=amount,desc, one of the first 20 pages
  deep      default order, a random page anywhere in the book (page 0 .. N/50)
The load comes from Debian's wrk (apt-get install -y wrk; .ci/run installs it) with a Lua script; only
where wrk cannot be had from C Python threads (which then compete with the app for the CPU: the figures
are pessimistic). The output says which one ran.

The book is made through the API (book, accounts, periods; its default categories) and filled by
bench/lib/generate --profile large --sql-into (COPY, seconds). Before measuring, the loaded book is
checked through the API (gated, exit 1 on a mismatch): totalItems and the income/expense totals of
GET .../transactions?status=BOOKED equal the loader's sums and a SQL sum, the audit chain
verifies, and the kept aggregates (ADR 0008) equal a full recomputation from the entries
(ledger_aggregate_drift is empty; checked again after the load). Baseline: EXPLAIN ANALYZE of the SQL
the app runs for each variant (the kept month totals and the page-of-ids query of
SqlLedgerQueries.search, and the entity load by ids) and, for reference, the count+totals scan over the
filtered entries that every page cost before the aggregates.
Before the variants, W seconds (--warmup, default 5) of 4 Python threads over all three warm the
JIT up (not counted). --threads: Python threads even when wrk is installed.
--smoke: 2 000 transactions (caucus-sized), 1 s warm-up, 2 s per variant, 10 clients."""

IBAN_PUBLIC = "DE89370400440532013000"
IBAN_OWN = "DE02120300000000202051"


def route_missing(ans):
    """True when the answer is 'no resource at this address' (unknown route), not a 404 for a book."""
    doc = ans.json() or {}
    return ans.status in (404, 405) and "no resource at this address" in str(doc.get("detail", "")).lower()


def make_book(env, name, years=1, one_period=False):
    """A caucus book through the API with the generator's three accounts and one period per year from 2026
    on (the generator's dates), or with one_period a single period over all the years ("2026-2030")."""
    c, tok = env.client, env.admin_token
    last = 2026 + years - 1
    first = (f"2026-{last}", "2026-01-01", f"{last}-12-31") if one_period and years > 1 else ("2026", "2026-01-01",
                                                                                                "2026-12-31")
    book = cet.create_book(c, tok, name, first_period=first)["id"]
    gbook = next(generate.generate("caucus", 1, 1))["book"]
    ids = {}
    for a in gbook["accounts"]:
        body = {"name": a["name"], "type": a["type"], "fund": a["fund"], "openingBalance": a["openingBalance"],
                "openingDate": "2026-01-01"}
        if a["type"] == "BANK":
            body["iban"] = IBAN_PUBLIC if a["fund"] == "PUBLIC" else IBAN_OWN
        ids[a["ref"]] = c.expect(201, "POST", f"/books/{book}/accounts", body, token=tok)["id"]
    for y in range(1, 1 if one_period else years):
        c.expect(201, "POST", f"/books/{book}/periods", {"name": str(2026 + y), "startDate": f"{2026 + y}-01-01",
                                                          "endDate": f"{2026 + y}-12-31"}, token=tok)
    return book, ids


def seed_book(env, name, transactions, years, one_period=False, probe=None):
    """make_book, then transactions BOOKED entries loaded with bench/lib/generate (COPY): the large profile
    (five years) when years == 5, else the caucus profile (one year). probe: a path whose unknown route means
    the app lacks what the benchmark needs; then None is returned before anything is loaded.
    Returns (book, accounts, (count, income, expense), profile)."""
    book, accounts = make_book(env, name, years, one_period)
    if probe and route_missing(env.client.request("GET", probe.format(book=book), token=env.admin_token)):
        return None
    profile = "large" if years == 5 else "caucus"
    t0 = time.perf_counter()
    sums = generate.load_sql(env.db.name, book, profile, 1, transactions)
    print(f"loaded {sums[0]} booked transactions ({profile} profile, seed 1) with COPY in {time.perf_counter() - t0:.1f} s")
    return book, accounts, sums, profile


def check_book(env, book, count, income, expense):
    """The loaded book through the API vs the loader's and PostgreSQL's sums: a list of mismatches."""
    c, tok = env.client, env.admin_token
    problems = []
    page = c.expect(200, "GET", f"/books/{book}/transactions?status=BOOKED&size=1", token=tok)
    sql = env.db.query(f"select count(*), coalesce(sum(amount) filter (where type = 'INCOME'), 0), "
                       f"coalesce(sum(amount) filter (where type = 'EXPENSE'), 0) from ledger_transaction "
                       f"where book_id = '{book}' and status = 'BOOKED' and reversal_of is null")[0]
    got = (page["totalItems"], page["totals"]["income"], page["totals"]["expense"])
    for what, want in (("loader", (count, income, expense)), ("SQL sum", (int(sql[0]), sql[1], sql[2]))):
        if got != want:
            problems.append(f"API (count, income, expense) {got} != {what} {want}")
    ver = c.expect(200, "GET", f"/books/{book}/audit-log/verification", token=tok)
    if not ver.get("valid"):
        problems.append(f"audit chain broken: {ver}")
    problems += aggregate_drift(env.db, book)
    return got, ver, problems


def aggregate_drift(db, book):
    """The kept aggregates (V101, ADR 0008) vs a full recomputation from the entries: a list of mismatches."""
    rows = db.query(f"select aggregate, month, kept, recomputed from ledger_aggregate_drift where book_id = '{book}'")
    return [f"aggregate {r[0]} {r[1]}: kept {r[2]} != recomputed {r[3]}" for r in rows[:10]] + (
        [f"... {len(rows) - 10} more aggregate rows differ"] if len(rows) > 10 else [])


# ------------------------------------------------------------------------------------------ throughput
def create_cost_script(target, writes_only):
    """bench/lib/throughput.sql for one book (its ids written in as literals, so that pgbench can spread its
    transactions over several books with one -f per book); writes_only leaves its READS section out."""
    with open(os.path.join(LIB, "throughput.sql"), encoding="utf-8") as f:
        text = f.read()
    if writes_only:
        text = re.sub(r"-- ---- READS begin.*?-- ---- READS end ----\n", "", text, flags=re.S)
    for var in ("book", "account", "category"):
        text = re.sub(r":" + var + r"\b", "'" + target[var] + "'", text)
    os.makedirs(cet.WORK, exist_ok=True)
    path = os.path.join(cet.WORK, f"throughput-{'writes' if writes_only else 'all'}-{target['book']}.sql")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def pgbench(db, clients, seconds, scripts, defines):
    cmd = ["pgbench", "-h", cet.PG_HOST, "-p", cet.PG_PORT, "-U", cet.PG_USER, "-n", "-M", "prepared",
           "-c", str(clients), "-j", str(min(clients, 2)), "-T", str(max(1, int(seconds)))]
    for script in scripts:
        cmd += ["-f", f"{script}@1"]
    for k, v in defines.items():
        cmd += ["-D", f"{k}={v}"]
    r = subprocess.run(cmd + [db.name], capture_output=True, text=True, timeout=seconds + 120)
    tps = failed = processed = None
    for line in r.stdout.splitlines():
        m = re.match(r"tps = ([0-9.]+)", line)
        if m:
            tps = float(m.group(1))
        m = re.match(r"number of failed transactions: (\d+)", line)
        if m:
            failed = int(m.group(1))
        m2 = re.match(r"number of transactions actually processed: (\d+)", line)
        if m2:
            processed = int(m2.group(1))
    if tps is None or r.returncode != 0:
        raise RuntimeError(f"pgbench failed (exit {r.returncode}): {r.stderr.strip()[-600:]}")
    return tps, processed, failed or 0


class LockWaits:
    """Samples pg_stat_activity every 20 ms (a DO block in one psql session, so sampling costs one backend, not
    a process per sample) while a run lasts: of the samples in which a client connection of the database is
    inside a transaction (active or idle in transaction), the share in which it waits for a lock (the audit
    chain's advisory lock is the only lock creates wait for). Less noisy than rates on a shared machine."""

    def __init__(self, db, seconds):
        self.db, self.seconds, self.result = db, seconds, None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        sql = f"""do $$ declare waiting bigint := 0; busy bigint := 0; w bigint; b bigint;
            deadline timestamptz := clock_timestamp() + interval '{self.seconds:.1f} seconds';
            begin
              while clock_timestamp() < deadline loop
                perform pg_stat_clear_snapshot();
                select count(*) filter (where wait_event_type = 'Lock'), count(*) into w, b from pg_stat_activity
                 where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
                   and state in ('active', 'idle in transaction');
                waiting := waiting + w; busy := busy + b;
                perform pg_sleep(0.02);
              end loop;
              raise notice 'LOCKWAITS % %', waiting, busy;
            end $$;"""
        r = subprocess.run(["psql", "-X", "-q", "-h", cet.PG_HOST, "-p", cet.PG_PORT, "-U", cet.PG_USER, "-d",
                            self.db.name, "-c", sql], capture_output=True, text=True, timeout=self.seconds + 60)
        m = re.search(r"LOCKWAITS (\d+) (\d+)", r.stderr)
        if m:
            self.result = (int(m.group(1)), int(m.group(2)))

    def start(self):
        self.thread.start()
        return self

    def share(self):
        self.thread.join(self.seconds + 90)
        if not self.result or not self.result[1]:
            return "n/a"
        return f"{100.0 * self.result[0] / self.result[1]:.0f} %"


def table_work(db, pause):
    """(index + sequential scans, rows inserted) over the database's tables so far: divided by the creates of
    a run, what one create costs PostgreSQL, comparable between the API and pgbench. A backend flushes these
    counters when it exits (pgbench) or within 10 s of going idle (the app's pooled connections): pause."""
    time.sleep(pause)
    row = db.query("select coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0), "
                   "coalesce(sum(n_tup_ins), 0) from pg_stat_user_tables")[0]
    return int(row[0]), int(row[1])


def profile_app(app, stop):
    """Poor man's sampling profiler: jcmd Thread.print every 0.25 s until stop; for each RUNNABLE request
    thread, the first frame of CET's own code and the first frame overall (what it is busy with)."""
    jcmd = os.path.join(os.environ["JAVA_HOME"], "bin", "jcmd") if os.environ.get("JAVA_HOME") else shutil.which("jcmd")
    if not jcmd:
        return "profile: jcmd not found"
    own, top, samples = {}, {}, 0
    while time.time() < stop:
        r = subprocess.run([jcmd, str(app.proc.pid), "Thread.print"], capture_output=True, text=True, timeout=30)
        for block in r.stdout.split("\n\n"):
            if '"executor-thread' not in block or "java.lang.Thread.State: RUNNABLE" not in block:
                continue
            frames = [l.strip()[3:].split("(")[0] for l in block.splitlines() if l.strip().startswith("at ")]
            if not frames:
                continue
            samples += 1
            top[frames[0]] = top.get(frames[0], 0) + 1
            mine = next((f for f in frames if f.startswith("de.cet.")), "(none)")
            own[mine] = own.get(mine, 0) + 1
        time.sleep(0.25)
    def fmt(d):
        return "\n".join(f"    {n:5d} {100.0 * n / max(1, samples):5.1f} %  {f}" for f, n in sorted(d.items(), key=lambda x: -x[1])[:12])
    return (f"profile: {samples} samples of running request threads\n  innermost CET frame:\n{fmt(own)}\n"
            f"  top frame:\n{fmt(top)}")


def throughput(a):
    if not shutil.which("pgbench"):
        print("throughput: SKIPPED: pgbench is not installed (apt-get install -y postgresql-client)")
        return 0
    with cet.Env("throughput") as env:
        c, tok = env.client, env.admin_token
        first, accounts = make_book(env, "Throughput 1")
        probe = c.request("GET", f"/books/{first}/transactions?size=1", token=tok)
        if route_missing(probe):
            print("throughput: SKIPPED: needs POST /api/v1/books/{id}/transactions (ledger)")
            return 0
        targets = []
        for i in range(10):
            book, accounts = (first, accounts) if i == 0 else make_book(env, f"Throughput {i + 1}")
            category = env.db.scalar(f"select id from ledger_category where book_id = '{book}' and kind = 'EXPENSE' "
                                     "and official_code <> 'EX-700' order by official_code limit 1")
            targets.append({"book": book, "account": accounts["bank-public"], "category": category})
        admin = env.db.scalar(f"select user_id from books_membership where book_id = '{first}' and role = 'ADMIN'")
        session = env.db.scalar(f"select id from identity_session where user_id = '{admin}' and revoked_at is null "
                                "order by created_at desc limit 1")
        txs = [r["transaction"] for r in generate.generate("caucus", 1) if "transaction" in r]
        ids, problems, n5xx_all = [], [], 0
        lock = threading.Lock()

        def worker(i, stop, books, created, samples):
            cl = cet.Client(env.app.base)
            k = i
            while time.time() < stop:
                t = txs[k % len(txs)]
                target = books[k % len(books)]
                k += a.clients
                body = {"type": "EXPENSE", "amount": t["amount"], "date": t["date"], "accountId": target["account"],
                        "categoryId": target["category"], "counterparty": t["counterparty"],
                        "description": t["description"], "reference": t["reference"], "status": "DRAFT"}
                ans = cl.request("POST", f"/books/{target['book']}/transactions", body, token=tok)
                created.add(ans.status)
                if ans.status == 201:
                    with lock:
                        ids.append(ans.json()["id"])
                        samples.append(ans.elapsed)
                elif len(created.counts) < 20 and ans.status >= 500:
                    print(f"  {ans.status}: {ans.body[:200]}")
            cl.close()

        def api_run(books, seconds, measure=True, settle=0):
            created, samples = cet.Counter(), []
            work0 = table_work(env.db, settle) if measure else None
            stop = time.time() + seconds
            threads = [threading.Thread(target=worker, args=(i, stop, books, created, samples), daemon=True)
                       for i in range(a.clients)]
            waits = LockWaits(env.db, seconds).start() if measure else None
            cpu0 = env.app.cpu_seconds()
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            prof = profile_app(env.app, stop) if a.profile and measure else None
            for t in threads:
                t.join(seconds + 60)
            wall = time.perf_counter() - t0
            cpu = env.app.cpu_seconds() - cpu0
            n = created.get(201)
            if not measure:
                return created
            share = waits.share()
            work1 = table_work(env.db, 11)
            print(f"  API: {n} creates in {wall:.1f} s with {a.clients} clients = {n / wall:.1f}/s; "
                  f"p50 {cet.percentile(samples, 50) * 1000:.1f} ms, p99 {cet.percentile(samples, 99) * 1000:.1f} ms; "
                  f"app CPU {cpu:.1f} s ({cpu / max(1, n) * 1000:.1f} ms per create); lock waits {share} of the "
                  f"connections' in-transaction time; per create {per(work0, work1, n)}; "
                  f"answers {dict(sorted(created.counts.items()))}")
            if prof:
                print(prof)
            return n / wall, created, share

        def per(w0, w1, n):
            if not n:
                return "n/a"
            return f"{(w1[0] - w0[0]) / n:.1f} table scans, {(w1[1] - w0[1]) / n:.1f} rows inserted"

        def pg_run(books, writes_only):
            scripts = [create_cost_script(t, writes_only) for t in books]
            before = int(env.db.scalar("select count(*) from ledger_transaction"))
            work0 = table_work(env.db, 0)
            waits = LockWaits(env.db, a.seconds).start()
            tps, processed, failed = pgbench(env.db, a.clients, a.seconds, scripts, {"actor": admin, "session": session})
            share = waits.share()
            work1 = table_work(env.db, 1.5)
            after = int(env.db.scalar("select count(*) from ledger_transaction"))
            what = "writes only" if writes_only else "all statements of a create"
            print(f"  pgbench ({what}, bench/lib/throughput.sql, {a.clients} clients, -M prepared): {processed} "
                  f"creates in {a.seconds:.0f} s = {tps:.1f}/s; failed {failed}; rows added {after - before}; "
                  f"lock waits {share}; per create {per(work0, work1, processed)}")
            if after - before != processed:
                problems.append(f"pgbench reported {processed} transactions but {after - before} rows were added")
            return tps, share

        # warm-up (JIT, pools), not counted in the rates; its creates are checked like the others
        warm = api_run(targets, a.warmup, measure=False)
        n5xx_all += sum(v for s_, v in warm.counts.items() if s_ == 0 or s_ >= 500)
        verdicts = []
        for label, books in (("one book", targets[:1]), ("ten books", targets)):
            print(f"{label}:")
            # the first run waits for the warm-up's counters; later ones follow pgbench, whose exit flushed them
            rate, created, api_waits = api_run(books, a.seconds, settle=11 if label == "one book" else 0)
            n5xx_all += sum(v for s_, v in created.counts.items() if s_ == 0 or s_ >= 500)
            full, pg_waits = pg_run(books, writes_only=False)
            writes, _ = pg_run(books, writes_only=True)
            ratio = rate / full if full else 0.0
            print(f"  ratio: API / pgbench (all statements) {ratio:.2f}; API / pgbench (writes only) "
                  f"{rate / writes if writes else 0.0:.2f}")
            verdicts.append((label, rate, full, ratio, api_waits, pg_waits))

        # lost creates: every acknowledged id has its row, its CREATED history row and its audit entry
        if ids:
            book_list = ", ".join(f"'{t['book']}'" for t in targets)
            have = env.db.query(
                "select count(*), count(distinct c.transaction_id), count(distinct e.entity_id) from ledger_transaction t "
                "left join ledger_transaction_change c on c.transaction_id = t.id and c.action = 'CREATED' "
                "left join ledger_audit_entry e on e.book_id = t.book_id and e.entity_type = 'Transaction' "
                "and e.entity_id = t.id::text and e.action = 'TRANSACTION_CREATED' "
                f"where t.book_id in ({book_list}) and t.created_by = '{admin}' and t.description is distinct from 'Ausgabe pgbench'")[0]
            rows, hist, aud = (int(x) for x in have)
            if not (rows == hist == aud == len(ids)):
                problems.append(f"{len(ids)} acknowledged, but {rows} rows, {hist} with history, {aud} with an audit entry")
        entries = 0
        for t in targets:
            ver = c.expect(200, "GET", f"/books/{t['book']}/audit-log/verification", token=tok)
            if not ver.get("valid"):
                problems.append(f"audit chain of book {t['book']} broken after the runs: {ver}")
            entries += ver.get("entries") or 0
        print(f"audit chains after all runs (API and pgbench entries mixed): "
              f"{'valid' if not any('audit chain' in p for p in problems) else 'BROKEN'}, {entries} entries in 10 books")
        # the concurrent creates of every run kept the aggregates exact (ADR 0008)
        for t in targets:
            problems += aggregate_drift(env.db, t['book'])
        load = os.getloadavg()
        print(f"load average during the run: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
        for label, rate, full, ratio, api_waits, pg_waits in verdicts:
            name = "throughput" if label == "one book" else "throughput-ten-books"
            print(f"{name}: API {rate:.1f} creates/s vs pgbench {full:.1f}/s ({label}), ratio {ratio:.2f} "
                  f"(goal >= 0.5), lock waits {api_waits} vs {pg_waits} {'PASS' if ratio >= 0.5 else 'FAIL'}")
        for p in problems:
            print("  defect: " + p)
        ok = n5xx_all == 0 and not problems
        print(f"throughput-correctness: {n5xx_all} 5xx, {len(problems)} lost/inconsistent (goal 0) {'PASS' if ok else 'FAIL'}")
        return 0 if ok else 1


# ------------------------------------------------------------------------------------------ listing
WRK_LUA = r"""
local paths = {}
for line in io.lines(os.getenv("BENCH_WRK_PATHS")) do paths[#paths + 1] = line end
local n = 0
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_WRK_TOKEN")
wrk.headers["Accept"] = "application/json"
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end
function init(args)
  n = offset or 0
end
function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d "
    .. "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
"""


def run_wrk(base, token, paths, clients, seconds):
    with tempfile.TemporaryDirectory(prefix="cet-wrk-") as d:
        pf, lua = os.path.join(d, "paths.txt"), os.path.join(d, "listing.lua")
        with open(pf, "w") as f:
            f.write("\n".join(paths) + "\n")
        with open(lua, "w") as f:
            f.write(WRK_LUA)
        assert base.startswith("http://127.0.0.1:")
        env = dict(os.environ, BENCH_WRK_PATHS=pf, BENCH_WRK_TOKEN=token)
        r = subprocess.run(["wrk", "-t", "2", "-c", str(clients), "-d", f"{max(1, int(seconds))}s", "--timeout", "10s",
                            "-s", lua, base], capture_output=True, text=True, env=env, timeout=seconds + 60)
        m = re.search(r"RESULT (.*)", r.stdout)
        if not m:
            raise RuntimeError(f"wrk failed: {r.stdout[-400:]} {r.stderr[-400:]}")
        v = {k: int(x) for k, x in (kv.split("=") for kv in m.group(1).split())}
        non200 = v["err_status"] + v["err_connect"] + v["err_read"] + v["err_write"] + v["err_timeout"]
        return {"requests": v["requests"], "rate": v["requests"] / (v["duration_us"] / 1e6), "p50": v["p50_us"] / 1000,
                "p99": v["p99_us"] / 1000, "max": v["max_us"] / 1000, "non200": non200,
                "detail": f"status>=400 {v['err_status']}, connect {v['err_connect']}, read {v['err_read']}, "
                          f"write {v['err_write']}, timeout {v['err_timeout']}", "n5xx_possible": v["err_status"]}


def run_threads(base, token, paths, clients, seconds):
    lat, statuses, lock = [], cet.Counter(), threading.Lock()
    stop = time.time() + seconds

    def worker(i):
        cl = cet.Client(base)
        k = i * 7919
        while time.time() < stop:
            ans = cl.request("GET", paths[k % len(paths)], token=token)
            k += 1
            statuses.add(ans.status)
            with lock:
                lat.append(ans.elapsed)
        cl.close()

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    wall = time.perf_counter() - t0
    non200 = sum(v for s, v in statuses.counts.items() if s != 200)
    n5xx = sum(v for s, v in statuses.counts.items() if s == 0 or s >= 500)
    return {"requests": len(lat), "rate": len(lat) / wall, "p50": cet.percentile(lat, 50) * 1000,
            "p99": cet.percentile(lat, 99) * 1000, "max": max(lat) * 1000 if lat else 0, "non200": non200,
            "detail": f"answers {dict(sorted(statuses.counts.items()))}", "n5xx_possible": n5xx}


def explain(db, sql):
    """Execution time (ms) of EXPLAIN ANALYZE and the plan's first node."""
    rows = db.query("explain (analyze, buffers off) " + sql)
    lines = [r[0] for r in rows]
    ms = next((float(re.search(r"([0-9.]+) ms", l).group(1)) for l in lines if l.startswith("Execution Time")), float("nan"))
    node = next((l.strip().split("  (")[0] for l in lines if "Scan" in l), lines[0].split("  (")[0])
    return ms, node.replace("->", "").strip()


def baseline(db, book, where, agg_where, order, offset):
    """SqlLedgerQueries.search's queries (the kept month totals, the page of ids) and JpaTransactionRepository.findAll
    (Hibernate's entity load) for one page; and, apart, the full count+totals scan each page cost before V101."""
    w = f" from ledger_transaction t where t.book_id = '{book}'" + where
    scan = ("select count(*), coalesce(sum(case when t.type = 'INCOME' then (case when t.reversal_of is null then 1 "
            "else -1 end) * t.amount end), 0), coalesce(sum(case when t.type = 'EXPENSE' then (case when t.reversal_of "
            "is null then 1 else -1 end) * t.amount end), 0)" + w)
    kept = ("select a.month, sum(a.entries), coalesce(sum(a.signed_amount) filter (where a.type = 'INCOME'), 0), "
            "coalesce(sum(a.signed_amount) filter (where a.type = 'EXPENSE'), 0) from ledger_listing_total a "
            f"where a.book_id = '{book}'{agg_where} group by a.month")
    page = f"select t.id{w} order by {order} offset {offset} limit 50"
    ids = [r[0] for r in db.query(page)]
    in_list = ",".join(f"'{i}'" for i in ids) or "null"
    entities = f"select * from ledger_transaction t where t.book_id = '{book}' and t.id in ({in_list})"
    # the element collections Hibernate fetches by subselect for the loaded entities
    coll = (f"select r.* from ledger_transaction_receipt r where r.transaction_id in ({in_list}); ")
    parts = [("kept totals", kept), ("page of ids", page), ("entities", entities), ("receipts", coll.rstrip("; "))]
    out, total = [], 0.0
    for name, sql in parts:
        ms, node = explain(db, sql)
        total += ms
        out.append(f"{name} {ms:.2f} ms ({node})")
    scan_ms, scan_node = explain(db, scan)
    return total, "; ".join(out), f"{scan_ms:.2f} ms ({scan_node})"


def listing(a):
    with cet.Env("listing") as env:
        c, tok = env.client, env.admin_token
        years = 5 if a.transactions > 5000 else 1
        seeded = seed_book(env, "Listing", a.transactions, years, probe="/books/{book}/transactions?size=50")
        if seeded is None:
            print("listing: SKIPPED: needs GET /api/v1/books/{id}/transactions (ledger)")
            return 0
        book, accounts, (count, income, expense), profile = seeded
        got, ver, problems = check_book(env, book, count, income, expense)
        print(f"check through the API: totalItems {got[0]}, income {got[1]}, expense {got[2]} "
              f"(loader: {count}, {income}, {expense}); audit chain valid={ver.get('valid')}, {ver.get('entries')} entries")
        for p in problems:
            print("  defect: " + p)
        last_year = 2026 + years - 1
        # (name, query, SQL order, pages drawn from: None = all pages of the set, else the first n)
        variants = [
            ("page", "", "t.date desc, t.id desc", 20),
            ("filtered", f"&type=INCOME&from={last_year}-04-01&to={last_year}-06-30", "t.date desc, t.id desc", None),
            ("sorted", "&sort=amount,desc", "t.amount desc, t.id desc", 20),
            ("deep", "", "t.date desc, t.id desc", None),
        ]
        use_wrk = shutil.which("wrk") is not None and not a.threads
        why = "" if use_wrk else (" (--threads)" if a.threads else " (wrk is not installed: apt-get install -y wrk)")
        print(f"load generator: {'wrk (Debian, 2 threads, Lua)' if use_wrk else 'Python threads' + why}, "
              f"{a.clients} connections, {a.seconds:.0f} s per variant")
        warm_paths = [f"/api/v1/books/{book}/transactions?page={p}&size=50{q}" for p in range(20) for _, q, _, _ in variants]
        w = run_threads(env.app.base, tok, warm_paths, 4, a.warmup)
        print(f"warm-up (not counted): {w['requests']} requests with 4 threads in {a.warmup:.0f} s, non-200 {w['non200']}")
        results, total_non200, total_5xx = [], w["non200"], w["n5xx_possible"]
        for name, query, order, first_pages in variants:
            first = c.expect(200, "GET", f"/books/{book}/transactions?size=50{query}", token=tok)
            total = first["totalItems"]
            pages = max(1, (total + 49) // 50)
            drawn = pages if first_pages is None else min(pages, first_pages)
            paths = [f"/api/v1/books/{book}/transactions?page={(p * 7919) % drawn}&size=50{query}" for p in range(997)]
            where = agg_where = ""
            if name == "filtered":
                where = f" and t.date >= '{last_year}-04-01' and t.date <= '{last_year}-06-30' and t.type = 'INCOME'"
                agg_where = f" and a.month >= '{last_year}-04-01' and a.month < '{last_year}-07-01' and a.type = 'INCOME'"
            # the baseline's page: the deepest the variant draws (for date order the app skips whole months first)
            base_ms, base_detail, scan = baseline(env.db, book, where, agg_where, order, (drawn - 1) * 50)
            run = run_wrk if use_wrk else run_threads
            r = run(env.app.base, tok, paths, a.clients, a.seconds)
            total_non200 += r["non200"]
            total_5xx += r["n5xx_possible"]
            results.append((name, r))
            print(f"{name}: {total} matching, {pages} pages; {r['requests']} requests = {r['rate']:.0f}/s; "
                  f"p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms, max {r['max']:.1f} ms; non-200 {r['non200']} ({r['detail']})")
            print(f"  PostgreSQL baseline (EXPLAIN ANALYZE, one page, no load): {base_ms:.2f} ms = {base_detail}")
            print(f"  before V101 every page also scanned the filtered set for its totals: {scan}")
        load = os.getloadavg()
        print(f"load average after the run: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
        late = aggregate_drift(env.db, book)  # after the load too: reads must leave them as they were
        problems += late
        for p in late:
            print("  defect: " + p)
        for name, r in results:
            fig = "listing" if name == "page" else f"listing-{name}"
            print(f"{fig}: p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms, {r['rate']:.0f} req/s, {a.clients} clients, "
                  f"{count} transactions (goal p99 <= 50 ms) {'PASS' if r['p99'] <= 50 else 'FAIL'}")
        ok = not problems and total_non200 == 0
        print(f"listing-correctness: totals and aggregates {'match' if not problems else 'MISMATCH'}, audit chain "
              f"{'valid' if ver.get('valid') else 'BROKEN'}, {total_non200} non-200 (goal 0) {'PASS' if ok else 'FAIL'}")
        return 0 if ok else 1


def main():
    mode = sys.argv[1]
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--clients", type=int)
    ap.add_argument("--seconds", type=float)
    ap.add_argument("--transactions", type=int, default=100_000)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--warmup", type=float, help="seconds of unmeasured load first (default 5, smoke 1)")
    ap.add_argument("--threads", action="store_true", help="listing: Python threads even when wrk is installed")
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args(sys.argv[2:])
    if a.help:
        print(THROUGHPUT_HELP if mode == "throughput" else LISTING_HELP)
        return 0
    if a.smoke:
        a.seconds = 2 if a.seconds is None else a.seconds
        a.clients = (4 if mode == "throughput" else 10) if a.clients is None else a.clients
        a.transactions = 2000 if a.transactions == 100_000 else a.transactions
    a.warmup = a.warmup if a.warmup is not None else (1 if a.smoke else 5)
    a.seconds = (20 if mode == "throughput" else 15) if a.seconds is None else a.seconds
    a.clients = (8 if mode == "throughput" else 50) if a.clients is None else a.clients
    if not 1 <= a.clients <= 500 or not 0 < a.seconds <= 3600 or not 0 <= a.warmup <= 600 or not 1 <= a.transactions <= 2_000_000:
        print(f"{mode}: --clients 1..500, --seconds up to 3600, --transactions 1..2000000", file=sys.stderr)
        return 2
    try:
        return throughput(a) if mode == "throughput" else listing(a)
    except RuntimeError as e:
        print(f"{mode}: harness broke: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
