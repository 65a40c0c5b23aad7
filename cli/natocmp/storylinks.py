"""Join the French and the English stories of one event (``stories --semantic``).

``natocmp.stories`` links articles by shared names and figures. Across languages most
names are spelt differently (BCE/ECB, Maroc/Morocco), so one event's French and English
articles can end up as two stories. With the semantic evidence, two stories in different
languages that share at least ``min_terms`` of their rare terms are compared by aligning
their articles with the calibrated aligner (``natocmp.align``, cosine included): an article
*has a partner* in the other story when one of that story's articles aligns with it on at
least ``min_links`` sentence pairs. The stories merge when more than half of the articles of
each story have a partner (the ``sample`` longest of each are aligned, so the work is
bounded), strongest first; the same "most of them" rule as ``natocmp.stories``'s cohesion.
Each article is judged by its best partner, not by a fixed pair: outlets of one event tell
different parts of it, and a short French brief matches one English report, not all.

Measured on realdev (5 events, French and English, every French part against every English
part): an article's best partner in another event's story aligns no sentence pair at all
(the French↔English calibration learnt from pairs of articles on two events), while in its
own event's story most articles' best partner aligns 2 to 16. It does not group by
itself: it only joins stories that ``group_stories`` made.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from natocmp.align import AlignParams, align_articles
from natocmp.models import Article
from natocmp.stories import Story, article_terms


@dataclass(frozen=True, slots=True)
class JoinParams:
    """The knobs of joining stories across languages, recorded with the result."""

    min_terms: int = 2  # as StoryParams.min_terms: one shared figure is a coincidence
    sample: int = 8  # the longest articles of each story aligned (8 × 8 pairs at most)
    min_links: int = 2  # no realdev article aligns even one sentence with another event

    def as_dict(self) -> dict[str, object]:
        return {
            "join": "stories in different languages sharing min_terms rare terms merge when "
            "more than half of each story's sampled articles have a partner in the other "
            "(an article aligned with it on min_links sentence pairs)",
            "min_terms": self.min_terms,
            "sample": self.sample,
            "min_links": self.min_links,
        }


def join_languages(
    stories: Sequence[Story],
    articles: Sequence[Article],
    params: AlignParams,
    join: JoinParams | None = None,
) -> tuple[Story, ...]:
    """``stories`` with the ones telling one event in two languages merged, renumbered."""
    join = join or JoinParams()
    by_id = {a.id: a for a in articles}
    terms = {
        s.id: frozenset().union(*(article_terms(by_id[x]) for x in s.articles)) for s in stories
    }
    language = {s.id: _language(s, by_id) for s in stories}
    scored: list[tuple[float, str, str]] = []
    for n, s in enumerate(stories):
        for t in stories[n + 1 :]:
            if "und" in (language[s.id], language[t.id]) or language[s.id] == language[t.id]:
                continue
            if len(terms[s.id] & terms[t.id]) < join.min_terms:
                continue
            share = _agreeing_share(s, t, by_id, params, join)
            if share > 0.5:
                scored.append((-share, s.id, t.id))
    parent = {s.id: s.id for s in stories}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, x, y in sorted(scored):
        rx, ry = sorted((root(x), root(y)))
        parent[ry] = rx
    merged: dict[str, list[Story]] = {}
    for s in stories:
        merged.setdefault(root(s.id), []).append(s)
    groups = []
    for parts in merged.values():
        ids = tuple(sorted(x for p in parts for x in p.articles))
        first = min(parts, key=lambda p: p.articles[0])
        seen: list[str] = []
        for p in parts:
            seen += [t for t in p.terms if t not in seen]
        groups.append((ids, first.label, tuple(seen[: max(len(first.terms), 5)])))
    groups.sort(key=lambda g: (-len(g[0]), g[0][0]))
    return tuple(
        Story(id=f"s{k:03d}", articles=ids, label=label, terms=ts)
        for k, (ids, label, ts) in enumerate(groups, 1)
    )


def _language(story: Story, by_id: dict[str, Article]) -> str:
    counts = Counter(by_id[x].language for x in story.articles if by_id[x].language != "und")
    if not counts:
        return "und"
    return min(counts, key=lambda lang: (-counts[lang], lang))


def _agreeing_share(
    s: Story, t: Story, by_id: dict[str, Article], params: AlignParams, join: JoinParams
) -> float:
    """The smaller of the two stories' shares of articles with a partner in the other."""

    def longest(story: Story) -> list[Article]:
        arts = [by_id[x] for x in story.articles]
        return sorted(arts, key=lambda a: (-len(a.sentences), a.id))[: join.sample]

    left, right = longest(s), longest(t)
    if not left or not right:
        return 0.0
    links = {(a.id, b.id): len(align_articles(a, b, params)) for a in left for b in right}
    has_partner_left = sum(any(links[a.id, b.id] >= join.min_links for b in right) for a in left)
    has_partner_right = sum(any(links[a.id, b.id] >= join.min_links for a in left) for b in right)
    return min(has_partner_left / len(left), has_partner_right / len(right))
