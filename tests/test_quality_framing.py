"""Quality gate for framing markers against tests/eval/gold/framing.toml (floors only go up).

Measured by tests/eval/framing_eval.py (matching rule there and in docs/framing.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "eval"))

from framing_eval import evaluate  # noqa: E402  (the eval script lives outside the package)


def test_seed_framing_floor():
    s = evaluate("seeds")
    # measured: P 0.966 R 0.903 (31 gold spans; issue 16 relabelled 11 attributed partial
    # quotes and one "selon lui" as negatives, which the tool must not flag)
    assert s.precision >= 0.93 and s.recall >= 0.90


def test_held_out_framing_floor():
    s = evaluate("heldout")
    # measured: P 0.976 R 0.800 (50 gold spans; 4 attributed partial quotes relabelled
    # as negatives by issue 16). Hedges and scare quotes are truly held out;
    # the evaluative lexicon was written after the held-out files had been read for
    # annotation, so its figure there is optimistic (docs/framing.md, "Measured").
    assert s.precision >= 0.93 and s.recall >= 0.78
