"""Features of a sentence and the typed differences between two: tables of expressions."""

from __future__ import annotations

import datetime as dt
import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natocmp.features import (
    Features,
    compare_features,
    extract_features,
    fold_aligned,
    stem,
)
from natocmp.models import Difference

NB = "\u00a0"
NNB = "\u202f"
REF = dt.date(2022, 1, 12)  # a Wednesday, the NATO–Russia Council


def quantities(text: str, language: str = "fr") -> list[tuple[float, str | None, str | None]]:
    found = extract_features(text, language=language, reference=REF).quantities
    return [(q.value, q.qualifier, q.unit) for q in found]


# --- quantities ------------------------------------------------------------------------------

QUANTITY_CASES = [
    ("près de 100 000 soldats", "fr", [(100_000, "about", "soldat")]),
    (f"près de 100{NB}000 soldats", "fr", [(100_000, "about", "soldat")]),
    (f"plus de 100{NNB}000 soldats russes", "fr", [(100_000, "more than", "soldat")]),
    ("100,000 troops", "en", [(100_000, None, "troop")]),
    ("100.000 soldats", "fr", [(100_000, None, "soldat")]),
    ("1,5 million de personnes", "fr", [(1_500_000, None, "personne")]),
    ("1.5 million people", "en", [(1_500_000, None, "people")]),
    ("environ 2,5 milliards d’euros", "fr", [(2_500_000_000, "about", "euro")]),
    ("cent mille soldats", "fr", [(100_000, None, "soldat")]),
    ("trente membres", "fr", [(30, None, "membre")]),
    ("quatre-vingt-dix pays", "fr", [(90, None, "pays")]),
    ("vingt et un alliés", "fr", [(21, None, "allié")]),
    ("les 30 alliés", "fr", [(30, None, "allié")]),
    ("les 57 membres", "fr", [(57, None, "membre")]),
    ("des dizaines de milliers de soldats", "fr", [(10_000, "several", "soldat")]),
    ("tens of thousands of troops", "en", [(10_000, "several", "troop")]),
    ("une centaine de manifestants", "fr", [(100, "about", "manifestant")]),
    ("deux ans et demi", "fr", [(2.5, None, "an")]),
    ("two and a half years", "en", [(2.5, None, "year")]),
    ("12 %", "fr", [(12, None, "%")]),
    ("au moins 3,5 pour cent", "fr", [(3.5, "at least", "%")]),
    ("up to 40 percent", "en", [(40, "up to", "%")]),
    ("jusqu’à 175 000 soldats", "fr", [(175_000, "up to", "soldat")]),
    ("moins de 10 navires", "fr", [(10, "less than", "navire")]),
    ("nearly 100,000 soldiers", "en", [(100_000, "about", "soldier")]),
    ("about 30 allies", "en", [(30, "about", "ally")]),
    ("more than 100,000 Russian troops", "en", [(100_000, "more than", "troop")]),
    ("at least 20 countries", "en", [(20, "at least", "country")]),
    ("over 5,000 soldiers", "en", [(5_000, "more than", "soldier")]),
    # Not quantities: years, dates, ordinals, times, numbers inside names, articles.
    ("la première depuis 2019", "fr", []),
    ("de 2012 à 2018", "fr", []),
    ("le 12 janvier", "fr", []),
    ("on January 12, 2022", "en", []),
    ("le 1er ministre et la 2e réunion", "fr", []),
    ("the 3rd meeting", "en", []),
    ("à 10h30", "fr", []),
    ("à 12:30", "fr", []),
    ("le gazoduc Nord Stream 2", "fr", []),
    ("un accord et une offre", "fr", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), QUANTITY_CASES)
def test_quantities(text: str, language: str, expected: list) -> None:
    assert quantities(text, language) == [(float(v), q, u) for v, q, u in expected]


def test_quantity_span_is_qualifier_and_figure() -> None:
    text = "Près de 100 000 soldats russes se sont massés"
    (q,) = extract_features(text).quantities
    assert (q.span, text[q.start : q.end]) == ("Près de 100 000", "Près de 100 000")


def test_cent_is_a_coin_in_english() -> None:
    assert quantities("five cent coins", "en") == [(5.0, None, "cent")]
    assert quantities("cinq cent soldats", "fr") == [(500.0, None, "soldat")]


# --- dates -----------------------------------------------------------------------------------

