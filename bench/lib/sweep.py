#!/usr/bin/env python3
"""bench/drills/bad-input-sweep: every operation of /q/openapi fed with bad input.

See `bench/drills/bad-input-sweep --help`. Exit 0 on PASS, 1 on FAIL (a 5xx, a 4xx that is not a
problem document, or a table whose row count changed), 2 when the harness itself broke."""
import argparse, json, os, random, sys, uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cet  # noqa: E402

PROG = "bad-input-sweep"
HELP = """Usage: bench/drills/bad-input-sweep [--smoke] [--verbose]

Starts CET (packaged jar) on a fresh database cet_bench_sweep with an SMTP sink, signs in the
bootstrap admin, creates one book, reads /q/openapi?format=json and, for every operation under
/api/v1, sends:
  - the call without a token (operations that declare security)
  - GET operations with a valid token as they are (a 2xx is fine here)
  - every UUID path parameter as 'not-a-uuid', as a random UUID and as a 300-character string
  - GET: page=abc, size=abc, size=100000, page=-1, sort=nosuchfield,asc, sort=name,sideways and
    a wrong value for every other declared query parameter
  - with a request body: malformed JSON, a JSON array, a JSON string, null, an empty object, a wrong
    type for every field of the request schema (and of nested objects), wrong formats (uuid, date,
    enum), a 1.1 MiB body (> CET_MAX_JSON_BODY = 1 MiB) and text/plain instead of JSON
Every answer must be a 4xx application/problem+json whose 'status' matches (a 2xx is accepted
for the valid-token GETs and the empty object where the schema requires nothing), never a 5xx or a
connection failure. Row counts of every table are compared before and after; any change fails.
Mutating operations are never called with fully valid input, so nothing may be stored.
Deliberate exceptions: POST /auth/logout and /auth/password-reset answer 204/202 to any JSON
object by contract (the answer must not reveal whether a token or address exists); POST
/auth/passkey/options takes no input and answers options to anyone (its challenge row in
identity_passkey_ceremony expires); identity_throttle counts failed sign-ins (wrong credentials
are counted on purpose).

Prints one line per operation and the verdict line
  bad-input-sweep: N requests, X 5xx, Y non-problem 4xx PASS|FAIL
--smoke runs the same sweep (it takes well under a minute); --verbose prints every request.
Exit: 0 PASS, 1 FAIL, 2 the harness broke (build, database, app did not start)."""


# The contract answers these with a fixed 2xx for any well-formed JSON object, so that the answer
# reveals nothing (API.md: password reset "202 always"; logout of an unknown token is 204).
# Starting a passkey sign-in takes no input and no token (the browser asks before anyone is known,
# ADR 0016), so every call is answered with fresh options.
ALWAYS_2XX = {"POST /api/v1/auth/logout", "POST /api/v1/auth/password-reset",
              "POST /api/v1/auth/passkey/options"}
# Failed sign-in attempts (wrong credentials, not malformed input) are counted on purpose; each passkey
# sign-in start keeps its single-use challenge until it expires (then it is purged).
COUNTS_FAILURES = {"public.identity_throttle", "public.identity_passkey_ceremony"}


def resolve(spec, schema, depth=0):
    if not isinstance(schema, dict) or depth > 8:
        return {}
    if "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        return resolve(spec, spec.get("components", {}).get("schemas", {}).get(name, {}), depth + 1)
    if "allOf" in schema:
        merged = {"type": "object", "properties": {}, "required": []}
        for s in schema["allOf"]:
            r = resolve(spec, s, depth + 1)
            merged["properties"].update(r.get("properties", {}))
            merged["required"] += r.get("required", [])
            for k in ("type", "format", "enum"):
                if k in r and k not in ("type",):
                    merged[k] = r[k]
            if r.get("type") and r.get("type") != "object" and not r.get("properties"):
                return r
        return merged
    if "oneOf" in schema or "anyOf" in schema:
        options = schema.get("oneOf") or schema.get("anyOf")
        return resolve(spec, options[0], depth + 1) if options else {}
    return schema


def plausible(spec, schema, depth=0):
    s = resolve(spec, schema)
    t = s.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), None)
    if "enum" in s and s["enum"]:
        return s["enum"][0]
    if t == "object" or s.get("properties"):
        if depth > 3:
            return {}
        return {k: plausible(spec, v, depth + 1) for k, v in s.get("properties", {}).items()}
    if t == "array":
        return []
    if t == "integer":
        return 1
    if t == "number":
        return 1
    if t == "boolean":
        return False
    fmt = s.get("format")
    if fmt == "uuid":
        return str(uuid.uuid4())
    if fmt == "date":
        return "2026-03-01"
    if fmt == "date-time":
        return "2026-03-01T10:15:30Z"
    if fmt == "email":
        return "nobody-%d@example.org" % random.randrange(10 ** 6)
    return "x"


