"""Shared harness for the CET benchmarks and fault drills (Python 3 standard library only).

What it gives the scripts under bench/:
  * build_jar()            the packaged jar (./mvnw -q package -DskipTests when stale)
  * Db(name)               a throw-away database cet_bench_<name> on 127.0.0.1 (psql, user postgres)
  * SmtpSink(port, file)   a minimal SMTP server that records every message (JSON lines) and can
                           stop and start again on the same port
  * App(db, smtp)          CET on a free 127.0.0.1 port against that database and sink; start, stop,
                           kill9, rss_mib
  * Client(base)           keep-alive HTTP client (one per thread) answering Answer(status, headers, body)
  * bootstrap(app, sink)   the admin via the bootstrap invitation mail, signed in
  * invite_user(...)       a user via a book invitation, signed in
  * percentile(), Counter  small statistics helpers

Everything only ever talks to 127.0.0.1. Processes started here are stopped by App.stop() /
SmtpSink.stop(); scripts call them in `finally`.
"""
import asyncio, http.client, json, os, random, re, signal, socket, subprocess, sys, threading, time, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.path.join(ROOT, "bench", ".work")
JAR = os.environ.get("BENCH_CET_JAR") or os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
PG_HOST = "127.0.0.1"
PG_PORT = os.environ.get("BENCH_PG_PORT", "5432")
PG_USER = os.environ.get("BENCH_DB_USER", "postgres")
JVM_OPTS = os.environ.get("BENCH_JVM_OPTS", "-Xmx192m -XX:+UseSerialGC").split()
PASSWORD = "sturdy kettle orbit lilac 58"
ADMIN_EMAIL = "admin@example.org"


def log(msg):
    print(msg, flush=True)


def die(prog, msg, code=1):
    print(f"{prog}: {msg}", file=sys.stderr, flush=True)
    sys.exit(code)


# ------------------------------------------------------------------------------------------ build
def _newest_under(path):
    newest = 0.0
    for d, dirs, files in os.walk(path):
        if "/src/main/docker" in d:
            continue
        for f in files:
            try:
                newest = max(newest, os.stat(os.path.join(d, f)).st_mtime)
            except OSError:
                pass
    return newest


def build_jar(rebuild=False):
    """Builds target/quarkus-app when missing or older than pom.xml / src (like bench/startup)."""
    if os.environ.get("BENCH_CET_JAR"):
        return JAR
    stale = rebuild or not os.path.exists(JAR)
    if not stale:
        t = os.stat(JAR).st_mtime
        stale = os.stat(os.path.join(ROOT, "pom.xml")).st_mtime > t or _newest_under(os.path.join(ROOT, "src", "main")) > t
    if stale:
        log("building CET (./mvnw -q package -DskipTests) ...")
        r = subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "package", "-DskipTests"], cwd=ROOT)
        if r.returncode != 0 or not os.path.exists(JAR):
            raise SystemExit("build of CET failed")
    return JAR


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------------------------------ database
class Db:
    """cet_bench_<name>_<pid>: dropped and created fresh by create(), dropped by drop().

    The process id keeps two runs on one PostgreSQL apart (several engineers bench the same server: a
    shared name let one run's drop ... with (force) cut the other's connections mid-benchmark)."""

    def __init__(self, name):
        self.name = "cet_bench_" + re.sub(r"[^a-z0-9_]", "_", name.lower()) + f"_{os.getpid()}"
        self.url = f"jdbc:postgresql://{PG_HOST}:{PG_PORT}/{self.name}"

    def _psql(self, sql, db="postgres", check=True):
        r = subprocess.run(["psql", "-X", "-q", "-h", PG_HOST, "-p", PG_PORT, "-U", PG_USER, "-d", db, "-v",
                            "ON_ERROR_STOP=1", "-At", "-c", sql], capture_output=True, text=True, timeout=120)
        if check and r.returncode != 0:
            raise RuntimeError(f"psql failed: {r.stderr.strip()}")
        return r.stdout

    def create(self):
        self.drop()
        self._psql(f"create database {self.name}")
        return self

    def drop(self):
        self._psql(f"drop database if exists {self.name} with (force)", check=False)

    def query(self, sql):
        """Rows as lists of strings (psql -At, '|' separated)."""
        out = self._psql(sql, db=self.name)
        return [line.split("|") for line in out.splitlines() if line != ""]

    def scalar(self, sql):
        rows = self.query(sql)
        return rows[0][0] if rows else None

    def table_counts(self):
        """{schema.table: rows} for every ordinary table but Flyway's history."""
        tables = self.query("select schemaname||'.'||tablename from pg_tables "
                            "where schemaname not in ('pg_catalog','information_schema') "
                            "and tablename <> 'flyway_schema_history' order by 1")
        if not tables:
            return {}
        sql = " union all ".join(f"select '{t[0]}', count(*) from {t[0]}" for t in tables)
        return {r[0]: int(r[1]) for r in self.query(sql)}


