"""`natocmp claims` and `natocmp speakers` through the CLI: formats, filters, errors."""

from __future__ import annotations

import csv
import io
import json

import pytest

CONTRACT = {
    "article", "outlet", "speaker", "speaker_type", "text", "kind", "cue", "sentence_index",
    "group",
}


def test_claims_json_contract(invoke):
    result = invoke("claims", "-f", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and all(CONTRACT <= set(r) for r in rows)
    assert {r["kind"] for r in rows} == {"direct", "reported"}
    assert {r["speaker_type"] for r in rows} <= {"person", "institution", "unknown"}
    assert all(isinstance(r["sentence_index"], int) for r in rows)
    # the same statement in several outlets shares a group id
    groups = [r for r in rows if r["group"]]
    ids = {r["group"] for r in groups}
    assert groups and all(len({r["article"] for r in groups if r["group"] == g}) >= 2 for g in ids)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv"])
def test_claims_flat_formats_one_row_per_claim(invoke, fmt):
    n = len(json.loads(invoke("claims", "001", "-f", "json").stdout))
    result = invoke("claims", "001", "-f", fmt)
    assert result.exit_code == 0
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    else:
        delim = "," if fmt == "csv" else "\t"
        rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter=delim,
                                   quoting=csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE))
    assert len(rows) == n
    assert CONTRACT <= set(rows[0])


@pytest.mark.parametrize("name", ["stoltenberg", "Jens Stoltenberg", "STOLTENBERG", "chef du bloc"])
def test_speaker_filter_matches_names_and_aliases(invoke, name):
    result = invoke("claims", "--speaker", name, "-f", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert rows and {r["speaker"] for r in rows} == {"Jens Stoltenberg"}
    assert len({r["article"] for r in rows}) == 5  # one person in five outlets


def test_speaker_filter_accent_insensitive(invoke):
    rows = json.loads(invoke("claims", "-s", "serguei ryabkov", "-f", "json").stdout)
    assert {r["speaker"] for r in rows} == {"Sergueï Ryabkov"}


def test_unknown_speaker_is_usage_error_with_hint(invoke):
    result = invoke("claims", "--speaker", "nobody at all")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no speaker matches" in result.stderr
    assert "hint: known speakers:" in result.stderr and "Jens Stoltenberg" in result.stderr


def test_kind_filter(invoke):
    rows = json.loads(invoke("claims", "--kind", "direct", "-f", "json").stdout)
    assert rows and {r["kind"] for r in rows} == {"direct"}
    assert invoke("claims", "--kind", "quoted").exit_code == 2


def test_claims_table_readable_at_100_columns(invoke):
    result = invoke("claims", "004", "--width", "100")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines and max(len(line) for line in lines) <= 100
    assert "Jens Stoltenberg" in result.stdout and "a déclaré" in result.stdout


def test_claims_table_shows_groups_with_fidelity(invoke):
    result = invoke("claims", "002", "003", "-s", "stoltenberg", "--width", "100")
    assert "g1" in result.stdout
    # Each member says how its wording compares with the one shown above it.
    assert "shown above" in result.stdout and "reworded" in result.stdout


def test_speakers_table_and_json(invoke):
    table = invoke("speakers", "--width", "100")
    assert table.exit_code == 0
    assert "Jens Stoltenberg" in table.stdout and "Kremlin" in table.stdout
    doc = json.loads(invoke("speakers", "-f", "json").stdout)
    js = next(s for s in doc if s["speaker"] == "Jens Stoltenberg")
    assert js["speaker_type"] == "person"
    assert [o["article"] for o in js["outlets"]] == ["000", "001", "002", "003", "004"]
    assert "Stoltenberg" in js["aliases"]
    assert all(s["speaker_type"] in {"person", "institution"} for s in doc)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl"])
def test_speakers_flat_formats(invoke, fmt):
    result = invoke("speakers", "-f", fmt)
    assert result.exit_code == 0 and result.stdout.strip()


def test_claims_output_deterministic(invoke):
    assert invoke("claims", "-f", "json").stdout == invoke("claims", "-f", "json").stdout


def test_markup_in_article_text_is_not_interpreted(invoke, tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("« [bold red]Nous refusons[/] toute concession ici », a déclaré Jane Doe.\n",
                    encoding="utf-8")
    result = invoke("claims", str(path), "--color", "always")
    assert "[bold red]Nous refusons[/]" in result.stdout
