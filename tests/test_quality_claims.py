"""Quality gate for attribution: floors just below what the extractor reaches (only go up).

Measured by tests/eval/eval_claims.py (matching rule documented there and in docs/claims.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

EVAL = Path(__file__).parent / "eval"
sys.path.insert(0, str(EVAL))

from eval_claims import evaluate, evaluate_heldout  # noqa: E402  (eval lives outside the package)

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


def test_seed_extraction_and_speakers_floor():
    s = evaluate()
    # measured: P 0.927 R 0.918 F1 0.922, speaker accuracy 1.000 (89/89) after the entities
    # stage and the issue-14 rules; before P 0.918 R 0.918 F1 0.918
    assert s.f1 >= 0.92
    assert s.precision >= 0.92 and s.recall >= 0.91
    assert s.speaker_accuracy >= 0.97


def test_held_out_fixtures_floor():
    files = sorted(str(p) for p in FIXTURES.glob("*.txt"))
    s = evaluate(FIXTURES / "gold.toml", files)
    # measured: F1 0.950, speaker accuracy 0.842 (16/19)
    assert s.f1 >= 0.90
    assert s.speaker_accuracy >= 0.80


def test_dev_fixtures_floor():
    # the dev set the held-out error classes were fixed on (tuned on: a regression guard)
    files = sorted(str(p) for p in (FIXTURES / "dev").glob("*.txt"))
    s = evaluate(FIXTURES / "dev" / "gold.toml", files)
    # measured: P 1.000 R 1.000, speaker accuracy 1.000 (42/42); before the fixes 0.450
    assert s.f1 >= 0.95
    assert s.speaker_accuracy >= 0.95


def test_dev2_fixtures_floor():
    # second dev set: two sources in a sentence, departments, noun cues, calls (tuned on)
    files = sorted(str(p) for p in (FIXTURES / "dev2").glob("*.txt"))
    s = evaluate(FIXTURES / "dev2" / "gold.toml", files)
    # measured: P 1.000 R 1.000, speaker accuracy 1.000 (39/39); before the fixes
    # P 0.793 R 0.590, speaker accuracy 0.478 (11/23)
    assert s.f1 >= 0.95
    assert s.speaker_accuracy >= 0.95


def test_held_out_stories_floor():
    # tests/fixtures/heldout: never tuned on; a drop here means a rule stopped generalising
    s = evaluate_heldout()
    # measured: P 0.854 R 0.837 F1 0.845, speaker accuracy 0.732 (30/41) after the
    # entities stage and the English rules (no tuning on these); earlier P 0.837 R 0.837
    # F1 0.837, speaker accuracy 0.707 (29/41); before the dev2
    # fixes P 0.860 R 0.755 F1 0.804, 0.649 (24/37). Precision went down (six more claims
    # found, four more matched): the floor on P was lowered from 0.84, the others raised.
    assert s.precision >= 0.85 and s.recall >= 0.83
    assert s.f1 >= 0.84
    assert s.speaker_accuracy >= 0.73


def test_dev3_fixtures_floor():
    # third dev set (tuned on): titled and postposed English attribution, outlets as
    # addressees, verbs with an object, "a déclaré M. X", "pour X, …", descriptions
    files = sorted(str(p) for p in (FIXTURES / "dev3").glob("*.txt"))
    s = evaluate(FIXTURES / "dev3" / "gold.toml", files)
    # measured: P 1.000 R 1.000, speaker accuracy 0.968 (60/62: "elle" and "the goalkeeper"
    # go to the last person named, no gender or role agreement by design); on its first 18
    # claims, before the rules, P 0.889 R 0.889, speaker accuracy 0.750 (12/16)
    assert s.f1 >= 0.98
    assert s.speaker_accuracy >= 0.95


def test_transcript_fixtures_floor():
    # invented transcripts with speaker labels (tuned on): turns, labels, questions
    files = sorted(str(p) for p in (FIXTURES / "transcripts").glob("*.txt"))
    s = evaluate(FIXTURES / "transcripts" / "gold.toml", files)
    # measured: P 1.000 R 1.000, speaker accuracy 1.000 (7/7)
    assert s.f1 >= 0.95
    assert s.speaker_accuracy >= 0.95


def test_realdev_named_claims_floor(realdev):
    # the real development corpus, read in place; gold in tests/eval/gold/realdev (all five
    # events). Pages still carry debris another change is cleaning: see docs/claims.md.
    from eval_claims import REALDEV_GOLD, evaluate_realdev, realdev_events

    assert len(realdev_events()) == 5, f"claims gold missing from {REALDEV_GOLD}"
    s = evaluate_realdev(realdev)
    # measured: named-claim P 0.955 R 0.860, speaker accuracy 0.904 (179/198), 0 phantoms;
    # the attribution of before this work, on the same gold and cleaner: P 0.752 R 0.740,
    # speaker accuracy 0.517 (90/174), 27 phantoms
    assert s.named_precision >= 0.95 and s.named_recall >= 0.85
    assert s.speaker_accuracy >= 0.90
    assert not s.phantoms, s.phantoms
