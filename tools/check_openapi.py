"""Validates Relata's OpenAPI document against the OpenAPI 3.1 specification.

Usage: python tools/check_openapi.py path/to/openapi.json
"""

import json
import sys

from openapi_spec_validator import validate


def main(path: str) -> int:
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    validate(document)
    operations = sum(len(methods) for methods in document["paths"].values())
    print(f"{path}: a valid OpenAPI {document['openapi']} document with {operations} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
