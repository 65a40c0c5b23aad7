"""Attributed statements and their speakers (``natocmp claims``, ``speakers``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Claim:
    """One attributed statement: a direct quote or a reported-speech clause, with its speaker.

    ``text`` is the claim itself (the words inside the quotation marks, or the reported
    clause), verbatim; parts of a claim interrupted by its cue are joined by " … ".
    ``alias`` is how the speaker is named where the claim is attributed ("il", "le chef du
    bloc", "Stoltenberg"); ``speaker`` is the canonical name, or None when unresolved.
    """

    article: str
    sentence_index: int
    text: str
    kind: str  # "direct" | "reported"
    cue: str | None  # the reporting words as written ("a-t-il déclaré", "selon"), None if none
    speaker: str | None
    speaker_type: str  # "person" | "institution" | "unknown"
    alias: str | None
    how: str = ""  # how the speaker was resolved: name, surname, title, pronoun, previous, …
    # Another article's id when only that article tied the alias to the speaker (a surname or
    # title this article never gives in full); None when the article itself says who it is.
    speaker_from: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker across the corpus: canonical name, type, names seen, claims per article."""

    name: str
    type: str  # "person" | "institution"
    aliases: tuple[str, ...]
    counts: tuple[tuple[str, int, int], ...]  # (article id, direct claims, reported claims)


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """The same statement by one speaker as several outlets report it.

    ``fidelity`` gives, per claim, "verbatim", "shortened" or "reworded" against the longest
    wording of the group (direct quotes only; None for reported claims).
    """

    id: str
    speaker: str | None
    claims: tuple[Claim, ...]
    fidelity: tuple[str | None, ...]
    score: float  # the lowest pairwise similarity that joined the group (0..100)
