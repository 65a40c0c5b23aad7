"""Render a CompareResult: records (json/jsonl/csv/tsv) and the terminal tables.

Tables: claim groups × outlets (✓ agree, ≠ diverge, + only this outlet, · absent), the
divergences, a per-outlet summary, and the pairwise agreement matrix as a heat map; or one
group in full (``--group``). Nothing here analyses text: spans and verdicts come from the
result. Article text reaches Rich only through ``natocmp.render.table.plain``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from natocmp.models import Article, CompareGroup, CompareResult, Member, MemberDifference
from natocmp.render.diff import difference_record
from natocmp.render.records import Output, article_record

COMPARE_COLUMNS = (
    "claim", "label", "outlets", "article", "indices", "status", "central", "differences", "text",
)
MARKS = {"agree": "✓", "diverge": "≠", "unique": "+"}
MARK_STYLES = {"agree": "green", "diverge": "bold yellow", "unique": "cyan"}
ABSENT = "·"


def member_difference_record(d: MemberDifference) -> dict[str, Any]:
    return {"between": [d.a, d.b], **difference_record(d.difference)}


def member_record(m: Member) -> dict[str, Any]:
    return {
        "article": m.article,
        "indices": list(m.indices),
        "text": m.text,
        "status": m.status,
        "central": m.central,
        "spans": [{"start": s.start, "end": s.end, "text": s.text} for s in m.spans],
    }


def group_record(g: CompareGroup) -> dict[str, Any]:
    return {
        "id": g.id,
        "label": g.label,
        "outlets": len(g.members),
        "members": [member_record(m) for m in g.members],
        "differences": [member_difference_record(d) for d in g.differences],
        "links": [
            {"a": k.a, "b": k.b, "a_indices": list(k.a_indices), "b_indices": list(k.b_indices),
             "score": k.score}
            for k in g.links
        ],
    }


def compare_output(result: CompareResult, groups: tuple[CompareGroup, ...] | None = None) -> Output:
    """Records of a result; ``groups`` (a filtered subset) replaces the claims listed."""
    shown = result.groups if groups is None else groups
    document = {
        "articles": [article_record(a) for a in result.articles],
        "params": dict(result.params),
        "claims": [group_record(g) for g in shown],
        "outlets": [
            {"article": o.article, "reported": o.reported, "unique": o.unique,
             "omitted": len(o.omitted), "omitted_claims": list(o.omitted),
             "diverging": o.diverging}
            for o in result.outlets
        ],
        "pairwise": [
            {"a": p.a, "b": p.b, "shared": p.shared, "agree": p.agree, "diverge": p.diverge}
            for p in result.pairwise
        ],
    }
    return Output(document=document, rows=list(compare_rows(shown)), columns=COMPARE_COLUMNS)


def compare_rows(groups: tuple[CompareGroup, ...]) -> Iterator[dict[str, Any]]:
    """The flat rows of ``compare`` (one per member), one at a time: JSON Lines output
    streams them rather than building one document of a large corpus in memory."""
    for g in groups:
        for m in g.members:
            yield {
                "claim": g.id,
                "label": g.label,
                "outlets": len(g.members),
                "article": m.article,
                "indices": list(m.indices),
                "status": m.status,
                "central": m.central,
                "differences": [
                    member_difference_record(d) for d in g.differences if m.article in (d.a, d.b)
                ],
                "text": m.text,
            }


# --- tables --------------------------------------------------------------------------------

# Heat map of the pairwise matrix: background by the share of the most shared pair.
HEAT = ("", "on blue", "black on cyan", "black on green", "black on yellow")


def compare_table(result: CompareResult, groups: tuple[CompareGroup, ...]) -> list[Any]:
    from rich.text import Text

    out: list[Any] = [_articles_legend(result.articles), Text("")]
    out.append(_claims_table(result, groups))
    out.append(Text(
        f"{MARKS['agree']} agrees  {MARKS['diverge']} diverges  {MARKS['unique']} only here  "
        f"{ABSENT} absent  —  one claim in full: natocmp compare --group ID",
        style="dim",
    ))
    diverging = [g for g in groups if g.label == "diverge"]
    if diverging:
        out += [Text(""), _divergences_table(diverging)]
    out += [Text(""), _outlets_table(result), Text(""), _matrix_table(result)]
    return out


def group_table(result: CompareResult, group: CompareGroup) -> list[Any]:
    """One group in full: each outlet's sentence(s), words the central one lacks highlighted."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.table import plain

    by_id = {a.id: a for a in result.articles}
    head = Text()
    head.append(f"{group.id}  ", style="bold")
    head.append(group.label, style=MARK_STYLES[group.label])
    head.append(f"  ·  {len(group.members)} of {len(result.articles)} outlets", style="dim")
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("outlet", ratio=1)
    table.add_column("#", justify="right", no_wrap=True, style="dim")
    table.add_column("text", ratio=4)
    for m in group.members:
        text = plain(m.text)
        for span in m.spans:
            text.stylize("bold green", span.start, span.end)
        who = Text()
        who.append(m.article, style="bold")
        who.append(f" {MARKS[m.status]}", style=MARK_STYLES[m.status])
        if m.central:
            who.append(" ◆ central", style="dim")
        who.append("\n")
        who.append_text(plain(by_id[m.article].outlet or "outlet unknown", "dim"))
        table.add_row(who, plain(" ".join(str(i) for i in m.indices)), text)
    out: list[Any] = [head, table]
    if len(group.members) > 1:
        out.append(Text("highlighted: words this outlet has that the central sentence lacks",
                        style="dim"))
    if group.differences:
        out += [Text(""), _difference_lines(group.differences)]
    if group.links:
        links = Text("pairwise links: ", style="dim")
        links.append(", ".join(f"{k.a}–{k.b} {k.score:.0f}" for k in group.links), style="dim")
        out.append(links)
    return out


