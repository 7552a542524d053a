#!/usr/bin/env python3
"""bench/reports: the reporting benchmark (see `bench/reports --help` and bench/README.md)."""
import argparse, datetime, decimal, os, re, shutil, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402
import ledger_bench  # noqa: E402

HELP = """Usage: bench/reports [--transactions N] [--runs R] [--lines L] [--profile] [--smoke]

Seeds one book with N = 100 000 BOOKED transactions (bench/lib/generate --profile large, seed 1: dates
2026-01-01 .. 2030-12-30) in ONE period "2026-2030" (2026-01-01 .. 2030-12-31, the book's first period),
so every measured report covers all of them, then measures, sequentially on one keep-alive connection,
each after warm-up requests that are not counted (medians of R runs):

  transparency  GET .../reports/transparency?periodId=P&fund=PUBLIC&format=json against the raw SQL
                aggregation the report needs, run in PostgreSQL through one persistent psql session
                (PREPAREd once, then EXECUTEd each run; psql's \\timing = client wall time per statement
                incl. planning and the local round trip, excluding connection set-up): the opening balance
                (accounts of the fund, the stored closing balances of the previous period, the ledger's
                balances the day before the period), the sums per official code, the bank/cash transfers
                and the inventory -- SqlReportingQueries' and SqlLedgerQueries.balances' statements.
                API and SQL runs alternate. Goal: API / SQL <= 2. format=pdf and format=csv for information.
  expenses      GET .../reports/expenses?from=&to=&format=pdf over a date range chosen from the data to
                hold L = 10 000 booked entries (the middle of the book; all types, as the endpoint does
                without type=); the line count printed is the JSON variant's lineCount.
                Goal: <= 3 s. format=json and format=csv for information.
  overview      GET .../overview?periodId=P, R x 3 requests: median and p95. Goal: p95 <= 50 ms (it reads
                the kept aggregates, ADR 0008; the plain SQL over the entries is printed beside it).
Then EXPLAIN ANALYZE of the statements behind each endpoint (where the time goes in PostgreSQL).

Correctness (gated, exit 1): no 5xx; the transparency JSON's totalIncome / totalExpenses equal SQL sums
of the period's BOOKED income / expense entries on PUBLIC accounts, its lines equal the app's GROUP BY,
its openingBalance the accounts' balances before the period; the expense report's lineCount, totalIncome
and totalExpense equal SQL over the range; the overview's months and fund balance agree with the same
SQL; the kept aggregates equal a full recomputation (ledger_aggregate_drift is empty); every format=pdf
answer is application/pdf, starts with %PDF and ends with %%EOF.
Speed goals print PASS/FAIL but never change the exit status. Exit 2: it could not run.

--runs R       timed runs per figure (default 7; overview 3 x R)
--lines L      entries in the expense report's range (default 10 000)
--profile      afterwards, record the app with Java Flight Recorder (jcmd JFR.start, jfr print) while
               each of transparency json, expenses pdf and overview is requested in a loop for 15 s,
               and print where the app's CPU goes (innermost CET frame; share in Hibernate's flush,
               entity loading, OpenPDF, Jackson). JFR does not sample threads waiting for PostgreSQL:
               compare with the EXPLAIN ANALYZE lines for that part
--smoke        2 000 transactions (same five-year layout), 3 runs, 1 000 lines; for CI, < 40 s"""

D = decimal.Decimal
NL = b"\n"

# The statements of SqlReportingQueries (and SqlLedgerQueries.balances) as the transparency report runs
# them before the kept aggregates (V101, ADR 0008), $n for Hibernate's ?n: the plain SQL over the entries that
# the app's answers (read from the aggregates now) are measured and checked against.
ACCOUNTS = "select id, type from ledger_account where book_id = $1 and fund = $2"
PREVIOUS_CLOSING = """select b.account_id, b.closing_balance from ledger_period_balance b
    where b.book_id = $1 and b.period_id = (
        select p.id from ledger_period p where p.book_id = $1 and p.end_date < $2
        order by p.end_date desc limit 1)"""
BALANCES = """select a.id, a.opening_balance + coalesce((
        select sum(case when t.reversal_of is null then 1 else -1 end * case
                when t.type = 'INCOME' and t.account_id = a.id then t.amount
                when t.type = 'EXPENSE' and t.account_id = a.id and t.paid_by_member_id is null then -t.amount
                when t.type = 'TRANSFER' and t.account_id = a.id then -t.amount
                when t.type = 'TRANSFER' and t.to_account_id = a.id then t.amount
                else 0 end)
        from ledger_transaction t
        where t.book_id = a.book_id and t.status = 'BOOKED' and t.date <= $2
          and (t.account_id = a.id or t.to_account_id = a.id)), 0)
    from ledger_account a where a.book_id = $1"""