DATE_CASES = [
    # (text, language, reference, [(expression, iso, weekday)])
    ("a déclaré mercredi", "fr", REF, [("mercredi", "2022-01-12", 2)]),
    ("a proposé ce mercredi", "fr", REF, [("ce mercredi", "2022-01-12", 2)]),
    ("a déclaré lundi", "fr", REF, [("lundi", "2022-01-10", 0)]),
    ("se terminera jeudi à Vienne", "fr", REF, [("jeudi", "2022-01-13", 3)]),
    ("La réunion de jeudi à Vienne", "fr", REF, [("jeudi", "2022-01-13", 3)]),
    # Friday 7 January: a future verb sends the weekday forward, past tense back.
    ("se rendra mercredi à Bruxelles", "fr", dt.date(2022, 1, 7), [("mercredi", "2022-01-12", 2)]),
    (
        "s'est rendu mercredi à Bruxelles",
        "fr",
        dt.date(2022, 1, 7),
        [("mercredi", "2022-01-05", 2)],
    ),
    ("a déclaré vendredi", "fr", dt.date(2022, 1, 7), [("vendredi", "2022-01-07", 4)]),
    ("jeudi prochain", "fr", REF, [("jeudi prochain", "2022-01-13", 3)]),
    ("mercredi prochain", "fr", REF, [("mercredi prochain", "2022-01-19", 2)]),
    ("vendredi dernier", "fr", REF, [("vendredi dernier", "2022-01-07", 4)]),
    ("last Friday", "en", REF, [("last Friday", "2022-01-07", 4)]),
    ("next Monday", "en", REF, [("next Monday", "2022-01-17", 0)]),
    ("said on Monday", "en", REF, [("Monday", "2022-01-10", 0)]),
    ("will meet on Thursday", "en", REF, [("Thursday", "2022-01-13", 3)]),
    ("hier", "fr", REF, [("hier", "2022-01-11", None)]),
    ("aujourd’hui", "fr", REF, [("aujourd’hui", "2022-01-12", None)]),
    ("demain", "fr", REF, [("demain", "2022-01-13", None)]),
    ("yesterday", "en", REF, [("yesterday", "2022-01-11", None)]),
    ("today", "en", REF, [("today", "2022-01-12", None)]),
    (
        "la semaine prochaine",
        "fr",
        dt.date(2022, 1, 7),
        [("la semaine prochaine", "2022-W02", None)],
    ),
    ("next week", "en", REF, [("next week", "2022-W03", None)]),
    ("le 12 janvier", "fr", REF, [("12 janvier", "2022-01-12", None)]),
    ("le 10 janvier 2022", "fr", None, [("10 janvier 2022", "2022-01-10", None)]),
    ("January 12", "en", REF, [("January 12", "2022-01-12", None)]),
    ("mercredi 12 janvier", "fr", REF, [("mercredi 12 janvier", "2022-01-12", 2)]),
    ("le 28 décembre", "fr", dt.date(2022, 1, 2), [("28 décembre", "2021-12-28", None)]),
    ("le 7 à Bruxelles", "fr", REF, [("le 7", "2022-01-07", None)]),
    # Unresolved without a reference, but still found.
    ("mercredi", "fr", None, [("mercredi", None, 2)]),
    ("le 12 janvier", "fr", None, [("12 janvier", None, None)]),
    # Not dates.
    ("le 7 soldats", "fr", REF, []),
    ("le 31 février", "fr", REF, []),
]


