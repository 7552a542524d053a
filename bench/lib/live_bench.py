#!/usr/bin/env python3
"""bench/live: fan-out latency of GET /api/v1/me/live across two instances (ADR 0018)."""
import argparse, asyncio, base64, json, os, socket, struct, sys, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402

PROG = "live"
HELP = """Usage: bench/live [--clients N] [--users U] [--events E] [--smoke]

Starts two CET processes (a, b) on one database (cet_bench_live_<pid>) and one data directory (one
signing key, as replicas share it). U members of one book sign in; N WebSocket clients connect to
/api/v1/me/live, alternately to a and to b (client i as member i mod U), and authenticate with the
token in their first message. Then E entries are created through instance a's API, one every 100 ms
(sequentially, by the book's admin). Each client records when it is told of each entry
({"type":"transaction.changed",...,"id":<the entry>}).
Figures:
  - fan-out latency: from sending the create request to a client receiving its push, over every
    (entry, client); p50 and p99, and p99 per instance (clients on a / on b)
  - baseline, same run: the create request's own round trip (p99): what the write costs before
    anything is told
Correctness: every client receives every entry exactly once; nothing about the book reaches a client
of another book (one extra client, a user of a book of their own, counts what it hears).
Verdict lines:
  live-fanout-p99: X ms (N clients, 2 instances; a Y ms, b Z ms; baseline create p99 W ms; goal <= 1000 ms) PASS|FAIL
  live-delivery: D of T pushes delivered, 0 duplicated, 0 to outsiders PASS|FAIL
Exit 0 when delivery is complete (the latency goal is reported, not gated), 1 on a lost, duplicated or
leaked push, 2 when the harness broke. --smoke: N=40, U=4, E=10. Defaults: N=200, U=10, E=50.

The WebSocket client is a minimal RFC 6455 client written here because the bench harness uses the
Python standard library only (no websockets package): handshake, masked client text frames, unmasked
server frames (text, close, ping), nothing else."""


class WsClient:
    """One live socket on asyncio streams; records (entry id -> arrival time)."""

    def __init__(self, port, token, name):
        self.port, self.token, self.name = port, token, name
        self.arrivals = {}
        self.duplicates = 0
        self.other = []
        self.ready = asyncio.Event()
        self.reader = self.writer = None

    async def connect(self):
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        key = base64.b64encode(os.urandom(16)).decode()
        self.writer.write((f"GET /api/v1/me/live HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 101"):
            raise RuntimeError(f"{self.name}: handshake refused: {head[:80]!r}")
        await self.send(json.dumps({"type": "auth", "token": self.token}))

    async def send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        n = len(data)
        header = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + struct.pack(">H", n)
                                  if n < 65536 else bytes([0x80 | 127]) + struct.pack(">Q", n))
        self.writer.write(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))
        await self.writer.drain()

    async def run(self):
        try:
            while True:
                b0, b1 = await self.reader.readexactly(2)
                n = b1 & 0x7F
                if n == 126:
                    n = struct.unpack(">H", await self.reader.readexactly(2))[0]
                elif n == 127:
                    n = struct.unpack(">Q", await self.reader.readexactly(8))[0]
                payload = await self.reader.readexactly(n)
                at = time.perf_counter()
                opcode = b0 & 0x0F
                if opcode == 8:
                    return
                if opcode == 9:  # ping -> pong
                    mask = os.urandom(4)
                    self.writer.write(bytes([0x8A, 0x80 | n]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))
                    continue
                if opcode != 1:
                    continue
                message = json.loads(payload.decode())
                if message.get("type") == "ready":
                    self.ready.set()
                elif message.get("type") == "transaction.changed":
                    if message["id"] in self.arrivals:
                        self.duplicates += 1
                    else:
                        self.arrivals[message["id"]] = at
                else:
                    self.other.append(message)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            return

    def close(self):
        if self.writer:
            self.writer.close()


def main():
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--clients", type=int, default=200)
    p.add_argument("--users", type=int, default=10)
    p.add_argument("--events", type=int, default=50)
    p.add_argument("--smoke", action="store_true")
    p.add_argument("-h", "--help", action="store_true")
    args = p.parse_args()
    if args.help:
        print(HELP)
        return 0
    if args.smoke:
        args.clients, args.users, args.events = 40, 4, 10

    holder = {}
    try:
        with cet.Env("live") as env:
            try:
                return measure(args, env, holder)
            finally:
                if holder.get("b"):
                    holder["b"].stop()
    except (RuntimeError, OSError) as e:
        cet.die(PROG, f"harness broke: {e}", 2)


