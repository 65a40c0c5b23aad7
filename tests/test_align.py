"""The aligner: scoring evidence, one-to-many links, order independence, mirror symmetry."""

from __future__ import annotations

import random

import pytest

from natocmp.align import AlignParams, align_articles, align_sentences, params_from_options
from natocmp.corpus import RawDocument, build_article, load_articles
from natocmp.errors import UsageError
from natocmp.segment import split_sentences


def article(doc_id: str, text: str):
    return build_article(RawDocument(doc_id, text, f"test:{doc_id}", (("language", "fr"),)))


def links_as_edges(links):
    return {(i, j) for link in links for i in link.a_indices for j in link.b_indices}


@pytest.fixture(scope="module")
def seeds():
    return {a.id: a for a in load_articles([])}


def test_translation_paraphrase_aligns_and_topical_neighbour_does_not():
    a = article(
        "a",
        (
            "Stoltenberg a souligné qu’il existe toujours un réel danger de conflit armé "
            "en Europe.\n"
            "La Russie a massé des troupes près de la frontière ukrainienne depuis des mois."
        ),
    )
    b = article(
        "b",
        (
            "Interrogé sur la possibilité d’un conflit armé, Stoltenberg a reconnu qu’il existe un "
            "« risque réel » pour la sécurité en Europe.\n"
            "Les ministres ont parlé du budget de l’Alliance pour l’année prochaine."
        ),
    )
    edges = links_as_edges(align_articles(a, b))
    assert (0, 0) in edges
    assert (1, 1) not in edges and (0, 1) not in edges and (1, 0) not in edges


def test_one_sentence_of_a_carries_two_of_b():
    a = article(
        "a",
        (
            "L’OTAN propose des discussions sur le contrôle des armements et la réouverture de son "
            "bureau à Moscou, a déclaré Jens Stoltenberg."
        ),
    )
    b = article(
        "b",
        (
            "Jens Stoltenberg a proposé des discussions sur le contrôle des armements.\n"
            "Il a aussi évoqué la réouverture du bureau de l’OTAN à Moscou.\n"
            "Le temps était pluvieux à Bruxelles ce jour-là."
        ),
    )
    links = align_articles(a, b)
    assert len(links) == 1
    assert links[0].a_indices == (0,)
    assert links[0].b_indices == (0, 1)


def test_order_of_sentences_does_not_matter(seeds):
    a, b = seeds["000"], seeds["004"]
    sb = list(b.sentences)
    shuffled = sb[:]
    random.Random(7).shuffle(shuffled)
    assert links_as_edges(align_sentences(a.sentences, sb)) == links_as_edges(
        align_sentences(a.sentences, shuffled)
    )


@pytest.mark.parametrize("pair", [("000", "001"), ("002", "003"), ("000", "004")])
def test_mirror(seeds, pair):
    a, b = seeds[pair[0]], seeds[pair[1]]
    forward = {(lk.a_indices, lk.b_indices, lk.score) for lk in align_articles(a, b)}
    backward = {(lk.b_indices, lk.a_indices, lk.score) for lk in align_articles(b, a)}
    assert forward == backward


def test_same_article_aligns_every_sentence_to_itself(seeds):
    a = seeds["003"]
    links = align_articles(a, a)
    assert {(lk.a_indices, lk.b_indices) for lk in links} >= {
        ((s.index,), (s.index,)) for s in a.sentences if len(s.text.split()) > 2
    }


def test_deterministic(seeds):
    first = align_articles(seeds["000"], seeds["001"])
    second = align_articles(seeds["000"], seeds["001"])
    assert first == second


def test_threshold_is_a_real_knob(seeds):
    loose = align_articles(seeds["000"], seeds["001"], AlignParams(threshold=10))
    strict = align_articles(seeds["000"], seeds["001"], AlignParams(threshold=60))
    assert len(strict) < len(loose)
    assert all(lk.score >= 60 for lk in strict)


def test_params_from_options_rejects_bad_values():
    assert params_from_options(threshold=42).threshold == 42
    assert params_from_options(weights=["overlap=0.5"]).w_overlap == 0.5
    with pytest.raises(UsageError):
        params_from_options(weights=["speed=0.5"])
    with pytest.raises(UsageError):
        params_from_options(weights=["overlap=2"])
    with pytest.raises(UsageError):
        params_from_options(token_scorer="levenshtein")


def test_stop_words_alone_do_not_align():
    a = article("a", "Il a dit que la réunion de la semaine dernière était la plus longue.")
    b = article("b", "Elle a dit que le match de la semaine dernière était le plus beau.")
    assert align_articles(a, b) == [] or all(
        lk.score < AlignParams().threshold for lk in align_articles(a, b)
    )


def test_sentences_keep_their_article_indices():
    sentences = split_sentences("Titre\nLe ministre a démissionné mardi. Il sera remplacé.")
    links = align_sentences(sentences[1:], sentences[1:])
    assert {lk.a_indices for lk in links} <= {(1,), (2,)}
