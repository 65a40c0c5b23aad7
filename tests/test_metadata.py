"""Metadata from an article's own text: language, dates, outlet."""

from __future__ import annotations

import datetime as dt

import pytest

from natocmp.clean import clean_text
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


_NO_DATE = "no publication date in the text"


def _dropped(raw: str):
    return clean_text(raw)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Publié le" wins over an earlier date in the text.
        (
            "La réunion du 12 janvier 2022 a eu lieu à Bruxelles, au siège de l'OTAN.\n"
            "Publié le 7 janvier 2022 à 10 h.",
            ("2022-01-07", "date after 'publié le' / 'published' (line 2)"),
        ),
        (
            "Talks were set for January 12, 2022, in Brussels and Vienna.\n"
            "Published: January 8, 2022",
            ("2022-01-08", "date after 'publié le' / 'published' (line 2)"),
        ),
        # A stamp glued before the lead is cut from it and still read.
        (
            "Mis à jour le 13 janvier 2022. La réunion du 12 janvier 2022 a duré quatre heures.",
            ("2022-01-13", "update stamp (no publication date given) (line 1)"),
        ),
        # A date in the article's sentences is an event's, never the publication date.
        ("La réunion du 2022-01-12 à Bruxelles a duré quatre heures.", (None, _NO_DATE)),
        ("Il a parlé mercredi.", (None, _NO_DATE)),
        # A page header's date with its weekday is today's date on the site, not the article's.
        ("Mon. Jul 15th, 2024\nThe transcript of the talks held in Brussels.", (None, _NO_DATE)),
        # A date standing alone at the head is the article's.
        (
            "March 12, 2024\nThe commissioner spoke to reporters at the harbour.",
            ("2024-03-12", "date line (line 1)"),
        ),
        # A photo caption's date is the photo's.
        (
            "PHOTO: The river at Valmont, March 12, 2024. REUTERS/Ana Lopes\n"
            "The dam's spillway was opened on Wednesday, officials said.",
            (None, _NO_DATE),
        ),
        # Numeric stamps: day first in French.
        (
            "Publié le 04/03/2024 à 07h30\nLe texte de l'article suit ici.",
            ("2024-03-04", "date after 'publié le' / 'published' (line 1)"),
        ),
    ],
)
def test_guess_date(text: str, expected: tuple[str | None, str]) -> None:
    assert guess_date(_dropped(text)) == expected


_LEAD = " Le ministre a parlé longuement devant la presse à Bruxelles."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "BRUXELLES, 12 (Cinktank.com)\nL’OTAN a proposé…",
            ("Cinktank.com", "dateline (line 1)", None),
        ),
        ("PARIS, 7 janv. (AFP) -" + _LEAD, (None, "not named in the text", "AFP")),
        ("BRUSSELS (AP) —" + _LEAD, (None, "not named in the text", "AP")),
        (
            "Un texte.\n© 2022 The New York Times CompanyLire la suite",
            ("The New York Times Company", "copyright line (line 2)", None),
        ),
        (
            "Un texte.\n© Le Monde. Tous droits réservés.",
            ("Le Monde", "copyright line (line 2)", None),
        ),
        (
            "Texte.\nSource : © NTB Norway.mw / #NorwayTodayNews",
            ("NTB Norway.mw", "'Source :' line (line 2)", None),
        ),
        ("Text.\nSource: Reuters", (None, "not named in the text", "Reuters")),
        ("Un texte." + _LEAD + "\nAgence France-Presse", (None, "not named in the text", "AFP")),
        (
            "The Daily Telegraph\nThe court sentenced him on Wednesday night.",
            ("The Daily Telegraph", "masthead (line 1)", None),
        ),
        # A photo credit names the photographer's agency, not the article's.
        (
            "The court sentenced him on Wednesday night in Paris, officials said.\n"
            "The defendants in court. EFE/EPA/JOHN DOE",
            (None, "not named in the text", None),
        ),
        ("Un texte sans source. Il a parlé (longuement).", (None, "not named in the text", None)),
        # A source line, the newspaper and the date alone under the headline.
        (
            "Le pont fermé\n\nLa Gazette du Quai, mercredi 15 mai 2024\n\nLe pont fermera lundi.",
            ("La Gazette du Quai", "outlet and date line (line 3)", None),
        ),
        (
            "Bridge to close\n\nVal News, May 14, 2024\n\nThe bridge will close on Monday.",
            ("Val News", "outlet and date line (line 3)", None),
        ),
        # A place before the date is a dateline, not an outlet.
        (
            "Le pont fermé\n\nSaint-Aurèle, 14 mai 2024\n\nLe pont fermera lundi.",
            (None, "not named in the text", None),
        ),
    ],
)
def test_guess_outlet(raw: str, expected: tuple[str | None, str, str | None]) -> None:
    outlet, how, wire, _ = guess_outlet(_dropped(raw))
    assert (outlet, how, wire) == expected


def test_an_outlet_and_date_line_dates_the_article() -> None:
    raw = "Le pont fermé\n\nLa Gazette du Quai, mercredi 15 mai 2024\n\nLe pont fermera lundi."
    assert guess_date(_dropped(raw)) == ("2024-05-15", "outlet and date line (line 3)")


def test_guess_title() -> None:
    heading = split_sentences("Un titre\nUne phrase. Une autre.")
    assert guess_title(heading) == ("Un titre", "first heading of the text")
    lead = split_sentences("Une phrase. Une autre.")
    assert guess_title(lead)[0] == "Une phrase."
    assert "lead sentence" in guess_title(lead)[1]
    assert guess_title([]) == (None, "no text")
