"""A marked span of one sentence (negation, hedge, framing marker): what ``diff``'s typed
differences and ``framing`` both find, apart from either command's results."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Marker:
    """A marked span of one sentence: a negation, a hedge, or a framing marker, and why.

    ``type`` is "negation", "hedge", "evaluative", "scare_quote" or "context"; ``start``/
    ``end`` index into the sentence text; ``why`` names the lexicon entry or rule that fired.
    ``head`` is the stem of the word a negation or a hedging adjective bears on ("" if
    none); ``category`` refines an evaluative marker (loaded label, distancing,
    intensifier, emotive).
    """

    type: str
    span: str
    start: int
    end: int
    why: str
    head: str = ""
    category: str = ""
