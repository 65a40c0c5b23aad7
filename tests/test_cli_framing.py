"""`natocmp framing` and `natocmp timeline`: every format, the JSON contracts, errors."""

from __future__ import annotations

import csv
import io
import json

import pytest

FORMATS = ["table", "json", "jsonl", "csv", "tsv"]


@pytest.mark.parametrize("command", ["framing", "timeline"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format(invoke, command, fmt):
    result = invoke(command, "002", "003", "--format", fmt, "--width", "100")
    assert result.exit_code == 0, result.stderr
    assert result.stdout and not result.stderr
    if fmt == "table":
        assert max(len(line) for line in result.stdout.splitlines()) <= 100
    if fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(result.stdout), delimiter="," if fmt == "csv" else "\t"))
        assert len(rows) > 1


def test_framing_json_contract(invoke):
    result = invoke("framing", "003", "004", "-f", "json")
    document = json.loads(result.stdout)
    assert isinstance(document, list) and document
    types = set()
    for item in document:
        assert set(item) >= {"article", "index", "text", "markers"}
        assert item["markers"]
        for m in item["markers"]:
            assert set(m) >= {"type", "span", "why"} and m["why"]
            assert item["text"][m["start"]:m["end"]] == m["span"]
            types.add(m["type"])
    assert types == {"evaluative", "hedge", "scare_quote", "context"}


def test_framing_rows_are_one_per_marker(invoke):
    doc = json.loads(invoke("framing", "003", "-f", "json").stdout)
    lines = invoke("framing", "003", "-f", "jsonl").stdout.splitlines()
    assert len(lines) == sum(len(item["markers"]) for item in doc)
    assert {json.loads(line)["type"] for line in lines} <= {"evaluative", "hedge", "scare_quote"}


def test_framing_type_filter(invoke):
    doc = json.loads(invoke("framing", "--type", "hedge", "-f", "json").stdout)
    assert doc and all(m["type"] == "hedge" for item in doc for m in item["markers"])
    bad = invoke("framing", "--type", "spin")
    assert bad.exit_code == 2 and not bad.stdout


def test_framing_table_shows_summary(invoke):
    out = invoke("framing", "003", "004", "--width", "100").stdout
    assert "markers per 1,000 words" in out and "carrément" in out


def test_timeline_json_contract(invoke):
    document = json.loads(invoke("timeline", "-f", "json").stdout)
    assert document
    for event in document:
        assert set(event) >= {"date", "event", "mentions", "conflict"}
        for m in event["mentions"]:
            assert set(m) >= {"article", "text", "expression", "how"}
            assert m["expression"] in m["text"]
    rows = invoke("timeline", "-f", "jsonl").stdout.splitlines()
    assert len(rows) == sum(len(e["mentions"]) for e in document)


def test_missing_file_is_an_error(invoke, tmp_path):
    for command in ("framing", "timeline"):
        result = invoke(command, str(tmp_path / "missing.txt"))
        assert result.exit_code != 0 and not result.stdout
        assert result.stderr.startswith("natocmp: error:")