def measure(args, env, holder):
    c, admin = env.client, env.admin_token
    year = time.gmtime().tm_year
    book = cet.create_book(c, admin, "Fraktion Live", first_period=(str(year), f"{year}-01-01", f"{year}-12-31"))["id"]
    account = c.expect(201, "POST", f"/books/{book}/accounts", {"name": "Handkasse", "type": "CASH", "fund": "PUBLIC",
                                                                "openingBalance": "0.00", "openingDate": f"{year}-01-01"},
                       token=admin)["id"]
    categories = c.expect(200, "GET", f"/books/{book}/categories?size=500", token=admin)["items"]
    category = next(k["id"] for k in categories if (k.get("officialCode") or "").startswith("EX-"))
    users = []
    for i in range(args.users):
        users.append(cet.invite_user(c, admin, env.sink, book, f"live{i}@example.org", "MEMBER", f"Live {i}")["accessToken"])
    # An outsider: a member of a second book only, whose socket must hear nothing about the first.
    other_book = cet.create_book(c, admin, "Fraktion Anderswo", first_period=(str(year), f"{year}-01-01", f"{year}-12-31"))["id"]
    outsider = cet.invite_user(c, admin, env.sink, other_book, "outsider@example.org", "MEMBER", "Outsider")["accessToken"]

    b_app = holder["b"] = cet.App(env.db, env.sink.port, "live-b")
    b_app.data_dir = env.app.data_dir  # one signing key: a's tokens are valid on b
    b_app.start()
    ports = {"a": env.app.port, "b": b_app.port}
    cet.log(f"{args.clients} clients ({args.users} members) on instances a :{ports['a']} and b :{ports['b']}")

    loop = asyncio.new_event_loop()
    clients = [WsClient(ports["a" if i % 2 == 0 else "b"], users[i % args.users], "a" if i % 2 == 0 else "b")
               for i in range(args.clients)]
    spy = WsClient(ports["b"], outsider, "outsider")

    tasks = []

    async def connect_all():
        for w in clients + [spy]:
            await w.connect()
            tasks.append(loop.create_task(w.run()))
        await asyncio.wait_for(asyncio.gather(*(w.ready.wait() for w in clients + [spy])), 60)

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(connect_all(), loop).result(120)

    writer = cet.Client(env.app.base)
    sent, rtt = {}, []
    for i in range(args.events):
        t0 = time.perf_counter()
        a = writer.request("POST", f"/books/{book}/transactions", {"type": "EXPENSE", "amount": "1.00",
                           "date": time.strftime("%Y-%m-%d", time.gmtime()), "accountId": account, "categoryId": category,
                           "description": f"live {i}"}, token=admin)
        t1 = time.perf_counter()
        if a.status != 201:
            cet.die(PROG, f"create answered {a.status}: {a.body[:200]}", 2)
        sent[a.json()["id"]] = t0
        rtt.append((t1 - t0) * 1000)
        time.sleep(0.1)
    time.sleep(2.0)  # late pushes
    async def shutdown():
        for w in clients + [spy]:
            w.close()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    asyncio.run_coroutine_threadsafe(shutdown(), loop).result(30)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)

    lat = {"a": [], "b": []}
    missing = dups = 0
    for w in clients:
        dups += w.duplicates
        for tx, t0 in sent.items():
            if tx in w.arrivals:
                lat[w.name].append((w.arrivals[tx] - t0) * 1000)
            else:
                missing += 1
    leaked = len(spy.arrivals)
    every = lat["a"] + lat["b"]
    total = len(sent) * len(clients)
    p99 = cet.percentile(every, 99)
    cet.log(f"pushes: {len(every)} of {total}; p50 {cet.percentile(every, 50):.1f} ms, p99 {p99:.1f} ms, "
            f"max {max(every) if every else float('nan'):.1f} ms")
    verdict = "PASS" if p99 <= 1000 else "FAIL"
    note = " (informational: smoke)" if args.smoke else ""
    print(f"live-fanout-p99: {p99:.0f} ms ({len(clients)} clients, 2 instances; a {cet.percentile(lat['a'], 99):.0f} ms, "
          f"b {cet.percentile(lat['b'], 99):.0f} ms; baseline create p99 {cet.percentile(rtt, 99):.0f} ms; "
          f"goal <= 1000 ms) {verdict}{note}", flush=True)
    ok = missing == 0 and dups == 0 and leaked == 0
    print(f"live-delivery: {len(every)} of {total} pushes delivered, {dups} duplicated, {leaked} to outsiders "
          f"{'PASS' if ok else 'FAIL'}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
