"""``group_links``: consistent claim groups from pairwise sentence links (``natocmp compare``).

The rule (``natocmp.compare`` step 2): links are taken strongest first; a link joins its
sentences into one group, merging the groups they are in, only if afterwards every article
has one member and every member (and every sentence that joins a member on its own) is
directly linked to more than ``cohesion`` of the group's other members. Then each linked
sentence still alone joins the group it is most linked to, if linked to at least ``attach``
of its members.

How it stays near linear: a group keeps, for each member, the members it is linked to, so
a link is judged from the sentences it brings (the smaller groups' and its own new ones)
and their links, never by re-reading the group it joins. A merge moves the smaller groups
into the largest (each sentence moves O(log n) times), and the members linked to fewest
others are read from a heap. Re-reading the whole group for every link made one long
article with thousands of linked sentences quadratic (issue 17, fuzz seed 3600: 58 s for
62,637 links; the groups are the same). It does not align and does not judge.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable

from natocmp.models import MemberLink

Node = tuple[str, int]  # (article id, sentence index)


class _Group:
    """One group being built: its members, which members are linked, and its current id
    (the position of the last link that merged into it: ids order the groups as before)."""

    __slots__ = ("cid", "members", "partners", "heap", "pushed", "size", "version")

    def __init__(self, cid: int) -> None:
        self.cid = cid
        self.members: dict[str, set[int]] = {}  # article → sentence indices
        self.partners: dict[str, set[str]] = {}  # article → the member articles it links to
        self.heap: list[tuple[int, str]] = []  # (partners, article), stale entries left in
        self.pushed: dict[str, int] = {}  # the count each member's live entry holds
        self.size = 0  # sentences
        self.version = 0  # changes with every merge into the group

    def push(self, art: str) -> None:
        count = len(self.partners[art])
        if self.pushed.get(art) != count:  # one live entry per member
            self.pushed[art] = count
            heapq.heappush(self.heap, (count, art))

    def least_linked(self, besides: set[str]) -> int | None:
        """The fewest partners of a member not in ``besides`` (None: no such member).
        Partners only grow, so an entry below its member's count is stale for good."""
        aside = []
        found = None
        while self.heap:
            count, art = self.heap[0]
            if art not in self.partners or count != len(self.partners[art]):
                heapq.heappop(self.heap)
            elif art in besides:
                aside.append(heapq.heappop(self.heap))
            else:
                found = count
                break
        for entry in aside:
            heapq.heappush(self.heap, entry)
        return found


def group_links(
    links: Iterable[MemberLink], *, cohesion: float = 0.5, attach: float = 0.5
) -> list[dict[str, tuple[int, ...]]]:
    """Consistent groups from pairwise links: each a mapping article id → sentence indices.

    Links are taken strongest first (ties: article ids, then indices). A link merges the
    groups its sentences are in only if each article keeps one member and each member stays
    linked to more than ``cohesion`` of the other members; then lone linked sentences attach
    (``attach``). Sentences still alone are left out (the caller makes them unique groups).

    >>> L = MemberLink
    >>> group_links([L("a", "b", (0,), (0,), 80), L("b", "c", (0,), (0,), 70)])
    [{'a': (0,), 'b': (0,), 'c': (0,)}]
    """
    links = sorted(links, key=lambda k: (-k.score, k.a, k.b, k.a_indices, k.b_indices))
    # Which sentences of two articles any link joins: the "directly linked" relation.
    adjacency: dict[Node, set[Node]] = defaultdict(set)
    for k in links:
        for i in k.a_indices:
            for j in k.b_indices:
                adjacency[k.a, i].add((k.b, j))
                adjacency[k.b, j].add((k.a, i))
    group_of: dict[Node, _Group] = {}
    groups: dict[int, _Group] = {}  # by id, in the order they were last merged into
    refused: set[tuple[tuple[int, int], ...]] = set()  # groups a link with no new sentence
    for n, k in enumerate(links):
        _take(n, k, adjacency, group_of, groups, refused, cohesion)
    _attach_leftovers(links, adjacency, group_of, attach)
    return [
        {art: tuple(sorted(idx)) for art, idx in sorted(g.members.items())} for g in groups.values()
    ]


