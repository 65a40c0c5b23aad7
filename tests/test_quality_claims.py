"""Quality gate for attribution: floors just below what the extractor reaches (only go up).

Measured by tests/eval/eval_claims.py (matching rule documented there and in docs/claims.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

EVAL = Path(__file__).parent / "eval"
sys.path.insert(0, str(EVAL))

from eval_claims import evaluate  # noqa: E402  (the eval script lives outside the package)

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


def test_seed_extraction_and_speakers_floor():
    s = evaluate()
    # measured: P 0.918 R 0.918 F1 0.918, speaker accuracy 1.000 (89/89)
    assert s.f1 >= 0.90
    assert s.precision >= 0.90 and s.recall >= 0.90
    assert s.speaker_accuracy >= 0.97


def test_held_out_fixtures_floor():
    files = sorted(str(p) for p in FIXTURES.glob("*.txt"))
    s = evaluate(FIXTURES / "gold.toml", files)
    # measured: F1 0.950, speaker accuracy 0.737 (14/19)
    assert s.f1 >= 0.90
    assert s.speaker_accuracy >= 0.70
