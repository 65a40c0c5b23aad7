"""Join the French and the English stories of one event (``stories --semantic``).

``natocmp.stories`` links articles by shared names and figures. Across languages most
names are spelt differently (BCE/ECB, Maroc/Morocco), so one event's French and English
articles can end up as two stories. With the semantic evidence, two stories in different
languages that share at least ``min_terms`` of their rare terms are compared by aligning
their articles with the calibrated aligner (``natocmp.align``, cosine included): a pair of
articles *agrees* when at least ``min_links`` of its sentence pairs align and they cover at
least ``min_cover`` of the shorter article. The stories merge when most (more than half)
of the sampled article pairs agree, strongest first; the same "most of them" rule as
``natocmp.stories``'s cohesion.

Measured on realdev (5 events, French and English): over 300 random French–English
article pairs, no pair of two events reached 3 aligned sentence pairs covering 0.4, and
about half of the same-event pairs did. It does not group by itself: it only joins
stories that ``group_stories`` made.
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
    sample: int = 3  # the longest articles of each story aligned (3 × 3 pairs at most)
    min_links: int = 3
    min_cover: float = 0.4

    def as_dict(self) -> dict[str, object]:
        return {
            "join": "stories in different languages sharing min_terms rare terms merge when "
            "more than half of their sampled article pairs align (min_links sentence pairs "
            "covering min_cover of the shorter article)",
            "min_terms": self.min_terms,
            "sample": self.sample,
            "min_links": self.min_links,
            "min_cover": self.min_cover,
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
    def longest(story: Story) -> list[Article]:
        arts = [by_id[x] for x in story.articles]
        return sorted(arts, key=lambda a: (-len(a.sentences), a.id))[: join.sample]

    pairs = [(a, b) for a in longest(s) for b in longest(t)]
    agree = 0
    for a, b in pairs:
        links = align_articles(a, b, params)
        shorter = min(len(a.sentences), len(b.sentences)) or 1
        covered = len({i for link in links for i in link.a_indices})
        if len(links) >= join.min_links and covered / shorter >= join.min_cover:
            agree += 1
    return agree / len(pairs) if pairs else 0.0