def _take(
    n: int,
    k: MemberLink,
    adjacency: dict[Node, set[Node]],
    group_of: dict[Node, _Group],
    groups: dict[int, _Group],
    refused: set[tuple[tuple[int, int], ...]],
    share: float,
) -> None:
    """Apply link ``k`` (the ``n``-th strongest) if the group it makes is consistent."""
    nodes = list(dict.fromkeys(_nodes(k)))
    touched = sorted(
        {id(g): g for node in nodes if (g := group_of.get(node))}.values(), key=lambda g: g.cid
    )
    new = [node for node in nodes if node not in group_of]
    key = tuple((g.cid, g.version) for g in touched)
    if not new and key in refused:
        return  # the same groups, unchanged since this merge was refused
    # (a) one member per article: two groups holding a member of one article never merge
    big = max(touched, key=lambda g: g.size) if touched else None
    arts: set[str] = set()
    for g in touched:
        if g is big:
            continue
        for art in g.members:
            if art in arts or art in big.members:
                refused.add(key)
                return
            arts.add(art)

    def member(art: str) -> set[int] | None:
        for g in touched:
            if art in g.members:
                return g.members[art]
        return None

    # The sentences a side adds to a member it shares none with join that member on their
    # own (headline, lead and body often repeat one claim) and must be cohesive alone.
    joined: list[Node] = []
    added: dict[str, set[int]] = defaultdict(set)
    for art, side in ((k.a, k.a_indices), (k.b, k.b_indices)):
        old = member(art)
        if (old is not None or art in added) and not any(
            (old is not None and i in old) or i in added[art] for i in side
        ):
            joined += [(art, i) for i in side]
        added[art].update(i for i in side if old is None or i not in old)
    touched_ids = {id(g) for g in touched}
    new_set = set(new)

    def inside(node: Node) -> bool:
        g = group_of.get(node)
        return (g is not None and id(g) in touched_ids) or node in new_set

    # (b) cohesion: the member links the merge adds, read from the smaller side only
    gained: dict[str, set[str]] = defaultdict(set)
    sources = [(art, i) for g in touched if g is not big for art, s in g.members.items() for i in s]
    for v in sources + new:
        for w in adjacency[v]:
            if w[0] != v[0] and inside(w):
                gained[v[0]].add(w[0])
                gained[w[0]].add(v[0])
    all_arts = set(arts) | set(added) | (set(big.members) if big else set())
    need = math.floor(share * (len(all_arts) - 1) + 1e-9) + 1

    def partners(art: str) -> set[str]:
        for g in touched:
            if art in g.partners:
                return g.partners[art]
        return set()

    ok = all(
        len(partners(x) | gained.get(x, set())) >= need
        for x in set(gained) | all_arts
        if big is None or x not in big.members or x in gained
    )
    if ok and big is not None:
        least = big.least_linked(set(gained))
        ok = least is None or least >= need
    if ok:
        for v in joined:
            reach = {w[0] for w in adjacency[v] if inside(w)} - {v[0]}
            if len(reach) < need:
                ok = False
                break
    if not ok:
        if not new:
            refused.add(key)
        return
    # Accepted: the smaller groups and the new sentences move into the largest group.
    target = big if big is not None else _Group(n)
    moved: set[str] = set()  # members of the smaller groups: in the target's heap from now
    for g in touched:
        del groups[g.cid]
        if g is target:
            continue
        for art, indices in g.members.items():
            target.members[art] = indices
            target.partners[art] = g.partners[art]
            moved.add(art)
            for i in indices:
                group_of[art, i] = target
        target.size += g.size
    for art, indices in added.items():
        target.members.setdefault(art, set()).update(indices)
        target.partners.setdefault(art, set())
        for i in indices:
            if (art, i) not in group_of:
                group_of[art, i] = target
                target.size += 1
    for x, ys in gained.items():
        target.partners[x] |= ys
    for art in target.members if target is not big else set(gained) | set(added) | moved:
        target.push(art)
    target.cid = n
    target.version += 1
    groups[n] = target


def _attach_leftovers(
    links: list[MemberLink],
    adjacency: dict[Node, set[Node]],
    group_of: dict[Node, _Group],
    share: float,
) -> None:
    """Give a linked sentence that no merge could take the group it is most linked to.

    A lone sentence joins one group and merges nothing, so it cannot chain two claims; it
    joins when linked to at least ``share`` of the group's members (rounded up), else it
    stays a unique claim.
    """
    seen: set[Node] = set()
    for k in links:  # strongest first, so each sentence is tried in the order of its best link
        for node in _nodes(k):
            if node in group_of or node in seen:
                continue
            seen.add(node)
            linked: dict[int, tuple[_Group, set[str]]] = {}
            for w in adjacency[node]:
                g = group_of.get(w)
                if g is not None:
                    linked.setdefault(g.cid, (g, set()))[1].add(w[0])
            best: tuple[int, _Group] | None = None
            for cid in sorted(linked):
                g, arts = linked[cid]
                if node[0] in g.members:
                    continue  # the article already tells this claim in another sentence
                if len(arts) >= math.ceil(share * len(g.members) - 1e-9) and (
                    best is None or len(arts) > best[0]
                ):
                    best = (len(arts), g)
            if best is not None:
                best[1].members.setdefault(node[0], set()).add(node[1])
                group_of[node] = best[1]


def _nodes(k: MemberLink) -> list[Node]:
    return [(k.a, i) for i in k.a_indices] + [(k.b, j) for j in k.b_indices]
