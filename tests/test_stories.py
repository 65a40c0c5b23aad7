"""natocmp.stories and `natocmp stories`: articles grouped by event."""

from __future__ import annotations

import json
from dataclasses import replace

from typer.testing import CliRunner

from natocmp.app import app
from natocmp.corpus import load_articles
from natocmp.stories import StoryParams, group_stories

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
        # No progress bar when not a terminal: the only line is the warning that the
        # held-out stories mix French and English without --semantic.
        assert [line[:17] for line in out.stderr.splitlines()] == ["natocmp: warning:"]


def _write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_an_article_mixing_two_events_does_not_chain_them(tmp_path) -> None:
    # Two events with their own names and figures, and one article telling a bit of both
    # (as a round-up does): connected components chained the two stories through it.
    a = ("Le ministre Varkon Delmi a rencontré Hugo Pellin à Ostrava mardi. "
         "Selon Pellin, 4127 soldats restent près de Ostrava. Delmi a promis une réponse.")
    b = ("La juge Marta Quillon a entendu Emil Tovald à Brenzik jeudi. "
         "Tovald a évoqué 8830 dossiers à Brenzik. Quillon rendra sa décision.")
    mixed = ("Varkon Delmi et Hugo Pellin se sont vus à Ostrava. "
             "Marta Quillon et Emil Tovald étaient à Brenzik.")
    sources = [_write(tmp_path, f"a{n}", f"Titre {n}\n\n{a}") for n in range(4)]
    sources += [_write(tmp_path, f"b{n}", f"Titre {n}\n\n{b}") for n in range(4)]
    sources.append(_write(tmp_path, "m", f"Revue\n\n{mixed}"))
    articles = load_articles(sources)
    events = [{"a0", "a1", "a2", "a3"}, {"b0", "b1", "b2", "b3"}]

    stories = [set(s.articles) for s in group_stories(articles)]
    assert all(not (s & events[0] and s & events[1]) for s in stories)
    assert any(events[0] <= s for s in stories) and any(events[1] <= s for s in stories)
    chained = group_stories(articles, params=StoryParams(cohesion=-1))  # plain components
    assert [len(s.articles) for s in chained] == [9]
