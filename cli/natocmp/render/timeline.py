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
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.table import plain

    if not result.events:
        return [Text("no dated events", style="dim")]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True,
                  show_lines=True)
    table.add_column("date", no_wrap=True, style="bold")
    table.add_column("event", ratio=2)
    table.add_column("outlets: expression → how", ratio=5)
    for e in result.events:
        cell = Text()
        for m in e.mentions:
            if cell:
                cell.append("\n")
            cell.append(f"{m.article} #{m.index}  ", style="bold")
            cell.append_text(plain(f"« {m.expression} »", "yellow"))
            cell.append(" → ")
            cell.append_text(plain(f"{m.date or '?'}: {m.how}", "dim"))
        event = plain(e.label)
        if e.conflict:
            event.append("\nconflict: " + " vs ".join(e.dates), style="bold red")
        table.add_row(plain(e.date or "unresolved"), event, cell)
    conflicts = sum(e.conflict for e in result.events)
    return [table, Text(f"{len(result.events)} events · {conflicts} conflicts", style="bold")]
