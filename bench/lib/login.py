#!/usr/bin/env python3
"""bench/login: sign-ins per second per core at the configured Argon2 cost, and GET /me under a login flood."""
import argparse, os, sys, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402

PROG = "login"
HELP = """Usage: bench/login [--seconds S] [--sequential N] [--smoke]

Runs twice in one go, so that the two figures share the machine's state: first the baseline, CET with
CET_ARGON2_NATIVE=false (Bouncy Castle, pure Java), then CET as shipped (the native libargon2 when it is
installed; the app's log line "Password hashes are computed by ..." is printed with the figures). Each
run starts CET (packaged jar, heap flags BENCH_JVM_OPTS, default "-Xmx192m -XX:+UseSerialGC") on a fresh
database cet_bench_login with an SMTP sink and the default Argon2id cost (CET_ARGON2_MEMORY_KIB /
CET_ARGON2_ITERATIONS from the environment are passed through), signs in the bootstrap admin, then
(the baseline does steps 1 and 2 only):

  1. sequential   N sign-ins one after the other (POST /auth/login): rate and median latency
  2. concurrent   C = cores client threads signing in for S seconds: rate; rate / cores = sign-ins
                  per second per core; also sign-ins per CPU-second of the java process (steadier
                  on a shared machine, since it does not count time the app waited for the CPU)
  3. /me alone    2 client threads calling GET /me for S seconds: p50, p99 (the baseline)
  4. /me + flood  the same, while 2 x cores threads sign in without pause: p50, p99, and the ratio
                  to the baseline. 429 (bounded hashing: CET_HASH_CONCURRENCY slots, 2 s wait) and
                  503 are expected under the flood and counted separately; any other 5xx fails.

Goals printed: >= 20 sign-ins per CPU-second of the app (that is, per core at full use; the
figure per core of wall time is printed too, but on a shared machine it counts the time CET waited
for a CPU), /me p99 during the flood <= 250 ms (hashing must not starve other requests; the
flood saturates every core, so some slowdown is expected) and 0 5xx. Clients are Python threads
on the same machine, so the client's own CPU use is part of what is measured (the same in the
baseline and the flood).

Verdict lines:
  login: R sign-ins/s per core (C cores, Argon2id m=.. t=..) INFO
  login-baseline: B sign-ins/s per core with Bouncy Castle INFO
  login-per-cpu-second: X with <engine> vs Y with Bouncy Castle (ratio Z, goal >= 20) PASS|FAIL
  login-me-p99: X ms under flood vs Y ms alone (ratio Z, goal <= 250 ms) PASS|FAIL
  login-5xx: N PASS|FAIL
Exit 0 when it only reports (whatever the numbers), 1 when a 5xx other than 503 occurred or a
request failed to connect, 2 when the harness broke. --smoke: S=3, N=5."""


