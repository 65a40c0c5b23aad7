"""natocmp.verify: speaker turns, passage location, verdicts, and the hard cases of issue 15."""

from __future__ import annotations

import sys

import pytest

from natocmp.corpus import RawDocument, build_article
from natocmp.models import Claim
from natocmp.verify import speaker_turns, verify_quotes
from natocmp.verify.passages import quote_tokens

PRESS = """Press conference by Secretary General Jane Moor after the council

MODERATOR: Welcome. The Secretary General will answer your questions.

SECRETARY GENERAL JANE MOOR: We will not accept new threats. Our aim is peace, and our aim is \
unity. The budget will grow to 900 million next year.

Q: Ian Cole, City Radio. Are you ready to cut the budget by half?

SECRETARY GENERAL: No. The budget is not going to be cut. We are ready to talk.

DEPUTY SECRETARY GENERAL LEO PARK: We are ready to talk, and we are ready to listen. \
Our allies stand together.
"""


def art(text: str, aid: str = "a"):
    return build_article(RawDocument(id=aid, source=f"{aid}.txt", text=text))


def claim(text: str, speaker: str | None = "Jane Moor", kind: str = "direct",
          aid: str = "a", stype: str = "person") -> Claim:
    return Claim(aid, 1, text, kind, "said", speaker, stype if speaker else "unknown",
                 speaker, "name")


def check(text: str, speaker: str | None = "Jane Moor", *, source: str = PRESS,
          kind: str = "direct"):
    article = art("Title of a test article\n\nSomeone spoke on Monday to the press.", "a")
    result = verify_quotes(art(source, "src"), [article],
                           claims=[claim(text, speaker, kind)])
    assert len(result.checks) <= 1
    return result.checks[0] if result.checks else None


# --- speaker turns ---------------------------------------------------------------------------


def test_turns_follow_labels_and_titles():
    turns = speaker_turns(art(PRESS, "src"))
    assert [(t.label, t.speaker, t.role) for t in turns] == [
        ("MODERATOR", None, "moderator"),
        ("SECRETARY GENERAL JANE MOOR", "Jane Moor", "official"),
        ("Q", None, "question"),
        ("SECRETARY GENERAL", "Jane Moor", "official"),  # the title an earlier label named
        ("DEPUTY SECRETARY GENERAL LEO PARK", "Leo Park", "official"),
    ]


def test_french_labels_with_a_space_before_the_colon():
    text = ("Conférence de presse\n\nLA MINISTRE ANNE ROY : Bonjour. Nous agissons.\n\n"
            "QUESTION : Quand ?\n\nLA MINISTRE : Demain.\n\nLA MODÉRATRICE : Merci.")
    turns = speaker_turns(art(text))
    assert [(t.speaker, t.role) for t in turns] == [
        ("Anne Roy", "official"), (None, "question"), ("Anne Roy", "official"),
        (None, "moderator")]


def test_a_deputys_title_does_not_name_the_secretary_general():
    text = ("Briefing\n\nDEPUTY SECRETARY GENERAL LEO PARK: Hello there.\n\n"
            "SECRETARY GENERAL: Thank you all.")
    turns = speaker_turns(art(text))
    assert [t.speaker for t in turns] == ["Leo Park", None]


def test_source_without_labels_is_one_turn_of_the_person_the_heading_names():
    speech = "Speech by Mayor Ada Stone at the opening of the school\n\nWe open a school today."
    (turn,) = speaker_turns(art(speech))
    assert (turn.label, turn.speaker, turn.role) == (None, "Ada Stone", "official")
    (anon,) = speaker_turns(art("A statement on schools\n\nWe open a school today, it is good."))
    assert (anon.speaker, anon.role) == (None, "unknown")


def test_mixed_case_labels_with_a_title_and_a_parenthesis():
    text = ("Briefing\n\nElena Haas: We act now.\n\nQUESTION (Radio Alpen): When?\n\n"
            "Chief Medical Officer Karl Brandt: The season started early.")
    turns = speaker_turns(art(text))
    assert [(t.role, t.speaker and t.speaker.split()[-1]) for t in turns] == [
        ("official", "Haas"), ("question", None), ("official", "Brandt")]


def test_a_sentence_with_a_colon_is_not_a_label():
    text = "Briefing\n\nJANE MOOR: The plan is simple: we act. Our message is clear: no."
    assert len(speaker_turns(art(text))) == 1


