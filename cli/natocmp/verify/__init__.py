"""``natocmp verify``: every quote of a primary source checked against the source.

Steps, one module each: ``source`` (a transcript as speaker turns), ``passages`` (normalised
tokens, where a quote's words are), ``classify`` (verbatim / trimmed / altered and the typed
differences), ``semantic`` (the embedder hook for quotes across languages), ``check``
(claims in, verdicts and per-outlet counts out), ``results`` (the frozen result objects).
"""

from __future__ import annotations

from natocmp.verify.check import verify_quotes
from natocmp.verify.results import FAILING, VERDICTS, OutletCounts, QuoteCheck, VerifyResult
from natocmp.verify.source import Turn, TurnReader, speaker_turns

__all__ = [
    "FAILING",
    "VERDICTS",
    "OutletCounts",
    "QuoteCheck",
    "Turn",
    "TurnReader",
    "VerifyResult",
    "speaker_turns",
    "verify_quotes",
]
