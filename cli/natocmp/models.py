"""Plain, frozen data passed between the stages of natocmp.

Only data lives here: no parsing, no scoring, no rendering. Every object is immutable,
built in a deterministic order, and turned into records by ``natocmp.render.records``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A word as `list` counts it (count_words); framing indexes a sentence's words with it.
WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_WORD = WORD


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of a cleaned article: a sentence, or a heading (title, subheading).

    ``start``/``end`` are character offsets into ``Article.text`` (end exclusive), so
    ``article.text[s.start:s.end] == s.text`` always holds.
    """

    index: int
    text: str
    kind: str  # "sentence" | "heading"
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Dropped:
    """A piece of the raw page removed by cleaning, with the rule that removed it."""

    line: int  # 1-based line of the raw text it came from
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded, cleaned and segmented article with its metadata.

    ``provenance`` says how each metadata value was established (manifest, front matter,
    copyright line, dateline, detected, …), so a user can check it.
    """

    id: str
    title: str | None
    outlet: str | None
    date: str | None  # ISO YYYY-MM-DD, or None when the text does not establish it
    language: str  # "fr", "en", or "und" when neither is recognised
    source: str  # where it came from: "seed:000", a path, "-" for stdin
    url: str | None
    text: str  # the cleaned text the sentences index into
    sentences: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...]
    encoding: str = "utf-8"
    provenance: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # The news agency the text credits (a wire copy: "AFP", "AP", "Reuters"), apart from the
    # outlet that republished it; None when the text credits none.
    wire: str | None = None
    # Where the dateline places the story ("Brussels", "Nairobi, Kenya"), else None.
    place: str | None = None

    @property
    def words(self) -> int:
        return sum(count_words(s.text) for s in self.sentences)


def count_words(text: str) -> int:
    """Count words the way ``list`` reports them: runs of letters or digits.

    >>> count_words("L’OTAN a proposé 100 000 soldats.")
    6
    """
    return len(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Difference:
    """One typed way two aligned sentences differ, with both sides' values.

    ``kind`` is one of: number, date, entity, speaker, negation, hedge (more may be added).
    ``a``/``b`` are the values as written on each side ("" when a side has none).
    """

    kind: str
    a: str
    b: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text in one sentence: characters [start, end) of that text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """The figures an alignment score rests on (each 0–1), and the content terms shared."""

    overlap: float
    containment: float
    bigrams: float
    token_set: float
    shared: tuple[str, ...]
    similarity: float = 0.0  # the weighted sum of the four evidences, 0–100
    best_ratio: float = 0.0  # similarity / the best similarity of either sentence (max of two)
    # The two sentences' embedding cosine (``--semantic``), None in the fuzzy mode. Raw:
    # e5 cosines sit in 0.7–1.0, so the calibrated score, not this, decides.
    cosine: float | None = None


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Sentences of A and of B carrying one claim, with the verdict and what differs."""

    a_indices: tuple[int, ...]
    a_text: str
    b_indices: tuple[int, ...]
    b_text: str
    score: float
    label: str  # "agree" | "diverge"
    differences: tuple[Difference, ...]
    a_spans: tuple[Span, ...]  # words of a_text that b_text lacks
    b_spans: tuple[Span, ...]
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class DiffResult:
    """``natocmp diff A B``: aligned pairs, then what only A and only B say."""

    a: Article
    b: Article
    params: tuple[tuple[str, object], ...]
    pairs: tuple[AlignedPair, ...]
    only_a: tuple[Sentence, ...]
    only_b: tuple[Sentence, ...]

    @property
    def identical(self) -> bool:
        return not self.only_a and not self.only_b and all(p.label == "agree" for p in self.pairs)


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


