"""Quotes, reported speech and who said them, in French and English news text.

``extract_claims(article)`` finds, sentence by sentence, direct quotes (« … », “ … ”, " … ",
partial quotes, quotes over several sentences, quotes interrupted by their cue) and
reported-speech clauses ("a déclaré que …", "…, a-t-il ajouté", "selon X, …", "ajoutant
que …", "X said …"), and names each one's speaker: a full name, a surname, a title the article
itself tied to a name ("le secrétaire général de l'OTAN, Jens Stoltenberg"), a pronoun or a
bare description resolved to the most recent speaker, or an institution / collective.
``resolve_speakers(articles)`` unifies speakers across articles (surname → full name, titles
learned in one outlet used in another) and counts them.

Deliberately not done: no parsing model, no grammatical-gender agreement (machine-translated
text gets "il"/"elle" wrong), no world knowledge (a description the corpus never ties to a name
stays unresolved unless it can only be the most recent speaker), and no guessing: a speaker
that cannot be resolved is ``None`` with type "unknown". Quoted spans under three words are
scare quotes (framing), not claims. Pure functions; no printing, no exit.

The steps, one module each: ``quotes`` (quoted spans), ``cues`` (reporting words),
``mentions`` (who a window of text names), ``resolution`` (pronouns, titles and descriptions
to people), ``speakers`` (the speaker of one cue), ``extract`` (the claims of an article),
``aliases`` (one speaker across articles), ``groups`` (one statement across outlets).
"""

from natocmp.attribute.aliases import resolve_speakers, speakers_of
from natocmp.attribute.extract import extract_claims
from natocmp.attribute.groups import (
    GROUP_THRESHOLD,
    MIN_GROUP_WORDS,
    content_text,
    fidelity,
    group_claims,
    select_speaker,
)
from natocmp.attribute.names import canonical_name
from natocmp.attribute.quotes import MIN_QUOTE_WORDS, quote_spans
from natocmp.attribute.resolution import learn

__all__ = [
    "GROUP_THRESHOLD",
    "MIN_GROUP_WORDS",
    "MIN_QUOTE_WORDS",
    "canonical_name",
    "content_text",
    "extract_claims",
    "fidelity",
    "group_claims",
    "learn",
    "quote_spans",
    "resolve_speakers",
    "select_speaker",
    "speakers_of",
]
