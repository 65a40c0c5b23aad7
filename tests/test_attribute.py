"""Unit tests for natocmp.attribute: quotes, reported speech, speakers, groups."""

from __future__ import annotations

import pytest

from natocmp.attribute import (
    extract_claims,
    fidelity,
    group_claims,
    resolve_speakers,
    select_speaker,
)
from natocmp.errors import UsageError
from natocmp.models import Article, Claim
from natocmp.segment import split_sentences


def article(text: str, aid: str = "t", language: str = "fr") -> Article:
    sentences = tuple(split_sentences(text))
    return Article(aid, None, None, None, language, aid, None, text, sentences, ())


def claims_of(text: str, language: str = "fr") -> list[tuple[str, str, str | None, str]]:
    return [(c.kind, c.text, c.speaker, c.speaker_type)
            for c in extract_claims(article(text, language=language))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous sommes prêts à discuter », a déclaré Jens Stoltenberg.",
            [("direct", "Nous sommes prêts à discuter", "Jens Stoltenberg", "person")],
        ),
        (
            "Jens Stoltenberg a déclaré que la réunion était utile.",
            [("reported", "la réunion était utile", "Jens Stoltenberg", "person")],
        ),
        (
            "La réunion était utile, a indiqué Jens Stoltenberg.",
            [("reported", "La réunion était utile", "Jens Stoltenberg", "person")],
        ),
        (
            "Selon le Kremlin, les troupes restent sur le territoire russe.",
            [("reported", "les troupes restent sur le territoire russe", "Kremlin",
              "institution")],
        ),
        (
            "Des responsables russes ont déclaré qu’ils attendraient la fin des pourparlers.",
            [("reported", "ils attendraient la fin des pourparlers", "responsables russes",
              "institution")],
        ),
        (  # a scare quote is framing, not a claim
            "Le plan prévoit un « calendrier » de réunions.",
            [],
        ),
        (  # a noun object after the verb is no claim
            "Le ministre a expliqué l’approche de son pays.",
            [],
        ),
    ],
)
def test_french_sentences(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We are ready to talk," said Jane Doe. Jane Doe added that the offer stood.',
            [("direct", "We are ready to talk", "Jane Doe", "person"),
             ("reported", "the offer stood", "Jane Doe", "person")],
        ),
        (
            "Mayor Sarah Okafor said the teams had reached every street. "
            '"I am proud of them," she told reporters.',
            [("reported", "the teams had reached every street", "Sarah Okafor", "person"),
             ("direct", "I am proud of them", "Sarah Okafor", "person")],
        ),
    ],
)
def test_english_sentences(text, expected):
    assert claims_of(text, language="en") == expected


def test_title_learned_from_apposition_resolves_later_description():
    text = (
        "Le secrétaire général de l’OTAN, Jens Stoltenberg, a parlé mercredi. "
        "La Russie n’a pas répondu. Le voisinage est calme. La météo est bonne. "
        "Le dialogue continuera, a indiqué son secrétaire général."
    )
    (claim,) = extract_claims(article(text))
    assert (claim.speaker, claim.alias, claim.how) == (
        "Jens Stoltenberg", "son secrétaire général", "title"
    )


def test_pronoun_ignores_grammatical_gender():
    # machine translation writes "il" for Wendy Sherman: the pronoun still means her
    text = (
        "La secrétaire adjointe, Wendy Sherman, a regretté que Moscou ne s’engage pas. "
        "« Il est difficile de dialoguer avec des soldats à la frontière », a-t-il souligné."
    )
    speakers = [c.speaker for c in extract_claims(article(text))]
    assert speakers == ["Wendy Sherman", "Wendy Sherman"]


def test_quote_with_no_cue_and_no_speaker_before_is_unknown():
    (claim,) = extract_claims(article("« Nous ne céderons jamais sur ce point », disait-on."))
    assert claim.speaker is None
    assert claim.speaker_type == "unknown"


def test_quote_spanning_sentences_is_one_claim():
    text = "« Il est possible de s’entendre sur les armements. Nous l’avons dit. » Fin."
    texts = [c.text for c in extract_claims(article(text))]
    assert len(texts) == 1 and "Nous l’avons dit" in texts[0]


def test_surname_in_one_outlet_is_full_name_from_another():
    a = article("Jens Stoltenberg a déclaré que le dialogue continuera.", "a")
    b = article("Stoltenberg a déclaré que la Russie doit désescalader.", "b")
    claims, speakers = resolve_speakers([a, b])
    assert {c.speaker for c in claims} == {"Jens Stoltenberg"}
    (speaker,) = speakers
    assert speaker.counts == (("a", 0, 1), ("b", 0, 1))
    assert speaker.aliases == ("Jens Stoltenberg", "Stoltenberg")


