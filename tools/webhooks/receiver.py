"""A webhook receiver for Relata's tests: checks every message with the `standardwebhooks`
package (the Standard Webhooks reference library, which nobody at Relata wrote) and keeps
what arrived.

    python receiver.py            # prints "listening on PORT", then serves

Control paths, for the test that drives it:
    PUT  /control/secret          body: the subscription's signing secret (whsec_...)
    PUT  /control/fail            body: how many of the next messages to answer with 500
    GET  /control/received        JSON list of the messages taken, oldest first

Any other POST is a delivery: 204 when its signature verifies, 401 when it does not
(or 500 while told to fail).
"""

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

state = {"secret": None, "fail": 0, "received": [], "rejected": 0}
lock = threading.Lock()


class Receiver(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def body(self):
        return self.rfile.read(int(self.headers.get("content-length", 0)))

    def answer(self, status, payload=None):
        data = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_PUT(self):
        value = self.body().decode()
        with lock:
            if self.path == "/control/secret":
                state["secret"] = value
            elif self.path == "/control/fail":
                state["fail"] = int(value)
            else:
                return self.answer(404)
        self.answer(204)

    def do_GET(self):
        if self.path != "/control/received":
            return self.answer(404)
        with lock:
            self.answer(200, {"received": state["received"], "rejected": state["rejected"]})

    def do_POST(self):
        body = self.body()
        with lock:
            if state["fail"] > 0:
                state["fail"] -= 1
                return self.answer(500, {"error": "told to fail"})
            secret = state["secret"]
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            message = Webhook(secret).verify(body, headers)
        except (WebhookVerificationError, TypeError, ValueError) as error:
            with lock:
                state["rejected"] += 1
            return self.answer(401, {"error": str(error)})
        with lock:
            state["received"].append(
                {
                    "webhook_id": headers["webhook-id"],
                    "path": self.path,
                    "type": message["type"],
                    "data": message["data"],
                }
            )
        self.answer(204)


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    print(f"listening on {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
