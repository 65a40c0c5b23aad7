"""Render a FramingResult: records (json/jsonl/csv/tsv) and per-outlet tables."""

from __future__ import annotations

from typing import Any

from natocmp.models import FramingResult, Marker
from natocmp.render.records import Output

FRAMING_COLUMNS = ("article", "index", "type", "category", "span", "start", "end", "why", "text")
STYLES = {
    "evaluative": "bold red",
    "hedge": "bold yellow",
    "scare_quote": "bold magenta",
    "context": "cyan",
}


def marker_record(m: Marker) -> dict[str, Any]:
    return {
        "type": m.type,
        "category": m.category,
        "span": m.span,
        "start": m.start,
        "end": m.end,
        "why": m.why,
    }


def framing_output(result: FramingResult) -> Output:
    """JSON: an array of flagged sentences; rows: one per marker."""
    document = [
        {
            "article": f.article,
            "index": f.index,
            "text": f.text,
            "markers": [marker_record(m) for m in f.markers],
        }
        for f in result.sentences
    ]
    rows = [
        {"article": f.article, "index": f.index, **marker_record(m), "text": f.text}
        for f in result.sentences
        for m in f.markers
    ]
    return Output(document=document, rows=rows, columns=FRAMING_COLUMNS)


def framing_table(result: FramingResult) -> list[Any]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.labels import article_labels
    from natocmp.render.layout import Fit
    from natocmp.render.table import plain

    out: list[Any] = []
    labels = article_labels(result.articles)
    from natocmp.labels import who_published

    by_article = {a.id: a for a in result.articles}
    for article_id in by_article:
        flagged = [f for f in result.sentences if f.article == article_id]
        a = by_article[article_id]
        head = plain(labels[a.id], "bold")
        ident = f"{a.id} · " if a.id != labels[a.id] else ""
        head.append_text(
            plain(f"  {ident}{who_published(a)} · {a.date or 'date unknown'}", "dim")
        )
        out.append(head)
        if not flagged:
            out.append(Text("no framing markers", style="dim"))
            continue
        others = [labels[x.id] for x in result.articles if x.id != a.id]
        out.append(Fit(lambda w, flagged=flagged, others=others: _flagged_block(flagged, others,
                                                                                w)))
    summary = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        title="markers per 1,000 words (count)",
        title_justify="left",
        title_style="bold",
    )
    summary.add_column("outlet", min_width=min(12, max(len(v) for v in labels.values())),
                       style="bold")
    summary.add_column("words", justify="right", no_wrap=True)
    summary.add_column("flagged", justify="right", no_wrap=True)
    types = [t for t, _ in result.outlets[0].counts] if result.outlets else []
    for t in types:
        summary.add_column(t.replace("_", " "), justify="right", no_wrap=True)
    for o in result.outlets:
        counts = dict(o.counts)
        summary.add_row(
            plain(labels.get(o.article, o.article)),
            plain(o.words),
            plain(f"{o.flagged}/{o.sentences}"),
            *(plain(f"{rate:.1f} ({counts[t]})") for t, rate in o.per_1000),
        )
    out.append(summary)
    return out


# 100: below this the markers column gets under 25 characters; markers then go under the
# sentence they mark.
MARKERS_BESIDE = 100


def _lacking(others: list[str]) -> str:
    """The outlets a context marker's sentence is missing from, named when there are few."""
    if len(others) <= 4:
        return "not in " + ", ".join(others)
    return f"not in any of the {len(others)} other outlets"


def _flagged_block(flagged: list[Any], others: list[str], width: int) -> list[Any]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.layout import hang
    from natocmp.render.table import plain

    beside = width >= MARKERS_BESIDE
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True,
                  show_header=beside)
    table.add_column("#", justify="right", no_wrap=True, style="dim")
    table.add_column("sentence", ratio=5)
    if beside:
        table.add_column("markers", ratio=3)
    for f in flagged:
        body = plain(f.text)
        cell = Text()
        for m in f.markers:
            if m.type != "context":
                body.stylize(STYLES[m.type], m.start, m.end)
            if cell:
                cell.append("\n")
            cell.append(f"{m.type}", style=STYLES[m.type])
            if m.type != "context":
                cell.append(": ")
                cell.append_text(plain(m.span))
            else:  # the span is the whole sentence: say where it is missing
                cell.append_text(plain(f": this sentence, only here ({_lacking(others)})",
                                       "dim"))
        if beside:
            table.add_row(plain(f.index), body, cell)
        else:
            table.add_row(plain(f.index), body)
            table.add_row(Text(""), hang(Text("  ↳ ", style="dim"), cell, indent=4))
    return [table]