def test_institution_and_person_never_merge():
    a = article("L’OTAN a indiqué qu’elle ne changerait rien. "
                "Jens Stoltenberg a déclaré que l’OTAN ne changerait rien.", "a")
    claims, speakers = resolve_speakers([a])
    assert {(s.name, s.type) for s in speakers} == {
        ("OTAN", "institution"), ("Jens Stoltenberg", "person")
    }


def _claim(aid: str, text: str, kind: str = "direct", speaker: str = "X Y") -> Claim:
    return Claim(aid, 0, text, kind, "a déclaré", speaker, "person", speaker)


def test_group_and_fidelity():
    full = "Nous sommes prêts à contrôler les armements avec la Russie et ses voisins"
    claims = [
        _claim("a", full),
        _claim("b", "Nous sommes prêts à contrôler les armements avec la Russie"),
        _claim("c", "La météo sera belle demain sur toute la côte normande"),
    ]
    (group,) = group_claims(claims)
    assert [c.article for c in group.claims] == ["a", "b"]
    assert group.fidelity == ("verbatim", "shortened")
    assert fidelity([_claim("a", full), _claim("b", full.replace("prêts", "disposés"))]) == (
        "verbatim", "reworded")
    # The same quote in English is a translation, not a paraphrase.
    english = "We are ready to control arms with Russia and its neighbours, and we will do it"
    assert fidelity([_claim("a", english), _claim("b", full)]) == ("verbatim", "translated")


def test_same_article_or_other_speaker_never_groups():
    text = "Nous sommes prêts à contrôler les armements avec la Russie"
    assert group_claims([_claim("a", text), _claim("a", text)]) == ()
    assert group_claims([_claim("a", text), _claim("b", text, speaker="Z W")]) == ()


def test_select_speaker_folds_case_and_accents_and_rejects_unknown():
    claims, speakers = resolve_speakers(
        [article("Sergueï Riabkov a déclaré que la Russie attendra une réponse écrite.")]
    )
    assert select_speaker(claims, speakers, "SERGUEI riabkov") == claims
    with pytest.raises(UsageError) as err:
        select_speaker(claims, speakers, "nobody")
    assert "Sergueï Riabkov" in (err.value.hint or "")


def test_deterministic():
    from natocmp.corpus import load_articles

    articles = load_articles([])
    assert resolve_speakers(articles) == resolve_speakers(articles)


def speakers_of_text(text: str, language: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.speaker_type) for c in extract_claims(article(text, language=language))]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a title or office before a full name is not part of the name
        ("Health Secretary Joan Reilly said the wards would reopen.", "en",
         [("Joan Reilly", "person")]),
        ("Trade Commissioner Piet Hoekstra said the tariffs were lawful.", "en",
         [("Piet Hoekstra", "person")]),
        # an apposition after the surname: the name before it speaks, not a word inside it
        ("Reilly, a former Irish nurse, added that beds were short.", "en",
         [("Reilly", "person")]),
        ("Hoekstra, the Commission's trade chief, insisted that talks would go on.", "en",
         [("Hoekstra", "person")]),
        ("Garcia, une ancienne élue espagnole, a ajouté que le budget était voté.", "fr",
         [("Garcia", "person")]),
        # "selon" / "according to" an institution: the institution, named whole
        ("Selon la préfecture du Rhône, 4 000 personnes ont défilé.", "fr",
         [("préfecture du Rhône", "institution")]),
        ("D'après la RATP, le trafic sera normal demain matin.", "fr",
         [("RATP", "institution")]),
        ("According to the Met Office, the storm will weaken overnight.", "en",
         [("Met Office", "institution")]),
        ("Selon Marc Dupuis, le trafic sera normal demain matin.", "fr",
         [("Marc Dupuis", "person")]),
        # anonymous sources are unknown, by the guidelines
        ("Selon nos informations, le ministre va démissionner.", "fr", [(None, "unknown")]),
        ("Three officials said the deal was close.", "en", [(None, "unknown")]),
        ("Plusieurs responsables ont estimé que la grève durerait.", "fr", [(None, "unknown")]),
        # a group the text names is a collective speaker
        ("The port authority said the quay would reopen on Monday.", "en",
         [("port authority", "institution")]),
    ],
)
def test_speaker_forms(text, language, expected):
    assert speakers_of_text(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("« La ligne ne rouvrira pas avant lundi », a prévenu Luc Bernard, délégué syndical.",
         "fr", "Luc Bernard"),
        ("« Nous tiendrons jusqu’au bout », a promis Anne Roux, maire de la commune.", "fr",
         "Anne Roux"),
        ("« C'est un scandale absolu », a fustigé Paul Morin.", "fr", "Paul Morin"),
        ('"We will rebuild every home," vowed Kate Hill, the county executive.', "en",
         "Kate Hill"),
        ('"That is not a plan, it is a wish," quipped Omar Reyes.', "en", "Omar Reyes"),
        ('"We made mistakes in the first week," conceded Lena Park.', "en", "Lena Park"),
    ],
)
def test_postposed_name_after_less_common_reporting_verbs(text, language, speaker):
    # the verb must be a cue, else the quote falls back to an earlier speaker
    text = "Jean Valet a déclaré que tout allait bien. " + text
    claims = extract_claims(article(text, language=language))
    assert claims[-1].kind == "direct"
    assert claims[-1].speaker == speaker