def run_threads(n, target, seconds):
    stop = time.time() + seconds
    threads = [threading.Thread(target=target, args=(i, stop), daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)


def measure(extra, seconds, sequential, full):
    """One app start: the figures of steps 1-2 (and 3-4 when full), as a dict."""
    cores = os.cpu_count() or 1
    env = cet.Env("login", extra_env=extra).__enter__()
    try:
        statuses = cet.Counter()
        broken = cet.Counter()

        def note(ans):
            statuses.add(ans.status)
            if ans.status == 0 or (ans.status >= 500 and ans.status != 503):
                broken.add(ans.status)

        body = {"email": cet.ADMIN_EMAIL, "password": cet.PASSWORD}
        c = cet.Client(env.app.base)
        # warm-up: JIT the hashing and the endpoints
        for _ in range(3):
            note(c.request("POST", "/auth/login", body))
        seq = []
        t0 = time.perf_counter()
        for _ in range(sequential):
            ans = c.request("POST", "/auth/login", body)
            note(ans)
            if ans.status == 200:
                seq.append(ans.elapsed)
        seq_rate = len(seq) / (time.perf_counter() - t0)

        ok_logins = cet.Counter()

        def login_loop(i, stop):
            cl = cet.Client(env.app.base)
            while time.time() < stop:
                ans = cl.request("POST", "/auth/login", body)
                note(ans)
                ok_logins.add("ok" if ans.status == 200 else ans.status)
            cl.close()

        cpu0 = env.app.cpu_seconds()
        t0 = time.perf_counter()
        run_threads(cores, login_loop, seconds)
        wall = time.perf_counter() - t0
        cpu = env.app.cpu_seconds() - cpu0
        conc_ok = ok_logins.get("ok")
        f = {"engine": engine_of(env.app.log_path), "jvm": " ".join(env.app.jvm_opts), "seq_rate": seq_rate,
             "seq_p50": cet.percentile(seq, 50) * 1000, "conc_rate": conc_ok / wall,
             "per_core": conc_ok / wall / cores,
             "per_cpu_second": conc_ok / cpu if cpu > 0 else float("nan"), "statuses": statuses}
        if not full:
            return f

        token = cet.login(c, cet.ADMIN_EMAIL)["accessToken"]

        def me_loop(samples):
            def run(i, stop):
                cl = cet.Client(env.app.base)
                while time.time() < stop:
                    ans = cl.request("GET", "/me", token=token)
                    note(ans)
                    samples.append(ans.elapsed)
                    if ans.status != 200:
                        statuses.add(f"me-{ans.status}")
                cl.close()
            return run

        alone = []
        run_threads(2, me_loop(alone), seconds)
        flood_counts = cet.Counter()

        def flood(i, stop):
            cl = cet.Client(env.app.base)
            while time.time() < stop:
                ans = cl.request("POST", "/auth/login", body)
                note(ans)
                flood_counts.add(ans.status)
            cl.close()

        under = []
        ft = threading.Thread(target=run_threads, args=(2 * cores, flood, seconds + 1), daemon=True)
        ft.start()
        time.sleep(1)  # let the flood saturate the hashing slots first
        run_threads(2, me_loop(under), seconds)
        ft.join(seconds + 90)
        f.update(alone=alone, under=under, flood=flood_counts)
        return f
    finally:
        env.__exit__(None, None, None)


def engine_of(log_path):
    """What the app said computes its hashes (Argon2Engines' start-up line)."""
    try:
        with open(log_path) as fh:
            for line in fh:
                if "Password hashes are computed by" in line:
                    return line.split("Password hashes are computed by", 1)[1].strip()
    except OSError:
        pass
    return "unknown (no start-up line)"


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--sequential", type=int, default=20)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    if a.smoke:
        a.seconds, a.sequential = 3, 5
    cores = os.cpu_count() or 1
    extra = {k: os.environ[k] for k in ("CET_ARGON2_MEMORY_KIB", "CET_ARGON2_ITERATIONS", "CET_HASH_CONCURRENCY")
             if k in os.environ}
    mem = extra.get("CET_ARGON2_MEMORY_KIB", "19456")
    it = extra.get("CET_ARGON2_ITERATIONS", "2")
    try:
        base = measure(dict(extra, CET_ARGON2_NATIVE="false"), a.seconds, a.sequential, full=False)
        new = measure(extra, a.seconds, a.sequential, full=True)
    except Exception as e:  # noqa: BLE001
        print(f"{PROG}: harness broke: {e}", file=sys.stderr)
        return 2
    statuses = cet.Counter()
    for f in (base, new):
        for k, v in f["statuses"].counts.items():
            statuses.add(k, v)
    alone, under, flood_counts = new["alone"], new["under"], new["flood"]
    p50a, p99a = cet.percentile(alone, 50) * 1000, cet.percentile(alone, 99) * 1000
    p50u, p99u = cet.percentile(under, 50) * 1000, cet.percentile(under, 99) * 1000
    n5xx = sum(v for k, v in statuses.counts.items() if isinstance(k, int) and k >= 500 and k != 503)
    n503 = statuses.get(503)
    n429 = statuses.get(429)
    conn = statuses.get(0)
    print(f"Argon2id m={mem} KiB t={it}, {cores} cores, JVM {new['jvm']}")
    print(f"baseline: {base['engine']}; as shipped: {new['engine']}")
    print(f"{'figure':<44}{'baseline':>12}{'shipped':>12}")
    for label, key in (("sequential sign-ins/s", "seq_rate"), ("sequential sign-in p50 (ms)", "seq_p50"),
                       (f"concurrent sign-ins/s ({cores} clients)", "conc_rate"), ("sign-ins/s per core", "per_core"),
                       ("sign-ins per CPU-second of the app", "per_cpu_second")):
        print(f"{label:<44}{base[key]:>12.1f}{new[key]:>12.1f}")
    print(f"{'GET /me alone: requests':<44}{'':>12}{len(alone):>12}")
    print(f"{'GET /me alone: p50 / p99 (ms)':<44}{'':>12}{p50a:>6.1f}{p99a:>6.1f}")
    print(f"{'GET /me under login flood: requests':<44}{'':>12}{len(under):>12}")
    print(f"{'GET /me under login flood: p50 / p99 (ms)':<44}{'':>12}{p50u:>6.1f}{p99u:>6.1f}")
    print(f"{'flood sign-ins answered 200 / 429 / 503':<44}{'':>12}{flood_counts.get(200):>6}/{flood_counts.get(429)}/{flood_counts.get(503)}")
    print(f"{'all 429 / 503 / other 5xx / conn. failures':<44}{'':>12}{n429:>4}/{n503}/{n5xx}/{conn}")
    print()
    ratio = p99u / p99a if p99a > 0 else float("nan")
    speedup = new["per_cpu_second"] / base["per_cpu_second"] if base["per_cpu_second"] > 0 else float("nan")
    print(f"login: {new['per_core']:.1f} sign-ins/s per core ({cores} cores, Argon2id m={mem} t={it}) INFO")
    print(f"login-baseline: {base['per_core']:.1f} sign-ins/s per core with Bouncy Castle INFO")
    print(f"login-per-cpu-second: {new['per_cpu_second']:.1f} with {new['engine']} vs {base['per_cpu_second']:.1f} "
          f"with Bouncy Castle (ratio {speedup:.1f}, goal >= 20) {'PASS' if new['per_cpu_second'] >= 20 else 'FAIL'}")
    print(f"login-me-p99: {p99u:.1f} ms under flood vs {p99a:.1f} ms alone (ratio {ratio:.1f}, goal <= 250 ms) "
          f"{'PASS' if p99u <= 250 else 'FAIL'}")
    print(f"login-5xx: {n5xx + conn} {'PASS' if n5xx + conn == 0 else 'FAIL'}")
    return 0 if n5xx + conn == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
