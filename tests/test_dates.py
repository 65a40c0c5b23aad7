"""find_dates reads its own matches without dateutil: check it reads them as dateutil does."""

from __future__ import annotations

import subprocess
import sys

import pytest

from natocmp import dates

NAMES = sorted({n for names in dates.MONTHS for n in names})
DAYS = [0, 1, 7, 12, 28, 29, 30, 31, 32, 45, 99]


@pytest.mark.parametrize("year", [1999, 2022, 2024])
def test_read_match_agrees_with_dateutil(year: int) -> None:
    checked = 0
    for name in NAMES:
        for form in (name, name.upper(), name.lower() + "."):
            for day in DAYS:
                for text, pattern in (
                    (f"{day} {form} {year}", dates._DAY_MONTH_YEAR),
                    (f"{day}er {form} {year}", dates._DAY_MONTH_YEAR),
                    (f"{form} {day}, {year}", dates._MONTH_DAY_YEAR),
                    (f"{form} {day}th {year}", dates._MONTH_DAY_YEAR),
                ):
                    m = pattern.search(text)
                    if m is None:
                        continue
                    slow = dates.parse_date(m.group(0), dayfirst=pattern is dates._DAY_MONTH_YEAR)
                    assert dates._read_match(pattern, m) == slow, text
                    checked += 1
    assert checked > 1000


def test_weekday_named_month_goes_to_dateutil() -> None:
    # "mar" is both Tuesday (mardi) and March to dateutil, which reads the weekday first (and
    # then makes 12 the month): the fast path hands such names to dateutil, as before.
    found = [d for _, _, d in dates.find_dates("le 12 mar 2022")]
    assert found == [dates.parse_date("12 mar 2022")]
    assert [d.isoformat() for _, _, d in dates.find_dates("le 12 mars 2022")] == ["2022-03-12"]


def test_loading_does_not_import_dateutil_parser() -> None:
    code = (
        "import sys; from natocmp.corpus import load_articles; load_articles(['000', '001']); "
        "print('dateutil.parser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
