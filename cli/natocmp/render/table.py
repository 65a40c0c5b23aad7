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
    from natocmp.labels import who_published

    return who_published(article, unknown)


def list_table(articles: tuple[Article, ...]) -> list[Any]:
    from natocmp.render.layout import Fit

    return [Fit(lambda width: _list_block(articles, width))]


def _list_block(articles: tuple[Article, ...], width: int) -> list[Any]:
    """One row per article; the title in a column when it gets 30 characters, else under the
    row. The id column only when some label differs from the id."""
    from natocmp.labels import article_labels
    from natocmp.render.layout import hang

    labels = article_labels(articles)
    show_id = any(labels[a.id] != a.id for a in articles)
    namew = max((len(v) for v in labels.values()), default=5)
    idw = min(28, max((len(a.id) for a in articles), default=2)) if show_id else 0
    fixed = namew + 3 + (idw + 3 if show_id else 0) + 10 + 3 + 4 + 3 + 5 + 3 + 5 + 3
    inline = width - fixed >= 30
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=inline)
    if show_id:  # the id first: it is what commands take as SOURCES
        # Ids of nested files (event/outlet_fr) can be long: fold them, never starve the title.
        table.add_column("id", overflow="fold", max_width=28)
    # The label, and under it the outlet as given when the label shortens it.
    table.add_column("label · outlet", ratio=1, min_width=namew)
    table.add_column("date", no_wrap=True)
    table.add_column("lang", no_wrap=True)
    table.add_column("sents", justify="right", no_wrap=True)
    table.add_column("words", justify="right", no_wrap=True)
    if inline:
        table.add_column("title", ratio=2)
    for a in articles:
        name = plain(labels[a.id], "bold")
        source = _source(a, "outlet unknown")
        if source != labels[a.id]:  # the outlet as given (and a wire's agency) under it
            name.append_text(plain(f"\n{source}", "dim"))
        row = ([plain(a.id)] if show_id else []) + [name]
        row += [plain(a.date or "—"), plain(a.language), plain(len(a.sentences)), plain(a.words)]
        if inline:
            row.append(plain(a.title or "—"))
        table.add_row(*row)
    if inline:
        return [table]
    # Narrow: the id and label on a line, the other fields under them, then the title.
    out: list[Any] = []
    for a in articles:
        head = Text()
        if show_id:
            head.append_text(plain(a.id))
        if labels[a.id] != a.id or not show_id:
            head.append_text(plain(f"{'  ' if show_id else ''}{labels[a.id]}", "bold"))
        facts = Text()
        if _source(a, "") and _source(a, "") != labels[a.id]:
            facts.append_text(plain(f"{_source(a, '')} · "))
        n = len(a.sentences)
        facts.append_text(plain(f"{a.date or 'date unknown'} · {a.language} · {n} sentence"
                                f"{'s' * (n != 1)} · {a.words} words", "dim"))
        out += [head, hang(Text(""), facts, indent=4),
                hang(Text(""), plain(a.title or "—"), indent=4)]
    return out


def show_table(article: Article, *, dropped: bool) -> list[Any]:
    out: list[Any] = []
    from natocmp.labels import article_labels

    head = Text()
    head.append_text(plain(article_labels([article])[article.id], "bold"))
    head.append("  ")
    head.append_text(plain(article.title or "(no title)", "bold"))
    head.append("\n")
    head.append_text(
        plain(
            f"{article.id} · {_source(article, unknown='outlet unknown')}"
            f" · {article.date or 'date unknown'}"
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
