"""``natocmp compare``: group the sentences of N articles into claims told across outlets.

The groups are built from the pairwise alignments of ``natocmp diff`` (``align_articles``
on each pair of articles, with the same ``AlignParams``), made consistent across outlets:

1. **Blocking.** An inverted index maps each content term (``natocmp.align.profile``) to the
   articles using it; only article pairs sharing at least one indexed term are aligned.
   Terms found in more than ``block_max_articles`` articles are left out of the index (too
   common to say two articles tell the same story), so on corpora up to that size blocking
   is lossless: an article pair sharing no term cannot align (the aligner scores only
   sentence pairs sharing a term).
   **Stories.** Above that size (a folder mixing events), the articles are first grouped
   by event (``natocmp.stories.group_stories``) and blocking, grouping and the per-outlet
   omissions run inside each story: articles of two stories are never aligned, and the
   pairwise matrix lists the article pairs of one story only. Up to ``block_max_articles``
   articles nothing is split, so small comparisons are unchanged.
2. **Grouping** (``natocmp.grouping``). Pairwise links are taken strongest first. A link
   joins its sentences into one group, merging the groups they are already in, only if
   afterwards
   (a) every article still has one member: two groups that each hold a sentence of the same
   article never merge; a member holds several sentences when a one-to-many link put them
   together, or when a sentence not yet grouped joins its article's member (headline, lead
   and body often repeat one claim) and passes (b) on its own; and
   (b) every member is directly linked to *more than* ``cohesion`` of the group's other
   members (default 0.5: to most of them). Rule (b) is what stops a vague sentence from
   chaining two claims: it links to one member of each, not to most of the merged group,
   so the merge is refused. Plain connected components would have joined them.
   Then each linked sentence still alone joins the group it is most linked to, if linked
   to at least ``attach`` of its members: a lone sentence merges nothing, so it cannot chain.
3. **Verdicts.** Every two members of a group are compared with ``natocmp.verdict``; the
   group is "diverge" when some pair differs, "agree" otherwise, "unique" with one member.
   Sentences no link joins are unique groups of their own.

Output is independent of the order of the sources: articles are sorted by id, links are
taken in a fixed order, and groups are numbered in their sorted order, across stories when
split (ids stay "c001", "c002", …). It does not render; progress is reported through a
plain ``progress(done, total)`` callback over the article pairs aligned.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from natocmp.align import AlignParams, align_articles, profile
from natocmp.copies import attach_copies, representatives
from natocmp.grouping import group_links  # noqa: F401  (re-exported: natocmp.compare.group_links)
from natocmp.models import (
    Article,
    CompareGroup,
    CompareResult,
    Difference,
    Member,
    MemberDifference,
    MemberLink,
    OutletSummary,
    PairwiseAgreement,
    Span,
)

if TYPE_CHECKING:
    from natocmp.schedule import Scheduler

Node = tuple[str, int]  # (article id, sentence index)
Progress = Callable[[int, int], None]  # (done, total): the caller draws a bar, or nothing


@dataclass(frozen=True, slots=True)
class CompareParams:
    """The knobs of grouping across outlets, recorded in the JSON ``params``."""

    # Each member is linked to more than this share of the other members. 0.5 ("most") is
    # the rule the issue names; on the seed gold it keeps precision near the pairwise
    # aligner's where 0 (components, one member per article) halves it (docs/compare.md).
    cohesion: float = 0.5
    # A sentence left alone joins a group when linked to at least this share of its members.
    attach: float = 0.5
    # A term in more articles than this does not block: it says "same topic", not "same
    # story". Blocking is lossless on corpora of at most this many articles; above it, the
    # articles are grouped into stories first (natocmp.stories) and compared story by story.
    block_max_articles: int = 50

    def as_dict(self) -> dict[str, object]:
        return {
            "grouping": "strongest link first; one member per article; each member linked "
            "to more than `cohesion` of the others; lone sentences attach when linked to at "
            "least `attach` of a group",
            "cohesion": self.cohesion,
            "attach": self.attach,
            "blocking": "inverted index of content terms over articles",
            "block_max_articles": self.block_max_articles,
        }


def compare_articles(
    articles: Sequence[Article],
    *,
    params: AlignParams | None = None,
    compare_params: CompareParams | None = None,
    progress: Progress | None = None,
    scheduler: Scheduler | None = None,
) -> CompareResult:
    """Group the claims of several articles across outlets.

    Args:
        articles: the articles (ids unique, as ``load_articles`` returns them).
        params: alignment knobs, as for ``natocmp diff`` (defaults: the calibrated ones).
        compare_params: grouping knobs.
        progress: called as ``progress(done, total)`` as article pairs are aligned (with a
            ``scheduler``: as stories are done).
        scheduler: where the stories are compared (``natocmp.schedule``); None: here, one
            after another. The result is the same.

    Returns:
        A CompareResult: groups sorted by how many outlets report them (most first), then by
        the first member's article id and sentence index; ids "c001", "c002", … in that order.
    """
    params = params or AlignParams()
    compare_params = compare_params or CompareParams()
    ordered = tuple(sorted(articles, key=lambda a: (a.id, a.source)))
    by_id = {a.id: a for a in ordered}
    stories = _stories(ordered, compare_params.block_max_articles, scheduler)
    work = [tuple(by_id[x] for x in story) for story in stories]
    step = partial(_compare_story, params=params, compare_params=compare_params)
    if scheduler is None:
        # In this process, candidate pairs first, so that progress counts every aligned pair.
        planned = [_story_pairs(arts, compare_params.block_max_articles) for arts in work]
        total = sum(len(pairs) for _, pairs in planned)
        done = [0]

        def aligned() -> None:
            done[0] += 1
            if progress is not None:
                progress(done[0], total)

        parts = [
            step(arts, plan=plan, on_pair=aligned) for arts, plan in zip(work, planned, strict=True)
        ]
    else:
        # Each story's task carries its own sentences' vectors, not the corpus's (every
        # vector in every task made the graph grow with the corpus squared).
        items = [(arts, _story_params(params, arts)) for arts in work]
        task = partial(_compare_story_item, compare_params=compare_params)
        parts = scheduler.map(task, items, progress=progress)
    # Groups are numbered across stories in one sorted order; no two share a first sentence.
    keyed = sorted((key for part in parts for key in part.groups), key=lambda kg: kg[0])
    groups = tuple(replace(g, id=f"c{n:03d}") for n, (_, g) in enumerate(keyed, 1))
    aligned_pairs = sum(part.pairs for part in parts)
    all_pairs = len(ordered) * (len(ordered) - 1) // 2
    summary: dict[str, object] = {
        **compare_params.as_dict(),
        "article_pairs": all_pairs,
        "aligned_pairs": aligned_pairs,
    }
    if len(stories) > 1 or len(ordered) > compare_params.block_max_articles:
        from natocmp.stories import StoryParams

        summary["stories"] = {
            **StoryParams().as_dict(),
            "split_above": compare_params.block_max_articles,
            "count": len(stories),
        }
    record = {**params.as_dict(), "compare": summary}
    return CompareResult(
        articles=ordered,
        params=tuple(sorted(record.items())),
        groups=groups,
        outlets=_outlets(ordered, groups, stories),
        pairwise=_pairwise(groups, stories),
    )


def _stories(
    ordered: Sequence[Article], limit: int, scheduler: Scheduler | None = None
) -> list[tuple[str, ...]]:
    """Article ids by story: one story up to ``limit`` articles, else ``group_stories``'s."""
    if len(ordered) <= limit:
        return [tuple(a.id for a in ordered)]
    from natocmp.stories import group_stories

    return [story.articles for story in group_stories(ordered, scheduler=scheduler)]