# ------------------------------------------------------------------------------------------ SMTP sink
class SmtpSink:
    """A minimal SMTP server (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on 127.0.0.1.

    Every accepted message is appended to `messages` and, as one JSON line {to, data, at}, to `path`.
    stop() closes the listener and every open connection; start() listens again on the same port."""

    def __init__(self, port=None, path=None):
        self.port = port or free_port()
        self.path = path
        self.messages = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._server = None
        self._writers = set()

    async def _handle(self, reader, writer):
        self._writers.add(writer)
        try:
            writer.write(b"220 cet-bench-sink ESMTP\r\n")
            await writer.drain()
            rcpts, sender = [], None
            while True:
                line = await asyncio.wait_for(reader.readline(), 60)
                if not line:
                    return
                cmd = line.decode("utf-8", "replace").strip()
                verb = cmd[:4].upper()
                if verb == "EHLO":
                    writer.write(b"250-cet-bench-sink\r\n250-8BITMIME\r\n250 SIZE 33554432\r\n")
                elif verb == "HELO":
                    writer.write(b"250 cet-bench-sink\r\n")
                elif verb == "MAIL":
                    sender, rcpts = cmd[10:].strip(), []
                    writer.write(b"250 OK\r\n")
                elif verb == "RCPT":
                    m = re.search(r"<([^>]*)>", cmd)
                    rcpts.append(m.group(1) if m else cmd[8:].strip())
                    writer.write(b"250 OK\r\n")
                elif verb == "DATA":
                    writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    await writer.drain()
                    lines = []
                    while True:
                        l = await asyncio.wait_for(reader.readline(), 60)
                        if not l or l in (b".\r\n", b".\n"):
                            break
                        lines.append(l[1:] if l.startswith(b"..") else l)
                    data = b"".join(lines).decode("utf-8", "replace")
                    self._record(rcpts, data)
                    rcpts = []
                    writer.write(b"250 OK queued\r\n")
                elif verb == "RSET":
                    rcpts = []
                    writer.write(b"250 OK\r\n")
                elif verb == "QUIT":
                    writer.write(b"221 Bye\r\n")
                    await writer.drain()
                    return
                else:
                    writer.write(b"250 OK\r\n" if verb == "NOOP" else b"502 Command not implemented\r\n")
                await writer.drain()
        except (asyncio.TimeoutError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._writers.discard(writer)
            try:
                writer.close()
            except Exception:
                pass

    def _record(self, rcpts, data):
        entry = {"to": rcpts, "data": data, "at": time.time()}
        with self._lock:
            self.messages.append(entry)
            if self.path:
                with open(self.path, "a") as f:
                    f.write(json.dumps(entry) + "\n")

    def start(self):
        async def go():
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, reuse_address=True)
        asyncio.run_coroutine_threadsafe(go(), self._loop).result(10)
        return self

    def stop(self):
        async def halt():
            if self._server is not None:
                self._server.close()
                for w in list(self._writers):
                    w.close()
                await self._server.wait_closed()
                self._server = None
        if self._loop.is_running():
            asyncio.run_coroutine_threadsafe(halt(), self._loop).result(10)

    def close(self):
        self.stop()
        self._loop.call_soon_threadsafe(self._loop.stop)

    def to(self, address, after=0):
        with self._lock:
            return [m for m in self.messages[after:] if address in m["to"]]

    def token_for(self, address, after=0, timeout=30):
        """The 43-character token on a line of its own in the newest mail to address."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for m in reversed(self.to(address, after)):
                for line in m["data"].splitlines():
                    if re.fullmatch(r"[A-Za-z0-9_-]{43}", line.strip()):
                        return line.strip()
            time.sleep(0.2)
        raise RuntimeError(f"no mail with a token to {address} within {timeout}s")


# ------------------------------------------------------------------------------------------ the app
class App:
    def __init__(self, db, smtp_port, name, extra_env=None, jvm_opts=None, jar=None):
        self.db, self.smtp_port, self.name = db, smtp_port, name
        self.jar = jar or JAR  # another release's jar (bench/drills/rolling-update)
        self.port = free_port()
        self.management_port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.management = f"http://127.0.0.1:{self.management_port}"  # /q/metrics, health details
        self.data_dir = os.path.join(WORK, "data-" + name)
        os.makedirs(os.path.join(WORK, "logs"), exist_ok=True)
        os.makedirs(self.data_dir, exist_ok=True)
        self.log_path = os.path.join(WORK, "logs", name + ".log")
        self.extra_env = extra_env or {}
        self.jvm_opts = jvm_opts if jvm_opts is not None else JVM_OPTS
        self.proc = None

    def env(self):
        return dict(os.environ,
                    QUARKUS_DATASOURCE_JDBC_URL=self.db.url, QUARKUS_DATASOURCE_USERNAME=PG_USER,
                    QUARKUS_DATASOURCE_PASSWORD=os.environ.get("BENCH_DB_PASSWORD", ""),
                    QUARKUS_MAILER_HOST="127.0.0.1", QUARKUS_MAILER_PORT=str(self.smtp_port),
                    QUARKUS_MAILER_MOCK="false", QUARKUS_HTTP_HOST="127.0.0.1", QUARKUS_HTTP_PORT=str(self.port),
                    CET_BOOTSTRAP_ADMIN_EMAIL=ADMIN_EMAIL, CET_DATA_DIR=self.data_dir,
                    CET_MAIL_POLL_INTERVAL="1s", CET_PUBLIC_URL="http://127.0.0.1:8080",
                    CET_MANAGEMENT_PORT=str(self.management_port),
                    # The bench clients play a reverse proxy on 127.0.0.1 in front of many users: each
                    # Client names its own address in X-Forwarded-For, believed from this address only.
                    CET_TRUSTED_PROXIES="127.0.0.1", **self.extra_env)

    def start(self, timeout=90):
        java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
        logf = open(self.log_path, "a")
        self.proc = subprocess.Popen([java, *self.jvm_opts, "-jar", self.jar], env=self.env(), stdout=logf,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"CET exited with {self.proc.returncode}; log: {self.log_path}\n" + self.tail())
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                c.request("GET", "/q/health/ready")
                if c.getresponse().status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"CET not ready within {timeout}s; log: {self.log_path}\n" + self.tail())

    def tail(self, n=30):
        try:
            with open(self.log_path) as f:
                return "".join(f.readlines()[-n:])
        except OSError:
            return ""

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self):
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    def kill9(self):
        if self.alive():
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def rss_mib(self):
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024.0
        except OSError:
            return None
        return None

    def cpu_seconds(self):
        """User + system CPU time of the java process so far."""
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------------------------------ HTTP
class Answer:
    __slots__ = ("status", "headers", "body", "elapsed", "data")

    def __init__(self, status, headers, body, elapsed, data=b""):
        # body: the text (UTF-8, undecodable bytes replaced); data: the bytes as received (PDF, ZIP)
        self.status, self.headers, self.body, self.elapsed, self.data = status, headers, body, elapsed, data

    @property
    def content_type(self):
        return (self.headers.get("content-type") or "").split(";")[0].strip().lower()

    def json(self):
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None


class Client:
    """One keep-alive connection (use one Client per thread). Connection failures answer status 0."""

    def __init__(self, base, timeout=30, source=None):
        m = re.match(r"http://([^:/]+):(\d+)", base)
        assert m and m.group(1) == "127.0.0.1", "only 127.0.0.1 is ever targeted"
        self.host, self.port, self.timeout = m.group(1), int(m.group(2)), timeout
        self.conn = None
        # A source address of its own per client, so that CET's per-source throttling of one
        # client never slows another: App configures 127.0.0.1 as trusted proxy (CET_TRUSTED_PROXIES),
        # so CET believes this X-Forwarded-For (see docs/identity.md).
        self.source = source or "10.%d.%d.%d" % (random.randrange(256), random.randrange(256), random.randrange(1, 255))

    def request(self, method, path, body=None, token=None, headers=None, raw=None):
        hdrs = {"X-Forwarded-For": self.source, "Accept": "application/json"}
        data = None
        if raw is not None:
            data = raw if isinstance(raw, bytes) else raw.encode()
            hdrs["Content-Type"] = "application/json"
        elif body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        if token:
            hdrs["Authorization"] = "Bearer " + token
        if headers:
            hdrs.update(headers)
        if not path.startswith("/q/") and not path.startswith("/api/"):
            path = "/api/v1" + path
        for attempt in (1, 2):
            t0 = time.perf_counter()
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
                self.conn.request(method, path, body=data, headers=hdrs)
                r = self.conn.getresponse()
                text = r.read()
                elapsed = time.perf_counter() - t0
                h = {k.lower(): v for k, v in r.getheaders()}
                if h.get("connection", "").lower() == "close":
                    self.close()
                return Answer(r.status, h, text.decode("utf-8", "replace"), elapsed, text)
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as e:
                self.close()
                if attempt == 2 or method not in ("GET", "HEAD"):
                    return Answer(0, {}, f"{type(e).__name__}: {e}", time.perf_counter() - t0)
            except (OSError, http.client.HTTPException) as e:
                self.close()
                return Answer(0, {}, f"{type(e).__name__}: {e}", time.perf_counter() - t0)

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:
                pass
            self.conn = None

    def expect(self, status, method, path, body=None, token=None, headers=None):
        a = self.request(method, path, body=body, token=token, headers=headers)
        if a.status != status:
            raise RuntimeError(f"{method} {path}: expected {status}, got {a.status}: {a.body[:300]}")
        return a.json()


def login(client, email, password=PASSWORD):
    return client.expect(200, "POST", "/auth/login", {"email": email, "password": password})


def bootstrap(app, sink, timeout=60):
    """Accepts the bootstrap invitation mailed to the admin and signs in: (client, tokens)."""
    c = Client(app.base)
    tok = sink.token_for(ADMIN_EMAIL, timeout=timeout)
    c.expect(201, "POST", "/invitations/accept", {"token": tok, "displayName": "Ada Admin", "password": PASSWORD})
    return c, login(c, ADMIN_EMAIL)


def create_book(client, token, name, kind="CAUCUS", first_period=("2026", "2026-01-01", "2026-12-31")):
    """A book with its first period, (name, startDate, endDate): by default the calendar year 2026."""
    fp_name, fp_start, fp_end = first_period
    return client.expect(201, "POST", "/books", {"name": name, "kind": kind, "currency": "EUR",
                                                 "firstPeriod": {"name": fp_name, "startDate": fp_start,
                                                                 "endDate": fp_end}}, token=token)


def invite_user(client, admin_token, sink, book_id, email, role="MEMBER", name="Bench User"):
    """Creates a user through a book invitation and signs them in: their tokens."""
    mark = len(sink.messages)
    client.expect(201, "POST", f"/books/{book_id}/invitations", {"email": email, "role": role}, token=admin_token)
    tok = sink.token_for(email, after=mark)
    client.expect(201, "POST", "/invitations/accept", {"token": tok, "displayName": name, "password": PASSWORD})
    return login(client, email)


# ------------------------------------------------------------------------------------------ statistics
def percentile(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100.0 * len(s) + 0.5)) - 1))
    return s[k]


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}

    def add(self, key, n=1):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + n

    def get(self, key):
        return self.counts.get(key, 0)


class Env:
    """Database + SMTP sink + app, set up and torn down together:

        with Env("login") as env: env.admin_token ...
    """

    def __init__(self, name, extra_env=None, bootstrap_admin=True, jvm_opts=None):
        self.name = name
        os.makedirs(WORK, exist_ok=True)
        self.db = Db(name)
        self.mail_file = os.path.join(WORK, f"mail-{name}.jsonl")
        self.extra_env, self.bootstrap_admin, self.jvm_opts = extra_env, bootstrap_admin, jvm_opts
        self.sink = self.app = None

    def __enter__(self):
        build_jar()
        self.db.create()
        if os.path.exists(self.mail_file):
            os.remove(self.mail_file)
        data_dir = os.path.join(WORK, "data-" + self.name)
        subprocess.run(["rm", "-rf", data_dir])
        log_path = os.path.join(WORK, "logs", self.name + ".log")
        if os.path.exists(log_path):
            os.remove(log_path)
        self.sink = SmtpSink(path=self.mail_file).start()
        self.app = App(self.db, self.sink.port, self.name, self.extra_env, self.jvm_opts).start()
        if self.bootstrap_admin:
            self.client, tokens = bootstrap(self.app, self.sink)
            self.admin_token = tokens["accessToken"]
        return self

    def __exit__(self, *exc):
        try:
            if self.app:
                self.app.stop()
        finally:
            if self.sink:
                self.sink.close()
            if os.environ.get("BENCH_KEEP_DB") != "1":
                self.db.drop()
        return False


def new_id():
    return str(uuid.uuid4())
