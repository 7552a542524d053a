"""bench/ocr: receipt OCR (issue 19, ADR 0023).

Starts CET on a throw-away database (bench/lib/cet.py) with CET_OCR_WORKERS workers (default 2), uploads
till-receipt photos drawn by bench/lib/ReceiptPhoto.java (each with its own total, tilted, JPEG) and asks
GET /books/{id}/receipts/{rid}/extraction:
  * one after the other: the OCR time per receipt (wall time of the first, uncached call) — the pool
    then uses one worker at a time, so this is also the "one worker" throughput;
  * all at once from as many client threads as receipts: the throughput with the pool;
  * each again: the cached answer.
Every answer must be source OCR with the receipt's own total (a wrong or missing total is a defect: exit 1).
Goals (informational on a shared machine): <= 5 s per receipt; the pool's throughput >= 1.5x one-at-a-time
with 2 workers on >= 2 cores; a cached answer <= 50 ms p50. Exit 2 when the harness or the app breaks, or
when Tesseract is not installed (then nothing is measured).
"""
import os, shutil, subprocess, sys, tempfile, threading, time, uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402

HELP = """bench/ocr [--receipts N] [--workers W] [--smoke]
  --receipts N  receipts per phase (default 8; --smoke 4)
  --workers W   CET_OCR_WORKERS of the app (default 2)
  --smoke       fewer receipts, for bench/run-all --smoke (< 60 s after the start)
Needs what bench/startup needs, plus Tesseract with German (tesseract-ocr, tesseract-ocr-deu)."""
HERE = os.path.dirname(os.path.abspath(__file__))


def photos(n):
    out = tempfile.mkdtemp(prefix="cet-ocr-bench-")
    r = subprocess.run(["java", os.path.join(HERE, "ReceiptPhoto.java"), out, str(n)], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("ReceiptPhoto.java failed: " + r.stderr[-500:])
    totals = [int(line) for line in r.stdout.split()]
    files = [open(os.path.join(out, f"receipt-{i}.jpg"), "rb").read() for i in range(n)]
    shutil.rmtree(out, ignore_errors=True)
    return files, [f"{t // 100}.{t % 100:02d}" for t in totals]


def upload(client, token, book, data):
    boundary = "----cetbench" + uuid.uuid4().hex
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="bon.jpg"\r\n'
            f'Content-Type: image/jpeg\r\n\r\n').encode() + data + f"\r\n--{boundary}--\r\n".encode()
    a = client.request("POST", f"/books/{book}/receipts", token=token,
                       headers={"Content-Type": "multipart/form-data; boundary=" + boundary}, raw=body)
    if a.status != 201:
        raise RuntimeError(f"upload: {a.status} {a.body[:200]}")
    return a.json()["id"]


def extract(client, token, book, rid):
    t0 = time.perf_counter()
    a = client.request("GET", f"/books/{book}/receipts/{rid}/extraction", token=token)
    elapsed = time.perf_counter() - t0
    if a.status != 200:
        raise RuntimeError(f"extraction: {a.status} {a.body[:200]}")
    return elapsed, a.json()


def main():
    args = sys.argv[1:]
    if "-h" in args or "--help" in args:
        print(HELP)
        return 0
    smoke = "--smoke" in args
    n = 4 if smoke else 8
    workers = 2
    try:
        if "--receipts" in args:
            n = int(args[args.index("--receipts") + 1])
        if "--workers" in args:
            workers = int(args[args.index("--workers") + 1])
    except (IndexError, ValueError):
        print("ocr: --receipts N, --workers W", file=sys.stderr)
        return 2
    if shutil.which("tesseract") is None:
        print("ocr-per-receipt: NOT MEASURED: tesseract is not installed")
        return 2
    try:
        return run(n, workers)
    except RuntimeError as e:
        print(f"ocr: harness broke: {e}", file=sys.stderr)
        return 2


def run(n, workers):
    files, totals = photos(2 * n)
    wrong = []
    with cet.Env("ocr", extra_env={"CET_OCR_WORKERS": str(workers), "CET_OCR_QUEUE": str(4 * n)}) as env:
        c, tok = env.client, env.admin_token
        book = cet.create_book(c, tok, "Bench OCR")["id"]
        ids = [upload(c, tok, book, f) for f in files]

        def check(i, answer):
            if answer.get("source") != "OCR" or answer.get("amount") != totals[i]:
                wrong.append(f"receipt {i}: expected OCR {totals[i]}, got {answer.get('source')} {answer.get('amount')}")

        sequential = []
        t0 = time.perf_counter()
        for i in range(n):
            secs, answer = extract(c, tok, book, ids[i])
            sequential.append(secs)
            check(i, answer)
        one_wall = time.perf_counter() - t0

        errors = []

        def worker(i):
            try:
                _, answer = extract(cet.Client(env.app.base, timeout=120), tok, book, ids[i])
                check(i, answer)
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(str(e))
        threads = [threading.Thread(target=worker, args=(i,)) for i in range(n, 2 * n)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        pool_wall = time.perf_counter() - t0
        if errors:
            raise RuntimeError("; ".join(errors[:3]))
        cached = sorted(extract(c, tok, book, rid)[0] for rid in ids)
        rss = env.app.rss_mib()
    per = sorted(sequential)
    one_rate = n / one_wall
    pool_rate = n / pool_wall
    cores = os.cpu_count() or 1
    print(f"bench/ocr: {n} receipts one after the other, {n} others at once, CET_OCR_WORKERS={workers}, {cores} cores")
    print("| what | value | goal |")
    print("|---|---|---|")
    print(f"| OCR per receipt (first call), median / max | {cet.percentile(per, 50):.2f} s / {per[-1]:.2f} s | <= 5 s |")
    print(f"| one at a time | {one_rate:.2f} receipts/s | — |")
    print(f"| {n} at once, pool of {workers} | {pool_rate:.2f} receipts/s | >= 1.5x one at a time |")
    print(f"| cached answer, median | {cet.percentile(cached, 50) * 1000:.0f} ms | <= 50 ms |")
    print(f"RSS after: {rss:.0f} MiB")
    for w in wrong:
        print("wrong: " + w)
    print(f"ocr-per-receipt: {cet.percentile(per, 50):.2f} s median, {per[-1]:.2f} s max (goal <= 5 s) "
          f"{'PASS' if per[-1] <= 5 else 'INFO'}")
    speedup = pool_rate / one_rate if one_rate else 0
    print(f"ocr-pool-throughput: {pool_rate:.2f}/s with {workers} workers vs {one_rate:.2f}/s one at a time, "
          f"x{speedup:.2f} (goal >= 1.5x on >= 2 free cores) {'PASS' if speedup >= 1.5 else 'INFO'}")
    print(f"ocr-cached: {cet.percentile(cached, 50) * 1000:.0f} ms median (goal <= 50 ms) "
          f"{'PASS' if cet.percentile(cached, 50) <= 0.05 else 'INFO'}")
    if wrong:
        print(f"ocr-totals: {len(wrong)} of {2 * n} receipts read wrong FAIL")
        return 1
    print(f"ocr-totals: all {2 * n} totals read right PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
