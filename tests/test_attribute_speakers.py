"""Speakers across articles: variants of one person merged, aliases listed under one name,
and a claim's speaker independent of which other articles are loaded (or saying so)."""

from __future__ import annotations

from natocmp.attribute import extract_claims, resolve_speakers
from natocmp.models import Article
from natocmp.segment import split_sentences


def article(text: str, aid: str, language: str = "en") -> Article:
    return Article(
        aid, None, None, None, language, aid, None, text, tuple(split_sentences(text)), ()
    )


EN = article(
    '"We will not accept these terms," Russian Deputy Foreign Minister Alexander Grushko '
    "said on Monday. Grushko added that the talks would continue.",
    "en",
)
FR = article(
    "« Nous n'accepterons pas ces conditions », a déclaré le vice-ministre russe, Alexandre "
    "Grouchko, lundi. M. Grouchko a ajouté que les discussions continueraient.",
    "fr",
    "fr",
)
ALONE = article("Sherman added that the talks had been frank and useful.", "alone")
NAMED = article("Deputy Secretary of State Wendy Sherman met the delegation on Monday.", "named")


def test_spelling_and_transliteration_variants_are_one_speaker_with_every_alias():
    claims, speakers = resolve_speakers([EN, FR])
    assert {c.speaker for c in claims} == {"Alexander Grushko"}
    (grushko,) = speakers
    assert {"Alexander Grushko", "Alexandre Grouchko", "Grushko", "Grouchko"} <= set(
        grushko.aliases
    )
    assert [a for a, _, _ in grushko.counts] == ["en", "fr"]


def test_a_title_before_the_name_is_not_part_of_it():
    claims = extract_claims(
        article(
            '"The proposals are nonstarters," Deputy Secretary of State Wendy Sherman said.', "t"
        )
    )
    assert [c.speaker for c in claims] == ["Wendy Sherman"]
    assert extract_claims(NAMED) == ()  # meeting a delegation is no claim


def test_the_speaker_does_not_depend_on_other_articles_unless_they_are_the_only_evidence():
    (own,) = extract_claims(EN)[1:]
    (with_other,) = [c for c in resolve_speakers([EN, FR])[0] if c.article == "en"][1:]
    assert own.speaker == with_other.speaker == "Alexander Grushko"
    assert own.speaker_from is None and with_other.speaker_from is None
    (alone,) = extract_claims(ALONE)
    assert alone.speaker == "Sherman" and alone.speaker_from is None
    (borrowed,) = [c for c in resolve_speakers([ALONE, NAMED])[0] if c.article == "alone"]
    assert borrowed.speaker == "Wendy Sherman"
    assert borrowed.speaker_from == "named"  # the claim says where its speaker came from


def test_outlets_are_addressees_never_speakers():
    claims, speakers = resolve_speakers(
        [
            article("Marsh told CNN that the talks would resume in April.", "a"),
            article("« Rien n'est décidé », a déclaré au Parisien Marc Le Fur.", "b", "fr"),
        ]
    )
    assert [(c.speaker, c.cue) for c in claims] == [("Marsh", "told"), ("Marc Le Fur", "a déclaré")]
    assert not {"CNN", "Parisien", "Le Parisien"} & {s.name for s in speakers}


def test_a_demonstrative_without_antecedent_names_nobody():
    (claim,) = extract_claims(
        article("Celle-là ne dit rien du fond, a commenté un observateur.", "c", "fr")
    )
    assert claim.speaker is None


def test_a_document_or_a_figure_is_no_speaker_but_who_issued_it_is():
    claims, speakers = resolve_speakers(
        [
            article(
                "La crue a fait 14 victimes, selon le dernier bilan officiel. "
                "Le maire arrive en tête, selon les estimations de l'institut Valmetrie. "
                "La participation atteint 61 %, selon les chiffres communiqués par la "
                "préfecture du Doubs.",
                "d",
                "fr",
            ),
            article("The flood killed 14 people, according to the latest official figures.", "e"),
        ]
    )
    assert [(c.speaker, c.speaker_type) for c in claims] == [
        (None, "unknown"),
        ("institut Valmetrie", "institution"),
        ("préfecture du Doubs", "institution"),
        (None, "unknown"),
    ]
    assert not {"dernier bilan officiel", "latest official figures"} & {s.name for s in speakers}


def test_an_institution_spelt_with_another_apostrophe_is_one_speaker():
    claims, speakers = resolve_speakers(
        [
            article("Le pont rouvrira lundi, selon le ministère de l'Équipement.", "f", "fr"),
            article("Le pont rouvrira lundi, selon le ministère de l’Équipement.", "g", "fr"),
        ]
    )
    assert {c.speaker for c in claims} == {"ministère de l'Équipement"}
    assert [s.name for s in speakers] == ["ministère de l'Équipement"]
