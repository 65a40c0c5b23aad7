"""One speaker's statement across outlets, grouped by the aligner (``claims --semantic``).

``natocmp.attribute.group_claims`` links two claims of one speaker in two articles when
their wordings overlap (RapidFuzz ``token_set_ratio``). A translation or a paraphrase
shares few words, so with the semantic evidence two claims are also linked when the
sentences carrying them are aligned by ``natocmp.align`` (its calibrated score, cosine
included): no raw cosine threshold, and the group's score is the alignment's.

Groups are single-link components kept when they span at least two articles, numbered
"g1", "g2", … in claim order, as ``group_claims`` numbers them. It does not attribute.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from natocmp.align import AlignParams, align_articles
from natocmp.models import Article, Claim, ClaimGroup


def group_claims_aligned(
    claims: Sequence[Claim], articles: Sequence[Article], params: AlignParams
) -> tuple[ClaimGroup, ...]:
    """Claims of one speaker in different articles: same wording, or aligned sentences.

    Args:
        claims: the claims (as ``resolve_speakers`` returns them).
        articles: the articles they come from.
        params: alignment knobs, normally with ``semantic`` set.
    """
    from rapidfuzz import fuzz

    from natocmp.attribute import GROUP_THRESHOLD, MIN_GROUP_WORDS, content_text
    from natocmp.attribute.groups import components_to_groups

    by_id = {a.id: a for a in articles}
    parent = list(range(len(claims)))
    score: dict[int, float] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int, s: float) -> None:
        ri, rj = root(i), root(j)
        if ri != rj:
            ri, rj = min(ri, rj), max(ri, rj)
            parent[rj] = ri
            score[ri] = min(score.get(ri, 100.0), score.pop(rj, 100.0), s)

    # The aligned sentence pairs of every article pair in which one speaker has claims.
    speakers_in: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.speaker is not None:
            speakers_in[c.article].add(c.speaker)
    aligned: dict[tuple[str, int, str, int], float] = {}
    ids = sorted(speakers_in)
    for n, x in enumerate(ids):
        for y in ids[n + 1 :]:
            if not speakers_in[x] & speakers_in[y] or x not in by_id or y not in by_id:
                continue
            for link in align_articles(by_id[x], by_id[y], params):
                for i in link.a_indices:
                    for j in link.b_indices:
                        aligned[x, i, y, j] = link.score
                        aligned[y, j, x, i] = link.score
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if a.speaker is None or a.speaker != b.speaker or a.article == b.article:
                continue
            linked = aligned.get((a.article, a.sentence_index, b.article, b.sentence_index))
            if linked is not None:
                join(i, j, linked)
                continue
            words = min(len(content_text(a.text).split()), len(content_text(b.text).split()))
            if words < MIN_GROUP_WORDS:
                continue
            s = fuzz.token_set_ratio(a.text, b.text, processor=content_text)
            if s >= GROUP_THRESHOLD:
                join(i, j, s)
    return components_to_groups(claims, root, score)
