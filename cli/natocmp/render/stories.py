"""``natocmp stories``: the story groups as records (json, jsonl, csv, tsv) and a Rich table.

It only lays out a ``natocmp.stories.group_stories`` result; article text (titles) enters
Rich as ``Text`` through ``plain``.
"""

from __future__ import annotations

from typing import Any

from natocmp.render.records import Output
from natocmp.stories import Story

STORY_COLUMNS = ("story", "articles", "size", "label", "terms")


def story_record(story: Story) -> dict[str, Any]:
    return {
        "story": story.id,
        "articles": list(story.articles),
        "label": story.label,
        "terms": list(story.terms),
    }


def stories_output(stories: tuple[Story, ...]) -> Output:
    """JSON: an array of {"story", "articles", "label", "terms"}; rows add "size"."""
    document = [story_record(s) for s in stories]
    rows = [{**story_record(s), "size": len(s.articles)} for s in stories]
    return Output(document=document, rows=rows, columns=STORY_COLUMNS)


def _articles_cell(ids: tuple[str, ...], labels: dict[str, str]) -> Any:
    """Each article by its label, with its id (what SOURCES take) when the two differ."""
    from rich.text import Text

    from natocmp.render.table import plain

    cell = Text()
    for n, aid in enumerate(ids):
        if n:
            cell.append(", ")
        cell.append_text(plain(labels.get(aid, aid)))
        if labels.get(aid, aid) != aid:
            cell.append_text(plain(f" ({aid})", "dim"))
    return cell


def stories_table(stories: tuple[Story, ...], labels: dict[str, str] | None = None) -> list[Any]:
    from rich import box
    from rich.table import Table

    from natocmp.render.table import plain

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("story", no_wrap=True, style="bold")
    table.add_column("n", justify="right", no_wrap=True)
    table.add_column("articles", ratio=2)
    table.add_column("label", ratio=3)
    table.add_column("terms", ratio=2, style="dim")
    for s in stories:
        table.add_row(
            plain(s.id),
            plain(len(s.articles)),
            _articles_cell(s.articles, labels or {}),
            plain(s.label),
            plain(", ".join(s.terms)),
        )
    return [table]
