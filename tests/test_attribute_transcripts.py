"""Transcripts: speaker labels credit each first-person turn to its speaker; questions are not
claims; page furniture with colons is no transcript."""

from __future__ import annotations

from natocmp.attribute import extract_claims, resolve_speakers
from natocmp.attribute.transcripts import turns
from natocmp.models import Article
from natocmp.segment import split_sentences


def article(text: str, aid: str = "t") -> Article:
    return Article(aid, None, None, None, "en", aid, None, text, tuple(split_sentences(text)), ())


TRANSCRIPT = """Remarks by Director General Ana Sousa

Director General Ana Sousa spoke after the board meeting.

DIRECTOR GENERAL: Thank you. We agreed today to double the relief budget for the region.

Q: Will the money arrive before winter?

DIRECTOR GENERAL: I am confident it will. Our teams are already on the ground.

MODERATOR: We will take one more question later in the day.
"""


def test_each_first_person_turn_is_its_labelled_speakers_words():
    claims = extract_claims(article(TRANSCRIPT))
    assert [(c.text, c.speaker, c.kind, c.cue) for c in claims] == [
        (
            "We agreed today to double the relief budget for the region.",
            "Ana Sousa",
            "direct",
            "DIRECTOR GENERAL:",
        ),
        ("I am confident it will.", "Ana Sousa", "direct", "DIRECTOR GENERAL:"),
        ("Our teams are already on the ground.", "Ana Sousa", "direct", "DIRECTOR GENERAL:"),
    ]


def test_a_label_with_a_surname_resolves_to_the_named_person():
    text = (
        "Briefing with Deputy Secretary Paul Okafor\n\n"
        "DEPUTY SECRETARY OKAFOR: We will not accept these terms as they stand.\n\n"
        "QUESTION: What happens next?\n\n"
        "DEPUTY SECRETARY OKAFOR: We keep talking, and I will report to the minister.\n"
    )
    claims, speakers = resolve_speakers([article(text)])
    assert {c.speaker for c in claims} == {"Paul Okafor"}
    assert not any(c.text.endswith("?") for c in claims)


def test_an_unresolved_label_names_nobody():
    text = "SPEAKER ONE: We will keep the plant open all year.\n\nQ: Why?\n"
    (claim,) = extract_claims(article(text))
    assert claim.speaker is None and claim.alias == "SPEAKER ONE"


def test_page_furniture_with_colons_is_no_transcript():
    text = (
        "PHOTO: A crane at the port, at dawn.\n\n"
        "READ MORE: Dockers vote on the new contract.\n\n"
        "The port reopened on Monday after a week of strikes.\n"
    )
    assert turns(article(text)) == {}
