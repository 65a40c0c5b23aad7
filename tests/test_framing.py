"""natocmp.framing: tables of French and English sentences, outlet voice, context, summary."""

from __future__ import annotations

import pytest

from natocmp.framing import TYPES, frame_articles, sentence_markers


@pytest.fixture(scope="module")
def seed_articles():
    from natocmp.corpus import load_articles

    return load_articles([])


def _flags(text: str, language: str = "fr") -> list[tuple[str, str]]:
    return [(m.type, m.span) for m in sentence_markers(text, language=language)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les allégations ont été rejetées par le Kremlin.", [("evaluative", "allégations")]),
        ("Il a carrément blâmé Moscou.", [("evaluative", "carrément")]),
        ("Une invasion russe menaçante de l'Ukraine.", [("evaluative", "menaçante")]),
        ("Le régime a répondu aux critiques.", [("evaluative", "régime")]),
        ("La Russie aurait présenté ses propositions.", [("hedge", "aurait")]),
        ("Selon Stoltenberg, rien n'est décidé.", [("hedge", "Selon")]),
        ("L'argument selon lequel tout est décidé.", []),
        ("Les responsables semblaient satisfaits.", [("hedge", "semblaient")]),
        ("Le chef a exclu un membre « secondaire » pour plaire.", [("scare_quote", "secondaire")]),
        ("Il a promis que « jeudi prochain sera pire » si rien ne change.", []),
        ("Le trafic reviendrait « progressivement à la normale » mercredi.",
         [("scare_quote", "progressivement à la normale")]),
        ("« Les actions agressives de la Russie sont graves », a dit Stoltenberg.", []),
    ],
)
def test_french_sentences(text, expected):
    assert _flags(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The so-called referendum was held on Sunday.", [("evaluative", "so-called")]),
        ("The regime's brutal crackdown continued.",
         [("evaluative", "regime"), ("evaluative", "brutal")]),
        ("He claims that the vote was rigged.", [("evaluative", "claims that")]),
        ("Hungary reportedly refused to sign.", [("hedge", "reportedly")]),
        ("The minister allegedly lied, according to aides.",
         [("hedge", "allegedly"), ("hedge", "according to")]),
        ("She called the plan \"unrealistic\" on Monday.", [("scare_quote", "unrealistic")]),
        ("\"We will never accept a brutal deal like this,\" he said.", []),
        ("The committee met on Tuesday and approved the budget.", []),
    ],
)
def test_english_sentences(text, expected):
    assert _flags(text, "en") == expected


def test_every_marker_says_why_and_offsets_hold():
    text = "Le bloc aurait « carrément » menti, selon des sources."
    for m in sentence_markers(text):
        assert m.why and text[m.start:m.end] == m.span and m.type in TYPES


def test_context_marks_sentences_no_other_outlet_aligns(seed_articles):
    result = frame_articles(seed_articles)
    context = [(f.article, f.index) for f in result.sentences
               if any(m.type == "context" for m in f.markers)]
    assert context, "every seed says something the others do not"
    one = frame_articles(seed_articles[:1])
    assert not any(m.type == "context" for f in one.sentences for m in f.markers)
    for f in result.sentences:
        for m in f.markers:
            if m.type == "context":
                assert m.span == f.text and "no counterpart" in m.why


def test_summary_rates_are_counts_per_thousand_words(seed_articles):
    result = frame_articles(seed_articles, types=("evaluative", "hedge", "scare_quote"))
    for o in result.outlets:
        counts, rates = dict(o.counts), dict(o.per_1000)
        assert set(counts) == {"evaluative", "hedge", "scare_quote"}
        for t in counts:
            assert rates[t] == pytest.approx(1000 * counts[t] / o.words, abs=0.01)
        flagged = [f for f in result.sentences if f.article == o.article]
        assert o.flagged == len(flagged)
        assert sum(counts.values()) == sum(len(f.markers) for f in flagged)


def test_unknown_type_is_rejected(seed_articles):
    with pytest.raises(ValueError):
        frame_articles(seed_articles, types=("spin",))


def test_deterministic(seed_articles):
    assert frame_articles(seed_articles) == frame_articles(seed_articles)


# --- issue 16: quotes, attribution and whole-word hedges (invented sentences) -------------


def _framed(tmp_path, body: str, language: str = "fr"):
    from natocmp.corpus import load_articles

    path = tmp_path / "art.md"
    path.write_text(f"---\ntitle: t\ndate: 2022-03-02\nlanguage: {language}\n---\n\n{body}\n",
                    encoding="utf-8")
    return frame_articles(load_articles([str(path)]), types=["hedge", "scare_quote"])


def _spans(result, kind: str) -> list[str]:
    return [m.span for f in result.sentences for m in f.markers if m.type == kind]


def test_attributed_partial_quote_is_not_a_scare_quote(tmp_path):
    said = "La ministre Odile Varenne a reconnu qu’il existe un « danger sérieux » pour la ville."
    assert _spans(_framed(tmp_path, said), "scare_quote") == []
    # The same fragment in the outlet's own voice, no speaker: a scare quote.
    own = "Le quartier vit désormais avec ce « danger sérieux » depuis des semaines."
    assert _spans(_framed(tmp_path, own), "scare_quote") == ["danger sérieux"]


@pytest.mark.parametrize(
    "text, language, hedges",
    [
        ("Selon lui, la digue tiendra encore un hiver.", "fr", []),
        ("D’après elle, le budget est bouclé.", "fr", []),
        ("According to him, the bridge will reopen in May.", "en", []),
        ("Selon des sources proches du dossier, la digue cède.", "fr", ["Selon"]),
        ("According to officials, the bridge is closed.", "en", ["According to"]),
        ("La séance de l’après-midi, d’après-midi chargé, a été levée.", "fr", []),
    ],
)
def test_attribution_to_the_speaker_is_not_a_hedge(tmp_path, text, language, hedges):
    assert _spans(_framed(tmp_path, text, language), "hedge") == hedges


def test_diff_reports_no_hedge_for_selon_lui(tmp_path):
    from natocmp.corpus import load_articles
    from natocmp.diff import diff_articles

    a = tmp_path / "a.md"
    b = tmp_path / "b.md"
    head = "---\ntitle: t\ndate: 2022-03-02\nlanguage: fr\n---\n\n"
    a.write_text(head + "Le maire Paul Drevin a annoncé la fermeture du pont de Varsel pour "
                 "trois mois de travaux.\n", encoding="utf-8")
    b.write_text(head + "Selon lui, la fermeture du pont de Varsel durera trois mois de "
                 "travaux, a annoncé le maire Paul Drevin.\n", encoding="utf-8")
    result = diff_articles(*load_articles([str(a), str(b)]))
    kinds = [d.kind for p in result.pairs for d in p.differences]
    assert result.pairs and "hedge" not in kinds