@dataclass(frozen=True, slots=True)
class Member:
    """One article's part in a compare group: its sentence(s) carrying the group's claim.

    ``status`` is "agree" (no typed difference with any other member), "diverge" (at least
    one), or "unique" (the only member). ``spans`` are the words of ``text`` that the group's
    central sentence lacks (empty for the central member itself).
    """

    article: str
    indices: tuple[int, ...]
    text: str
    status: str
    central: bool
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class MemberLink:
    """A pairwise alignment (``natocmp diff``) joining two members of one compare group."""

    a: str
    b: str
    a_indices: tuple[int, ...]
    b_indices: tuple[int, ...]
    score: float


@dataclass(frozen=True, slots=True)
class MemberDifference:
    """A typed difference between the members of articles ``a`` and ``b`` of a group."""

    a: str
    b: str
    difference: Difference


@dataclass(frozen=True, slots=True)
class CompareGroup:
    """One claim as told by the outlets that report it (``natocmp compare``).

    Named apart from ``ClaimGroup`` (one speaker's statement across outlets, ``claims``).
    ``label`` is "agree", "diverge" or "unique"; members are sorted by article id, one per
    article at most.
    """

    id: str
    label: str
    members: tuple[Member, ...]
    differences: tuple[MemberDifference, ...]
    links: tuple[MemberLink, ...]


@dataclass(frozen=True, slots=True)
class OutletSummary:
    """Per article: claims reported, claims only it reports, majority claims it leaves out."""

    article: str
    reported: int
    unique: int
    omitted: tuple[str, ...]  # ids of groups most compared outlets report and this one does not
    diverging: int


@dataclass(frozen=True, slots=True)
class PairwiseAgreement:
    """Two outlets: groups both report, and on how many they agree or diverge."""

    a: str
    b: str
    shared: int
    agree: int
    diverge: int


@dataclass(frozen=True, slots=True)
class CompareResult:
    """``natocmp compare``: claim groups across all outlets, summaries, pairwise matrix."""

    articles: tuple[Article, ...]
    params: tuple[tuple[str, object], ...]
    groups: tuple[CompareGroup, ...]
    outlets: tuple[OutletSummary, ...]
    pairwise: tuple[PairwiseAgreement, ...]


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


@dataclass(frozen=True, slots=True)
class FlaggedSentence:
    """A sentence of one article with at least one framing marker, markers in text order."""

    article: str
    index: int
    text: str
    markers: tuple[Marker, ...]


@dataclass(frozen=True, slots=True)
class FramingSummary:
    """Per article: words, flagged sentences, markers by type and per 1,000 words."""

    article: str
    words: int
    sentences: int
    flagged: int
    counts: tuple[tuple[str, int], ...]  # (type, markers), every type in FRAMING order
    per_1000: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class FramingResult:
    """``natocmp framing``: flagged sentences of every article, then per-article summaries."""

    articles: tuple[Article, ...]
    params: tuple[tuple[str, object], ...]
    sentences: tuple[FlaggedSentence, ...]
    outlets: tuple[FramingSummary, ...]


@dataclass(frozen=True, slots=True)
class EventMention:
    """One dated mention of an event: where, the date expression, and how it was resolved.

    ``date`` is ISO (a day, an ISO week "2022-W02" or a month), None when unresolved;
    ``label`` is the event as this sentence names it; ``terms`` its stemmed content words.
    """

    article: str
    index: int
    text: str
    expression: str
    date: str | None
    how: str
    label: str
    terms: tuple[str, ...]
    kind: str  # "event" (an event noun), "statement" (a reporting verb), "clause" (fallback)


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """An event as the articles date it; ``conflict`` when two articles give different days."""

    id: str
    date: str | None
    label: str
    mentions: tuple[EventMention, ...]
    dates: tuple[str, ...]  # the distinct days the mentions give, sorted
    conflict: bool


@dataclass(frozen=True, slots=True)
class TimelineResult:
    """``natocmp timeline``: events in date order, with the rule that grouped them."""

    articles: tuple[Article, ...]
    params: tuple[tuple[str, object], ...]
    events: tuple[TimelineEvent, ...]
