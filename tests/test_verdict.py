"""Verdicts: which typed differences two aligned sentences get, and which they must not."""

from __future__ import annotations

import pytest

from natocmp.corpus import RawDocument, build_article
from natocmp.diff import diff_articles
from natocmp.features import extract_features


def article(doc_id: str, text: str, date: str = "2022-01-12"):
    meta = (("date", date), ("language", "fr"), ("outlet", doc_id), ("title", doc_id))
    return build_article(RawDocument(doc_id, text, f"test:{doc_id}", meta))


def only_pair(a, b):
    result = diff_articles(a, b)
    assert len(result.pairs) == 1, [(p.a_text, p.b_text) for p in result.pairs]
    return result.pairs[0]


@pytest.mark.parametrize(
    "text, hedged",
    [
        ("Lors de la réunion, l’OTAN aurait clairement indiqué qu’elle ne cédait pas.", True),
        ("Selon Reuters, la Russie aurait massé des troupes à la frontière.", True),
        # Future-in-the-past of indirect speech, and a conditional inside a quote: grammar.
        ("Il a averti qu’une agression serait une « erreur stratégique » pour Moscou.", False),
        ("« Cela serait une erreur grave », a-t-il déclaré aux journalistes.", False),
    ],
)
def test_conditional_is_a_hedge_only_in_the_writers_clause(text, hedged):
    assert bool(extract_features(text, language="fr").hedges) is hedged


def test_same_words_by_different_named_speakers_diverge_on_speaker():
    a = article(
        "a",
        "« Seuls l’Ukraine et les alliés décident de l’adhésion de l’Ukraine à l’OTAN », "
        "a déclaré Jens Stoltenberg.",
    )
    b = article(
        "b",
        "« Seuls l’Ukraine et les alliés décident de l’adhésion de l’Ukraine à l’OTAN », "
        "a déclaré Lukasz Jasina.",
    )
    pair = only_pair(a, b)
    assert pair.label == "diverge"
    assert [(d.kind, d.a, d.b) for d in pair.differences] == [
        ("speaker", "Jens Stoltenberg", "Lukasz Jasina")
    ]


def test_same_statement_days_apart_diverges_on_occasion():
    text = (
        "« Le risque d’un conflit armé en Europe est bien réel », a déclaré Jens Stoltenberg "
        "devant la presse."
    )
    pair = only_pair(article("a", text, "2022-01-07"), article("b", text, "2022-01-12"))
    assert pair.label == "diverge"
    kinds = {d.kind: d for d in pair.differences}
    assert kinds["date"].a.startswith("2022-01-07") and kinds["date"].b.startswith("2022-01-12")


def test_same_statement_same_day_agrees():
    text = (
        "« Le risque d’un conflit armé en Europe est bien réel », a déclaré Jens Stoltenberg "
        "devant la presse."
    )
    assert only_pair(article("a", text), article("b", text)).label == "agree"


def test_number_qualifier_differs():
    a = article(
        "a", "La Russie a massé près de 100 000 soldats à la frontière ukrainienne depuis novembre."
    )
    b = article(
        "b", "La Russie a massé plus de 100 000 soldats à la frontière ukrainienne depuis novembre."
    )
    pair = only_pair(a, b)
    assert ("number", "près de 100 000", "plus de 100 000") in {
        (d.kind, d.a, d.b) for d in pair.differences
    }


def test_statement_dated_in_one_sentence_against_the_other_articles_date():
    # 7 January 2022 was a Friday; the other report is an article of Wednesday the 12th.
    a = article(
        "a",
        "« Le risque d’un conflit armé en Europe est bien réel », a déclaré vendredi "
        "Jens Stoltenberg devant la presse.",
        "2022-01-07",
    )
    b = article(
        "b",
        "« Le risque d’un conflit armé en Europe est bien réel », a déclaré Jens Stoltenberg "
        "devant la presse.",
        "2022-01-12",
    )
    dates = [d for d in only_pair(a, b).differences if d.kind == "date"]
    assert [(d.a, d.b) for d in dates] == [
        ("2022-01-07 (« vendredi »)", "2022-01-12 (article date)")
    ]


def test_one_person_under_two_spellings_is_no_speaker_difference():
    from natocmp.models import Claim
    from natocmp.verdict import _speaker_difference

    a = [Claim("a", 0, "x", "direct", "a dit", "Alexandre Grouchko", "person", "Grouchko", "name")]
    b = [Claim("b", 0, "x", "direct", "said", "Alexander Grushko", "person", "Grushko", "name")]
    c = [Claim("c", 0, "x", "direct", "said", "Wendy Sherman", "person", "Sherman", "name")]
    assert _speaker_difference(a, b) == []
    assert [d.kind for d in _speaker_difference(a, c)] == ["speaker"]