SUMS = """select c.official_code, sum(s.amount)
    from (select t.category_id,
                 sum(case when t.reversal_of is null then t.amount else -t.amount end) as amount
          from ledger_transaction t
          where t.book_id = $1 and t.status = 'BOOKED' and t.date between $2 and $3
            and t.type in ('INCOME', 'EXPENSE') and t.reimburses_member_id is null
            and t.account_id in (select a.id from ledger_account a where a.book_id = $1 and a.fund = $4)
          group by t.category_id) s
    join ledger_category c on c.id = s.category_id
    group by c.official_code
    order by c.official_code"""
TRANSFERS = """select coalesce(sum(case when s.fund = $4 and d.fund = $4 and s.type = 'BANK' and d.type = 'CASH'
                             then sign end), 0),
           coalesce(sum(case when s.fund = $4 and d.fund = $4 and s.type = 'CASH' and d.type = 'BANK'
                             then sign end), 0),
           coalesce(sum(case when s.fund <> $4 and d.fund = $4 then sign end), 0),
           coalesce(sum(case when s.fund = $4 and d.fund <> $4 then sign end), 0)
    from (select t.account_id, t.to_account_id,
                 case when t.reversal_of is null then t.amount else -t.amount end as sign
          from ledger_transaction t
          where t.book_id = $1 and t.status = 'BOOKED' and t.type = 'TRANSFER'
            and t.date between $2 and $3) x
    join ledger_account s on s.id = x.account_id
    join ledger_account d on d.id = x.to_account_id
    where s.fund = $4 or d.fund = $4"""
OPEN_ADVANCES = """select a.fund, sum(case when t.reversal_of is null then 1 else -1 end
                       * case when t.paid_by_member_id is not null then t.amount else -t.amount end)
    from ledger_transaction t
    join ledger_account a on a.id = t.account_id
    where t.book_id = $1 and t.status = 'BOOKED' and t.type = 'EXPENSE' and t.date <= $2
      and (t.paid_by_member_id is not null or t.reimburses_member_id is not null)
    group by a.fund"""
INVENTORY = """select i.description, i.date, i.price
    from ledger_inventory_item i
    join ledger_transaction t on t.id = i.transaction_id
    join ledger_account a on a.id = t.account_id
    where i.book_id = $1 and t.status = 'BOOKED' and t.reversed_by is null
      and t.date between $2 and $3 and a.fund = $4
    order by i.date, i.description"""
# name, statement, parameter types, which arguments (b = book, s = period start, e = end, f = fund, d = start - 1 day)
TRANSPARENCY_SQL = [
    ("accounts", ACCOUNTS, "uuid, text", "bf"),
    ("previous closing balances", PREVIOUS_CLOSING, "uuid, date", "bs"),
    ("balances before the period", BALANCES, "uuid, date", "bd"),
    ("sums by official code", SUMS, "uuid, date, date, text", "bsef"),
    ("transfers", TRANSFERS, "uuid, date, date, text", "bsef"),
    ("advances owed at the start", OPEN_ADVANCES, "uuid, date", "bd"),
    ("advances owed at the end", OPEN_ADVANCES, "uuid, date", "be"),
    ("inventory", INVENTORY, "uuid, date, date, text", "bsef"),
]

# The overview's heavier statements (Overviews.overview): balances twice, month sums, open approvals, the
# open advances per member (SqlLedgerQueries.openAdvances) and per fund (OPEN_ADVANCES, twice).
MONTH_SUMS = """select to_char(s.month, 'YYYY-MM'), c.official_code, a.fund, sum(s.amount)
    from (select date_trunc('month', t.date) as month, t.category_id, t.account_id,
                 sum(case when t.reversal_of is null then t.amount else -t.amount end) as amount
          from ledger_transaction t
          where t.book_id = $1 and t.status = 'BOOKED' and t.date between $2 and $3
            and t.type in ('INCOME', 'EXPENSE') and t.reimburses_member_id is null
          group by 1, 2, 3) s
    join ledger_category c on c.id = s.category_id
    join ledger_account a on a.id = s.account_id
    group by s.month, c.official_code, a.fund
    order by s.month, c.official_code, a.fund"""
# SqlLedgerQueries.openAdvances: what the book owes each member
ADVANCES_BY_MEMBER = """select member, sum(effect) from (
        select t.paid_by_member_id as member,
               case when t.reversal_of is null then t.amount else -t.amount end as effect
        from ledger_transaction t
        where t.book_id = $1 and t.status = 'BOOKED' and t.type = 'EXPENSE' and t.paid_by_member_id is not null
        union all
        select t.reimburses_member_id, case when t.reversal_of is null then -t.amount else t.amount end
        from ledger_transaction t
        where t.book_id = $1 and t.status = 'BOOKED' and t.type = 'EXPENSE' and t.reimburses_member_id is not null) x
    group by member
    having sum(effect) > 0"""
