"""Metadata from an article's own text: language, dates, outlet."""

from __future__ import annotations

import datetime as dt

import pytest

from natocmp.dates import find_dates, parse_date
from natocmp.metadata import detect_language, guess_date, guess_outlet, guess_title
from natocmp.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L’OTAN a proposé à la Russie de poursuivre le dialogue sur la sécurité.", "fr"),
        ("« Nous sommes prêts », a déclaré le chef de l’Alliance, qui a parlé de la Russie.", "fr"),
        ("NATO offered Russia more talks on arms control, officials said on Wednesday.", "en"),
        ("The alliance's secretary general said that it was a real risk.", "en"),
        ("Der Bundeskanzler sprach am Mittwoch mit Journalisten über die Lage.", "und"),
        ("El secretario general habló con los periodistas sobre la crisis.", "und"),
        ("", "und"),
        ("12 000 — 2022 …", "und"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 janvier 2022", dt.date(2022, 1, 7)),
        ("1er février 2022", dt.date(2022, 2, 1)),
        ("12 décembre 2021", dt.date(2021, 12, 12)),
        ("January 12, 2022", dt.date(2022, 1, 12)),
        ("12 January 2022", dt.date(2022, 1, 12)),
        ("2022-01-12", dt.date(2022, 1, 12)),  # not 1 December with dayfirst
        ("2022-02-30", None),
        # Incomplete dates are None, never completed from today's date.
        ("mercredi", None),
        ("12 janvier", None),
        ("January 2022", None),
        ("pas une date", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_find_dates_in_french_and_english_text() -> None:
    text = (
        "La réunion du 12 janvier 2022 à Bruxelles suivait celle du 7 janvier 2022. "
        "On January 10, 2022, talks opened in Geneva; the record is dated 2022-01-13."
    )
    assert [(expr, d.isoformat()) for _, expr, d in find_dates(text)] == [
        ("12 janvier 2022", "2022-01-12"),
        ("7 janvier 2022", "2022-01-07"),
        ("January 10, 2022", "2022-01-10"),
        ("2022-01-13", "2022-01-13"),
    ]


def test_find_dates_ignores_dates_without_a_year_and_bad_days() -> None:
    assert find_dates("Le 12 janvier, puis mercredi 13. Le 31 février 2022.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Publié le" wins over an earlier date in the text.
        (
            "La réunion du 12 janvier 2022 a eu lieu.\nPublié le 7 janvier 2022 à 10 h.",
            ("2022-01-07", "date after 'publié le' / 'published'"),
        ),
        (
            "Talks were set for January 12, 2022.\nPublished: January 8, 2022",
            ("2022-01-08", "date after 'publié le' / 'published'"),
        ),
        (
            "Mis à jour le 13 janvier 2022. La réunion du 12 janvier 2022.",
            ("2022-01-13", "date after 'publié le' / 'published'"),
        ),
        (
            "La réunion du 2022-01-12 à Bruxelles.",
            ("2022-01-12", "first full date in the text ('2022-01-12')"),
        ),
        ("Il a parlé mercredi.", (None, "no full date in the text")),
    ],
)
def test_guess_date(text: str, expected: tuple[str | None, str]) -> None:
    assert guess_date(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("BRUXELLES, 12 (Cinktank.com)\nL’OTAN a proposé…", ("Cinktank.com", "dateline")),
        ("PARIS, 7 janv. (AFP) - Le ministre a parlé.", ("AFP", "dateline")),
        (
            "Un texte.\n© 2022 The New York Times CompanyLire la suite",
            ("The New York Times Company", "copyright line"),
        ),
        ("Un texte.\n© Le Monde. Tous droits réservés.", ("Le Monde", "copyright line")),
        (
            "Texte.\nSource : © NTB Norway.mw / #NorwayTodayNews",
            ("NTB Norway.mw", "'Source :' line"),
        ),
        ("Text.\nSource: Reuters", ("Reuters", "'Source :' line")),
        ("Un texte sans source. Il a parlé (longuement).", (None, "not named in the text")),
    ],
)
def test_guess_outlet(raw: str, expected: tuple[str | None, str]) -> None:
    assert guess_outlet(raw) == expected


def test_guess_title() -> None:
    heading = split_sentences("Un titre\nUne phrase. Une autre.")
    assert guess_title(heading) == ("Un titre", "first heading of the text")
    lead = split_sentences("Une phrase. Une autre.")
    assert guess_title(lead)[0] == "Une phrase."
    assert "lead sentence" in guess_title(lead)[1]
    assert guess_title([]) == (None, "no text")
