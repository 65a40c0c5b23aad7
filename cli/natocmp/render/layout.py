"""Layout that adapts to the terminal: the width is known only when Rich renders.

``Fit`` defers building a renderable until Rich hands it the width it has, so a table can
choose its shape (side by side or stacked, one matrix or pages of columns, names in a
column or on their own line) from how many articles there are and how wide the terminal is.
Also here: the legend of article labels, a "left out" note, and paging columns. Nothing
here analyses text; everything is deterministic for a given width.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from natocmp.labels import article_labels
from natocmp.models import Article

# 12: below this a name or a claim stops being readable as words ("« Le r…"); columns of
# text never shrink under it — the layout changes shape instead.
READABLE = 12


class Fit:
    """A renderable built at render time from the width Rich offers (``options.max_width``)."""

    def __init__(self, build: Callable[[int], list[Any]]) -> None:
        self.build = build

    def __rich_console__(self, console: Any, options: Any) -> Iterable[Any]:
        yield from self.build(options.max_width)


def labels_for(articles: Sequence[Article]) -> dict[str, str]:
    return article_labels(articles)


def legend(articles: Sequence[Article], labels: dict[str, str]) -> Any:
    """One row per article: its label, then id, outlet and date where they add something."""
    from rich.table import Table

    from natocmp.render.table import _source, plain

    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(ratio=1, style="dim")
    for a in articles:
        bits = []
        if a.id != labels[a.id]:
            bits.append(a.id)
        source = _source(a, "outlet unknown")  # with a wire copy's agency: "Le Soir (AFP)"
        if source != labels[a.id]:
            bits.append(source)
        bits.append(a.date or "date unknown")
        grid.add_row(plain(labels[a.id]), plain(" · ".join(bits)))
    return grid


def note(text: str) -> Any:
    """A dim line saying what was left out and the option that shows it."""
    from rich.text import Text

    return Text(text, style="dim italic")


def pages(widths: Sequence[int], room: int, *, gap: int = 1) -> list[range]:
    """Split columns of ``widths`` into consecutive runs that fit in ``room`` (at least one each).

    >>> pages([5, 5, 5, 5], 12)
    [range(0, 2), range(2, 4)]
    >>> pages([30], 10)
    [range(0, 1)]
    """
    out: list[range] = []
    start, used = 0, 0
    for i, w in enumerate(widths):
        need = w + (gap if i > start else 0)
        if i > start and used + need > room:
            out.append(range(start, i))
            start, used, need = i, 0, w
        used += need
    if widths:
        out.append(range(start, len(widths)))
    return out


def indented(renderable: Any, indent: int) -> Any:
    from rich.padding import Padding

    return Padding(renderable, (0, 0, 0, indent))


def hang(head: Any, body: Any, *, indent: int) -> Any:
    """``head`` in a column ``indent`` wide, ``body`` wrapping beside it (a hanging indent)."""
    from rich.table import Table

    grid = Table.grid(expand=True)
    grid.add_column(width=indent, no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(head, body)
    return grid
