#!/usr/bin/env python3
"""bench/webapp: Lighthouse 12 (mobile) on the web app's signed-in screens and the first-load JavaScript
(see `bench/webapp --help` and bench/README.md)."""
import argparse, gzip, json, os, re, shutil, statistics, subprocess, sys, time, urllib.parse, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402
import ledger_bench  # noqa: E402

LIB = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(cet.WORK, "webapp")
I18N = os.path.join(cet.ROOT, "src", "main", "webui", "src", "i18n")
CATEGORIES = ("performance", "accessibility", "best-practices")
SCORE_GOAL = 90
JS_GOAL_KB = 200

HELP = """Usage: bench/webapp [--transactions N] [--runs R] [--smoke]

Lighthouse 12 (npm `lighthouse`, mobile preset: emulated phone, simulated slow 4G and 4x slower
CPU) on three signed-in screens of the packaged web app, categories performance, accessibility
and best practices (goal >= 90 each, shared/UI.md), R runs per screen (default 3; the median
score per category is reported):
  dashboard  /books/{id}
  ledger     /books/{id}/transactions
  record     /books/{id}/record
and the first-load JavaScript: the JS that index.html loads up front (its module script, its
modulepreload links and their static imports, followed transitively; lazily imported chunks
left out), each file gzip-compressed (level 9) here, summed, in KB (goal <= 200 KB).

The book: CET (packaged jar, built when stale) on a fresh database, the bootstrap admin signed in,
a caucus book with N = 100 000 BOOKED transactions over five years loaded with COPY exactly as
bench/listing loads them (bench/lib/generate --sql-into). The browser is Debian's Chromium
(BENCH_CHROMIUM, default /usr/bin/chromium) in new headless mode, driven by puppeteer-core; the
npm tools live in bench/lib/webapp (package-lock.json; `npm ci` when node_modules is missing or
from another lock file), apart from the web app's own dependencies.

Signing in: the web app keeps its refresh token in sessionStorage (docs/adr/0007). One tab opens
the app, gets the refresh token of a session made through POST /api/v1/auth/login, and Lighthouse
measures in that same tab, so each measured load restores the session as a reload does; its
storage reset (HTTP cache, service worker, Cache Storage) stays on, so every run is a cold load.
After each run the screen is identified: the requested path inside the signed-in frame is
measured; the sign-in page is a defect (exit 1); the not-found page (a screen this build does not
have yet, e.g. the ledger before it lands) is reported NOT MEASURED, never as a pass, and the
dashboard, which every build has, must be measured.

Reports (HTML and JSON per run) and the final screenshot of every run: bench/.work/webapp/.
Scores are reported, not gated: on a shared machine the performance score moves with the load
(the load average is printed). Exit 1 only for a defect: a screen measured signed out, the
dashboard not measurable, a Lighthouse run that failed, the app not starting.
--smoke: 2 000 transactions, 1 run per screen (for bench/run-all --smoke); figures informational."""


def log(msg=""):
    print(msg, flush=True)


