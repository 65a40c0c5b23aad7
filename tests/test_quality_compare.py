"""Quality gate: `compare` claim groups against the hand-annotated gold. Floors only go up.

The metric (tests/eval/compare_eval.py): precision and recall of the cross-article sentence
pairs the groups imply, against the gold pairs. Each floor sits just below the value
measured with the aligner's defaults at the time (docs/compare.md); when the aligner is
recalibrated, re-measure and move the floors up, never down without saying why.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).parent / "eval"

sys.path.insert(0, str(EVAL))

from compare_eval import evaluate_groups  # noqa: E402

from natocmp.compare import CompareParams  # noqa: E402

# (precision, recall, f1, verdict accuracy); measured: seeds 0.452 0.247 0.319 0.763,
# held-out 0.889 0.516 0.653 0.812 (against the completed 62-pair held-out gold; see
# test_quality_alignment.py). The fuzzy threshold's move from 60 to 61 (precision first)
# lowered the seeds' recall from 0.260 (precision 0.465: compare's groups on the seeds
# did not gain from it).
SEED_FLOORS = (0.45, 0.24, 0.31, 0.75)
HELDOUT_FLOORS = (0.87, 0.50, 0.63, 0.79)


@pytest.mark.parametrize("heldout, floors", [(False, SEED_FLOORS), (True, HELDOUT_FLOORS)],
                         ids=["seeds", "heldout"])
def test_compare_quality_floors(heldout, floors):
    total, _ = evaluate_groups(heldout)
    measured = (total.precision, total.recall, total.f1, total.verdict_accuracy)
    for name, value, floor in zip(("precision", "recall", "f1", "verdict"), measured, floors,
                                  strict=True):
        assert value >= floor, f"{name} {value:.3f} fell below its floor {floor}"


def test_the_cohesion_rule_beats_chaining_on_precision():
    grouped, _ = evaluate_groups(False)
    chained, _ = evaluate_groups(False, CompareParams(cohesion=0.0))
    assert grouped.precision > chained.precision + 0.1
