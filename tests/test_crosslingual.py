"""Typed differences between a French and an English sentence (a translated pair).

Numbers pair by counted noun across languages through its stem ("véhicules"/"vehicles"),
a negation on one side only diverges though its verb cannot be matched by spelling, and a
French conditional facing an English modal ("pourrait"/"could") is the same distance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from natocmp.corpus import load_articles
from natocmp.verdict import find_differences

FIX = Path(__file__).parent / "fixtures" / "semantic"


@pytest.fixture(scope="module")
def fr_en():
    return load_articles([str(FIX / "conseil_fr.txt"), str(FIX / "council_en.txt")])


@pytest.mark.parametrize(
    "fr, en, expected",
    [
        (
            "Le pont pourrait accueillir jusqu'à 8 000 véhicules par jour.",
            "The bridge could carry up to 9,000 vehicles a day.",
            [("number", "jusqu'à 8 000", "up to 9,000")],
        ),
        (
            "Le pont pourrait accueillir jusqu'à 8 000 véhicules par jour.",
            "The bridge could carry up to 8,000 vehicles a day.",
            [],
        ),
        (
            "Le conseil a approuvé le pont pour 12 millions d'euros.",
            "The council approved the bridge for 15 million euros.",
            [("number", "12 millions", "15 million")],
        ),
        (
            "La maire a déclaré que les travaux commenceraient au printemps.",
            "The mayor said construction would not begin in the spring.",
            [("negation", "", "not")],
        ),
        (
            # A headline against a paragraph is a summary, not a translation: its negation
            # may be in what the headline leaves out.
            "Le pont attendra.",
            "The council said construction would not begin in the spring, after the vote on "
            "the budget was delayed by two weeks and the contractor asked for more time.",
            [],
        ),
        (
            "Le conseil a approuvé mardi la construction du pont.",
            "The council approved the bridge on Wednesday.",
            [("date", "mardi", "Wednesday")],
        ),
        (
            "Le conseil a approuvé la construction du pont.",
            "The council reportedly approved the bridge.",
            [("hedge", "", "reportedly")],
        ),
    ],
)
def test_typed_differences_across_languages(fr_en, fr, en, expected):
    a, b = fr_en
    assert a.language == "fr" and b.language == "en"
    got = [(d.kind, d.a, d.b) for d in find_differences(fr, en, a=a, b=b)]
    assert got == expected
