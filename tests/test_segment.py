"""Sentence splitting: a table of tricky French and English cases, and span properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natocmp.segment import is_heading, split_sentences

NB = "\u00a0"  # no-break space (French typography before » and after «)
NNB = "\u202f"  # narrow no-break space

CASES = [
    # « guillemets » with no-break spaces, a cue after the quote: one sentence.
    (
        f"«{NB}Nous sommes prêts{NB}», a-t-il déclaré. La réunion a duré quatre heures.",
        [f"«{NB}Nous sommes prêts{NB}», a-t-il déclaré.", "La réunion a duré quatre heures."],
    ),
    (
        f"«{NNB}C’est une position de principe.{NNB}» Le ministre est parti.",
        [f"«{NNB}C’est une position de principe.{NNB}»", "Le ministre est parti."],
    ),
    # A quote holding several sentences stays whole with its cue.
    (
        "« Nous sommes prêts à nous asseoir. Pour progresser, nous devons assister à une "
        "désescalade », a insisté le Norvégien. Fin.",
        [
            "« Nous sommes prêts à nous asseoir. Pour progresser, nous devons assister à une "
            "désescalade », a insisté le Norvégien.",
            "Fin.",
        ],
    ),
    # A quote that ends with its own period, then a new sentence.
    (
        "Il a dit : « Le risque est réel. » Puis il est parti.",
        ["Il a dit : « Le risque est réel. »", "Puis il est parti."],
    ),
    # French and English abbreviations and initials.
    (
        "M. Macron a parlé avec Mme Merkel. Le Dr Martin a confirmé.",
        ["M. Macron a parlé avec Mme Merkel.", "Le Dr Martin a confirmé."],
    ),
    (
        "Wendy R. Sherman a dirigé la délégation. Elle est rentrée.",
        ["Wendy R. Sherman a dirigé la délégation.", "Elle est rentrée."],
    ),
    (
        "Les U.S. officials said so. Then they left.",
        ["Les U.S. officials said so.", "Then they left."],
    ),
    (
        "Mr. Smith met Dr. Jones in Geneva. They talked.",
        ["Mr. Smith met Dr. Jones in Geneva.", "They talked."],
    ),
    (
        "Talks were held, U.S. officials said. Russia did not answer.",
        ["Talks were held, U.S. officials said.", "Russia did not answer."],
    ),
    (
        "J.-Y. Le Drian a parlé. Vladimir V. Putin said so.",
        ["J.-Y. Le Drian a parlé.", "Vladimir V. Putin said so."],
    ),
    (
        "Lire p. 12 du rapport et l’art. 5 du traité. Fin.",
        ["Lire p. 12 du rapport et l’art. 5 du traité.", "Fin."],
    ),
    # "etc." closes a list: before a capital it ends the sentence, before a lower-case
    # word it does not.
    (
        "Il y avait des chars, des missiles, etc. Le ministre a conclu.",
        ["Il y avait des chars, des missiles, etc.", "Le ministre a conclu."],
    ),
    (
        "Il a cité les missiles, les chars, etc. et les drones. Rien d’autre.",
        ["Il a cité les missiles, les chars, etc. et les drones.", "Rien d’autre."],
    ),
    # Numbers with spaces and decimals.
    (
        "La Russie a massé 100 000 soldats. La hausse est de 1.5 point. Et 2,5 %.",
        ["La Russie a massé 100 000 soldats.", "La hausse est de 1.5 point.", "Et 2,5 %."],
    ),
    (
        f"Près de 100{NNB}000 soldats sont déployés. Moscou dément.",
        [f"Près de 100{NNB}000 soldats sont déployés.", "Moscou dément."],
    ),
    # Ellipses, Unicode and three dots.
    (
        "Il a hésité… Puis il a accepté. Ensuite... Rien.",
        ["Il a hésité…", "Puis il a accepté.", "Ensuite...", "Rien."],
    ),
    (
        "Il a dit qu’il verrait… et il est parti.",
        ["Il a dit qu’il verrait… et il est parti."],
    ),
    # Dashes inside a sentence do not split it.
    (
        "La réunion – la première depuis 2019 – a eu lieu. Elle a duré.",
        ["La réunion – la première depuis 2019 – a eu lieu.", "Elle a duré."],
    ),
    # Sentences glued by a scrape.
    (
        "l’Ukraine n’adhérera jamais. est un risque réel pour un nouveau conflit armé en Europe.",
        [
            "l’Ukraine n’adhérera jamais.",
            "est un risque réel pour un nouveau conflit armé en Europe.",
        ],
    ),
    (
        "Il est arrivé en France.Le président l’a reçu.",
        ["Il est arrivé en France.", "Le président l’a reçu."],
    ),
    # ... but not domain names or decimals.
    (
        "Le chef du bloc.« Le risque est réel », a-t-il dit.",
        ["Le chef du bloc.", "« Le risque est réel », a-t-il dit."],
    ),
    (
        "Lisez Norway.mw pour en savoir plus. Fin.",
        ["Lisez Norway.mw pour en savoir plus.", "Fin."],
    ),
    # An unbalanced « must not swallow the rest of the paragraph.
    (
        "« C’est autre chose que des restrictions. La proposition obligerait l’OTAN à céder. "
        "Moscou a refusé. Washington a répondu.",
        [
            "« C’est autre chose que des restrictions.",
            "La proposition obligerait l’OTAN à céder.",
            "Moscou a refusé.",
            "Washington a répondu.",
        ],
    ),
    # English reported speech and straight quotes.
    (
        "NATO is ready to talk, Stoltenberg said. Russia did not reply.",
        ["NATO is ready to talk, Stoltenberg said.", "Russia did not reply."],
    ),
    (
        '"We are ready. We will not back down," he said. The talks ended.',
        ['"We are ready. We will not back down," he said.', "The talks ended."],
    ),
    (
        "“It is a real risk,” Mr. Stoltenberg said on Friday. Then he left.",
        ["“It is a real risk,” Mr. Stoltenberg said on Friday.", "Then he left."],
    ),
    (
        '"We\'re ready," he said. "But not now." The end.',
        ['"We\'re ready," he said.', '"But not now."', "The end."],
    ),
    (
        "« Nous sommes prêts », a-t-il dit. « Mais pas à n’importe quel prix. » Fin.",
        ["« Nous sommes prêts », a-t-il dit.", "« Mais pas à n’importe quel prix. »", "Fin."],
    ),
    (
        "« Je ne sais pas… », a-t-il déclaré. « Oui ! » a-t-il lancé.",
        ["« Je ne sais pas… », a-t-il déclaré.", "« Oui ! » a-t-il lancé."],
    ),
    (
        "The meeting ended at 5 p.m. on Wednesday. The U.S. and the U.K. agreed.",
        ["The meeting ended at 5 p.m. on Wednesday.", "The U.S. and the U.K. agreed."],
    ),
    # Questions and exclamations.
    (
        "Que veut Moscou ? Personne ne le sait ! La suite demain.",
        ["Que veut Moscou ?", "Personne ne le sait !", "La suite demain."],
    ),
    # Brackets closing after the period.
    (
        "Il a parlé (longuement.) Puis il a conclu.",
        ["Il a parlé (longuement.)", "Puis il a conclu."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_tricky_sentences(text: str, expected: list[str]) -> None:
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    assert all(s.kind == "sentence" for s in got)


HEADINGS = [
    ("L’OTAN REFUSE DE MODIFIER SA POLITIQUE D’ELARGISSEMENT", True),
    ("Canaux de communication", True),
    ("« Le risque de conflit est réel » – chef de l'OTAN", True),
    ("NATO offers Russia new talks", True),
    ("Il a dit oui.", False),
    ("Que veut Moscou ?", False),
    ("Il a dit « oui »", False),  # ends with a closing quote: prose
    (" ".join(["mot"] * 40), False),  # too long: a paragraph whose period was lost
]


@pytest.mark.parametrize(("text", "expected"), HEADINGS)
def test_is_heading(text: str, expected: bool) -> None:
    assert is_heading(text) is expected


def test_headings_are_flagged_and_paragraphs_numbered() -> None:
    text = "Titre sans point\n\nPremière phrase. Deuxième phrase.\nSous-titre\nFin."
    got = split_sentences(text)
    assert [(s.kind, s.text, s.paragraph) for s in got] == [
        ("heading", "Titre sans point", 0),
        ("sentence", "Première phrase.", 1),
        ("sentence", "Deuxième phrase.", 1),
        ("heading", "Sous-titre", 2),
        ("sentence", "Fin.", 3),
    ]
    assert [s.index for s in got] == list(range(5))


def test_offsets_point_into_the_text_with_indented_lines() -> None:
    text = "  Un.  Deux.\n\n\t« Trois. » Quatre."
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.text for s in split_sentences(text)] == ["Un.", "Deux.", "« Trois. »", "Quatre."]


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \u00a0\n") == []


def _check_spans(text: str) -> None:
    got = split_sentences(text)
    previous_end = 0
    for i, s in enumerate(got):
        assert s.index == i
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= previous_end
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert s.kind in ("sentence", "heading")
        previous_end = s.end


# Characters that matter to the splitter, mixed with arbitrary Unicode.
_ALPHABET = st.sampled_from(
    list("aZé .!?…«»“”\"'’()[]-–\n\u00a0\u202f\t0123456789MmUS") + ["M.", "U.S.", "..."]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_spans_are_valid_on_punctuation_soup(text: str) -> None:
    _check_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes_on_arbitrary_unicode(text: str) -> None:
    _check_spans(text)


def test_seed_spans_are_valid() -> None:
    from natocmp.corpus import load_articles

    for article in load_articles():
        assert article.sentences, article.id
        for s in article.sentences:
            assert article.text[s.start : s.end] == s.text
