"""The JSON-lines report of inputs that did not make it (``--errors FILE``), one object per
input: ``file``, ``stage``, ``error``, ``message``; written as the output is (atomically
for a file)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from pressgraph.pipeline import Failure


def failure_record(failure: Failure) -> dict[str, str]:
    return {"file": failure.source, "stage": failure.stage, "error": failure.error,
            "message": failure.message}


def write_error_report(path: str, records: Iterable[dict[str, str]]) -> None:
    from pressgraph.sinks import open_output

    with open_output(path) as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.commit()
