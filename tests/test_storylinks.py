"""natocmp.storylinks: when a French and an English story are one event (the join rule).

The aligner is replaced by a table of link counts, so each test states the rule itself: an
article has a partner when one article of the other story aligns with it on ``min_links``
sentence pairs, and two stories merge when more than half of each one's articles have one.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from natocmp.align import AlignParams, Link
from natocmp.models import Article, Sentence
from natocmp.stories import Story


def _article(id_: str, language: str, n_sentences: int = 9) -> Article:
    # Rare terms shared by every article ("Valmont", "2031"), so the stories are compared.
    lines = [f"Valmont {id_} 2031 phrase {k}." for k in range(n_sentences)]
    text = " ".join(lines)
    starts = [sum(len(x) + 1 for x in lines[:k]) for k in range(n_sentences)]
    sentences = tuple(
        Sentence(k, line, "sentence", start, start + len(line), 0)
        for k, (line, start) in enumerate(zip(lines, starts, strict=True))
    )
    return Article(
        id=id_, title=None, outlet=None, date=None, language=language, source=id_,
        url=None, text=text, sentences=sentences, dropped=(),
    )  # fmt: skip


@pytest.fixture
def linked(monkeypatch):
    """Set how many sentence pairs each (French, English) article pair aligns."""
    import natocmp.storylinks as storylinks

    table: dict[frozenset[str], int] = {}

    def fake_align(a, b, params):
        n = table.get(frozenset((a.id, b.id)), 0)
        return [Link((k,), (k,), 80.0, None) for k in range(n)]  # type: ignore[arg-type]

    monkeypatch.setattr(storylinks, "align_articles", fake_align)
    return table


def _join(fr: list[str], en: list[str]):
    from natocmp.storylinks import join_languages

    articles = [_article(x, "fr") for x in fr] + [_article(x, "en") for x in en]
    stories = (Story("s001", tuple(fr), "fr", ()), Story("s002", tuple(en), "en", ()))
    params = replace(AlignParams(), semantic=object())  # type: ignore[arg-type]
    return sorted(s.articles for s in join_languages(stories, articles, params))


def test_each_article_is_judged_by_its_best_partner(linked):
    # Two outlets each tell one half of the event: f1 matches e1 only, f2 matches e2 only.
    # Half of the four article pairs align, yet every article has its partner: one event.
    linked[frozenset(("f1", "e1"))] = 4
    linked[frozenset(("f2", "e2"))] = 3
    assert _join(["f1", "f2"], ["e1", "e2"]) == [("e1", "e2", "f1", "f2")]


def test_one_shared_article_does_not_merge_two_events(linked):
    # One French article matches the English story well; its two neighbours match nothing.
    linked[frozenset(("f1", "e1"))] = 9
    linked[frozenset(("f1", "e2"))] = 9
    assert _join(["f1", "f2", "f3"], ["e1", "e2"]) == [("e1", "e2"), ("f1", "f2", "f3")]


def test_both_stories_need_most_of_their_articles_partnered(linked):
    # Every French article has a partner, but only one of the three English ones does.
    linked[frozenset(("f1", "e1"))] = 5
    linked[frozenset(("f2", "e1"))] = 5
    assert _join(["f1", "f2"], ["e1", "e2", "e3"]) == [("e1", "e2", "e3"), ("f1", "f2")]


def test_links_below_min_links_are_no_partner(linked):
    linked[frozenset(("f1", "e1"))] = 1
    linked[frozenset(("f2", "e2"))] = 1
    assert _join(["f1", "f2"], ["e1", "e2"]) == [("e1", "e2"), ("f1", "f2")]