ADVANCES_WHERE = ("from ledger_transaction t where t.book_id = $1 and t.status = 'BOOKED' "
                  "and (t.paid_by_member_id is not null or t.reimburses_member_id is not null)")


class Psql:
    """One persistent psql session (like the app's pooled connection): run(sql) answers its output lines."""
    END = "__cet_bench_end__"

    def __init__(self, db):
        self.proc = subprocess.Popen(["psql", "-X", "-q", "-At", "-h", cet.PG_HOST, "-p", cet.PG_PORT, "-U", cet.PG_USER,
                                      "-d", db, "-v", "ON_ERROR_STOP=1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, bufsize=1)

    def run(self, sql):
        self.proc.stdin.write(sql.rstrip() + "\n\\echo " + self.END + "\n")
        self.proc.stdin.flush()
        out = []
        while True:
            line = self.proc.stdout.readline()
            if not line:
                self.proc.wait(10)
                raise RuntimeError(f"psql session ended: {self.proc.stderr.read().strip()[:500]}")
            if line.rstrip("\n") == self.END:
                return out
            out.append(line.rstrip("\n"))

    def close(self):
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait(10)


def lit(v):
    return "'" + str(v).replace("'", "''") + "'"


def median(xs):
    return cet.percentile(xs, 50)


def ms(x):
    return x * 1000.0


class Run:
    """Requests of one benchmark: statuses, defects and the harness' own failures."""

    def __init__(self, env):
        self.env, self.c, self.tok = env, env.client, env.admin_token
        self.c.timeout = 600  # a 10 000-line PDF on a slow machine
        self.c.close()  # the next request opens a connection with that timeout
        self.defects, self.n5xx = [], 0

    def get(self, path, kind=None):
        ans = self.c.request("GET", path, token=self.tok, headers={"Accept": "*/*"})
        if ans.status == 0 or ans.status >= 500:
            self.n5xx += 1
            self.defects.append(f"GET {path}: {ans.status or 'no answer'} {ans.body[:300]}")
        elif ans.status != 200:
            raise RuntimeError(f"GET {path}: {ans.status} {ans.body[:300]}")
        elif kind == "pdf":
            d = ans.data
            if ans.content_type != "application/pdf" or not d.startswith(b"%PDF-") or b"%%EOF" not in d[-32:]:
                self.defects.append(f"GET {path}: not a PDF (Content-Type {ans.content_type!r}, starts {d[:8]!r}, "
                                    f"ends {d[-16:]!r}, {len(d)} bytes)")
        elif kind == "csv" and ans.content_type != "text/csv":
            self.defects.append(f"GET {path}: Content-Type {ans.content_type!r}, expected text/csv")
        elif kind == "json" and ans.json() is None:
            self.defects.append(f"GET {path}: not JSON: {ans.body[:200]}")
        return ans

    def timed(self, path, kind, runs, warmup):
        for _ in range(warmup):
            self.get(path, kind)
        answers = [self.get(path, kind) for _ in range(runs)]
        return [a.elapsed for a in answers], answers[-1]


def explain(sess, sql):
    """EXPLAIN ANALYZE in the session: (execution ms, planning ms, the plan's most telling node)."""
    lines = sess.run("\\o\n\\timing off\nexplain (analyze, buffers off) " + sql + ";\n\\timing on\n\\o /dev/null")
    exe = next((float(re.search(r"([0-9.]+) ms", l).group(1)) for l in lines if l.startswith("Execution Time")), float("nan"))
    plan = next((float(re.search(r"([0-9.]+) ms", l).group(1)) for l in lines if l.startswith("Planning Time")), 0.0)
    scans = [l.strip().lstrip("-> ").split("  (")[0] for l in lines if "Scan" in l]
    scans.sort(key=lambda n: "on ledger_transaction " not in n + " ")  # the big table's access path first
    node = scans[0] if scans else lines[0].split("  (")[0]
    jit = next((re.search(r"Total ([0-9.]+) ms", l) for l in lines if l.strip().startswith("Timing:") and "Total" in l), None)
    if jit:  # PostgreSQL compiled the plan (cost above jit_above_cost): part of the execution time
        node += f"; JIT {float(jit.group(1)):.0f} ms"
    rows = re.search(r"actual time=[0-9.]+\.\.[0-9.]+ rows=(\d+)", lines[0])
    return exe, plan, node.strip(), int(rows.group(1)) if rows else None


def breakdown(sess, parts):
    out, total = [], 0.0
    for name, sql in parts:
        exe, plan, node, rows = explain(sess, sql)
        total += exe
        out.append(f"    {name}: {exe:.1f} ms (+ {plan:.1f} ms planning), {rows} rows, {node}")
    return total, out


def substitute(sql, args):
    for i, v in sorted(enumerate(args, 1), reverse=True):
        sql = sql.replace(f"${i}", v)
    return sql


def _tool(name):
    home = os.environ.get("JAVA_HOME")
    path = os.path.join(home, "bin", name) if home else None
    return path if path and os.path.exists(path) else shutil.which(name)


def jfr_profile(app, tok, path, seconds):
    """Requests path in a loop for `seconds` while Java Flight Recorder samples the app (settings=profile,
    every 10-20 ms). JFR samples threads running Java code only, not threads waiting for PostgreSQL, so this
    is where the app's own CPU goes: the innermost CET frame of each sample that has one, and how many of
    them are in Hibernate's flush (dirty checking of managed entities) or in loading entities."""
    jcmd, jfr = _tool("jcmd"), _tool("jfr")
    if not jcmd or not jfr:
        return "profile: jcmd/jfr not found (a JDK's bin on PATH or JAVA_HOME)"
    rec = os.path.join(cet.WORK, "reports-profile.jfr")
    if os.path.exists(rec):
        os.remove(rec)
    pid = str(app.proc.pid)
    subprocess.run([jcmd, pid, "JFR.start", "name=cetbench", "settings=profile", f"filename={rec}"],
                   capture_output=True, timeout=60)
    cl, n, stop = cet.Client(app.base, timeout=600), 0, time.time() + seconds
    while time.time() < stop:
        cl.request("GET", path, token=tok, headers={"Accept": "*/*"})
        n += 1
    cl.close()
    subprocess.run([jcmd, pid, "JFR.stop", "name=cetbench"], capture_output=True, timeout=120)
    out = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", rec],
                         capture_output=True, text=True, timeout=300).stdout
    own, marks, total = {}, {}, 0
    for event in out.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
        if not any(f.startswith("de.cet.") for f in frames):
            continue  # not a request thread (GC, compiler, the mail poller's idle loop ...)
        total += 1
        mine = next((f for f in frames if f.startswith("de.cet.") and "_Subclass" not in f and "ClientProxy" not in f), "?")
        own[mine] = own.get(mine, 0) + 1
        for label, keys in (("Hibernate flush", ("AbstractFlushingEventListener", "DefaultFlushEventListener",
                                                 "DefaultAutoFlushEventListener")),
                            ("loading entities", ("AbstractEntityInitializer", "EntityInitializerImpl",
                                                  "StandardRowReader")),
                            ("PDF (OpenPDF)", ("com.lowagie.",)), ("JSON (Jackson)", ("com.fasterxml.jackson",))):
            if any(k in f for f in frames for k in keys):
                marks[label] = marks.get(label, 0) + 1
    if not total:
        return f"profile: no samples in CET code ({n} requests)"
    lines = [f"profile (JFR, {n} requests in {seconds} s): {total} CPU samples in request threads; innermost CET frame:"]
    lines += [f"    {c:5d} {100.0 * c / total:5.1f} %  {f}" for f, c in sorted(own.items(), key=lambda x: -x[1])[:8]]
    lines.append("  samples inside: " + (", ".join(f"{k} {100.0 * c / total:.0f} %" for k, c in
                                                   sorted(marks.items(), key=lambda x: -x[1])) or "-"))
    return "\n".join(lines)


def reports(a):
    with cet.Env("reports") as env:
        r = Run(env)
        c, tok, db = env.client, env.admin_token, env.db
        seeded = ledger_bench.seed_book(env, "Reports", a.transactions, years=5, one_period=True,
                                        probe="/books/{book}/reports/transparency?periodId=" + cet.new_id())
        if seeded is None:
            print("reports: SKIPPED: needs GET /api/v1/books/{id}/reports/transparency (reporting)")
            return 0
        book, accounts, (count, income, expense), _ = seeded
        pid, start, end = db.query(f"select id, start_date, end_date from ledger_period where book_id = '{book}'")[0]
        in_period = int(db.scalar(f"select count(*) from ledger_transaction where book_id = '{book}' and status = 'BOOKED' "
                                  f"and date between '{start}' and '{end}'"))
        span = db.query(f"select min(date), max(date) from ledger_transaction where book_id = '{book}'")[0]
        print(f"period '2026-{int(end[:4])}' {start} .. {end} (the book's only period) holds {in_period} of the {count} "
              f"loaded entries (dated {span[0]} .. {span[1]})")
        before_start = (datetime.date.fromisoformat(start) - datetime.timedelta(days=1)).isoformat()
        arg = {"b": lit(book) + "::uuid", "s": lit(start) + "::date", "e": lit(end) + "::date", "f": "'PUBLIC'",
               "d": lit(before_start) + "::date"}
        warm = 1 if a.smoke else 2
        sess = Psql(db.name)
        try:
            return measure(a, env, r, sess, book, pid, start, end, in_period, arg, warm)
        finally:
            sess.close()


def measure(a, env, r, sess, book, pid, start, end, in_period, arg, warm):
    db, c, tok = env.db, env.client, env.admin_token
    # ---------------------------------------------------------------------------------------- transparency
    sess.run("\\o /dev/null\n\\timing on\n" + "".join(
        f"prepare tq{i} ({types}) as {sql};\n" for i, (_, sql, types, _) in enumerate(TRANSPARENCY_SQL)))
    execute = "".join(f"execute tq{i} ({', '.join(arg[k] for k in keys)});\n"
                      for i, (_, _, _, keys) in enumerate(TRANSPARENCY_SQL))

    def sql_run():
        times = [float(m.group(1)) for m in (re.match(r"Time: ([0-9.]+) ms", l) for l in sess.run(execute)) if m]
        if len(times) != len(TRANSPARENCY_SQL):
            raise RuntimeError(f"psql timing: expected {len(TRANSPARENCY_SQL)} timings, got {times}")
        return times

    tpath = f"/books/{book}/reports/transparency?periodId={pid}&fund=PUBLIC"
    for _ in range(warm):
        r.get(tpath + "&format=json", "json")
        sql_run()
    api_t, sql_t, per_stmt, tjson = [], [], [], None
    for _ in range(a.runs):  # alternating, so that drift on the machine hits both sides alike
        ans = r.get(tpath + "&format=json", "json")
        api_t.append(ans.elapsed)
        tjson = ans.json() or {}
        times = sql_run()
        sql_t.append(sum(times) / 1000.0)
        per_stmt.append(times)
    api_ms, sql_ms = ms(median(api_t)), ms(median(sql_t))
    ratio = api_ms / sql_ms if sql_ms > 0 else float("inf")
    stmt_medians = [median([t[i] for t in per_stmt]) for i in range(len(TRANSPARENCY_SQL))]
    print(f"transparency json: API median {api_ms:.1f} ms (min {ms(min(api_t)):.1f}, max {ms(max(api_t)):.1f}) vs SQL "
          f"median {sql_ms:.1f} ms (min {ms(min(sql_t)):.1f}, max {ms(max(sql_t)):.1f}), {a.runs} alternating runs after "
          f"{warm} warm-up(s); SQL per statement (median ms): "
          + ", ".join(f"{n} {t:.1f}" for (n, _, _, _), t in zip(TRANSPARENCY_SQL, stmt_medians)))
    tpdf_t, tpdf = r.timed(tpath + "&format=pdf", "pdf", max(1, a.runs // 2 + 1), warm)
    tcsv_t, _ = r.timed(tpath + "&format=csv", "csv", max(1, a.runs // 2 + 1), warm)
    print(f"transparency pdf: median {ms(median(tpdf_t)):.1f} ms ({len(tpdf.data)} bytes); csv: median "
          f"{ms(median(tcsv_t)):.1f} ms")

    # correctness: the JSON against SQL of its own (not the app's statement) and against the app's GROUP BY
    problems = []
    own = db.query(f"""select t.type, coalesce(sum(case when t.reversal_of is null then t.amount else -t.amount end), 0), count(*)
        from ledger_transaction t join ledger_account a on a.id = t.account_id
        where t.book_id = '{book}' and t.status = 'BOOKED' and t.date between '{start}' and '{end}' and a.fund = 'PUBLIC'
          and t.type in ('INCOME', 'EXPENSE') and t.reimburses_member_id is null group by t.type""")
    sums = {row[0]: (D(row[1]), int(row[2])) for row in own}
    want_in, want_ex = sums.get("INCOME", (D(0), 0))[0], sums.get("EXPENSE", (D(0), 0))[0]
    got_in, got_ex = D(str(tjson.get("totalIncome"))), D(str(tjson.get("totalExpenses")))
    if (got_in, got_ex) != (want_in, want_ex):
        problems.append(f"transparency totalIncome/totalExpenses {got_in}/{got_ex} != SQL {want_in}/{want_ex}")
    by_code = {row[0]: D(row[1]) for row in db.query(substitute(SUMS, [arg[k] for k in "bsef"]))}
    got_lines = {l["officialCode"]: D(str(l["amount"])) for l in tjson.get("income", []) + tjson.get("expenses", [])}
    if got_lines != by_code:
        problems.append(f"transparency lines {sorted(got_lines.items())} != the GROUP BY {sorted(by_code.items())}")
    opening = sum((D(row[0]) for row in db.query(
        f"select b.bal from (select q.* from ({substitute(BALANCES, [arg['b'], arg['d']])}) q(id, bal)) b "
        f"join ledger_account a on a.id = b.id where a.fund = 'PUBLIC'")), D(0))
    got_open = D(str(tjson.get("openingBalance")))
    if got_open != opening:
        problems.append(f"transparency openingBalance {got_open} != the PUBLIC accounts' balances before the period {opening}")
    closing = D(str(tjson.get("closingBalance")))
    if closing != got_open + got_in - got_ex:
        problems.append(f"transparency closingBalance {closing} != opening + income - expenses")
    n_public = sum(v[1] for v in sums.values())
    print(f"transparency check: totalIncome {got_in}, totalExpenses {got_ex} (SQL over the {n_public} booked PUBLIC "
          f"entries of the period: {want_in}, {want_ex}); {len(got_lines)} lines (GROUP BY: {len(by_code)}); "
          f"openingBalance {got_open} (SQL {opening}); closingBalance {closing}: "
          f"{'match' if not problems else 'MISMATCH'}")

    # ---------------------------------------------------------------------------------------- expenses
    n_booked = int(db.scalar(f"select count(*) from ledger_transaction where book_id = '{book}' and status = 'BOOKED'"))
    target = min(a.lines, n_booked)
    offset = max(0, (n_booked - target) // 2)
    frm = db.scalar(f"select date from ledger_transaction where book_id = '{book}' and status = 'BOOKED' "
                    f"order by date, id offset {offset} limit 1")
    to = db.scalar(f"select date from ledger_transaction where book_id = '{book}' and status = 'BOOKED' and date >= '{frm}' "
                   f"order by date, id offset {target - 1} limit 1")
    epath = f"/books/{book}/reports/expenses?from={frm}&to={to}"
    ejson_t, ej = r.timed(epath + "&format=json", "json", max(1, a.runs // 2), warm)
    ejson = ej.json() or {}
    lines = ejson.get("lineCount")
    epdf_t, epdf = r.timed(epath + "&format=pdf", "pdf", a.runs if a.smoke else max(3, a.runs - 2), warm)
    ecsv_t, ecsv = r.timed(epath + "&format=csv", "csv", max(1, a.runs // 2), warm)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", epdf.data))
    epdf_ms = ms(median(epdf_t))
    print(f"expenses {frm} .. {to}: {lines} lines; pdf median {epdf_ms:.0f} ms (min {ms(min(epdf_t)):.0f}, max "
          f"{ms(max(epdf_t)):.0f}; {len(epdf.data)} bytes, {pages or '?'} pages); json median {ms(median(ejson_t)):.0f} ms "
          f"({len(ej.data)} bytes); csv median {ms(median(ecsv_t)):.0f} ms ({len(ecsv.data)} bytes, "
          f"{ecsv.data.count(NL)} lines)")
    erow = db.query(f"""select count(*),
          coalesce(sum(case when type = 'INCOME' then (case when reversal_of is null then amount else -amount end) end), 0),
          coalesce(sum(case when type = 'EXPENSE' then (case when reversal_of is null then amount else -amount end) end), 0)
        from ledger_transaction where book_id = '{book}' and status = 'BOOKED' and date between '{frm}' and '{to}'""")[0]
    e_want = (int(erow[0]), D(erow[1]), D(erow[2]))
    e_got = (lines, D(str(ejson.get("totalIncome"))), D(str(ejson.get("totalExpense"))))
    if e_got != e_want:
        problems.append(f"expense report (lineCount, totalIncome, totalExpense) {e_got} != SQL {e_want}")
    print(f"expenses check: lineCount, totalIncome, totalExpense = {e_got[0]}, {e_got[1]}, {e_got[2]} "
          f"(SQL {e_want[0]}, {e_want[1]}, {e_want[2]}): {'match' if e_got == e_want else 'MISMATCH'}")

    # ---------------------------------------------------------------------------------------- overview
    opath = f"/books/{book}/overview?periodId={pid}"
    ov_t, ov = r.timed(opath, "json", 3 * a.runs, warm)
    ovj = ov.json() or {}
    ov_med, ov_p95 = ms(median(ov_t)), ms(cet.percentile(ov_t, 95))
    n_adv = int(db.scalar(f"select count(*) {substitute(ADVANCES_WHERE, [lit(book) + '::uuid'])}"))
    print(f"overview: median {ov_med:.1f} ms, p95 {ov_p95:.1f} ms, max {ms(max(ov_t)):.1f} ms of {len(ov_t)} requests "
          f"after {warm} warm-up(s); asOf {ovj.get('asOf')}, {len(ovj.get('months', []))} month lines, "
          f"{n_adv} booked advances in the book, {len(ov.data)} bytes")
    months_in = sum((D(str(m["amount"])) for m in ovj.get("months", []) if m["fund"] == "PUBLIC"
                     and str(m["officialCode"]).startswith("IN-")), D(0))
    months_ex = sum((D(str(m["amount"])) for m in ovj.get("months", []) if m["fund"] == "PUBLIC"
                     and not str(m["officialCode"]).startswith("IN-")), D(0))
    as_of = ovj.get("asOf") or end
    fund_now = sum((D(row[0]) for row in db.query(
        f"select b.bal from (select q.* from ({substitute(BALANCES, [arg['b'], lit(as_of) + '::date'])}) q(id, bal)) b "
        f"join ledger_account a on a.id = b.id where a.fund = 'PUBLIC'")), D(0))
    o_got = (months_in, months_ex, D(str(ovj.get("publicFund"))))
    o_want = (want_in, want_ex, fund_now)
    if o_got != o_want:
        problems.append(f"overview (PUBLIC income, expenses of its months; publicFund) {o_got} != SQL {o_want}")
    print(f"overview check: PUBLIC months income {o_got[0]}, expenses {o_got[1]}, publicFund {o_got[2]} at {as_of} "
          f"(SQL {o_want[0]}, {o_want[1]}, {o_want[2]}): {'match' if o_got == o_want else 'MISMATCH'}")
    drift = ledger_bench.aggregate_drift(db, book)
    problems += drift
    print(f"aggregates check: kept aggregates vs a full recomputation: {'equal' if not drift else 'DIFFERENT'}")

    # ---------------------------------------------------------------------------------------- where the time goes
    b = arg["b"]
    tr_total, tr_lines = breakdown(sess, [(n, substitute(sql, [arg[k] for k in keys]))
                                          for n, sql, _, keys in TRANSPARENCY_SQL])
    print(f"EXPLAIN ANALYZE, transparency (sum {tr_total:.1f} ms):")
    print("\n".join(tr_lines))
    ewhere = (f"from ledger_transaction t where t.book_id = {b} and t.date >= {lit(frm)}::date "
              f"and t.date <= {lit(to)}::date and t.status = 'BOOKED'")
    ids = [row[0] for row in db.query(f"select t.id {ewhere} order by t.date asc, t.id asc")]
    ex_total, ex_lines = breakdown(sess, [
        ("search count+totals", "select count(*), coalesce(sum(case when t.type = 'INCOME' then (case when t.reversal_of "
         "is null then 1 else -1 end) * t.amount end), 0), coalesce(sum(case when t.type = 'EXPENSE' then (case when "
         f"t.reversal_of is null then 1 else -1 end) * t.amount end), 0) {ewhere}"),
        ("search ids", f"select t.id {ewhere} order by t.date asc, t.id asc"),
        ("expense rows", f"""select t.date, t.type, t.amount, t.counterparty, t.description, t.reference,
               t.reversal_of is not null, t.paid_by_member_id, t.reimburses_member_id, c.name, c.official_code,
               (select string_agg(r.number, ',' order by tr.position)
                from ledger_transaction_receipt tr join ledger_receipt r on r.id = tr.receipt_id
                where tr.transaction_id = t.id)
            from ledger_transaction t
            left join ledger_category c on c.id = t.category_id
            where t.book_id = {b} and t.id = any(cast(string_to_array({lit(','.join(ids))}, ',') as uuid[]))
            order by c.official_code nulls last, c.name nulls last, t.type, t.date, t.created_at, t.id""")])
    print(f"EXPLAIN ANALYZE, expenses {frm} .. {to} (sum {ex_total:.1f} ms; the PDF's other "
          f"{max(0.0, epdf_ms - ex_total):.0f} ms are spent in the app: building the report, rendering, HTTP):")
    print("\n".join(ex_lines))
    ov_total, ov_lines = breakdown(sess, [
        ("balances at asOf", substitute(BALANCES, [b, lit(as_of) + "::date"])),
        ("balances before the period", substitute(BALANCES, [b, arg["d"]])),
        ("month sums", substitute(MONTH_SUMS, [b, arg["s"], arg["e"]])),
        ("open approvals count", f"select count(*) from ledger_transaction where book_id = {b} "
                                 "and status in ('SUBMITTED', 'APPROVED')"),
        ("open approvals list", f"select id, date, type, status, amount, counterparty, description from ledger_transaction "
                                f"where book_id = {b} and status in ('SUBMITTED', 'APPROVED') "
                                "order by coalesce(submitted_at, created_at), id limit 20"),
        ("open advances per member", substitute(ADVANCES_BY_MEMBER, [b])),
        ("advances owed per fund at asOf", substitute(OPEN_ADVANCES, [b, lit(as_of) + "::date"])),
        ("advances owed per fund before", substitute(OPEN_ADVANCES, [b, arg["d"]])),
    ])
    print(f"EXPLAIN ANALYZE, overview as plain SQL over the entries (sum {ov_total:.1f} ms vs the API's median "
          f"{ov_med:.1f} ms):")
    print("\n".join(ov_lines))
    kept_total, kept_lines = breakdown(sess, [
        ("balances at asOf", f"select * from ledger_balances({b}, {lit(as_of)}::date, false)"),
        ("balances at the period's start", f"select * from ledger_balances({b}, {arg['s']}, true)"),
        ("month sums", f"select e.month, e.category_id, e.account_id, sum(e.income + e.expense) "
                       f"from ledger_effect_sums({b}, {arg['s']}, {arg['e']}) e where e.counts_in_totals group by 1, 2, 3"),
        ("open approvals count", f"select coalesce(sum(entries), 0) from ledger_listing_total where book_id = {b} "
                                 "and status in ('SUBMITTED', 'APPROVED')"),
        ("open advances per member", f"select e.member_id, sum(e.owed) from ledger_effect_sums({b}, null, null) e "
                                     "where e.member_id is not null group by 1"),
    ])
    print(f"EXPLAIN ANALYZE, the overview's statements over the kept aggregates (sum {kept_total:.1f} ms):")
    print("\n".join(kept_lines))

    if a.profile:
        for name, path in (("transparency json", tpath + "&format=json"), ("expenses pdf", epath + "&format=pdf"),
                           ("overview", opath)):
            print(f"{name}: " + jfr_profile(env.app, tok, path, 15))

    # ---------------------------------------------------------------------------------------- verdicts
    load = os.getloadavg()
    print(f"load average after the run: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
    note = f" (smoke: {in_period} transactions, informational)" if a.smoke else ""
    print(f"reports-transparency: API {api_ms:.1f} ms vs SQL {sql_ms:.1f} ms, ratio {ratio:.2f}, {in_period} transactions "
          f"in the period, median of {a.runs} (goal <= 2) {'PASS' if ratio <= 2 else 'FAIL'}{note}")
    print(f"reports-transparency-pdf: pdf {ms(median(tpdf_t)):.0f} ms, csv {ms(median(tcsv_t)):.0f} ms INFO")
    print(f"reports-expenses-pdf: {epdf_ms:.0f} ms for {lines} lines, json {ms(median(ejson_t)):.0f} ms, "
          f"csv {ms(median(ecsv_t)):.0f} ms (goal <= 3000 ms) {'PASS' if epdf_ms <= 3000 else 'FAIL'}{note}")
    print(f"reports-overview: median {ov_med:.1f} ms, p95 {ov_p95:.1f} ms of {len(ov_t)}, plain SQL over the entries "
          f"{ov_total:.1f} ms (goal p95 <= 50 ms) {'PASS' if ov_p95 <= 50 else 'FAIL'}{note}")
    problems = r.defects + problems
    for p in problems:
        print("  defect: " + p)
    ok = not problems
    print(f"reports-correctness: {r.n5xx} 5xx, report totals {'= SQL' if ok else 'checked'}, PDFs "
          f"{'valid' if not any('PDF' in p for p in problems) else 'INVALID'}, {len(problems)} defect(s) "
          f"(goal 0) {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--transactions", type=int)
    ap.add_argument("--runs", type=int)
    ap.add_argument("--lines", type=int)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    try:
        a = ap.parse_args()
    except SystemExit:
        return 2
    if a.help:
        print(HELP)
        return 0
    a.transactions = a.transactions or (2000 if a.smoke else 100_000)
    a.runs = a.runs or (3 if a.smoke else 7)
    a.lines = a.lines or (1000 if a.smoke else 10_000)
    if not 1 <= a.transactions <= 2_000_000 or not 1 <= a.runs <= 100 or not 1 <= a.lines <= 2_000_000:
        print("reports: --transactions 1..2000000, --runs 1..100, --lines 1..2000000", file=sys.stderr)
        return 2
    try:
        return reports(a)
    except RuntimeError as e:
        print(f"reports: harness broke: {e}", file=sys.stderr)
        return 2
    except Exception:  # a bug of the script is no defect of the app: exit 2, not Python's 1
        import traceback
        traceback.print_exc()
        print("reports: harness broke (see the traceback)", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
