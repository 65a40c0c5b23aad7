"""The same statement across outlets (grouping and quote fidelity), and selecting a speaker."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from natocmp.models import Claim, ClaimGroup, Speaker

# 66: on the seeds, token_set_ratio over content words puts the lowest pair of outlets
# reporting the same statement at 72.7 and the highest pair of different statements by the
# same speaker at 60.0; 66 sits midway. Claims under MIN_GROUP_WORDS content words never
# group: a token-set score of a two-word fragment against anything containing it is 100.
GROUP_THRESHOLD = 66.0
MIN_GROUP_WORDS = 4


def content_text(text: str) -> str:
    """The processor for grouping: stemmed content words, stop words out."""
    from natocmp.normalize import content_words

    return " ".join(content_words(text))


def group_claims(
    claims: Sequence[Claim], *, threshold: float = GROUP_THRESHOLD
) -> tuple[ClaimGroup, ...]:
    """Claims of one speaker in different articles that carry the same statement.

    Similarity is RapidFuzz ``token_set_ratio`` with ``content_text`` as processor (robust
    to one outlet quoting more of the sentence than another); groups are single-link components
    and only kept when they span at least two articles. Group ids are "g1", "g2", … in
    text order, so output is deterministic.
    """
    from rapidfuzz import fuzz

    parent = list(range(len(claims)))
    score: dict[int, float] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if a.speaker is None or a.speaker != b.speaker or a.article == b.article:
                continue
            if min(len(content_text(a.text).split()), len(content_text(b.text).split())) < (
                MIN_GROUP_WORDS
            ):
                continue
            s = fuzz.token_set_ratio(a.text, b.text, processor=content_text)
            if s >= threshold:
                ri, rj = root(i), root(j)
                if ri != rj:
                    parent[rj] = ri
                    score[ri] = min(score.get(ri, 100.0), score.pop(rj, 100.0), s)
    return components_to_groups(claims, root, score)


def components_to_groups(
    claims: Sequence[Claim], root: Callable[[int], int], score: dict[int, float]
) -> tuple[ClaimGroup, ...]:
    """The groups of joined claims (``root`` names each claim's component, ``score`` its
    weakest link) that span at least two articles, numbered "g1", "g2", … in text order."""
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        members[root(i)].append(i)
    groups: list[ClaimGroup] = []
    for r, idx in sorted(members.items(), key=lambda kv: kv[1][0]):
        if len({claims[i].article for i in idx}) < 2:
            continue
        group = tuple(claims[i] for i in idx)
        groups.append(
            ClaimGroup(
                id=f"g{len(groups) + 1}",
                speaker=group[0].speaker,
                claims=group,
                fidelity=fidelity(group),
                score=round(score.get(r, 100.0), 1),
            )
        )
    return tuple(groups)


def fidelity(group: Sequence[Claim]) -> tuple[str | None, ...]:
    """Per direct quote: verbatim, shortened, reworded or translated (another language
    than the group's longest quote) against the group's longest quote."""
    from natocmp.metadata import detect_language
    from natocmp.worddiff import tokens, word_diff

    direct = [c for c in group if c.kind == "direct"]
    if not direct:
        return tuple(None for _ in group)
    ref = max(direct, key=lambda c: len(tokens(c.text)))  # the first of the longest
    ref_language = detect_language(ref.text)
    out: list[str | None] = []
    for c in group:
        if c.kind != "direct":
            out.append(None)
            continue
        language = detect_language(c.text)
        if "und" not in (language, ref_language) and language != ref_language:
            out.append("translated")
            continue
        d = word_diff(ref.text, c.text)
        if not d.a_spans and not d.b_spans:
            out.append("verbatim")
        elif not d.b_spans:
            out.append("shortened")  # every word of this wording is in the longest one
        else:
            out.append("reworded")
    return tuple(out)


def select_speaker(
    claims: Sequence[Claim], speakers: Sequence[Speaker], query: str
) -> tuple[Claim, ...]:
    """Claims of the speaker(s) whose name or an alias matches ``query`` (folded, whole words).

    Raises:
        UsageError: no speaker matches; the hint lists the known speakers.
    """
    from natocmp.errors import UsageError
    from natocmp.normalize import normalize

    q = normalize(query)
    names = {
        s.name
        for s in speakers
        # Whole words of the folded name (``normalize`` leaves words and single spaces): a
        # string test, so no pattern is built from what the user typed.
        if any(q and f" {q} " in f" {normalize(n)} " for n in (s.name, *s.aliases))
    }
    if not names:
        known = ", ".join(s.name for s in speakers[:12]) or "none"
        raise UsageError(f"no speaker matches {query!r}", hint=f"known speakers: {known}")
    return tuple(c for c in claims if c.speaker in names)