def wrong_values(spec, schema):
    """(label, value) pairs of the wrong type or format for a field with this schema."""
    s = resolve(spec, schema)
    t = s.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), None)
    out = []
    if t == "string" or "enum" in s:
        out.append(("number-for-string", 12345))
        out.append(("object-for-string", {"a": 1}))
        if "enum" in s:
            out.append(("unknown-enum", "NOT_A_VALUE"))
        fmt = s.get("format")
        if fmt == "uuid":
            out.append(("bad-uuid", "not-a-uuid"))
        elif fmt == "date":
            out.append(("bad-date", "2026-13-45"))
        elif fmt == "date-time":
            out.append(("bad-date-time", "yesterday"))
        out.append(("oversized-string", "y" * 100_000))
    elif t in ("integer", "number"):
        out += [("string-for-number", "not-a-number"), ("huge-number", 10 ** 30), ("fraction", 1.5)]
    elif t == "boolean":
        out += [("string-for-boolean", "nope"), ("number-for-boolean", 2)]
    elif t == "array":
        out += [("object-for-array", {"a": 1}), ("string-for-array", "x")]
    elif t == "object" or s.get("properties"):
        out += [("string-for-object", "x"), ("array-for-object", [1])]
    return out


def body_variants(spec, schema):
    """(label, raw bytes or JSON value, content type, may_succeed)."""
    v = [("malformed-json", b'{"a": ', "application/json", False),
         ("json-array", b"[1,2]", "application/json", False),
         ("json-string", b'"x"', "application/json", False),
         ("json-null", b"null", "application/json", False),
         ("empty-body", b"", "application/json", False),
         ("text-plain", b"hello", "text/plain", False),
         ("oversized", json.dumps({"name": "z" * (1_100_000)}).encode(), "application/json", False)]
    s = resolve(spec, schema) if schema else {}
    props = s.get("properties", {})
    v.append(("empty-object", b"{}", "application/json", not s.get("required")))
    if props:
        base = plausible(spec, s)
        for name, ps in props.items():
            for label, value in wrong_values(spec, ps):
                b = dict(base)
                b[name] = value
                v.append((f"{name}:{label}", json.dumps(b).encode(), "application/json", False))
            sub = resolve(spec, ps)
            for sname, sps in sub.get("properties", {}).items():
                for label, value in wrong_values(spec, sps):
                    b = dict(base)
                    inner = dict(base.get(name) or {})
                    inner[sname] = value
                    b[name] = inner
                    v.append((f"{name}.{sname}:{label}", json.dumps(b).encode(), "application/json", False))
        for name in s.get("required", []):
            b = dict(base)
            b.pop(name, None)
            v.append((f"missing:{name}", json.dumps(b).encode(), "application/json", False))
    return v


def main():
    ap = argparse.ArgumentParser(prog="bench/drills/bad-input-sweep", add_help=False)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    a = ap.parse_args()
    if a.help:
        print(HELP)
        return 0
    random.seed(7)
    try:
        env = cet.Env("sweep").__enter__()
    except Exception as e:  # noqa: BLE001
        print(f"{PROG}: harness broke: {e}", file=sys.stderr)
        return 2
    try:
        return sweep(env, a.verbose)
    finally:
        env.__exit__(None, None, None)