@pytest.mark.parametrize(("text", "language", "reference", "expected"), DATE_CASES)
def test_dates(text: str, language: str, reference: dt.date | None, expected: list) -> None:
    found = extract_features(text, language=language, reference=reference).dates
    assert [(d.expression, d.date, d.weekday) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.expression
        assert bool(d.how) == (d.date is not None)


def test_relative_flag() -> None:
    f = extract_features(
        "Mercredi 12 janvier, hier, jeudi, le 7 et le 10 janvier 2022", reference=REF
    )
    assert [d.relative for d in f.dates] == [False, True, True, True, False]


def test_weekday_resolution_says_how() -> None:
    (d,) = extract_features("qui se terminera jeudi", reference=REF).dates
    assert "terminera" in d.how and "future" in d.how
    (d,) = extract_features("La réunion de jeudi", reference=REF).dates
    assert "nearest" in d.how


# --- entities --------------------------------------------------------------------------------

ENTITY_CASES = [
    ("L’OTAN a proposé un dialogue à la Russie.", ("OTAN", "Russie")),
    (
        "Le secrétaire général de l’OTAN, Jens Stoltenberg, à Genève.",
        ("OTAN", "Jens Stoltenberg", "Genève"),
    ),
    ("Moscou n’a pas accepté l’offre.", ("Moscou",)),
    ("Interrogé sur la possibilité, Stoltenberg a reconnu un risque.", ("Stoltenberg",)),
    (
        "Selon les États-Unis, la réunion du Conseil OTAN-Russie est utile.",
        ("États-Unis", "Conseil OTAN-Russie"),
    ),
    ("Wendy R. Sherman a dirigé la délégation.", ("Wendy R. Sherman",)),
    ("On Monday, NATO's chief spoke in Brussels.", ("NATO", "Brussels")),
    ("L’OTAN REFUSE DE MODIFIER SA POLITIQUE", ()),
    ("Le président russe a parlé.", ()),
]


@pytest.mark.parametrize(("text", "expected"), ENTITY_CASES)
def test_entities(text: str, expected: tuple[str, ...]) -> None:
    assert extract_features(text).entities == expected


# --- negation and hedges ---------------------------------------------------------------------

NEGATION_CASES = [
    ("Moscou n’a jusqu’à présent pas accepté l’offre", [("n’a jusqu’à présent pas", "accep")]),
    ("elle ne s’écartait pas de ses principes", [("ne s’écartait pas", "ecart")]),
    ("ils n’ont jamais été sérieux", [("n’ont jamais", "seri")]),
    ("la Russie ne participera plus", [("ne participera plus", "parti")]),
    ("il ne dit rien", [("ne dit rien", "dit")]),
    ("sans y ajouter de clarté", [("sans", "ajout")]),
    ("Russia did not accept the offer", [("not", "accep")]),
    ("Russia didn't accept the offer", [("didn't", "accep")]),
    ("Russia has never accepted it", [("never", "accep")]),
    ("Poutine a nié l’existence de plans", [("nié", "nie")]),
    ("Moscou a refusé l’offre", [("refusé", "refus")]),
    ("Moscou a accepté l’offre", []),
    ("avant qu’il ne parte", []),  # expletive "ne": no second half, no negation
    # "ne … que" restricts (only), it does not deny; "ne … pas que" still negates.
    ("il n’est que le cinquième condamné à cette peine", []),
    ("il n’y a pas que la pluie", [("n’y a pas", "plui")]),
    # "n'y a qu'une": only; what follows its clause is negated on its own.
    ("il n’y a qu’une solution, plus jamais discutée", [("jamais", "discu")]),
    ("il ne reste plus que deux jours", []),
    ("il ne parle jamais que de lui", []),
    # A bare "jamais" after a superlative, and in fixed phrases, means "ever".
    ("le séisme le plus puissant jamais mesuré dans la région", []),
    ("les crues les plus graves que la vallée ait jamais connues", []),
    ("la seule fois qu’elle ait jamais parlé", []),
    ("plus que jamais, le club doute", []),
    ("si jamais la digue cède", []),
    ("la ville est à jamais changée", []),
    ("on a jamais vu ça", [("jamais", "vu")]),  # colloquial "never", without its "ne"
    ("un séisme jamais vu", [("jamais", "vu")]),
    ("ils n’ont plus jamais parlé", [("n’ont plus jamais", "parl")]),
    # The negated word is looked for in the negation's clause: not past a comma or a quote.
    ("“We gave up nothing,” the captain said", [("nothing", "")]),
    ("the team did not, in the end, travel", [("not", "")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATION_CASES)
def test_negations(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract_features(text).negations
    assert [(m.span, m.head) for m in found] == expected
    assert all(m.type == "negation" and m.why for m in found)
    assert all(text[m.start : m.end] == m.span for m in found)


HEDGE_CASES = [
    ("l’OTAN aurait clairement indiqué", ["aurait"]),
    ("les soldats seraient prêts", ["seraient"]),
    ("Moscou pourrait prendre des mesures", ["pourrait"]),
    ("selon les États-Unis", ["selon"]),
    ("d’après le Kremlin", ["d’après"]),
    ("il a apparemment refusé", ["apparemment"]),
    ("les actions prétendument agressives", ["prétendument"]),
    ("le présumé agresseur", ["présumé"]),
    ("Russia reportedly moved troops", ["reportedly"]),
    ("the allegedly planned attack", ["allegedly"]),
    ("according to officials", ["according to"]),
    ("Russia appears to be ready", ["appears to"]),
    ("the troops would have left", ["would have"]),
    ("he is said to have agreed", ["is said to"]),
    ("l’argument selon lequel", []),  # "selon lequel" introduces content, not a source
    ("Stoltenberg a déclaré que l’OTAN est prête", []),
]


@pytest.mark.parametrize(("text", "expected"), HEDGE_CASES)
def test_hedges(text: str, expected: list[str]) -> None:
    found = extract_features(text).hedges
    assert [m.span for m in found] == expected
    assert all(m.type == "hedge" and m.why for m in found)


# --- comparison ------------------------------------------------------------------------------


def diff(
    a: str,
    b: str,
    *,
    ra: dt.date | None = REF,
    rb: dt.date | None = REF,
    la: str = "fr",
    lb: str = "fr",
) -> list[Difference]:
    fa = extract_features(a, language=la, reference=ra)
    fb = extract_features(b, language=lb, reference=rb)
    return compare_features(fa, fb)


COMPARE_CASES = [
    # numbers
    (
        "près de 100 000 soldats",
        "plus de 100 000 soldats",
        [Difference("number", "près de 100 000", "plus de 100 000", "qualifier differs")],
    ),
    ("près de 100 000 soldats", "environ 100 000 soldats", []),
    ("100 000 soldats", "près de 100 000 soldats", []),
    ("plus de 100 000 soldats", "au moins 100 000 soldats", []),
    (
        "plus de 100 000 soldats",
        "moins de 100 000 soldats",
        [Difference("number", "plus de 100 000", "moins de 100 000", "qualifier differs")],
    ),
    ("100 000 soldats", "cent mille soldats", []),
    (
        "100 000 soldats",
        "175 000 soldats",
        [Difference("number", "100 000", "175 000", "value differs")],
    ),
    ("des dizaines de milliers de soldats", "50 000 soldats", []),
    ("les 30 alliés", "les 30 membres", []),  # different nouns: not compared
    ("100 000 soldats", "la Russie a massé des troupes", []),  # one side only
    # dates
    (  # On Wednesday 12, "a déclaré jeudi" is the Thursday before (past tense).
        "a déclaré mercredi",
        "a déclaré jeudi",
        [Difference("date", "mercredi", "jeudi", "2022-01-12 vs 2022-01-06")],
    ),
    ("le 12 janvier", "mercredi", []),  # the same day, written two ways
    ("la réunion de mercredi", "la réunion", []),
    # entities
    (
        "des entretiens à Genève lundi",
        "des entretiens à Vienne lundi",
        [Difference("entity", "Genève", "Vienne", "city differs: Geneva vs Vienna")],
    ),
    ("des entretiens à Genève", "talks in Geneva", []),
    ("des entretiens à Genève", "des entretiens avec Moscou", []),  # not a place slot
    ("à Genève puis à Vienne", "à Vienne", []),  # two places on one side: no verdict
    # negation
    (
        "Moscou a accepté l’offre",
        "Moscou n’a pas accepté l’offre",
        [Difference("negation", "", "n’a pas", "only one side negates 'accep…'")],
    ),
    ("Moscou n’a pas accepté l’offre", "Moscow did not accept the offer", []),
    ("Moscou n’a pas accepté l’offre", "Moscou a refusé l’offre", []),
    (
        "une réunion sans conditions",
        "une réunion avec conditions",
        [Difference("negation", "sans", "", "only one side negates 'condi…'")],
    ),
    (
        "Russia said no.",
        "Russia said yes.",
        [Difference("negation", "no", "", "English determiner 'no'")],
    ),
    # hedges
    (
        "l’OTAN aurait indiqué",
        "l’OTAN a indiqué",
        [Difference("hedge", "aurait", "", "conditional 'aurait' (reported, unconfirmed)")],
    ),
    ("l’OTAN aurait indiqué", "selon l’OTAN", []),
    # An attribution ("selon", "according to") facing a verb of saying gives the claim to
    # its source on both sides; facing a bare statement it is a hedge.
    ("Selon la mairie, la digue a cédé", "La digue a cédé, a annoncé la mairie", []),
    ("La digue a cédé, selon la mairie", "The dam gave way, the town hall said", []),
    (
        "La digue a cédé, selon la mairie",
        "La digue a cédé",
        [Difference("hedge", "selon", "", "attribution: 'selon' (the claim is someone else's)")],
    ),
    # A verb of saying is a whole word: "country" is no "counted", "estimation" no "estime".
    (
        "According to the ministry, 20 people were injured in the country",
        "20 people were injured in the country",
        [Difference("hedge", "According to", "", "attribution: 'according to' (the claim is "
                    "someone else's)")],
    ),
    (
        "Selon la mairie, la digue a cédé",
        "La digue a cédé, une estimation confiante",
        [Difference("hedge", "Selon", "", "attribution: 'selon' (the claim is someone else's)")],
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), COMPARE_CASES)
def test_compare(a: str, b: str, expected: list[Difference]) -> None:
    assert diff(a, b) == expected


def test_negation_is_compared_on_the_verb_not_by_count() -> None:
    # One negation on each side, but a negates "accepté" which b asserts: a divergence.
    b = "La Russie n’a pas répondu et Moscou a accepté"
    a = "Moscou n’a pas accepté"
    assert [d.kind for d in diff(a, b)] == ["negation"]


def test_compare_is_symmetric() -> None:
    for a, b, _ in COMPARE_CASES:
        mirrored = sorted((d.kind, d.b, d.a) for d in diff(b, a))
        assert mirrored == sorted((d.kind, d.a, d.b) for d in diff(a, b)), (a, b)


def test_different_references_resolve_the_same_day() -> None:
    # Published Friday 7 ("se rendra mercredi") and Wednesday 12 ("a déclaré mercredi"):
    # both mean 12 January.
    assert (
        diff(
            "se rendra mercredi à Bruxelles",
            "a déclaré mercredi à Bruxelles",
            ra=dt.date(2022, 1, 7),
        )
        == []
    )


def test_unresolved_weekdays_still_compare() -> None:
    assert [d.kind for d in diff("lundi", "mardi", ra=None, rb=None)] == ["date"]
    assert diff("lundi", "lundi", ra=None, rb=None) == []


def test_same_sentence_never_differs() -> None:
    text = "Selon Moscou, près de 100 000 soldats ne seraient pas partis mercredi de Genève."
    assert diff(text, text) == []


# --- properties and API ----------------------------------------------------------------------

TOKENS = [*"abcdeéèàLOTANMJ 0123456789,.’'%-«»\u00a0"]
TOKENS += [" ne ", " pas ", " mercredi ", " près de ", " plus de ", " mille ", " selon ", " à "]
TEXT = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


@given(TEXT)
@settings(max_examples=150, deadline=None)
def test_spans_index_the_text(text: str) -> None:
    f = extract_features(text, reference=REF)
    for item in (*f.quantities, *f.dates, *f.negations, *f.hedges):
        assert 0 <= item.start <= item.end <= len(text)
    for q in f.quantities:
        assert text[q.start : q.end] == q.span
    assert extract_features(text, reference=REF) == f  # deterministic


@given(TEXT, TEXT)
@settings(max_examples=100, deadline=None)
def test_compare_never_fails_and_identity_is_empty(a: str, b: str) -> None:
    fa, fb = extract_features(a, reference=REF), extract_features(b, reference=REF)
    assert compare_features(fa, fa) == []
    assert all(
        d.kind in {"number", "date", "entity", "negation", "hedge"}
        for d in compare_features(fa, fb)
    )


def test_unknown_language_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        extract_features("x", language="de")


def test_empty_text() -> None:
    assert extract_features("") == Features((), (), (), (), (), language="fr")


def test_fold_aligned_keeps_offsets() -> None:
    text = f"Près{NB}de l’OTAN «{NNB}Œuvre{NNB}»"
    assert len(fold_aligned(text)) == len(text)
    assert stem("accepté") == stem("accepter") == stem("accepted")


def test_lexicons_are_sorted() -> None:
    for name in ("hedges", "negations", "places", "quantities"):
        module = importlib.import_module(f"natocmp.lexicon.{name}")
        assert module.__doc__
        for attr, value in vars(module).items():
            if attr.isupper() and isinstance(value, tuple | dict):
                keys = [k[0] if isinstance(k, tuple) else k for k in value]
                assert keys == sorted(keys), f"{name}.{attr} is not sorted"


def test_lexicon_patterns_compile() -> None:
    from natocmp.lexicon import hedges

    for pattern, why in hedges.HEDGES:
        re.compile(pattern)
        assert why


@pytest.mark.parametrize(
    "a, b, language, differs",
    [
        # Both deny, in other words: no difference.
        ("Hungary did not sign the financing annex.",
         "Hungary refused to sign the financing annex.", "en", False),
        ("The compact does not set new binding targets for renewable energy.",
         "The compact contains no binding renewable targets.", "en", False),
        ("La Russie n’a pas accepté l’offre de l’OTAN.", "La Russie a refusé l’offre de l’OTAN.",
         "fr", False),
        # One denies what the other asserts.
        ("La Russie n’a pas accepté l’offre de l’OTAN.", "La Russie a accepté l’offre de l’OTAN.",
         "fr", True),
        # (Verbs of three letters or fewer, "set", are not compared: stems keep longer words.)
        ("The compact does not include binding targets.",
         "The compact includes binding targets.", "en", True),
    ],
)
def test_negation_scope(a, b, language, differs):
    found = compare_features(extract_features(a, language=language),
                             extract_features(b, language=language))
    assert any(d.kind == "negation" for d in found) is differs