# --- normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("We don’t agree", "we do not agree"),
    ("L’Alliance", "l'alliance"),
    ("8,000 troops", "8 000 troops"),
    ("« Nous agissons »", '"nous agissons"'),
    ("we’re ready", "we are ready"),
])
def test_typography_case_elisions_and_numbers_are_normalised(a, b):
    assert [t.form for t in quote_tokens(a)] == [t.form for t in quote_tokens(b)]


# --- verdicts --------------------------------------------------------------------------------


def test_verbatim_whatever_the_capital_at_the_start():
    c = check("the budget is not going to be cut")
    assert (c.verdict, c.turns, c.said_by) == ("verbatim", (3,), "Jane Moor")


def test_trimmed_shows_what_was_dropped():
    c = check("Our aim is peace and unity")
    assert (c.verdict, c.dropped) == ("trimmed", ("is peace, and [our aim is] unity",))
    c = check("We will not accept threats")
    assert c.verdict == "trimmed"
    assert c.dropped == ("will not accept [new] threats",)


def test_altered_number_with_the_word_diff():
    c = check("The budget will grow to 700 million next year")
    assert c.verdict == "altered"
    assert [(d.kind, d.a, d.b) for d in c.differences] == [("number", "900", "700")]
    assert c.added == ("700",) and c.removed == ("900",)


def test_altered_hedge_and_tense():
    hedge = check("The budget could grow to 900 million next year")
    assert hedge.verdict == "altered" and "hedge" in {d.kind for d in hedge.differences}
    tense = check("The budget grew to 900 million next year")
    assert tense.verdict == "altered" and "tense" in {d.kind for d in tense.differences}


def test_a_trim_that_drops_not_is_altered_not_trimmed():
    c = check("We will … accept new threats")
    assert c.verdict == "altered"
    assert [(d.kind, d.a) for d in c.differences] == [("negation", "not")]


def test_a_quote_starting_just_after_not_is_flagged():
    c = check("going to be cut")  # "The budget is not going to be cut"
    assert c.verdict == "altered"
    assert c.differences[0].kind == "negation"


def test_quote_split_into_two_fragments_is_verbatim():
    # attribution joins the parts of a quote interrupted by its cue with " … "
    c = check("We will not accept new threats … Our aim is peace")
    assert c.verdict == "verbatim"


def test_quote_merging_two_sentences_of_one_answer_is_trimmed():
    c = check("We will not accept new threats. The budget will grow to 900 million next year")
    assert c.verdict == "trimmed"
    assert c.dropped == (
        "accept new threats [Our aim is peace, and our aim is unity] The budget will",)


def test_quote_merging_two_answers_is_a_splice():
    c = check("The budget will grow to 900 million next year, the budget is not going to be cut")
    assert c.verdict == "altered"
    assert c.differences[0].kind == "splice"
    assert c.turns == (1, 3)


def test_same_words_spoken_by_two_people_go_to_the_one_credited():
    moor = check("We are ready to talk", "Jane Moor")
    park = check("We are ready to talk", "Leo Park")
    assert (moor.verdict, moor.said_by) == ("verbatim", "Jane Moor")
    assert (park.verdict, park.said_by) == ("verbatim", "Leo Park")


def test_another_officials_words_are_misattributed():
    c = check("Our allies stand together", "Jane Moor")
    assert (c.verdict, c.said_by) == ("misattributed", "Leo Park")


def test_a_journalists_question_is_misattributed():
    c = check("ready to cut the budget by half")
    assert (c.verdict, c.said_by_role) == ("misattributed", "question")


def test_not_found():
    c = check("We will leave the council next week")
    assert c.verdict == "not_found" and c.passage is None


def test_paraphrase_gives_score_and_evidence():
    c = check("the budget would grow to 900 million", kind="reported")
    assert c.verdict == "paraphrase"
    assert c.score >= 50 and "budget" in c.evidence


def test_a_paraphrase_names_a_changed_figure_and_not_a_negation_it_does_not_carry():
    # "900 million" said, "nine hundred" reported: the same; "800 million": a number
    # difference. The source sentence's other clause, "We will not accept…", is no part of
    # the claim, so it is no negation difference.
    source = PRESS.replace(
        "We will not accept new threats. Our aim is peace, and our aim is unity. The budget",
        "We will not accept new threats, and the budget",
    )
    assert "threats, and the budget will grow to 900 million" in source
    same = check("the budget would grow to nine hundred million next year", kind="reported",
                 source=source)
    assert same.verdict == "paraphrase" and same.differences == ()
    changed = check("the budget would grow to 800 million next year", kind="reported",
                    source=source)
    assert changed.verdict == "paraphrase"
    assert [(d.kind, d.a, d.b) for d in changed.differences] == [
        ("number", "900 million", "800 million")
    ]


