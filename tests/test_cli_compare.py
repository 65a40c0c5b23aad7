"""`natocmp compare`: every format, --group, --min-outlets, errors, untrusted text."""

from __future__ import annotations

import csv
import io
import json

import pytest

FORMATS = ["table", "json", "jsonl", "csv", "tsv"]
ROW_KEYS = {"claim", "label", "outlets", "article", "indices", "status", "text"}
SEEDS = ["000", "001", "002", "003", "004"]


@pytest.fixture(scope="module")
def document():
    from typer.testing import CliRunner

    from natocmp.app import app

    result = CliRunner().invoke(app, ["compare", "-f", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    return json.loads(result.stdout)


def _rows(stdout: str, fmt: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(stdout), delimiter="\t" if fmt == "tsv" else ","))


@pytest.mark.parametrize("fmt", FORMATS)
def test_compare_every_format(invoke, fmt: str) -> None:
    result = invoke("compare", "--format", fmt)
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    assert out.endswith("\n")
    if fmt == "table":
        assert "\x1b" not in out
        assert "c001" in out and "per outlet" in out and "pairwise" in out
        assert all(len(line) <= 100 for line in out.splitlines())
    elif fmt == "json":
        data = json.loads(out)
        assert [a["id"] for a in data["articles"]] == SEEDS
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        assert rows and all(ROW_KEYS <= set(r) for r in rows)
        assert all(isinstance(r["indices"], list) for r in rows)
    else:
        rows = _rows(out, fmt)
        assert rows and ROW_KEYS <= set(rows[0])
        assert rows[0]["claim"] == "c001"


def test_json_contract(document) -> None:
    assert {"articles", "params", "claims", "outlets", "pairwise"} <= set(document)
    claims = document["claims"]
    assert [c["id"] for c in claims] == [f"c{n:03d}" for n in range(1, len(claims) + 1)]
    for c in claims:
        assert c["label"] in ("agree", "diverge", "unique")
        arts = [m["article"] for m in c["members"]]
        assert len(arts) == len(set(arts))
        assert all({"article", "indices", "text"} <= set(m) for m in c["members"])
        assert (c["label"] == "diverge") == bool(c["differences"])
        assert all(len(d["between"]) == 2 for d in c["differences"])
    assert [o["article"] for o in document["outlets"]] == SEEDS
    for o in document["outlets"]:
        assert {"reported", "unique", "omitted", "diverging"} <= set(o)
        assert o["omitted"] == len(o["omitted_claims"])
    assert len(document["pairwise"]) == 10
    assert all({"a", "b", "shared", "agree", "diverge"} <= set(p) for p in document["pairwise"])
    assert "threshold" in document["params"] and "compare" in document["params"]


def test_long_rows_are_one_per_member(invoke, document) -> None:
    rows = [json.loads(line) for line in invoke("compare", "-f", "jsonl").stdout.splitlines()]
    members = [(c["id"], m["article"]) for c in document["claims"] for m in c["members"]]
    assert [(r["claim"], r["article"]) for r in rows] == members


def test_source_order_changes_nothing(invoke) -> None:
    forward = invoke("compare", *SEEDS, "-f", "json").stdout
    assert invoke("compare", *SEEDS[::-1], "-f", "json").stdout == forward
    assert invoke("compare", "-f", "json").stdout == forward


def test_min_outlets_filters_claims_not_summaries(invoke, document) -> None:
    data = json.loads(invoke("compare", "--min-outlets", "3", "-f", "json").stdout)
    assert data["claims"] and all(len(c["members"]) >= 3 for c in data["claims"])
    want = [c for c in document["claims"] if len(c["members"]) >= 3]
    assert data["claims"] == want
    assert data["outlets"] == document["outlets"]
    table = invoke("compare", "--min-outlets", "3").stdout
    assert f"claims ({len(want)} of {len(document['claims'])})" in table


def test_group_shows_one_claim_in_full(invoke, document) -> None:
    target = next(c for c in document["claims"] if len(c["members"]) >= 3)
    result = invoke("compare", "--group", target["id"], "--width", "100")
    assert result.exit_code == 0 and result.stderr == ""
    flat = " ".join(result.stdout.split())
    for m in target["members"]:
        assert m["article"] in flat
        assert " ".join(m["text"].split())[:40] in flat  # in full, wrapped: not truncated
    data = json.loads(invoke("compare", "--group", target["id"], "-f", "json").stdout)
    assert [c["id"] for c in data["claims"]] == [target["id"]]


def test_unknown_group_is_a_usage_error(invoke) -> None:
    result = invoke("compare", "--group", "c999")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("natocmp: error: no claim group 'c999'")
    assert "hint:" in result.stderr


def test_one_article_is_a_usage_error(invoke) -> None:
    result = invoke("compare", "000")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "at least two articles" in result.stderr


def test_bad_options_exit_2(invoke) -> None:
    assert invoke("compare", "--min-outlets", "0").exit_code == 2
    assert invoke("compare", "--weight", "nope=1").exit_code == 2
    missing = invoke("compare", "000", "no/such/file.txt")
    assert missing.exit_code == 2 and missing.stdout == ""


def test_article_text_is_not_markup(invoke, tmp_path) -> None:
    text = ("[bold red]Stoltenberg[/] a déclaré que l’OTAN proposait des réunions à la Russie "
            "\x1b[31mmercredi\x1b[0m.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("mercredi", "jeudi"), encoding="utf-8")
    result = invoke("compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                    "--color", "always", "--group", "c001")
    assert result.exit_code == 0
    assert "[bold red]Stoltenberg[/]" in result.stdout
    assert "\x1b[31mmercredi" not in result.stdout  # the article's escape code is stripped


def test_output_is_byte_identical_across_runs(invoke) -> None:
    assert invoke("compare").stdout == invoke("compare").stdout