def _articles_legend(articles: tuple[Article, ...]) -> Any:
    from rich.text import Text

    from natocmp.render.table import plain

    legend = Text()
    for n, a in enumerate(articles):
        if n:
            legend.append("\n")
        legend.append(f"{a.id}  ", style="bold")
        legend.append_text(plain(f"{a.outlet or 'outlet unknown'} · {a.date or 'date unknown'}",
                                 "dim"))
    return legend


def _claims_table(result: CompareResult, groups: tuple[CompareGroup, ...]) -> Any:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.table import plain

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True,
                  title=f"claims ({len(groups)} of {len(result.groups)})",
                  title_justify="left", title_style="bold")
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("claim (central sentence)", ratio=1, no_wrap=True, overflow="ellipsis")
    ids = [a.id for a in result.articles]
    for art in ids:
        table.add_column(art, justify="center", no_wrap=True, overflow="ellipsis", max_width=12)
    for g in groups:
        status = {m.article: m.status for m in g.members}
        central = next(m for m in g.members if m.central)
        cells = [
            Text(MARKS[status[art]], style=MARK_STYLES[status[art]]) if art in status
            else Text(ABSENT, style="dim")
            for art in ids
        ]
        table.add_row(Text(g.id), plain(" ".join(central.text.split())), *cells)
    if not groups:
        return Text("no claims to show", style="dim")
    return table


def _difference_lines(differences: tuple[MemberDifference, ...]) -> Any:
    from rich.text import Text

    from natocmp.render.table import plain

    lines = Text()
    for n, d in enumerate(differences):
        if n:
            lines.append("\n")
        lines.append(f"{d.difference.kind}: ", style="bold")
        lines.append(f"{d.a} ", style="dim")
        lines.append_text(plain(d.difference.a or "—", "bold red"))
        lines.append(" ≠ ")
        lines.append(f"{d.b} ", style="dim")
        lines.append_text(plain(d.difference.b or "—", "bold green"))
    return lines


def _divergences_table(groups: list[CompareGroup]) -> Any:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True,
                  title="divergences", title_justify="left", title_style="bold")
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("what differs, between which outlets", ratio=1)
    for g in groups:
        table.add_row(Text(g.id), _difference_lines(g.differences))
    return table


def _outlets_table(result: CompareResult) -> Any:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.table import plain

    majority = len(result.articles) // 2 + 1
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True,
                  title="per outlet", title_justify="left", title_style="bold",
                  caption=f"omitted: claims at least {majority} of the {len(result.articles)} "
                  "outlets report that this one leaves out", caption_justify="left")
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("outlet", ratio=2)
    table.add_column("claims", justify="right", no_wrap=True)
    table.add_column("unique", justify="right", no_wrap=True)
    table.add_column("omitted", justify="right", no_wrap=True)
    table.add_column("diverging", justify="right", no_wrap=True)
    table.add_column("omitted claims", ratio=2)
    by_id = {a.id: a for a in result.articles}
    for o in result.outlets:
        table.add_row(
            Text(o.article), plain(by_id[o.article].outlet or "—"), Text(str(o.reported)),
            Text(str(o.unique)), Text(str(len(o.omitted))), Text(str(o.diverging)),
            Text(" ".join(o.omitted), style="dim"),
        )
    return table


def _matrix_table(result: CompareResult) -> Any:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    ids = [a.id for a in result.articles]
    cells = {(p.a, p.b): p for p in result.pairwise}
    cells.update({(p.b, p.a): p for p in result.pairwise})
    top = max((p.shared for p in result.pairwise), default=0)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                  title="pairwise: shared claims (agree ✓ diverge ≠)", title_justify="left",
                  title_style="bold", caption="colour: claims shared, relative to the most "
                  "shared pair", caption_justify="left")
    table.add_column("", no_wrap=True, style="bold")
    for art in ids:
        table.add_column(art, justify="right", no_wrap=True)
    for x in ids:
        row = [Text(x)]
        for y in ids:
            if x == y:
                row.append(Text("—", style="dim"))
                continue
            p = cells.get((x, y))
            if p is None:
                row.append(Text("0", style="dim"))
                continue
            level = 0 if not top or not p.shared else 1 + min(3, 4 * p.shared // (top + 1))
            row.append(Text(f"{p.shared} ({p.agree}✓ {p.diverge}≠)", style=HEAT[level]))
        table.add_row(*row)
    return table
