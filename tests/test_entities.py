"""Unit tests for natocmp.entities: name runs, kinds, titles, honorifics, person variants."""

from __future__ import annotations

import pytest

from natocmp.entities import find_entities, merge_people, name_runs, person_terms, same_person
from natocmp.models import Article
from natocmp.segment import split_sentences


def article(text: str, aid: str = "t") -> Article:
    return Article(aid, None, None, None, "en", aid, None, text, tuple(split_sentences(text)), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said Deputy Secretary of State Wendy Sherman", [("Wendy Sherman", "person")]),
        ("said NATO Secretary General Jens Stoltenberg", [("Jens Stoltenberg", "person")]),
        ("a déclaré M. Stoltenberg", [("Stoltenberg", "person")]),
        ("a souligné Mme Le Pen", [("Le Pen", "person")]),
        ("Marine Le Pen a dit", [("Marine Le Pen", "person")]),
        ("Ursula von der Leyen said", [("Ursula von der Leyen", "person")]),
        ("a déclaré au Parisien Marc Le Fur", [("Marc Le Fur", "person")]),
        ("he told CNN on Sunday", [("CNN", "outlet")]),
        ("a confié au Parisien", [("Parisien", "outlet")]),
        ("the Harbour Post reported", [("Harbour Post", "outlet")]),
        ("Celle-là ne dit rien", [("Celle-là", "")]),
        ("Conference League", [("Conference League", "institution")]),
        ("Manchester United", [("Manchester United", "institution")]),
        ("selon Ipsos-Sopra Steria", [("Ipsos-Sopra Steria", "institution")]),
        ("the European Central Bank (ECB)", [("European Central Bank", "institution")]),
        ("the Islamic State group", [("Islamic State", "institution")]),
        ("près de la tour Eiffel Tower", [("Eiffel Tower", "place")]),
        ("à Genève", [("Genève", "place")]),
        ("Defeated France leave", [("France", "place")]),
        (
            "a Belgium-born Frenchman of Moroccan origin",
            [("Belgium-born Frenchman of Moroccan", "")],
        ),
    ],
)
def test_name_runs_kinds(text, expected):
    got = [(r.name, r.kind) for r in name_runs(text)]
    assert got[: len(expected)] == expected


def test_title_and_honorific_are_kept_apart():
    (run,) = name_runs("Deputy Secretary of State Wendy Sherman")
    assert (run.title, run.name) == ("Deputy Secretary of State", "Wendy Sherman")
    (run,) = name_runs("Sir Keir Starmer")
    assert (run.honorific, run.name) == ("Sir", "Keir Starmer")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Alexander Grushko", "Alexandre Grouchko", True),
        ("Grushko", "Alexandre Grouchko", True),
        ("Vladimir Putin", "Vladimir Poutine", True),
        ("Putin", "Poutine", True),
        ("Yacine Benali", "Yassin Benali", True),
        ("Wendy R. Sherman", "Wendy Sherman", True),
        ("Marine Le Pen", "Jean-Marie Le Pen", False),
        ("Macron", "Marcon", False),
        ("Jens Stoltenberg", "Anne Stoltenberg", False),
    ],
)
def test_same_person(a, b, same):
    assert same_person(a, b) is same
    assert same_person(b, a) is same


def test_merge_people_prefers_the_fullest_then_most_used_form():
    canon = merge_people(
        ["Grouchko", "Alexander Grushko", "Alexander Grushko", "Alexandre Grouchko"]
    )
    assert set(canon.values()) == {"Alexander Grushko"}
    # a surname two full names fit is left alone: no guess
    assert merge_people(["Le Pen", "Marine Le Pen", "Jean-Marie Le Pen"])["Le Pen"] == "Le Pen"


def test_find_entities_groups_a_person_and_is_cached():
    a = article(
        "Deputy Secretary of State Wendy Sherman met the press. Sherman said little. "
        "She told CNN the talks went on in Geneva."
    )
    e = find_entities(a)
    assert [(p.name, p.aliases, p.titles) for p in e.people] == [
        ("Wendy Sherman", ("Sherman", "Wendy Sherman"), ("Deputy Secretary of State",))
    ]
    assert e.outlets == ("CNN",) and e.places == ("Geneva",)
    assert find_entities(a) is e  # once per article
    assert "sherman" in person_terms([a])