@dataclass(frozen=True, slots=True)
class _StoryPart:
    """One story compared: its article pairs aligned, and its groups with their sort keys
    (ids are given once every story is done, in one order across stories)."""

    pairs: int
    groups: tuple[tuple[tuple[int, str, int], CompareGroup], ...]


def _story_pairs(
    arts: Sequence[Article], limit: int
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """A story's copies (copy → representative) and the article pairs to align."""
    if len(arts) < 2:
        return {}, []
    rep_of = representatives({a.id: a for a in arts}, [tuple(a.id for a in arts)], limit)
    pairs = candidate_pairs([a for a in arts if rep_of.get(a.id, a.id) == a.id], max_articles=limit)
    # Each copy is aligned with its representative only (once per copy, not per pair).
    pairs += sorted((r, x) for x, r in rep_of.items() if r != x)
    return rep_of, pairs


def _story_params(params: AlignParams, arts: Sequence[Article]) -> AlignParams:
    if params.semantic is None:
        return params
    texts = [s.text for a in arts for s in a.sentences]
    return replace(params, semantic=params.semantic.only(texts))


def _compare_story_item(
    item: tuple[Sequence[Article], AlignParams], *, compare_params: CompareParams
) -> _StoryPart:
    arts, params = item
    return _compare_story(arts, params=params, compare_params=compare_params)


def _compare_story(
    arts: Sequence[Article],
    *,
    params: AlignParams,
    compare_params: CompareParams,
    plan: tuple[dict[str, str], list[tuple[str, str]]] | None = None,
    on_pair: Callable[[], None] | None = None,
) -> _StoryPart:
    """Align, group and judge the articles of one story (a task of its own on a cluster)."""
    by_id = {a.id: a for a in arts}
    limit = compare_params.block_max_articles
    rep_of, pairs = plan if plan is not None else _story_pairs(arts, limit)
    links = []
    for x, y in pairs:
        links += [
            MemberLink(x, y, link.a_indices, link.b_indices, link.score)
            for link in align_articles(by_id[x], by_id[y], params)
        ]
        if on_pair is not None:
            on_pair()
    copy_links = [k for k in links if rep_of.get(k.b, k.b) != k.b]
    clusters = group_links(
        [k for k in links if rep_of.get(k.b, k.b) == k.b],
        cohesion=compare_params.cohesion,
        attach=compare_params.attach,
    )
    if rep_of:
        clusters = attach_copies(clusters, copy_links, sorted(rep_of), by_id)
    clustered = {(art, i) for cluster in clusters for art, idx in cluster.items() for i in idx}
    for article in arts:
        for s in article.sentences:
            if (article.id, s.index) not in clustered:
                clusters.append({article.id: (s.index,)})
    links_from = _links_by_node(links)
    return _StoryPart(
        pairs=len(pairs),
        groups=tuple(
            ((-len(c), *_first(c)), _build_group("", c, links, by_id, links_from)) for c in clusters
        ),
    )


def candidate_pairs(
    articles: Sequence[Article], *, max_articles: int = 50
) -> list[tuple[str, str]]:
    """Article pairs (ids, sorted) sharing a content term used by at most ``max_articles``.

    An inverted index (term → articles) yields the pairs directly, so unrelated articles are
    never compared: the work grows with the articles that share terms, not with all pairs.
    """
    index: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for s in article.sentences:
            for term in profile(s).terms:
                index[term].add(article.id)
    found: set[tuple[str, str]] = set()
    for ids in index.values():
        if 1 < len(ids) <= max_articles:
            members = sorted(ids)
            found.update((x, y) for n, x in enumerate(members) for y in members[n + 1 :])
    return sorted(found)


def _first(cluster: dict[str, tuple[int, ...]]) -> tuple[str, int]:
    art = min(cluster)
    return art, cluster[art][0]


def _links_by_node(links: list[MemberLink]) -> dict[tuple[str, int], list[int]]:
    """Positions in ``links`` of the links by their first sentence of article A, ascending."""
    out: dict[tuple[str, int], list[int]] = defaultdict(list)
    for n, k in enumerate(links):
        out[k.a, k.a_indices[0]].append(n)
    return out


def _build_group(
    gid: str,
    cluster: dict[str, tuple[int, ...]],
    links: list[MemberLink],
    by_id: dict[str, Article],
    links_from: dict[tuple[str, int], list[int]],
) -> CompareGroup:
    from natocmp.worddiff import word_diff

    arts = sorted(cluster)
    texts = {x: " ".join(by_id[x].sentences[i].text for i in cluster[x]) for x in arts}
    # An inner link starts at a member's sentence: only the links of the group's own
    # sentences are read (the links of each member's article, or every link, grew with the
    # square of the corpus, or of one long article's linked sentences), kept in ``links``
    # order.
    held = {x: set(cluster[x]) for x in arts}
    near = sorted({n for x in arts for i in cluster[x] for n in links_from.get((x, i), ())})
    inner = tuple(
        k
        for k in (links[n] for n in near)
        if k.a in held
        and k.b in held
        and set(k.a_indices) <= held[k.a]
        and set(k.b_indices) <= held[k.b]
    )
    differences = _differences(arts, texts, by_id)
    centre = _central(arts, inner)
    diverging = {d.a for d in differences} | {d.b for d in differences}
    spans: dict[str, tuple[Span, ...]] = {}  # copies repeat texts: one word diff per text
    for x in arts:
        if x != centre and texts[x] not in spans:
            spans[texts[x]] = word_diff(texts[centre], texts[x]).b_spans
    members = tuple(
        Member(
            article=x,
            indices=cluster[x],
            text=texts[x],
            status="unique" if len(arts) == 1 else "diverge" if x in diverging else "agree",
            central=x == centre,
            spans=() if x == centre else spans[texts[x]],
        )
        for x in arts
    )
    label = "unique" if len(arts) == 1 else "diverge" if differences else "agree"
    return CompareGroup(gid, label, members, differences, inner)


def _differences(
    arts: list[str], texts: dict[str, str], by_id: dict[str, Article]
) -> tuple[MemberDifference, ...]:
    """The differences of every two members, in member order (x before y, then kind).

    Without claims, ``find_differences`` depends on the two texts and each article's
    language and date only: members are put in classes of those, each two classes are
    judged once, and only the member pairs of classes that differ are listed. Hundreds of
    copies of one dispatch make a handful of classes, so this grows with the members and
    the differences found, not with the square of the members.
    """
    from bisect import bisect_right

    from natocmp.verdict import find_differences

    def key(x: str) -> tuple[str, str, str | None]:
        return texts[x], by_id[x].language, by_id[x].date

    first: dict[tuple[str, str, str | None], str] = {}
    positions: dict[tuple[str, str, str | None], list[int]] = defaultdict(list)
    for n, x in enumerate(arts):
        first.setdefault(key(x), x)
        positions[key(x)].append(n)
    judged: dict[tuple[tuple[str, str, str | None], ...], tuple[Difference, ...]] = {}

    def between(kx: tuple[str, str, str | None], ky: tuple[str, str, str | None]):
        if (kx, ky) not in judged:
            x, y = first[kx], first[ky]
            judged[kx, ky] = find_differences(texts[x], texts[y], a=by_id[x], b=by_id[y])
        return judged[kx, ky]

    out: list[MemberDifference] = []
    classes = list(positions)
    for n, x in enumerate(arts):
        kx = key(x)
        later = []
        for ky in classes:
            rest = positions[ky][bisect_right(positions[ky], n) :]
            if rest and between(kx, ky):  # judged only when some member pair needs it
                later += [(m, ky) for m in rest]
        later.sort()
        for m, ky in later:
            out += [MemberDifference(x, arts[m], d) for d in judged[kx, ky]]
    return tuple(out)


def _central(arts: list[str], inner: tuple[MemberLink, ...]) -> str:
    """The member linked to the most others (then the highest total score, then first id)."""
    degree: dict[str, set[str]] = defaultdict(set)
    total: dict[str, float] = defaultdict(float)
    for k in inner:
        degree[k.a].add(k.b)
        degree[k.b].add(k.a)
        total[k.a] += k.score
        total[k.b] += k.score
    return min(arts, key=lambda x: (-len(degree[x]), -total[x], x))


def _outlets(
    articles: tuple[Article, ...],
    groups: tuple[CompareGroup, ...],
    stories: Sequence[tuple[str, ...]],
) -> tuple[OutletSummary, ...]:
    story_of = {x: n for n, story in enumerate(stories) for x in story}
    mine: dict[str, list[CompareGroup]] = defaultdict(list)
    of_story: dict[int, list[CompareGroup]] = defaultdict(list)
    for g in groups:
        for m in g.members:
            mine[m.article].append(g)
        of_story[story_of[g.members[0].article]].append(g)
    # Member articles of each group, and those diverging, as sets: a group of hundreds of
    # copies is otherwise scanned once per article.
    present = {g.id: {m.article for m in g.members} for g in groups}
    apart = {g.id: {m.article for m in g.members if m.status == "diverge"} for g in groups}
    out = []
    for a in articles:
        story = story_of[a.id]
        # "Most outlets": a strict majority of the articles compared (of its story, if split).
        majority = len(stories[story]) // 2 + 1
        out.append(
            OutletSummary(
                article=a.id,
                reported=len(mine[a.id]),
                unique=sum(g.label == "unique" for g in mine[a.id]),
                omitted=tuple(
                    g.id
                    for g in of_story[story]
                    if len(g.members) >= majority and a.id not in present[g.id]
                ),
                diverging=sum(a.id in apart[g.id] for g in mine[a.id]),
            )
        )
    return tuple(out)


def _pairwise(
    groups: tuple[CompareGroup, ...], stories: Sequence[tuple[str, ...]]
) -> tuple[PairwiseAgreement, ...]:
    """Shared, agreeing and diverging claims of every two articles of one story."""
    # Shared claims of x and y = the groups both are in. Articles in the same groups (the
    # copies of one dispatch) form one class, so each two classes are counted once instead
    # of walking every two members of every group (hundreds of copies: the square of them
    # per group). Diverging claims come from the differences, listed once per group.
    groups_of: dict[str, set[int]] = defaultdict(set)
    diverge: dict[tuple[str, str], int] = defaultdict(int)
    for n, g in enumerate(groups):
        for m in g.members:
            groups_of[m.article].add(n)
        for x, y in {tuple(sorted((d.a, d.b))) for d in g.differences}:
            diverge[x, y] += 1
    klass: dict[frozenset[int], int] = {}
    class_of = {x: klass.setdefault(frozenset(gs), len(klass)) for x, gs in groups_of.items()}
    sets = {k: set(gs) for gs, k in klass.items()}
    counted: dict[tuple[int, int], int] = {}

    def shared(x: str, y: str) -> int:
        if x not in class_of or y not in class_of:
            return 0
        key = (class_of[x], class_of[y])
        if key not in counted:
            counted[key] = len(sets[key[0]] & sets[key[1]])
        return counted[key]

    pairs = sorted((x, y) for story in stories for n, x in enumerate(story) for y in story[n + 1 :])
    out = []
    for x, y in pairs:
        both, apart = shared(x, y), diverge.get((x, y), 0)
        out.append(PairwiseAgreement(x, y, both, both - apart, apart))
    return tuple(out)


def implied_pairs(group: CompareGroup) -> Iterable[tuple[Node, Node]]:
    """Every cross-article sentence pair a group asserts (for evaluation), ids sorted."""
    for n, x in enumerate(group.members):
        for y in group.members[n + 1 :]:
            for i in x.indices:
                for j in y.indices:
                    yield (x.article, i), (y.article, j)
