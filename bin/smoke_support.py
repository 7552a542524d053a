"""What the end-to-end smoke scripts share: an SMTP sink that records every mail, and reading the token
that a mail carries on a line of its own (API.md: mails print the token on a line of its own)."""
import re
import smtpd
import time

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
