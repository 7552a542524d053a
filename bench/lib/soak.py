#!/usr/bin/env python3
"""bench/drills/soak: a mixed load for a while; zero 5xx and flat memory."""
import argparse, os, random, sys, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402

PROG = "soak"
HELP = """Usage: bench/drills/soak [--minutes M] [--clients C] [--sample S] [--tolerance T] [--smoke]

Starts CET on cet_bench_soak (heap flags BENCH_JVM_OPTS, default "-Xmx192m -XX:+UseSerialGC", as in
src/main/docker/Dockerfile.jvm) with an SMTP sink, signs in the bootstrap admin, invites one user
per client into a shared book, then runs C client threads for M minutes, each picking at random:
  45 %  GET /api/v1/me
  30 %  GET /api/v1/books
  10 %  GET /api/v1/books/{id}
   8 %  POST /api/v1/books           (its own book)
   5 %  POST /api/v1/auth/login      (a full Argon2id sign-in)
   2 %  GET /api/v1/me/sessions
VmRSS of the java process is sampled every S seconds. Flatness: the mean RSS of the last third
of the samples may exceed the mean of the first third by at most T (default 10 %); the samples of
the first minute (warm-up: JIT, heap growing to its working size) are left out when the run is
longer than 3 minutes. Also reported: requests/s, answers by status, p99 latency per third.
Any 5xx or connection failure fails the drill.

Verdict line: soak: N requests in M min, X 5xx, RSS first third F MiB, last third L MiB (+P %, tolerance T %) PASS|FAIL
Exit 0 PASS, 1 FAIL, 2 harness broke. --smoke: M=0.25, S=3, flatness reported but not judged
(a quarter minute shows warm-up, not a trend); 5xx still fail."""

MIX = [("me", 45), ("books", 30), ("book", 10), ("create", 8), ("login", 5), ("sessions", 2)]


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--sample", type=float, default=10)
    ap.add_argument("--tolerance", type=float, default=10)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    if a.smoke:
        a.minutes, a.sample = 0.25, 3
    try:
        env = cet.Env("soak").__enter__()
    except Exception as e:  # noqa: BLE001
        print(f"{PROG}: harness broke: {e}", file=sys.stderr)
        return 2
    try:
        c = env.client
        shared = cet.create_book(c, env.admin_token, "Soak shared book")["id"]
        users = []
        for i in range(a.clients):
            email = f"soak{i}@example.org"
            users.append((email, cet.invite_user(c, env.admin_token, env.sink, shared, email, "MEMBER", f"Soak {i}")))
        seconds = a.minutes * 60
        t_start = time.time()
        stop = t_start + seconds
        statuses = cet.Counter()
        lat = [[], [], []]
        lat_lock = threading.Lock()
        failures = []
        names, weights = zip(*MIX)

        def worker(i):
            rng = random.Random(1000 + i)
            email, tokens = users[i]
            tok = tokens["accessToken"]
            cl = cet.Client(env.app.base)
            own = []
            n = 0
            while time.time() < stop:
                op = rng.choices(names, weights)[0]
                n += 1
                if op == "me":
                    ans = cl.request("GET", "/me", token=tok)
                elif op == "books":
                    ans = cl.request("GET", "/books?size=50", token=tok)
                elif op == "book":
                    ans = cl.request("GET", f"/books/{rng.choice(own) if own else shared}", token=tok)
                elif op == "create":
                    ans = cl.request("POST", "/books", {"name": f"Soak {i}-{n}", "kind": "GROUP", "currency": "EUR"}, token=tok)
                    if ans.status == 201:
                        own.append(ans.json()["id"])
                elif op == "login":
                    ans = cl.request("POST", "/auth/login", {"email": email, "password": cet.PASSWORD})
                    if ans.status == 200:
                        tok = ans.json()["accessToken"]
                else:
                    ans = cl.request("GET", "/me/sessions", token=tok)
                statuses.add(ans.status)
                if ans.status == 0 or ans.status >= 500:
                    failures.append(f"{op}: {ans.status} {ans.body[:150]}")
                third = min(2, int(3 * (time.time() - t_start) / seconds))
                with lat_lock:
                    lat[third].append(ans.elapsed)
            cl.close()

        threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(a.clients)]
        for t in threads:
            t.start()
        samples = []
        while time.time() < stop:
            time.sleep(min(a.sample, max(0.0, stop - time.time())))
            rss = env.app.rss_mib()
            samples.append((time.time() - t_start, rss))
            print(f"  t={samples[-1][0]:6.0f} s  RSS {rss:7.1f} MiB  requests so far {sum(statuses.counts.values())}",
                  flush=True)
        for t in threads:
            t.join(60)
        usable = [s for s in samples if s[0] >= 60] if seconds > 180 else samples
        k = max(1, len(usable) // 3)
        first = sum(r for _, r in usable[:k]) / k
        last = sum(r for _, r in usable[-k:]) / k
        growth = 100.0 * (last - first) / first
        total = sum(statuses.counts.values())
        n5xx = sum(v for s, v in statuses.counts.items() if s == 0 or s >= 500)
        print("answers: " + ", ".join(f"{s if s else 'conn. failure'} x {v}" for s, v in sorted(statuses.counts.items())))
        print(f"requests/s: {total / seconds:.1f}; p99 latency per third (ms): "
              + " / ".join(f"{cet.percentile(l, 99) * 1000:.1f}" for l in lat))
        for f in failures[:10]:
            print("  failure: " + f)
        alive = env.app.alive()
        flat = growth <= a.tolerance
        # A half-minute run says nothing about memory trends: in smoke mode flatness only informs.
        ok = n5xx == 0 and alive and (flat or a.smoke)
        verdict = ("PASS" if n5xx == 0 and alive else "FAIL") if a.smoke else ("PASS" if ok else "FAIL")
        print(f"{PROG}: {total} requests in {a.minutes:g} min, {n5xx} 5xx, RSS first third {first:.1f} MiB, "
              f"last third {last:.1f} MiB ({growth:+.1f} %, tolerance {a.tolerance:g} %"
              f"{'; smoke: flatness not judged' if a.smoke else ''}) {verdict}")
        return 0 if ok else 1
    finally:
        env.__exit__(None, None, None)


if __name__ == "__main__":
    sys.exit(main())
