"""Signs the demo owner in and makes a write-scope API key, for scripts/fuzz-api.

Usage: python sign_in.py BASE_URL EMAIL PASSWORD
Prints three lines: the API key, the session cookie (name=value) and its CSRF token.
"""

import json
import sys
import urllib.request


def post_json(url, body, headers):
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **headers},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response), response.headers


def main(base_url, email, password):
    session, headers = post_json(
        f"{base_url}/api/v1/session", {"email": email, "password": password}, {}
    )
    # Set-Cookie: relata_session=VALUE; HttpOnly; ... — only the name=value pair is sent back.
    cookie = headers["Set-Cookie"].split(";")[0]
    csrf = session["csrf_token"]
    created, _ = post_json(
        f"{base_url}/api/v1/api-keys",
        {"name": "fuzz-api", "scope": "write"},
        {"Cookie": cookie, "X-CSRF-Token": csrf},
    )
    print(created["key"], cookie, csrf, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
