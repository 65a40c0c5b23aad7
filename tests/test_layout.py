"""Tables at 80, 100 and 160 columns for 2, 5, 12 and 30 articles (issue 16).

Golden files (tests/golden/layout/) hold whole outputs on an invented story
(tests/layout_corpus.py); rewrite them with ``NATOCMP_UPDATE_GOLDEN=1`` after a deliberate
layout change, and read the diff. The real development corpus (../shared/realdev/) is
third-party text, so its outputs are never stored: its tests assert structure instead — no
line wider than the width, every speaker named, no text cut below a readable width.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from layout_corpus import write_corpus

GOLDEN = Path(__file__).parent / "golden" / "layout"
UPDATE = os.environ.get("NATOCMP_UPDATE_GOLDEN") == "1"
WIDTHS = (80, 100, 160)
SIZES = (2, 5, 12, 30)
COMMANDS = {
    "list": ("list",),
    "compare": ("compare",),
    "claims": ("claims",),
    "speakers": ("speakers",),
    "framing": ("framing",),
    "timeline": ("timeline",),
}
# 11: a label cut by natocmp.labels keeps 17 characters; anything shorter before an
# ellipsis is a cell Rich squeezed, which the layouts must never do.
READABLE = 11


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> dict[int, list[str]]:
    root = tmp_path_factory.mktemp("layout")
    return {n: write_corpus(root / f"n{n}", n) for n in SIZES}


def _run(invoke, args: tuple[str, ...], sources: list[str], width: int) -> str:
    result = invoke(*args, *sources, "--width", str(width))
    assert result.exit_code == 0, result.stderr
    return result.stdout


_CUT = re.compile(r"([\w'’-]*)…")


def _check_shape(out: str, width: int, texts: str = "") -> None:
    """No line wider than ``width``; no "…" after fewer than READABLE characters, except
    where the articles themselves have one (``texts``: their text and titles)."""
    for line in out.splitlines():
        assert cell_len(line) <= width, f"{cell_len(line)} > {width}: {line!r}"
    written = set(_CUT.findall(texts))
    for cut in _CUT.findall(out):
        assert not cut or len(cut) >= READABLE or cut in written, f"text cut to {cut!r}…"


def _golden(name: str, out: str) -> None:
    path = GOLDEN / f"{name}.txt"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(out, encoding="utf-8")
    assert path.is_file(), f"no golden {path.name}: run with NATOCMP_UPDATE_GOLDEN=1"
    assert out == path.read_text(encoding="utf-8"), f"{path.name} differs"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("n", SIZES)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_golden_tables(invoke, corpora, command, n, width):
    out = _run(invoke, COMMANDS[command], corpora[n], width)
    _check_shape(out, width)
    _golden(f"{command}-{n:02d}-{width}", out)


@pytest.mark.parametrize("width", WIDTHS)
def test_golden_diff_and_flat_claims(invoke, corpora, width):
    diff = _run(invoke, ("diff",), corpora[2], width)
    flat = _run(invoke, ("claims", "--flat"), corpora[5], width)
    for out in (diff, flat):
        _check_shape(out, width)
    _golden(f"diff-02-{width}", diff)
    _golden(f"claims-flat-05-{width}", flat)


def test_one_label_per_article_in_every_command(invoke, corpora):
    """The label a JSON record gives an article is the name every table uses for it."""
    sources = corpora[12]
    articles = json.loads(invoke("list", *sources, "-f", "json").stdout)
    labels = {a["id"]: a["label"] for a in articles}
    assert len(set(labels.values())) == len(labels)  # unique
    assert "Agence Presse Régionale 1" not in labels.values()  # cut to 16, then numbered
    assert {labels["apr-depeche"], labels["apr-reprise"]} == {"Agence Presse 1", "Agence Presse 2"}
    assert labels["blog-des-habitants-de-la-vallee"].endswith("…")  # no outlet: the stem
    claims = json.loads(invoke("claims", *sources, "-f", "json").stdout)
    assert {c["label"] for c in claims} <= set(labels.values())
    assert all(c["label"] == labels[c["article"]] for c in claims)
    compare = json.loads(invoke("compare", *sources, "-f", "json").stdout)
    assert {a["id"]: a["label"] for a in compare["articles"]} == labels
    for command in ("list", "compare", "speakers", "framing"):
        out = invoke(command, *sources, "--width", "160").stdout
        for label in labels.values():
            assert label in out, (command, label)


def test_claims_grouped_by_statement_once_each(invoke, corpora):
    out = _run(invoke, ("claims", "--speaker", "varenne"), corpora[12], 100)
    rows = json.loads(invoke("claims", *corpora[12], "--speaker", "varenne", "-f", "json").stdout)
    groups = {r["group"] for r in rows if r["group"]}
    assert groups
    for g in groups:  # each statement heads its block once
        assert len(re.findall(rf"^\s+{g}\s", out, re.M)) == 1
    # every outlet's wording is listed under it, with fidelity and cue
    assert out.count("→ ") == len(rows)
    assert "cue: a déclaré" in out or "cue: a affirmé" in out


def test_piped_tables_follow_columns(runner, corpora, monkeypatch):
    from natocmp.app import app

    monkeypatch.setenv("COLUMNS", "72")
    out = runner.invoke(app, ["compare", *corpora[5]]).stdout
    assert max(cell_len(line) for line in out.splitlines()) == 72
    monkeypatch.delenv("COLUMNS")
    out = runner.invoke(app, ["compare", *corpora[5]]).stdout
    assert max(cell_len(line) for line in out.splitlines()) == 100


def test_left_out_pairs_are_said_with_the_option(invoke, corpora):
    out = _run(invoke, ("compare",), corpora[30], 80)
    assert "pairs not shown" in out and "--format json" in out


# --- realdev: structure only (third-party text is never stored) --------------------------


def _folders(realdev: Path) -> list[Path]:
    return sorted(p for p in realdev.iterdir() if p.is_dir())


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", ["list", "compare", "claims", "speakers", "framing",
                                     "timeline"])
def test_realdev_tables_fit_and_name_everyone(invoke, realdev, command, width):
    from natocmp.corpus import load_articles

    for folder in _folders(realdev):
        out = _run(invoke, (command,), [str(folder)], width)
        texts = "\n".join(f"{a.title}\n{a.text}" for a in load_articles([str(folder)]))
        _check_shape(out, width, texts)
        if command == "speakers":
            speakers = json.loads(invoke("speakers", str(folder), "-f", "json").stdout)
            flat = " ".join(out.split())
            for s in speakers:
                for word in s["speaker"].split():  # a name may wrap, never vanish
                    assert word in flat, (folder.name, s["speaker"])
        if command in ("list", "compare"):
            articles = json.loads(invoke("list", str(folder), "-f", "json").stdout)
            for a in articles:
                assert a["label"] in out, (folder.name, a["label"])
