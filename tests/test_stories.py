"""natocmp.stories and `natocmp stories`: articles grouped by event."""

from __future__ import annotations

import json
from dataclasses import replace

from typer.testing import CliRunner

from natocmp.app import app
from natocmp.corpus import load_articles
from natocmp.stories import group_stories

HELDOUT = "tests/fixtures/heldout/*-[0-9].*"


def test_one_event_is_one_story() -> None:
    stories = group_stories(load_articles([]))
    assert [s.articles for s in stories] == [("000", "001", "002", "003", "004")]
    assert stories[0].id == "s001"


def test_mixed_events_split_and_every_article_once() -> None:
    articles = load_articles(["000", "001", "002", "003", "004", HELDOUT])
    stories = group_stories(articles)
    seen = [x for s in stories for x in s.articles]
    assert sorted(seen) == sorted(a.id for a in articles)
    groups = {frozenset(s.articles) for s in stories}
    assert frozenset({"000", "001", "002", "003", "004"}) in groups
    assert frozenset({"eu-summit-1", "eu-summit-2", "eu-summit-3"}) in groups
    assert frozenset({"greve-1", "greve-2", "greve-3"}) in groups


def test_order_of_sources_does_not_matter() -> None:
    articles = load_articles(["000", "001", HELDOUT])
    assert group_stories(articles) == group_stories(tuple(reversed(articles)))


def test_unrelated_article_stays_alone() -> None:
    seed = load_articles(["000"])[0]
    other = replace(load_articles([HELDOUT])[0], id="zz")
    stories = group_stories([seed, other])
    assert [s.articles for s in stories] == [("000",), ("zz",)]


def test_progress_callback_reaches_total() -> None:
    calls: list[tuple[int, int]] = []
    group_stories(load_articles(["000", "001"]), progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (2, 2)


def test_cli_json_contract_and_every_format() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["stories", HELDOUT, "-f", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert [sorted(d) for d in doc] == [["articles", "label", "story", "terms"]] * 2
    assert [d["story"] for d in doc] == ["s001", "s002"]
    for fmt in ("table", "jsonl", "csv", "tsv"):
        out = runner.invoke(app, ["stories", HELDOUT, "-f", fmt, "--color", "never"])
        assert out.exit_code == 0 and "greve-1" in out.stdout
        assert out.stderr == ""  # no progress bar when not a terminal
