"""JSON-lines reports, written as the output is (atomically for a file): inputs that
did not make it (``--errors FILE``), one object per input: ``file``, ``stage``,
``error``, ``message``; and facts taken out of releases or releases refused
(``--rejects FILE``), one object per removal: ``file`` and the fields of
:meth:`pressgraph.repair.Rejection.record`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from pressgraph.pipeline import Failure


def failure_record(failure: Failure) -> dict[str, str]:
    return {"file": failure.source, "stage": failure.stage, "error": failure.error,
            "message": failure.message}


def reject_records(source: str, records: Iterable[dict[str, object]]) -> list[dict[str, object]]:
    """A release's rejects-file records, each led by the input's file name."""
    return [{"file": source, **record} for record in records]


def write_error_report(path: str, records: Iterable[Mapping[str, object]]) -> None:
    from pressgraph.sinks import open_output

    with open_output(path) as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.commit()