def test_first_name_only_speaker():
    text = "Nadia, une infirmière du service, a raconté qu'elle avait travaillé trois nuits."
    assert speakers_of_text(text, "fr") == [("Nadia", "person")]


def test_pronoun_inside_a_quote_is_not_the_speaker():
    text = 'Helen Marsh said the bank lied. "He is a scapegoat," quipped a supporter.'
    assert speakers_of_text(text, "en")[-1] == (None, "unknown")


# --- two sources, departments, noun cues, calls, speakers from context ---------------------


def test_two_sources_in_one_sentence_each_govern_their_own_figure():
    got = claims_of("La marche a compté 3 000 participants selon la mairie, 7 000 selon "
                    "les associations.")
    assert got == [
        ("reported", "La marche a compté 3 000 participants", "mairie", "institution"),
        ("reported", "7 000", "associations", "institution"),
    ]


def test_source_in_an_incise_still_governs_what_follows():
    got = claims_of("Les troupes massées à la frontière, qui, selon Kiev, pourraient "
                    "attaquer le pays.")
    assert got == [("reported", "pourraient attaquer le pays", "Kiev", "institution")]


def test_contrast_gives_each_clause_its_own_speaker():
    got = claims_of("Mayor Lena Ortiz said the bridge was safe, while the engineers said "
                    "it needed urgent repairs.", language="en")
    assert got == [
        ("reported", "the bridge was safe", "Lena Ortiz", "person"),
        ("reported", "it needed urgent repairs", "engineers", "institution"),
    ]


def test_department_speaks_for_its_parent_and_a_later_bare_mention_too():
    got = claims_of("La direction de Norelec a indiqué que l'usine restera ouverte. "
                    "Le chômage partiel concernera 90 salariés selon la direction.")
    assert [(c[2], c[3]) for c in got] == [("Norelec", "institution"),
                                           ("Norelec", "institution")]


def test_noun_cues_take_the_possessor_or_the_complement():
    got = claims_of("Ana Ruiz's pledge that fares would be frozen until 2027 surprised the "
                    "council.", language="en")
    assert got and got[0][0] == "reported" and got[0][2] == "Ana Ruiz"
    got = claims_of("L'annonce de la RATP selon laquelle le métro circulera normalement "
                    "a rassuré les usagers.")
    assert got and got[0][2] == "RATP"
    # a noun with no owner, or "de" not after a possessive, is no cue
    assert claims_of("L'annonce de la fermeture a surpris les salariés de l'usine.") == []


def test_calls_are_claims_but_naming_is_not():
    got = claims_of("The federation calls for a ban on night flights.", language="en")
    assert got == [("reported", "a ban on night flights", "federation", "institution")]
    assert claims_of("What officials called the Rome Accord was signed on Friday.",
                     language="en") == []


def test_lone_quote_after_a_sentence_naming_someone_is_theirs():
    text = ("Léa Martin a parlé devant l'usine. « Je ne partirai pas sans réponse. »")
    assert claims_of(text)[-1][2] == "Léa Martin"


def test_speaker_before_a_dash_or_colon_owns_the_quote():
    got = claims_of("Ultime mise en garde de Hugo Lenoir : « aucune dérogation ne sera "
                    "accordée cette année ».")
    assert got == [("direct", "aucune dérogation ne sera accordée cette année",
                    "Hugo Lenoir", "person")]


def test_accented_name_after_a_title_keeps_its_accents():
    got = claims_of("Le délégué syndical Noël Bérard a répondu que « rien n'est réglé "
                    "pour nous ».")
    assert got[0][2] == "Noël Bérard"
