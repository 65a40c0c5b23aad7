"""Fuzz: generated hostile articles through every command × format (tests/_fuzz.py).

A fixed set of seeded cases, small enough for the suite (benchmarks/fuzz.py runs
thousands, up to the loader's size limits): no traceback, errors are one line and a hint,
and what comes out parses in its format.
"""

from __future__ import annotations

import pytest

import _fuzz

SEEDS = range(60)


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_article_never_breaks_a_command(tmp_path, seed):
    outcome = _fuzz.run_case(seed, tmp_path, max_chars=6000)
    assert outcome.problem is None, f"seed {seed}: {outcome.command}\n{outcome.problem}"


def test_the_cases_cover_every_command_and_reach_the_analyses(tmp_path):
    import random

    commands = {random.Random(seed).choice(_fuzz.COMMANDS) for seed in SEEDS}
    assert commands == set(_fuzz.COMMANDS)
    ok = sum(
        _fuzz.run_case(seed, tmp_path / str(seed), max_chars=3000).exit_code == 0
        for seed in range(20)
    )
    assert ok >= 6, "most generated cases must get past the loader to the analyses"
