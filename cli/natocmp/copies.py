"""Wire copies inside ``compare``: which articles of a story are copies, and where their
sentences go.

A story above ``block_max_articles`` articles may hold the copies of one dispatch
(``natocmp.dedup`` finds them). ``natocmp.compare`` aligns each copy with its
representative only; ``attach_copies`` puts the copy's sentences into the groups of the
representative's sentences they align with, since a copy linked to one member cannot pass
the cohesion rule of ``group_links``. It does not align and does not judge.
"""

from __future__ import annotations

from collections.abc import Sequence

from natocmp.models import Article, MemberLink

Node = tuple[str, int]  # (article id, sentence index)


def representatives(
    by_id: dict[str, Article], stories: Sequence[tuple[str, ...]], limit: int
) -> dict[str, str]:
    """Copy → representative, within each story of more than ``limit`` articles.

    Up to ``limit`` articles blocking is lossless and every pair is aligned, so nothing
    changes there; above it, the copies of one dispatch would fill every index entry
    (each term is in each copy) and no pair of them would be aligned.
    """
    from natocmp.dedup import near_duplicates

    rep_of: dict[str, str] = {}
    for story in stories:
        if len(story) > limit:
            found = near_duplicates([by_id[x] for x in story])
            rep_of.update((x, r) for x, r in found.items() if r != x)
    return rep_of


def attach_copies(
    clusters: list[dict[str, tuple[int, ...]]],
    copy_links: Sequence[MemberLink],
    copies: Sequence[str],
    by_id: dict[str, Article],
) -> list[dict[str, tuple[int, ...]]]:
    """Each copy's sentences join the group of the representative's sentence they align with.

    A copy is aligned with its representative alone, so it cannot pass the cohesion rule
    of ``group_links`` (linked to most members) in a group of copies: it stands in for its
    representative instead. A representative's sentence in no group yet starts one with
    its copies. Links are taken strongest first; a copy keeps one member per group and a
    sentence in one group. When a link joins representative sentences of two groups (a
    copy that dropped the heading gets heading and lead aligned to its lead), the copy's
    sentences go to the group whose representative sentences share most of their terms.
    Sentences the representative does not have (it dropped them) are grouped across the
    copies that have them word for word (``normalize``d).
    """
    from natocmp.normalize import normalize

    group_of: dict[Node, int] = {}
    out: list[dict[str, set[int]]] = []
    for cluster in clusters:
        for art, indices in cluster.items():
            for i in indices:
                group_of[art, i] = len(out)
        out.append({art: set(indices) for art, indices in cluster.items()})
    placed: set[Node] = set()
    ordered = sorted(copy_links, key=lambda k: (-k.score, k.a, k.b, k.a_indices, k.b_indices))
    for k in ordered:
        if any((k.b, j) in placed for j in k.b_indices):
            continue
        found = sorted({group_of[k.a, i] for i in k.a_indices if (k.a, i) in group_of})
        if len(found) > 1:
            found = [_closest(k, found, out, by_id)]
        if found:
            cid = found[0]
        else:
            cid = len(out)
            out.append({k.a: set(k.a_indices)})
            for i in k.a_indices:
                group_of[k.a, i] = cid
        if k.b in out[cid]:
            continue  # this copy already tells the claim in another sentence of the group
        out[cid][k.b] = set(k.b_indices)
        placed.update((k.b, j) for j in k.b_indices)
    alone: dict[str, dict[str, set[int]]] = {}
    for x in copies:
        for sentence in by_id[x].sentences:
            if (x, sentence.index) not in placed:
                alone.setdefault(normalize(sentence.text), {}).setdefault(x, {sentence.index})
    # A sentence of one copy alone is left out: the caller makes it a unique group.
    out += [c for c in alone.values() if len(c) > 1]
    return [{art: tuple(sorted(idx)) for art, idx in sorted(c.items())} for c in out]


def _closest(
    k: MemberLink, found: list[int], groups: list[dict[str, set[int]]], by_id: dict[str, Article]
) -> int:
    """Of the groups a one-to-many link reaches, the one whose sentences of the
    representative share most content terms with the copy's (then the first)."""
    from natocmp.align import profile

    copy = by_id[k.b]
    mine = {t for j in k.b_indices for t in profile(copy.sentences[j]).terms}
    rep = by_id.get(k.a)

    def shared(cid: int) -> int:
        if rep is None:
            return 0
        texts = [rep.sentences[i] for i in sorted(groups[cid].get(k.a, ()))]
        return len(mine & {t for s in texts for t in profile(s).terms})

    return max(found, key=lambda cid: (shared(cid), -cid))
