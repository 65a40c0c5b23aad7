"""Wire copies: one dispatch republished by many outlets with small edits (issue 18).

Blocking leaves out terms used by more than ``max_articles`` articles, so before the copies
were collapsed (``natocmp.dedup``) 60 copies of one dispatch made 60 stories of one
article and every claim group had one member.
"""

from __future__ import annotations

import random

import pytest

from natocmp.compare import compare_articles
from natocmp.corpus import RawDocument, build_article
from natocmp.dedup import DedupParams, near_duplicates
from natocmp.stories import group_stories

# An invented dispatch (no real outlet's text): eight sentences on one event.
DISPATCH = [
    "Le ministre Paul Dorlan a annoncé mardi à Vernac un plan de 40 millions d’euros.",
    "Selon lui, le chantier du pont de la Sève commencera en mars 2027.",
    "« Nous avons tenu parole », a déclaré Paul Dorlan devant la presse.",
    "Les élus de l’opposition ont critiqué un calendrier jugé trop lent.",
    "La députée Anne Keral a demandé un débat au conseil régional.",
    "Le pont actuel, construit en 1962, supporte 18 000 véhicules par jour.",
    "Les travaux dureront trois ans et mobiliseront 250 ouvriers.",
    "Une réunion publique est prévue jeudi à la mairie de Vernac.",
]
EDITS = [
    ("a annoncé", "a présenté"),
    ("a déclaré", "a affirmé"),
    ("critiqué", "dénoncé"),
    ("’", "'"),
    ("prévue", "programmée"),
]


def copies(n: int, seed: int = 0):
    rng = random.Random(seed)
    out = []
    for k in range(n):
        sentences = []
        for text in DISPATCH:
            if rng.random() < 0.3:
                old, new = rng.choice(EDITS)
                text = text.replace(old, new)
            sentences.append(text)
        raw = "\n\n".join(sentences)
        doc = RawDocument(
            id=f"c{k:03d}",
            source=f"c{k:03d}.txt",
            text=raw,
            meta=(("outlet", f"Outlet {k}"), ("date", "2027-01-12")),
        )
        out.append(build_article(doc))
    return out


@pytest.fixture(scope="module")
def sixty():
    return copies(60)


def test_copies_collapse_to_one_representative(sixty) -> None:
    rep_of = near_duplicates(sixty)
    assert set(rep_of.values()) == {"c000"}


def test_sixty_copies_are_one_story(sixty) -> None:
    stories = group_stories(sixty)
    assert [len(s.articles) for s in stories] == [60]


def test_sixty_copies_make_groups_of_sixty(sixty) -> None:
    result = compare_articles(sixty)
    sizes = sorted(len(g.members) for g in result.groups)
    assert sizes == [60] * len(DISPATCH)
    # each group holds the same sentence of every copy
    for g in result.groups:
        assert len({m.indices for m in g.members}) == 1


def test_different_articles_on_one_event_are_not_copies() -> None:
    from natocmp.corpus import load_articles

    seeds = load_articles([])
    # min_copies=2: even a pair would be collapsed, if the seeds were copies of each other
    assert near_duplicates(seeds, params=DedupParams(min_copies=2)) == {a.id: a.id for a in seeds}


def test_a_few_similar_articles_are_left_as_they_are(sixty) -> None:
    assert set(near_duplicates(sixty[:9]).values()) == {a.id for a in sixty[:9]}
    assert set(near_duplicates(sixty[:10]).values()) == {"c000"}


def test_copies_of_two_dispatches_stay_apart(sixty) -> None:
    other = [
        build_article(
            RawDocument(
                id=f"z{k:03d}",
                source=f"z{k:03d}.txt",
                text="\n\n".join(
                    f"La grève des 40 conducteurs de Tarvel {('continue', 'se poursuit')[k % 2]}, "
                    f"selon le syndicat, pour la {n}e journée."
                    for n in range(6)
                ),
                meta=(("date", "2027-01-12"),),
            )
        )
        for k in range(30)
    ]
    stories = group_stories([*sixty, *other])
    assert sorted(len(s.articles) for s in stories) == [30, 60]
