"""Rich tables for the terminal. Article text enters Rich only as ``Text`` (never markup).

Each function takes a result object and returns renderables; nothing here analyses text.
"""

from __future__ import annotations

import re
from typing import Any

from rich import box
from rich.table import Table
from rich.text import Text

from natocmp.models import Article

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(value: object, style: str = "") -> Text:
    """Untrusted text as a Rich Text: never parsed as markup, control characters removed."""
    text = "" if value is None else str(value)
    return Text(_CONTROL.sub("", text), style=style)


def _source(article: Article, unknown: str = "—") -> str:
    """The outlet, with the agency of a wire copy: "Le Soir (AFP)", "AP wire"."""
    if article.outlet and article.wire:
        return f"{article.outlet} ({article.wire})"
    if article.wire:
        return f"{article.wire} wire"
    return article.outlet or unknown


def list_table(articles: tuple[Article, ...]) -> list[Any]:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    # Ids of nested files (event/outlet_fr) can be long: fold them rather than starve the title.
    table.add_column("id", overflow="fold", max_width=28, style="bold")
    table.add_column("outlet", ratio=2)
    table.add_column("date", no_wrap=True)
    table.add_column("lang", no_wrap=True)
    table.add_column("sents", justify="right", no_wrap=True)
    table.add_column("words", justify="right", no_wrap=True)
    table.add_column("title", ratio=4)
    for a in articles:
        table.add_row(
            plain(a.id),
            plain(_source(a)),
            plain(a.date or "—"),
            plain(a.language),
            plain(len(a.sentences)),
            plain(a.words),
            plain(a.title or "—"),
        )
    return [table]


def show_table(article: Article, *, dropped: bool) -> list[Any]:
    out: list[Any] = []
    head = Text()
    head.append(article.id, style="bold")
    head.append("  ")
    head.append_text(plain(article.title or "(no title)", "bold"))
    head.append("\n")
    head.append_text(
        plain(
            f"{_source(article, unknown='outlet unknown')} · {article.date or 'date unknown'}"
            f" · {article.language} · {len(article.sentences)} sentences"
            f" · {article.words} words",
            "dim",
        )
    )
    out.append(head)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True, style="dim")
    table.add_column("text", ratio=1)
    for s in article.sentences:
        style = "bold" if s.kind == "heading" else ""
        table.add_row(plain(s.index), plain(s.text, style))
    out.append(table)
    if dropped:
        drops = Table(
            title="dropped from the page",
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            title_justify="left",
            title_style="bold",
        )
        drops.add_column("line", justify="right", no_wrap=True, style="dim")
        drops.add_column("reason", ratio=2, style="yellow")
        drops.add_column("text", ratio=5)
        for d in article.dropped:
            drops.add_row(plain(d.line), plain(d.reason, "yellow"), plain(d.text, "dim"))
        if not article.dropped:
            out.append(Text("nothing dropped", style="dim"))
        else:
            out.append(drops)
    return out
