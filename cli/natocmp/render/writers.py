"""Write an ``Output`` as JSON, JSON Lines, CSV or TSV, to a string (never through Rich).

UTF-8 text, ``ensure_ascii=False``, ``\\n`` line ends, a header row always, and valid
output for empty results (``[]`` in JSON, a header alone in CSV).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from natocmp.render.records import Output


def to_json(output: Output) -> str:
    return json.dumps(output.document, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(output: Output) -> str:
    return "".join(jsonl_lines(output.rows, output.columns))


def jsonl_lines(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Iterator[str]:
    """JSON Lines one line at a time (``compare -f jsonl`` streams them)."""
    # Exactly `columns`, in their order, as CSV/TSV have: the three row formats carry the
    # same fields (docs/output-formats.md), even if a row dict holds an extra key.
    for row in rows:
        yield json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n"


def to_delimited(output: Output, *, delimiter: str) -> str:
    buf = io.StringIO()
    if delimiter == "\t":
        # TSV: no quoting; tabs and newlines inside a value become spaces (as `cut` expects).
        writer = csv.writer(
            buf,
            delimiter="\t",
            lineterminator="\n",
            quoting=csv.QUOTE_NONE,
            escapechar=None,
            quotechar=None,
        )
        writer.writerow(output.columns)
        for row in output.rows:
            writer.writerow(
                [cell(row.get(c)).replace("\t", " ").replace("\n", " ") for c in output.columns]
            )
    else:
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(output.columns)
        for row in output.rows:
            writer.writerow([cell(row.get(c)) for c in output.columns])
    return buf.getvalue()


def cell(value: Any) -> str:
    """How one JSON value is written in a CSV/TSV cell (docs/output-formats.md).

    >>> [cell(None), cell(True), cell([1, 2]), cell(61.44), cell("001")]
    ['', 'true', '[1, 2]', '61.4', '001']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def write(output: Output, fmt: str) -> str:
    """Render an Output in a machine format: json, jsonl, csv or tsv."""
    if fmt == "json":
        return to_json(output)
    if fmt == "jsonl":
        return to_jsonl(output)
    if fmt == "csv":
        return to_delimited(output, delimiter=",")
    if fmt == "tsv":
        return to_delimited(output, delimiter="\t")
    raise ValueError(f"not a machine format: {fmt}")
