"""`natocmp diff`: every format, the JSON contract, filters, --exit-code, mirror, errors."""

from __future__ import annotations

import csv
import io
import json

import pytest

FORMATS = ["table", "json", "jsonl", "csv", "tsv"]


@pytest.fixture(scope="module")
def diff_json():
    from typer.testing import CliRunner

    from natocmp.app import app

    result = CliRunner().invoke(app, ["diff", "000", "004", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_contract(diff_json):
    assert diff_json["a"]["id"] == "000" and diff_json["b"]["id"] == "004"
    for key in ("title", "outlet", "date", "language", "sentences", "words"):
        assert key in diff_json["a"]
    params = diff_json["params"]
    assert params["threshold"] > 0 and "scorer" in params and "calibration" in params
    assert diff_json["pairs"], "the two reports of the 12 January meeting share claims"
    for pair in diff_json["pairs"]:
        assert set(pair) >= {
            "a_indices",
            "a_text",
            "b_indices",
            "b_text",
            "score",
            "label",
            "differences",
        }
        assert 0 <= pair["score"] <= 100
        assert pair["label"] in ("agree", "diverge")
        assert (pair["label"] == "diverge") == bool(pair["differences"])
        for d in pair["differences"]:
            assert set(d) >= {"kind", "a", "b"}
        for span in pair["a_spans"]:
            assert pair["a_text"][span["start"] : span["end"]] == span["text"]
    used_a = {i for p in diff_json["pairs"] for i in p["a_indices"]}
    assert all(u["index"] not in used_a for u in diff_json["only_a"])
    s = diff_json["summary"]
    assert s["only_a"] == len(diff_json["only_a"]) and s["only_b"] == len(diff_json["only_b"])
    assert s["rows"] == len(diff_json["pairs"])
    assert s["agree"] + s["diverge"] == s["rows"]
    # Distinct sentences, not rows: a sentence in several pairs counts once per side.
    used_b = {j for p in diff_json["pairs"] for j in p["b_indices"]}
    assert (s["aligned_a"], s["aligned_b"]) == (len(used_a), len(used_b))
    diverging_a = {i for p in diff_json["pairs"] if p["label"] == "diverge" for i in p["a_indices"]}
    assert s["diverging_a"] == len(diverging_a) <= s["aligned_a"]


def test_every_sentence_is_paired_or_unique(diff_json):
    paired = {i for p in diff_json["pairs"] for i in p["a_indices"]}
    unique = {u["index"] for u in diff_json["only_a"]}
    assert paired | unique == set(range(diff_json["a"]["sentences"]))
    assert not paired & unique


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format(invoke, fmt):
    result = invoke("diff", "000", "004", "--format", fmt)
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    if fmt == "table":
        assert "aligned claims" in out and "only in A · Cinktank.com" in out
        assert " agree · " in out and " diverge · " in out
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        assert {r["label"] for r in rows} <= {"agree", "diverge", "only_a", "only_b"}
        assert any(r["label"] == "only_b" for r in rows)
    elif fmt in ("csv", "tsv"):
        delim = "," if fmt == "csv" else "\t"
        rows = list(csv.DictReader(io.StringIO(out), delimiter=delim))
        assert rows and set(rows[0]) >= {"label", "a_indices", "b_indices", "score", "a_text"}
        assert "\r" not in out


def test_mirror(invoke):
    ab = json.loads(invoke("diff", "002", "003", "-f", "json").stdout)
    ba = json.loads(invoke("diff", "003", "002", "-f", "json").stdout)
    forward = {
        (tuple(p["a_indices"]), tuple(p["b_indices"]), p["score"], p["label"]) for p in ab["pairs"]
    }
    backward = {
        (tuple(p["b_indices"]), tuple(p["a_indices"]), p["score"], p["label"]) for p in ba["pairs"]
    }
    assert forward == backward
    assert [u["index"] for u in ab["only_a"]] == [u["index"] for u in ba["only_b"]]


def test_same_article_is_all_agree_and_exit_code_zero(invoke):
    result = invoke("diff", "004", "004", "-f", "json", "--exit-code")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["only_a"] == [] and data["only_b"] == []
    assert {p["label"] for p in data["pairs"]} == {"agree"}


def test_exit_code_one_when_articles_differ(invoke):
    assert invoke("diff", "000", "004", "--exit-code", "-f", "json").exit_code == 1
    assert invoke("diff", "000", "004", "-f", "json").exit_code == 0


@pytest.mark.parametrize("only", ["agree", "diverge", "unique"])
def test_only_filter(invoke, only):
    data = json.loads(invoke("diff", "000", "001", "-f", "json", "--only", only).stdout)
    if only == "unique":
        assert data["pairs"] == [] and (data["only_a"] or data["only_b"])
    else:
        assert data["only_a"] == [] and data["only_b"] == []
        assert all(p["label"] == only for p in data["pairs"])


def test_knobs_are_options_and_recorded(invoke):
    data = json.loads(
        invoke(
            "diff",
            "000",
            "001",
            "-f",
            "json",
            "--threshold",
            "80",
            "--weight",
            "bigrams=0.3",
            "--token-scorer",
            "ratio",
        ).stdout
    )
    assert data["params"]["threshold"] == 80
    assert data["params"]["weights"]["bigrams"] == 0.3
    assert data["params"]["token_scorer"] == "rapidfuzz.fuzz.ratio"
    assert all(p["score"] >= 80 for p in data["pairs"])


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["diff", "000"], 2, ""),
        (["diff", "000", "999"], 2, "no such seed or file"),
        (["diff", "0", "001"], 2, "ambiguous"),
        (["diff", "000", "001", "--weight", "speed=1"], 2, "unknown weight"),
        (["diff", "000", "001", "--threshold", "120"], 2, ""),
        (["diff", "000", "001", "--only", "nothing"], 2, ""),
    ],
)
def test_bad_usage(invoke, args, code, message):
    result = invoke(*args)
    assert result.exit_code == code
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_folder_with_two_articles_is_not_one_side(invoke, tmp_path):
    (tmp_path / "x.txt").write_text("Le ministre a démissionné mardi.", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Le ministre est resté en poste.", encoding="utf-8")
    result = invoke("diff", str(tmp_path), "000")
    assert result.exit_code == 2
    assert "diff compares two articles" in result.stderr


def test_deterministic_bytes(invoke):
    assert (
        invoke("diff", "001", "003", "-f", "json").stdout
        == invoke("diff", "001", "003", "-f", "json").stdout
    )


def test_summary_counts_rows_and_each_sides_distinct_sentences():
    from natocmp.models import AlignedPair, DiffResult, Evidence
    from natocmp.render.diff import summary

    ev = Evidence(0.5, 0.5, 0.0, 0.5, ("x",))

    def pair(a, b, label="agree"):
        return AlignedPair(a, "t", b, "t", 70.0, label, (), (), (), ev)

    # A 0 stands in two rows (with B 1 and B 2, as a lead summing up two claims): three rows
    # as the table shows them, but two sentences of A and three of B.
    pairs = (pair((0,), (1,)), pair((0,), (2,), "diverge"), pair((3,), (4,)))
    art = None
    result = DiffResult(art, art, (), pairs, (), ())  # type: ignore[arg-type]
    assert summary(result) == {
        "agree": 2, "diverge": 1, "rows": 3, "only_a": 0, "only_b": 0,
        "aligned_a": 2, "aligned_b": 3, "diverging_a": 1, "diverging_b": 1,
    }  # fmt: skip