def test_reported_claim_of_the_question_is_misattributed():
    c = check("she was ready to cut the budget by half", kind="reported")
    assert c.verdict == "misattributed"


def test_a_denied_claim_carried_by_the_question_is_a_paraphrase_of_the_answer():
    article = art("Title of a test article\n\nSomeone spoke on Monday to the press.", "a")
    denied = Claim("a", 1, "she was ready to cut the budget by half", "reported", "denied",
                   "Jane Moor", "person", "Moor", "surname")
    (c,) = verify_quotes(art(PRESS, "src"), [article], claims=[denied]).checks
    assert (c.verdict, c.turns, c.passage) == (
        "paraphrase", (3,), "No. The budget is not going to be cut")
    assert "denies" in c.why


def test_source_without_labels():
    speech = ("Speech by Mayor Ada Stone at the opening of the school\n\n"
              "We open a school today. It has 300 places, and it is not finished yet.")
    assert check("It has 300 places", "Ada Stone", source=speech).verdict == "verbatim"
    assert check("It has 400 places", "Ada Stone", source=speech).verdict == "altered"
    assert check("it is finished", "Ada Stone", source=speech).verdict == "altered"
    assert check("We open a school today", "Bo Lind", source=speech).verdict == "misattributed"


def test_claims_of_other_people_not_in_the_source_are_left_out():
    assert check("We will leave the council next week", "Bo Lind") is None
    assert check("We will leave the council next week", None) is None


def test_claims_credited_to_no_one_are_checked_when_found():
    c = check("The budget will grow to 900 million next year", None)
    assert c.verdict == "verbatim" and c.credited is None


def test_per_outlet_counts_every_class():
    src = art(PRESS, "src")
    a, b = art("One\n\nText here today.", "a"), art("Two\n\nText here today.", "b")
    result = verify_quotes(src, [a, b], claims=[
        claim("We will not accept new threats"), claim("We will leave the council next week"),
        claim("Our allies stand together", aid="b")])
    assert [(o.article, {k: n for k, n in o.counts if n}) for o in result.outlets] == [
        ("a", {"verbatim": 1, "not_found": 1}), ("b", {"misattributed": 1})]
    assert result.failing


# --- across languages (the embedder hook) ---------------------------------------------------


class Lexicon:
    """A stand-in embedder: one axis per listed meaning, so the test knows every cosine."""

    name, version = "test-lexicon", "1"
    MEANINGS = (("threats", "menaces"), ("budget", "budget"), ("talk", "parler"),
                ("allies", "alliés"))

    def embed(self, texts):
        out = []
        for t in texts:
            v = [float(any(w in t.lower() for w in pair)) for pair in self.MEANINGS] + [0.1]
            n = sum(x * x for x in v) ** 0.5
            out.append(tuple(x / n for x in v))
        return out


def test_translated_quotes_with_an_embedder_and_unchecked_without():
    fr = art("Titre\n\nLa secrétaire générale a parlé lundi, à Bruxelles, devant la presse.")
    assert fr.language == "fr"
    quotes = [Claim(fr.id, 1, "Nous n'accepterons pas de nouvelles menaces", "direct", "a dit",
                    "Jane Moor", "person", "Jane Moor", "name"),
              Claim(fr.id, 1, "Nos alliés sont unis", "direct", "a dit", "Jane Moor",
                    "person", "Jane Moor", "name")]
    src = art(PRESS, "src")
    without = verify_quotes(src, [fr], claims=quotes)
    assert [c.verdict for c in without.checks] == ["unchecked", "unchecked"]
    assert not without.failing
    with_ = verify_quotes(src, [fr], claims=quotes, embedder=Lexicon())
    assert [(c.verdict, c.said_by) for c in with_.checks] == [
        ("translated", "Jane Moor"), ("misattributed", "Leo Park")]


def test_semantic_without_the_embedder_is_a_usage_error_with_the_install_hint(monkeypatch):
    from natocmp.errors import UsageError
    from natocmp.verify.semantic import load_embedder

    monkeypatch.setitem(sys.modules, "natocmp.embed", None)  # as if not installed
    with pytest.raises(UsageError) as info:
        load_embedder()
    assert info.value.hint == "install the extra: pip install 'natocmp[semantic]'"


def test_deterministic():
    src = art(PRESS, "src")
    a = art("One\n\nText here today.", "a")
    claims = [claim("We will … accept new threats"), claim("Our allies stand together")]
    assert verify_quotes(src, [a], claims=claims) == verify_quotes(src, [a], claims=claims)
