"""The page model of ``natocmp report``: every analysis of a set of articles, side by side.

``build_report(articles)`` runs the library's own analyses once each — ``compare_articles``
(claim groups × outlets, omissions, pairwise agreement), ``frame_articles`` (framing
markers), ``resolve_speakers`` (claims and speakers) and ``build_timeline`` — on the
articles in one order (by id, as ``compare`` sorts them), and keeps their result objects
unchanged in a ``Report``. The few views a page needs that no result holds directly
(groups told by several outlets vs by one, each speaker's claims) are selections of those
results, never new scores or verdicts.

Deliberately no HTML here (``natocmp.render.html`` writes the page), no file writing
(``natocmp.commands.report``), no printing. Deterministic: same articles, same Report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from natocmp.models import (
    Article,
    Claim,
    CompareGroup,
    CompareResult,
    FramingResult,
    Speaker,
    TimelineResult,
)

if TYPE_CHECKING:
    from natocmp.align import AlignParams
    from natocmp.verify import VerifyResult


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one report page shows, as the analyses returned it.

    ``articles`` is the one order every section uses (``compare.articles``: sorted by id).
    """

    articles: tuple[Article, ...]
    compare: CompareResult
    framing: FramingResult
    claims: tuple[Claim, ...]
    speakers: tuple[Speaker, ...]
    timeline: TimelineResult
    version: str
    verify: VerifyResult | None = None  # the quotes checked against `report --against SOURCE`

    @property
    def shared(self) -> tuple[CompareGroup, ...]:
        """Claim groups that two or more outlets report, in the result's order."""
        return tuple(g for g in self.compare.groups if len(g.members) > 1)

    @property
    def unique(self) -> tuple[CompareGroup, ...]:
        """Claim groups only one outlet reports, in the result's order."""
        return tuple(g for g in self.compare.groups if len(g.members) == 1)

    def claims_of(self, speaker: Speaker) -> tuple[Claim, ...]:
        """The claims attributed to ``speaker``, in article then sentence order."""
        mine = [
            c for c in self.claims if c.speaker == speaker.name and c.speaker_type == speaker.type
        ]
        order = {a.id: n for n, a in enumerate(self.articles)}
        return tuple(sorted(mine, key=lambda c: (order.get(c.article, len(order)),
                                                 c.sentence_index)))


def build_report(
    articles: Sequence[Article],
    *,
    params: AlignParams | None = None,
    against: Article | None = None,
) -> Report:
    """Run each analysis once on ``articles`` and gather the results for one page.

    Args:
        articles: two or more articles with unique ids (as ``load_articles`` returns them).
        params: ``natocmp.align.AlignParams`` for the alignment behind claim groups and
            framing "context"; default the calibrated ones.

    Returns:
        A Report; every section lists articles in ``compare``'s order (by id).
    """
    from natocmp import __version__
    from natocmp.align import AlignParams
    from natocmp.attribute import resolve_speakers
    from natocmp.compare import compare_articles
    from natocmp.framing import frame_articles
    from natocmp.timeline import build_timeline

    align = params or AlignParams()
    compared = compare_articles(articles, params=align)
    ordered = compared.articles
    claims, speakers = resolve_speakers(ordered)
    return Report(
        articles=ordered,
        compare=compared,
        framing=frame_articles(ordered, align_params=align),
        claims=claims,
        speakers=speakers,
        timeline=build_timeline(ordered),
        version=__version__,
        verify=None if against is None else _verify(against, ordered, claims),
    )


def _verify(against: Article, articles: Sequence[Article], claims: Sequence[Claim]):
    from natocmp.verify import verify_quotes

    return verify_quotes(against, articles, claims=claims)