def sweep(env, verbose):
    c = env.client
    token = env.admin_token
    book = cet.create_book(c, token, "Sweep book")
    me = c.expect(200, "GET", "/me", token=token)
    spec_answer = c.request("GET", "/q/openapi?format=json")
    spec = spec_answer.json()
    if spec_answer.status != 200 or not spec:
        print(f"{PROG}: /q/openapi?format=json answered {spec_answer.status}", file=sys.stderr)
        return 2
    known = {"bookId": book["id"], "userId": me["id"], "id": str(uuid.uuid4()), "token": "x" * 43}
    global_security = spec.get("security")
    before = env.db.table_counts()

    total, five, nonproblem, conn_fail = 0, 0, 0, 0
    failures = []
    per_op = []

    def send(op_label, method, path, label, raw=None, ctype=None, tok=None, may_succeed=False):
        nonlocal total, five, nonproblem, conn_fail
        headers = {}
        if ctype:
            headers["Content-Type"] = ctype
        ans = c.request(method, path, token=tok, headers=headers, raw=raw) if raw is not None or ctype \
            else c.request(method, path, token=tok)
        total += 1
        bad = None
        if ans.status == 0:
            conn_fail += 1
            bad = "connection failure: " + ans.body[:120]
        elif ans.status >= 500:
            five += 1
            bad = f"{ans.status}"
        elif 400 <= ans.status < 500:
            doc = ans.json()
            if ans.content_type != "application/problem+json" or not isinstance(doc, dict) or doc.get("status") != ans.status:
                nonproblem += 1
                bad = f"{ans.status} not a problem document ({ans.content_type})"
        elif 200 <= ans.status < 300:
            if not may_succeed:
                bad = f"{ans.status} accepted bad input"
        else:
            bad = f"unexpected {ans.status}"
        if verbose:
            print(f"    {method} {path[:90]} [{label}] -> {ans.status}{'  <-- ' + bad if bad else ''}")
        if bad:
            failures.append(f"{op_label} [{label}] {method} {path[:120]}: {bad} {ans.body[:200]!r}")
        return ans.status

    for path, item in sorted(spec.get("paths", {}).items()):
        if not path.startswith("/api/v1"):
            continue
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            M = method.upper()
            params = list(item.get("parameters", [])) + list(op.get("parameters", []))
            params = [resolve(spec, p) if "$ref" in p else p for p in params]
            path_params = [p for p in params if p.get("in") == "path"]
            query_params = [p for p in params if p.get("in") == "query"]
            secured = op.get("security", global_security) not in (None, [])

            def fill(overrides=None):
                out = path
                for p in path_params:
                    n = p["name"]
                    v = (overrides or {}).get(n, known.get(n, str(uuid.uuid4())))
                    out = out.replace("{" + n + "}", v)
                return out

            op_label = f"{M} {path}"
            statuses = {}

            def rec(s):
                statuses[s] = statuses.get(s, 0) + 1

            body_schema = None
            has_body = "requestBody" in op
            if has_body:
                content = op["requestBody"].get("content", {})
                media = content.get("application/json") or next(iter(content.values()), {})
                body_schema = media.get("schema")
            if secured:
                rec(send(op_label, M, fill(), "no-token", raw=b"{}" if has_body else None,
                         ctype="application/json" if has_body else None))
            fixed = op_label in ALWAYS_2XX
            rec(send(op_label, M, fill(), "bad-token", tok="not.a.jwt", raw=b"{}" if has_body else None,
                     ctype="application/json" if has_body else None, may_succeed=fixed))
            if M == "GET":
                rec(send(op_label, M, fill(), "valid", tok=token, may_succeed=True))
                qs = [("page=abc", "page-not-number"), ("size=abc", "size-not-number"), ("size=100000", "size-huge"),
                      ("page=-1", "page-negative"), ("sort=nosuchfield,asc", "sort-unknown"),
                      ("sort=name,sideways", "sort-direction")]
                for p in query_params:
                    if p["name"] in ("page", "size", "sort"):
                        continue
                    qs.append((f"{p['name']}=%27%3B--%00zz", f"query-{p['name']}"))
                for q, label in qs:
                    # Unknown query parameters are ignored by design, so a 2xx is fine where the
                    # operation declares no paging (e.g. GET /me?page=abc).
                    declared = {p["name"] for p in query_params}
                    qname = q.split("=")[0]
                    rec(send(op_label, M, fill() + "?" + q, label, tok=token, may_succeed=qname not in declared))
            for p in path_params:
                for v, label in (("not-a-uuid", "id-not-uuid"), (str(uuid.uuid4()), "id-random"), ("9" * 300, "id-long")):
                    rec(send(op_label, M, fill({p["name"]: v}), f"{p['name']}:{label}", tok=token,
                             raw=plausible_raw(spec, body_schema) if has_body else None,
                             ctype="application/json" if has_body else None))
            if has_body:
                for label, raw, ctype, may in body_variants(spec, body_schema):
                    # PATCH on the fixture book / the caller itself with a valid body could change
                    # data: every variant here is invalid except possibly the empty object.
                    rec(send(op_label, M, fill(), label, raw=raw, ctype=ctype, tok=token,
                             may_succeed=(may and M != "POST") or (fixed and ctype == "application/json"
                                                                     and raw.startswith(b"{"))))
            summary = " ".join(f"{k}x{v}" for k, v in sorted(statuses.items()))
            per_op.append(f"  {op_label:<60} {sum(statuses.values()):>4} requests  {summary}")

    after = env.db.table_counts()
    changed = [f"{t}: {before.get(t)} -> {after.get(t)}" for t in sorted(set(before) | set(after))
               if before.get(t) != after.get(t) and t not in COUNTS_FAILURES]
    # outbox_mail is one of the tables: a bad request must not have queued a mail either.
    print("per operation (status x count):")
    for line in per_op:
        print(line)
    if changed:
        print("tables whose row count changed:")
        for line in changed:
            print("  " + line)
    else:
        print(f"row counts of {len(after)} tables unchanged")
    if failures:
        print(f"problems ({len(failures)}):")
        for f in failures[:60]:
            print("  " + f)
        if len(failures) > 60:
            print(f"  ... {len(failures) - 60} more")
    ok = five == 0 and nonproblem == 0 and conn_fail == 0 and not changed and not failures
    print(f"{PROG}: {total} requests, {five} 5xx, {nonproblem} non-problem 4xx, {conn_fail} connection failures, "
          f"{len(changed)} tables changed {'PASS' if ok else 'FAIL'}")
    if not cet.App.alive(env.app):
        print(f"{PROG}: the app died during the sweep", file=sys.stderr)
        return 1
    return 0 if ok else 1


def plausible_raw(spec, schema):
    return json.dumps(plausible(spec, schema) if schema else {}).encode()


if __name__ == "__main__":
    sys.exit(main())