# ------------------------------------------------------------------------------------------ first-load JS
def fetch(url, gzip_ok=False):
    assert url.startswith("http://127.0.0.1:"), "only 127.0.0.1 is ever fetched"
    req = urllib.request.Request(url, headers={"Accept-Encoding": "gzip" if gzip_ok else "identity"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.read(), {k.lower(): v for k, v in r.headers.items()}


# Static imports of a built chunk: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{c}from"./x.js"`.
# A dynamic import is `import(` and never matches: lazily loaded screens are not part of the first load.
STATIC_IMPORT = re.compile(r"""(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'()]+\.m?js)["']""")


def gzip_sizes(base, urls):
    """{url: (raw bytes, gzip -9 bytes)} of the app's own URLs among urls."""
    out = {}
    for url in urls:
        if url.startswith(base + "/") and url not in out:
            body = fetch(url)[0]
            out[url] = (len(body), len(gzip.compress(body, 9)))
    return out


def first_load_js(base):
    """The JS index.html loads up front: [(path, raw bytes, gzip -9 bytes)], and whether the server gzips."""
    html = fetch(base + "/")[0].decode("utf-8", "replace")
    todo = []
    for tag in re.findall(r"<(?:script|link)\b[^>]*>", html, re.I):
        attrs = dict((k.lower(), v) for k, v in re.findall(r'([\w-]+)\s*=\s*"([^"]*)"', tag))
        if tag.lower().startswith("<script") and attrs.get("src"):
            todo.append(attrs["src"])
        elif attrs.get("rel", "").lower() == "modulepreload" and attrs.get("href"):
            todo.append(attrs["href"])
    seen, files = set(), []
    while todo:
        url = urllib.parse.urljoin(base + "/", todo.pop(0))
        if not url.startswith(base + "/") or url in seen:
            continue
        seen.add(url)
        body = fetch(url)[0]
        files.append((urllib.parse.urlparse(url).path, len(body), len(gzip.compress(body, 9))))
        for imp in STATIC_IMPORT.findall(body.decode("utf-8", "replace")):
            todo.append(urllib.parse.urljoin(url, imp))
    served_gzip = False
    if files:
        served_gzip = fetch(base + files[0][0], gzip_ok=True)[1].get("content-encoding", "") == "gzip"
    return files, served_gzip


# ------------------------------------------------------------------------------------------ Lighthouse
def not_found_texts():
    """The web app's "not found" headings (every i18n key ending in notFound or notFound.title), both languages."""
    texts = set()

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, path + [k])
        elif isinstance(node, str) and (path[-1] == "notFound" or path[-2:] == ["notFound", "title"]):
            texts.add(node)
    for name in sorted(os.listdir(I18N)):
        if name.endswith(".json"):
            with open(os.path.join(I18N, name), encoding="utf-8") as f:
                walk(json.load(f), [""])
    return sorted(texts)


def run_lighthouse(base, refresh_token, pages, runs, timeout):
    job = {"base": base, "refreshToken": refresh_token, "pages": pages, "runs": runs, "outDir": OUT,
           "chromium": os.environ.get("BENCH_CHROMIUM", "/usr/bin/chromium"), "notFoundTexts": not_found_texts()}
    job_file, result_file = os.path.join(OUT, "job.json"), os.path.join(OUT, "result.json")
    with open(job_file, "w") as f:
        json.dump(job, f)
    node_log = os.path.join(OUT, "node.log")
    with open(node_log, "w") as logf:
        proc = subprocess.Popen(["node", os.path.join(LIB, "webapp", "lighthouse.mjs"), job_file, result_file],
                                stdout=logf, stderr=subprocess.STDOUT)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            # SIGTERM first: puppeteer then closes the Chromium it launched (a SIGKILL would orphan it).
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        finally:
            os.remove(job_file)  # it holds a refresh token
    if not os.path.exists(result_file):
        raise RuntimeError(f"the Lighthouse driver wrote no result (exit {proc.returncode}); see {node_log}")
    with open(result_file) as f:
        return json.load(f)


def fmt_metrics(m):
    def ms(v):
        return "-" if v is None else (f"{v / 1000:.1f} s" if v >= 1000 else f"{v:.0f} ms")
    cls = m.get("CLS")
    return (f"FCP {ms(m.get('FCP'))}, LCP {ms(m.get('LCP'))}, TBT {ms(m.get('TBT'))}, "
            f"CLS {'-' if cls is None else f'{cls:.3f}'}, SI {ms(m.get('SI'))}")


def rel(path):
    return os.path.relpath(path, cet.ROOT) if path else "-"


# ------------------------------------------------------------------------------------------ main
def webapp(a):
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    with cet.Env("webapp") as env:
        years = 5 if a.transactions > 5000 else 1
        book, _, (count, _, _), _ = ledger_bench.seed_book(env, "Webapp", a.transactions, years)
        files, served_gzip = first_load_js(env.app.base)
        # A session of its own for the browser (the harness's admin token stays the harness's).
        tokens = cet.login(cet.Client(env.app.base), cet.ADMIN_EMAIL)
        pages = [{"name": "dashboard", "path": f"/books/{book}", "required": True},
                 {"name": "ledger", "path": f"/books/{book}/transactions", "required": False},
                 {"name": "record", "path": f"/books/{book}/record", "required": False}]
        log(f"Lighthouse: {a.runs} run(s) per screen, mobile preset, in one signed-in tab of {os.environ.get('BENCH_CHROMIUM', '/usr/bin/chromium')} ...")
        load0 = os.getloadavg()
        t0 = time.perf_counter()
        result = run_lighthouse(env.app.base, tokens["refreshToken"], pages, a.runs, timeout=300 + 240 * a.runs * len(pages))
        took = time.perf_counter() - t0
        app_alive = env.app.alive()
        # The JS each cold load fetched, gzip-compressed here (CET itself may send it uncompressed).
        js_sizes = gzip_sizes(env.app.base, [u for p in result.get("pages", []) for r in p["runs"]
                                             for u in (r.get("scripts") or {}).get("urls", [])]) if app_alive else {}
    load1 = os.getloadavg()

    log(f"Lighthouse {result.get('lighthouse') or '?'}, {result.get('chromium') or '?'}; {took:.0f} s for all runs")
    log(f"load average before Lighthouse: {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}, after: {load1[0]:.2f} {load1[1]:.2f} "
        f"{load1[2]:.2f} ({os.cpu_count()} cores, shared: the performance score moves with it)")
    defects = []
    if result.get("error"):
        defects.append("the Lighthouse driver broke: " + result["error"].splitlines()[0])
        log(result["error"])
    if not app_alive:
        defects.append("CET died during the runs")
    note = f" (smoke: {count} transactions, {a.runs} run(s) per screen, informational)" if a.smoke else ""
    verdicts, screen_js = [], []
    measured = not_measured = 0
    by_name = {p["name"]: p for p in result.get("pages", [])}
    for spec in pages:
        name, path = spec["name"], spec["path"]
        shown = path.replace(book, "{id}")  # verdict lines stay short enough for run-all's table
        entry = by_name.get(name, {"runs": []})
        runs = entry["runs"]
        log()
        log(f"{name}  {path}")
        for r in runs:
            if r.get("error"):
                log(f"  run {r['run']}: ERROR {r['error'].splitlines()[0]}")
                continue
            s = r["scores"]
            log(f"  run {r['run']}: {r['state']} at {urllib.parse.urlparse(r['finalUrl']).path}; "
                f"performance {s['performance']}, accessibility {s['accessibility']}, best practices {s['best-practices']}; "
                f"{fmt_metrics(r['metrics'])}; {r['seconds']:.0f} s")
            if r.get("runtimeError"):
                log(f"    Lighthouse runtime error: {r['runtimeError']}")
            for w in r.get("warnings") or []:
                log(f"    warning: {w}")
            w = r.get("width")
            if w and w["document"] > w["viewport"]:
                log(f"    note: the page is {w['document']} px wide on the {w['viewport']} px phone screen (scrolls sideways)")
            log(f"    report {rel(r.get('report'))}, screenshot {rel(r.get('screenshot'))}")
        errors = [r for r in runs if r.get("error") or r.get("runtimeError")]
        states = {r.get("state") for r in runs if not r.get("error")}
        if not runs:
            defects.append(f"{name}: not run")
            verdicts.append(f"webapp-{name}: NOT MEASURED: no Lighthouse run (the driver broke before it)")
            continue
        if errors:
            defects.append(f"{name}: a Lighthouse run failed")
            verdicts.append(f"webapp-{name}: NOT MEASURED: a Lighthouse run failed (see above)")
            continue
        last = runs[-1]
        if "sign-in" in states:
            defects.append(f"{name}: measured the sign-in page, not the signed-in screen")
            verdicts.append(f"webapp-{name}: NOT MEASURED: {shown} showed the sign-in page: the session did not hold (defect)")
            continue
        if "not-found" in states:
            seen = last["seen"]
            why = f"{shown} shows the not-found page ({' / '.join(seen['h1']) or 'no heading'})"
            if spec["required"]:
                defects.append(f"{name}: {why}")
                verdicts.append(f"webapp-{name}: NOT MEASURED: {why}: a defect, this screen exists")
            else:
                not_measured += 1
                verdicts.append(f"webapp-{name}: NOT MEASURED: {why}: the screen is not in this build")
            continue
        if states != {"signed-in"}:
            seen = last["seen"]
            defects.append(f"{name}: the screen after the run was not the signed-in {shown}")
            verdicts.append(f"webapp-{name}: NOT MEASURED: ended at {seen['path']} (signed-in frame: {seen['shell']}, "
                            f"heading: {' / '.join(seen['h1']) or '-'}): a defect")
            continue
        measured += 1
        perf = sorted(runs, key=lambda r: r["scores"]["performance"])
        median_run = perf[(len(perf) - 1) // 2]
        fetched = [js_sizes[u] for u in median_run["scripts"]["urls"] if u in js_sizes]
        log(f"  median run: {median_run['run']} ({fmt_metrics(median_run['metrics'])}); its JS: "
            f"{median_run['scripts']['files']} files, {median_run['scripts']['transferBytes'] / 1024:.1f} KB transferred")
        for cat in CATEGORIES:
            failed = {}
            for r in runs:
                for f in r["failed"][cat]:
                    failed.setdefault(f["id"], f)
            if failed:
                log(f"  {cat}: audits not passed in some run: " + "; ".join(
                    f"{i}{' (' + f['displayValue'] + ')' if f.get('displayValue') else ''}" for i, f in sorted(failed.items())))
        screen_js.append(f"webapp-{name}-js: {sum(f[1] for f in fetched) / 1024:.1f} KB gzip in {len(fetched)} file(s) "
                         f"fetched by its cold load (entry + lazy chunks) INFO")
        for cat in CATEGORIES:
            values = [r["scores"][cat] for r in runs]
            med = statistics.median_low(values)
            spread = f"runs {'/'.join(str(v) for v in values)}, " if len(values) > 1 else ""
            verdicts.append(f"webapp-{name}-{cat}: {med} ({spread}median of {len(values)}, {count} transactions) "
                            f"(goal >= {SCORE_GOAL}) {'PASS' if med >= SCORE_GOAL else 'FAIL'}{note}")

    log()
    total_raw = sum(f[1] for f in files)
    total_gz = sum(f[2] for f in files)
    log(f"first-load JavaScript (index.html's module script, modulepreloads and their static imports; "
        f"server sends gzip: {'yes' if served_gzip else 'no'}):")
    for path, raw, gz in files:
        log(f"  {path}  {raw / 1024:.1f} KB, gzip -9 {gz / 1024:.1f} KB")
    if not files:
        defects.append("index.html loads no JavaScript")
    log()
    for v in verdicts + screen_js:
        log(v)
    kb = total_gz / 1024
    log(f"webapp-first-load-js: {kb:.1f} KB gzip in {len(files)} file(s), {total_raw / 1024:.1f} KB raw "
        f"(goal <= {JS_GOAL_KB} KB) {'PASS' if files and kb <= JS_GOAL_KB else 'FAIL'}{note}")
    ok = not defects
    log(f"webapp-signed-in: {measured} screen(s) measured signed in, {not_measured} not in this build, "
        f"{len(defects)} defect(s){': ' + '; '.join(defects) if defects else ''} (goal 0 defects) "
        f"{'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--transactions", type=int)
    ap.add_argument("--runs", type=int)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    a.transactions = a.transactions if a.transactions is not None else (2000 if a.smoke else 100_000)
    a.runs = a.runs if a.runs is not None else (1 if a.smoke else 3)
    if not 1 <= a.transactions <= 2_000_000 or not 1 <= a.runs <= 20:
        print("webapp: --transactions 1..2000000, --runs 1..20", file=sys.stderr)
        return 2
    try:
        return webapp(a)
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as e:
        print(f"webapp: harness broke: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
