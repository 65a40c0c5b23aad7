"""Quality gate for cleaning and metadata against hand annotations (floors only go up).

Measured by tests/eval/clean_eval.py; realdev is read in place (../shared/realdev) against
tests/eval/gold/realdev/clean-*.toml; the invented pages are tests/fixtures/realpages/.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "eval"))

from clean_eval import (  # noqa: E402  (the eval script lives outside the package)
    FIXTURES,
    GOLD,
    HELDOUT_PAGES,
    _load,
    score_heldout,
    score_lines,
    score_meta,
    score_seeds,
)


def test_realdev_cleaning_floor(realdev: Path) -> None:
    s = score_lines(_load(sorted(GOLD.glob("clean-*.toml"))), realdev)
    # measured: debris dropped 92/97 = 0.948, content kept 395/395, titles 68/68
    assert s.debris == 97 and s.content == 395
    assert s.debris_recall >= 0.94, s.misses
    assert s.content_recall >= 0.995, s.misses
    assert s.titles_kept == s.titles


def test_realdev_metadata_floor(realdev: Path) -> None:
    m = score_meta(_load(sorted(GOLD.glob("clean-*.toml"))), realdev)
    # measured: outlet or wire found 13/13, no wrong outlet, no wrong date (2 dated)
    assert m.wrong_outlets == 0 and m.wrong_dates == 0, m.misses
    assert m.found / m.named >= 0.99, m.misses
    assert m.dates_right == m.dated


def test_invented_pages_floor() -> None:
    arts = _load([FIXTURES / "gold.toml"])
    s = score_lines(arts, FIXTURES)
    m = score_meta(arts, FIXTURES)
    # measured: debris 50/50, content 17/17, outlets 3/3, dates 3/3
    assert s.debris_recall >= 0.98 and s.content_recall == 1.0, s.misses
    assert m.wrong_outlets == 0 and m.wrong_dates == 0 and m.found == m.named, m.misses
    assert m.dates_right == m.dated


def test_heldout_pages_floor() -> None:
    arts = _load([HELDOUT_PAGES / "gold.toml"])
    s, m = score_lines(arts, HELDOUT_PAGES), score_meta(arts, HELDOUT_PAGES)
    # first measured (rules never shown these pages): debris 80/123, content 60/60, outlets
    # 4/6, dates 3/7, none wrong. After the general fixes those misses prompted (so no longer
    # held out): debris 107/123, content 60/60, outlets 6/6, dates 7/7, none wrong.
    assert s.debris_recall >= 0.86 and s.content_recall == 1.0, s.misses
    assert m.wrong_outlets == 0 and m.wrong_dates == 0, m.misses
    assert m.found == m.named and m.dates_right == m.dated, m.misses


def test_seed_and_heldout_cleaning_floor() -> None:
    seeds, held = score_seeds(), score_heldout()
    assert seeds.debris_recall == 1.0 and seeds.content_recall == 1.0
    # measured: held-out debris 49/50 (compared on their words), 11/11 kept
    assert held.debris_recall >= 0.98 and held.content_recall == 1.0, held.misses
