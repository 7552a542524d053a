"""What the end-to-end smoke scripts share: an SMTP sink that records every mail, reading the token
that a mail carries on a line of its own (API.md: mails print the token on a line of its own), the
packaged jar on a fresh database, and multipart bodies."""
import json
import os
import re
import smtpd
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid

MAILS = []


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        MAILS.append((rcpttos, data.decode("utf-8", "replace")))


def token_for(address, after=0, timeout=30):
    """The token of the first mail to {address} received after the first {after} mails."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for rcpts, body in MAILS[after:]:
            if address in rcpts:
                for line in body.splitlines():
                    if re.fullmatch(r"[A-Za-z0-9_-]{43}", line.strip()):
                        return line.strip()
        time.sleep(0.5)
    raise SystemExit(f"no mail with a token to {address}")


class Instance:
    """The packaged jar on its own, freshly created database, mailing to the sink on {smtp_port}."""

    def __init__(self, db, port, smtp_port, extra_env=None):
        self.db, self.port, self.smtp_port = db, port, smtp_port
        self.extra_env = extra_env or {}
        self.base = f"http://127.0.0.1:{port}/api/v1"
        self.data_dir = tempfile.mkdtemp(prefix=f"{db}-")
        self.app = None

    def start(self, root):
        for sql in (f"drop database if exists {self.db}", f"create database {self.db}"):
            subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-c", sql], check=True)
        env = dict(os.environ,
                   QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:5432/{self.db}",
                   QUARKUS_DATASOURCE_USERNAME="postgres", QUARKUS_DATASOURCE_PASSWORD="postgres",
                   QUARKUS_MAILER_HOST="127.0.0.1", QUARKUS_MAILER_PORT=str(self.smtp_port),
                   QUARKUS_HTTP_PORT=str(self.port), QUARKUS_HTTP_HOST="127.0.0.1",
                   CET_MANAGEMENT_PORT="0",  # metrics are not needed here; any free port
                   CET_BOOTSTRAP_ADMIN_EMAIL="admin@example.org", CET_DATA_DIR=self.data_dir,
                   CET_MAIL_POLL_INTERVAL="1s", CET_PUBLIC_URL="http://127.0.0.1:8080", **self.extra_env)
        log = open(os.path.join(self.data_dir, "app.log"), "w")
        jar = os.path.join(root, "target", "quarkus-app", "quarkus-run.jar")
        self.app = subprocess.Popen(["java", "-jar", jar], env=env, stdout=log, stderr=subprocess.STDOUT)
        for _ in range(90):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/q/health/ready")
                return
            except Exception:
                time.sleep(1)
        raise SystemExit(f"instance {self.db} did not become ready; see {self.data_dir}/app.log")

    def stop(self):
        if self.app:
            self.app.terminate()
            self.app.wait(30)

    def call(self, method, path, body=None, token=None, expect=None, raw=None, content_type="application/json"):
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", content_type)
        if token:
            req.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(req) as r:
                status, payload, headers = r.status, r.read(), r.headers
        except urllib.error.HTTPError as e:
            status, payload, headers = e.code, e.read(), e.headers
        if expect is not None and status != expect:
            raise SystemExit(f"{self.db}: {method} {path}: expected {expect}, got {status}: {payload[:500]!r}")
        print(f"  {self.db}: {method} {path} -> {status}")
        if headers.get("Content-Type", "").startswith(("application/json", "application/problem+json")) and payload:
            return json.loads(payload)
        return payload


def multipart(fields):
    boundary = uuid.uuid4().hex
    out = b""
    for name, value in fields.items():
        if isinstance(value, tuple):
            filename, content, ctype = value
            out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                    f"Content-Type: {ctype}\r\n\r\n").encode() + content + b"\r\n"
        else:
            out += f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode()
    return out + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"
