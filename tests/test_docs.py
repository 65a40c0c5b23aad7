"""The docs cannot drift from the code.

- docs/cli.md is regenerated in memory from the Typer app and compared byte for byte.
- docs/output-formats.md lists every field of every command: each command is run in every
  machine format and its fields (names, order, types) must be exactly the documented ones.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from _cli_table import case, registered_commands

DOCS = Path(__file__).parent.parent / "docs"
COMMANDS = registered_commands()
TYPES = {"string", "integer", "number", "boolean", "null", "array", "object", "open object"}


def test_cli_reference_is_up_to_date():
    from natocmp._docgen import generate

    expected = generate()
    actual = (DOCS / "cli.md").read_text("utf-8")
    assert actual == expected, "docs/cli.md is stale: python -m natocmp._docgen > docs/cli.md"


def test_cli_reference_covers_every_command():
    text = (DOCS / "cli.md").read_text("utf-8")
    for command in COMMANDS:
        assert f"## natocmp {command}\n" in text
    for code in ("0", "1", "2", "130"):
        assert f"\n| {code} |" in text


# --- docs/output-formats.md ------------------------------------------------------------------


def _sections() -> dict[str, str]:
    text = (DOCS / "output-formats.md").read_text("utf-8")
    parts = re.split(r"^## natocmp (\S+)\n", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _tables(section: str) -> dict[str, list[tuple[str, set[str]]]]:
    """The section's tables by first header cell ('field' or 'path'): (name, types) rows."""
    tables: dict[str, list[tuple[str, set[str]]]] = {}
    current: list[tuple[str, set[str]]] | None = None
    for line in section.splitlines():
        if not line.startswith("|"):
            current = None
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if current is None:
            current = tables.setdefault(cells[0], [])
            continue
        if set(cells[0]) <= {"-", " "}:
            continue
        types = set(cells[1].split(" or "))
        assert types <= TYPES, f"unknown type {cells[1]!r} for {cells[0]}"
        current.append((cells[0].strip("`"), types))
    return tables


def _type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return {str: "string", list: "array", dict: "object"}[type(value)]


def _fits(value: object, types: set[str]) -> bool:
    t = _type(value)
    return (
        t in types
        or (t == "integer" and "number" in types)
        or (t == "object" and "open object" in types)
    )


def _walk(value: object, path: str, seen: dict[str, list[object]]) -> None:
    seen.setdefault(path, []).append(value)
    if isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{path}.{key}", seen)
    elif isinstance(value, list):
        for item in value:
            _walk(item, f"{path}[]", seen)


def _rich_runs(invoke, command: str):
    for args in case(command).rich:
        yield args, invoke(command, *args, "-f", "json"), invoke(command, *args, "-f", "jsonl")


@pytest.mark.parametrize("command", COMMANDS)
def test_output_formats_documents_every_command(command):
    sections = _sections()
    assert command in sections, (
        f"document `natocmp {command}` in docs/output-formats.md: a '## natocmp {command}' "
        "section with a 'field' table (rows) and a 'path' table (JSON document)"
    )
    tables = _tables(sections[command])
    assert tables.get("field") and tables.get("path"), f"natocmp {command}: both tables"


@pytest.mark.parametrize("command", COMMANDS)
def test_documented_row_fields_match_output(invoke, command):
    documented = _tables(_sections().get(command, ""))
    if "field" not in documented:
        pytest.fail(f"document natocmp {command} in docs/output-formats.md")
    fields = [name for name, _ in documented["field"]]
    types = dict(documented["field"])
    seen_rows = 0
    for args, _, jsonl in _rich_runs(invoke, command):
        assert jsonl.exit_code == 0, jsonl.stderr
        header = next(csv.reader(io.StringIO(invoke(command, *args, "-f", "csv").stdout)))
        assert header == fields, f"natocmp {command}: CSV header differs from the doc"
        for line in jsonl.stdout.splitlines():
            row = json.loads(line)
            seen_rows += 1
            assert list(row) == fields, f"natocmp {command}: JSON Lines fields differ from the doc"
            for key, value in row.items():
                assert _fits(value, types[key]), f"{command} {key}={value!r} not {types[key]}"
    assert seen_rows, f"natocmp {command} {case(command).rich}: no rows to check; richer sample"


@pytest.mark.parametrize("command", COMMANDS)
def test_documented_json_paths_match_output(invoke, command):
    documented = _tables(_sections().get(command, ""))
    if "path" not in documented:
        pytest.fail(f"document natocmp {command} in docs/output-formats.md")
    spec = dict(documented["path"])
    order = [path for path, _ in documented["path"]]
    seen: dict[str, list[object]] = {}
    for _, result, _ in _rich_runs(invoke, command):
        assert result.exit_code == 0, result.stderr
        _walk(json.loads(result.stdout), "$", seen)
    open_paths = [p for p, t in spec.items() if "open object" in t]
    for path, values in seen.items():
        if any(path.startswith(p + ".") or path.startswith(p + "[]") for p in open_paths):
            continue
        assert path in spec, f"natocmp {command}: {path} is emitted but not documented"
        for value in values:
            assert _fits(value, spec[path]), f"{command} {path}={value!r} not {spec[path]}"
            if isinstance(value, dict) and "open object" not in spec[path]:
                children = [p.rsplit(".", 1)[1] for p in order
                            if "." in p and p.rsplit(".", 1)[0] == path and not p.endswith("[]")]
                assert list(value) == children, f"natocmp {command}: key order of {path}"
    never = [p for p in spec if p not in seen]
    assert not never, f"natocmp {command}: documented but never emitted by the samples: {never}"
