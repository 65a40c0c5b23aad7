"""Render a TimelineResult: records (json/jsonl/csv/tsv) and a date-ordered table."""

from __future__ import annotations

from typing import Any

from natocmp.models import TimelineEvent, TimelineResult
from natocmp.render.records import Output

TIMELINE_COLUMNS = (
    "event_id", "date", "event", "conflict", "article", "index", "expression", "resolved",
    "how", "label", "text",
)


def event_record(e: TimelineEvent) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.date,
        "event": e.label,
        "conflict": e.conflict,
        "dates": list(e.dates),
        "mentions": [
            {"article": m.article, "index": m.index, "text": m.text, "expression": m.expression,
             "date": m.date, "how": m.how, "label": m.label, "kind": m.kind}
            for m in e.mentions
        ],
    }


def timeline_output(result: TimelineResult) -> Output:
    """JSON: an array of events with their mentions; rows: one per mention."""
    document = [event_record(e) for e in result.events]
    rows = [
        {"event_id": e.id, "date": e.date, "event": e.label, "conflict": e.conflict,
         "article": m.article, "index": m.index, "expression": m.expression,
         "resolved": m.date, "how": m.how, "label": m.label, "text": m.text}
        for e in result.events for m in e.mentions
    ]
    return Output(document=document, rows=rows, columns=TIMELINE_COLUMNS)


def timeline_table(result: TimelineResult) -> list[Any]:
    from rich.text import Text

    from natocmp.labels import article_labels
    from natocmp.render.layout import Fit

    if not result.events:
        return [Text("no dated events", style="dim")]
    labels = article_labels(result.articles)
    conflicts = sum(e.conflict for e in result.events)
    return [Fit(lambda w: _events_block(result, labels, w)),
            Text(f"{len(result.events)} events · {conflicts} conflicts", style="bold")]


# 100: below this the mentions column gets under 50 characters; each event's mentions then
# go under it.
MENTIONS_BESIDE = 100


def _events_block(result: TimelineResult, labels: dict[str, str], width: int) -> list[Any]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.layout import hang
    from natocmp.render.table import plain

    def mentions(e: TimelineEvent) -> Any:
        cell = Text()
        for m in e.mentions:
            if cell:
                cell.append("\n")
            cell.append_text(plain(f"{labels.get(m.article, m.article)} #{m.index}  ", "bold"))
            cell.append_text(plain(f"« {m.expression} »", "yellow"))
            cell.append(" → ")
            cell.append_text(plain(f"{m.date}: {m.how}" if m.date else m.how, "dim"))
        return cell

    def event(e: TimelineEvent) -> Any:
        text = plain(e.label)
        if e.conflict:
            text.append("\nconflict: " + " vs ".join(e.dates), style="bold red")
        return text

    if width >= MENTIONS_BESIDE:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True,
                      show_lines=True)
        table.add_column("date", no_wrap=True, style="bold")
        table.add_column("event", ratio=2, min_width=16)
        table.add_column("outlets: expression → how", ratio=5)
        for e in result.events:
            table.add_row(plain(e.date or "unresolved"), event(e), mentions(e))
        return [table]
    out: list[Any] = []
    for e in result.events:
        out.append(hang(plain(e.date or "unresolved", "bold"), event(e), indent=12))
        out.append(hang(Text(""), mentions(e), indent=4))
    return out
