"""Relata's own error contract as a schemathesis check, loaded by scripts/fuzz-api.

schemathesis's `content_type_conformance` compares a response with whatever the document
declares for its status, so it would pass a wrong error type if the document were wrong
too. This check says the rule itself: every 4xx and 5xx answer is an RFC 9457 problem.
"""

import json

import schemathesis


@schemathesis.check
def problem_json_errors(ctx, response, case):
    """A 4xx or 5xx response is `application/problem+json` with type, title, status, detail."""
    if response.status_code < 400:
        return None
    content_type = (response.headers.get("content-type") or [""])[0]
    media_type = content_type.split(";")[0].strip().lower()
    if media_type != "application/problem+json":
        raise AssertionError(
            f"{response.status_code} answered with Content-Type {content_type or '(none)'!r}, "
            "not application/problem+json"
        )
    try:
        problem = json.loads(response.content)
    except ValueError as error:
        raise AssertionError(f"the problem body is not JSON: {error}") from None
    missing = [key for key in ("type", "title", "status", "detail") if key not in problem]
    if missing:
        raise AssertionError(f"the problem lacks {', '.join(missing)}")
    if problem["status"] != response.status_code:
        raise AssertionError(
            f"the problem says status {problem['status']} but the response is {response.status_code}"
        )
    return None
