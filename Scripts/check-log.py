#!/usr/bin/env python3
"""Checks a ProfileLedger log file (`profiles export`) with SHA-256 and base64 alone.

    python3 Scripts/check-log.py log.jsonl

Recomputes every event's hash from its fields and the hash before it, checks each reading
(or review) against its content hash and each document (a source, or the text extracted from
a PDF source) against its hash, and that the header's count and head match. Exits 1, naming
the line, at the first problem. Reads format versions 1 to 3.
"""

import base64
import hashlib
import json
import sys


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def check(path):
    with open(path, encoding="utf-8", newline="\n") as file:
        header = json.loads(file.readline())
        assert header["format"] == "profileledger-log", "not a ProfileLedger log"
        assert header["version"] in (1, 2, 3), f"format version {header['version']}"
        previous, documents, events = "0" * 64, set(), 0
        for number, line in enumerate(file, start=2):
            event = json.loads(line)
            fields = [previous] + [event[key] for key in (
                "seq", "kind", "country", "stream_version", "effective_date", "recorded_at",
                "parser_version", "catalog", "source_hash", "content_hash", "supersedes")]
            fields = ["" if value is None else str(value) for value in fields]
            supplied = ",".join(event.get("supplied", []))
            if "text_hash" in event:  # a PDF's: the supplied fields (maybe none), then the text's
                fields += [supplied, event["text_hash"], event["extractor"]]
            elif supplied:
                fields.append(supplied)
            assert event["prev_hash"] == previous, f"line {number}: the chain is broken"
            assert sha256("\x1f".join(fields).encode()) == event["hash"], \
                f"line {number}: the event was altered"
            if event["content_hash"] is not None:
                payload = event["review"] if event["kind"] == "reviewed" else event["reading"]
                assert sha256(payload.encode()) == event["content_hash"], f"line {number}: reading"
            for document_key, hash_key in (("source", "source_hash"), ("text", "text_hash")):
                document = event.get(document_key)
                if document is not None:
                    data = base64.b64decode(document["base64"], validate=True)
                    assert len(data) == document["size"], f"line {number}: {document_key} size"
                    assert sha256(data) == event[hash_key], f"line {number}: {document_key}"
                    documents.add(event[hash_key])
                assert event.get(hash_key) in documents | {None}, \
                    f"line {number}: no {document_key} document"
            previous, events = event["hash"], events + 1
    assert (events, previous) == (header["events"], header["head"]), "truncated"
    return f"{events} events and {len(documents)} documents intact; head {previous}"


if __name__ == "__main__":
    try:
        print(check(sys.argv[1]))
    except AssertionError as problem:
        sys.exit(f"{sys.argv[1]}: {problem}")
