"""Render a CompareResult: records (json/jsonl/csv/tsv) and the terminal tables.

Tables: claim groups × outlets (✓ agree, ≠ diverge, + only this outlet, · absent), the
divergences, a per-outlet summary, and the pairwise agreement matrix as a heat map; or one
group in full (``--group``). Nothing here analyses text: spans and verdicts come from the
result. Article text reaches Rich only through ``natocmp.render.table.plain``.
"""

from __future__ import annotations

from typing import Any

from natocmp.models import (
    CompareGroup,
    CompareResult,
    Member,
    MemberDifference,
    PairwiseAgreement,
)
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
    from natocmp.labels import article_labels

    shown = result.groups if groups is None else groups
    labels = article_labels(result.articles)
    document = {
        "articles": [article_record(a, labels[a.id]) for a in result.articles],
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
    rows = [
        {
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
        for g in shown
        for m in g.members
    ]
    return Output(document=document, rows=rows, columns=COMPARE_COLUMNS)


# --- tables --------------------------------------------------------------------------------

# Heat map of the pairwise matrix: background by the share of the most shared pair.
HEAT = ("", "on blue", "black on cyan", "black on green", "black on yellow")
# 48: a claim column narrower than this shows a sentence in pieces of a few words; the text
# then goes on its own row under the marks.
INLINE_TEXT = 48
# 20: the pairs listed when the pairwise matrix is too wide for the terminal.
TOP_PAIRS = 20


def compare_table(result: CompareResult, groups: tuple[CompareGroup, ...]) -> list[Any]:
    from rich.text import Text

    from natocmp.render.layout import Fit, labels_for, legend

    labels = labels_for(result.articles)
    out: list[Any] = [legend(result.articles, labels), Text("")]
    out.append(Fit(lambda w: _claims_block(result, groups, labels, w)))
    out.append(Text(
        f"{MARKS['agree']} agrees  {MARKS['diverge']} diverges  {MARKS['unique']} only here  "
        f"{ABSENT} absent  —  one claim in full: natocmp compare --group ID",
        style="dim",
    ))
    diverging = [g for g in groups if g.label == "diverge"]
    if diverging:
        out += [Text(""), _divergences_table(diverging, labels)]
    out += [Text(""), Fit(lambda w: _outlets_table(result, labels, w)), Text("")]
    out.append(Fit(lambda w: _matrix_block(result, labels, w)))
    return out


def group_table(result: CompareResult, group: CompareGroup) -> list[Any]:
    """One group in full: each outlet's sentence(s), words the central one lacks highlighted."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.layout import labels_for, legend
    from natocmp.render.table import plain

    labels = labels_for(result.articles)
    members = {m.article for m in group.members}
    head = Text()
    head.append(f"{group.id}  ", style="bold")
    head.append(group.label, style=MARK_STYLES[group.label])
    head.append(f"  ·  {len(group.members)} of {len(result.articles)} outlets", style="dim")
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("outlet", ratio=1, min_width=12)
    table.add_column("#", justify="right", no_wrap=True, style="dim")
    table.add_column("text", ratio=4)
    for m in group.members:
        text = plain(m.text)
        for span in m.spans:
            text.stylize("bold green", span.start, span.end)
        who = plain(labels[m.article], "bold")
        who.append(f" {MARKS[m.status]}", style=MARK_STYLES[m.status])
        if m.central:
            who.append("\n◆ central", style="dim")
        table.add_row(who, plain(" ".join(str(i) for i in m.indices)), text)
    out: list[Any] = [legend([a for a in result.articles if a.id in members], labels), Text(""),
                      head, table]
    if len(group.members) > 1:
        out.append(Text("highlighted: words this outlet has that the central sentence lacks",
                        style="dim"))
    if group.differences:
        out += [Text(""), _difference_lines(group.differences, labels)]
    if group.links:
        links = Text("pairwise links: ", style="dim")
        links.append_text(plain(", ".join(
            f"{labels[k.a]}–{labels[k.b]} {k.score:.0f}" for k in group.links), "dim"))
        out.append(links)
    return out


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    # textwrap breaks on ASCII whitespace only: « guillemets » keep their no-break spaces.
    return textwrap.wrap(" ".join(text.split(" ")), max(1, width),
                         break_on_hyphens=False) or [""]


def _claims_block(
    result: CompareResult, groups: tuple[CompareGroup, ...], labels: dict[str, str], width: int
) -> list[Any]:
    """Claims × outlets as a grid of marks when the outlets fit across, else outlets listed by
    mark under each claim; the claim's text beside the marks when there is room, else below."""
    from rich.text import Text

    from natocmp.render.table import plain

    title = Text(f"claims ({len(groups)} of {len(result.groups)})", style="bold")
    if not groups:
        return [title, Text("no claims to show", style="dim")]
    ids = [a.id for a in result.articles]
    idw = max(len(g.id) for g in groups) + 2
    # A header wraps between words, never inside one (labels are 16 characters at most).
    colw = {a: max(1, *(len(w) for w in labels[a].split())) for a in ids}
    grid = idw + sum(colw[a] + 1 for a in ids)
    out: list[Any] = [title]
    if grid <= width:
        head = [_wrap(labels[a], colw[a]) for a in ids]
        text_room = width - grid - 1
        inline = text_room >= INLINE_TEXT
        height = max(len(h) for h in head)
        for row in range(height):
            line = Text(" " * idw)
            for a, h in zip(ids, head, strict=True):
                cell = h[row] if row < len(h) else ""
                line.append(cell.center(colw[a]) + " ", style="bold")
            if inline and row == height - 1:
                line.append(" claim (central sentence)", style="bold")
            out.append(line)
        out.append(Text("─" * min(width, grid + (text_room + 1 if inline else 0)), style="dim"))
        for g in groups:
            status = {m.article: m.status for m in g.members}
            line = Text(g.id.ljust(idw), style="bold")
            for a in ids:
                mark, style = ((MARKS[status[a]], MARK_STYLES[status[a]]) if a in status
                               else (ABSENT, "dim"))
                line.append(mark.center(colw[a]), style=style)
                line.append(" ")
            text = _central(g)
            if inline:
                pieces = _wrap(text, text_room)
                line.append(" ")
                line.append_text(plain(pieces[0]))
                out.append(line)
                out += [Text(" " * (grid + 1)) + plain(p) for p in pieces[1:]]
            else:
                out.append(line)
                out += [Text(" " * idw) + plain(p) for p in _wrap(text, width - idw)]
        return out
    # Too many outlets to fit across: under each claim, the outlets named by mark.
    for g in groups:
        line = Text(g.id.ljust(idw), style="bold")
        line.append(g.label, style=MARK_STYLES.get(g.label, ""))
        line.append(f" · {len(g.members)} of {len(ids)} outlets", style="dim")
        out.append(line)
        for status in ("agree", "diverge", "unique"):
            who = [labels[m.article] for m in g.members if m.status == status]
            if not who:
                continue
            for n, piece in enumerate(_wrap(", ".join(who), width - idw - 2)):
                mark = Text(" " * idw)
                mark.append((MARKS[status] if n == 0 else " ") + " ", style=MARK_STYLES[status])
                out.append(mark + plain(piece))
        out += [Text(" " * idw) + plain(p) for p in _wrap(_central(g), width - idw)]
    return out


def _central(g: CompareGroup) -> str:
    central = next(m for m in g.members if m.central)
    return " ".join(central.text.split())


def _difference_lines(
    differences: tuple[MemberDifference, ...], labels: dict[str, str]
) -> Any:
    from rich.text import Text

    from natocmp.render.table import plain

    lines = Text()
    for n, d in enumerate(differences):
        if n:
            lines.append("\n")
        lines.append(f"{d.difference.kind}  ", style="bold")
        lines.append_text(plain(f"{labels.get(d.a, d.a)}: ", "dim"))
        lines.append_text(plain(d.difference.a or "—", "bold red"))
        lines.append(" ≠ ")
        lines.append_text(plain(f"{labels.get(d.b, d.b)}: ", "dim"))
        lines.append_text(plain(d.difference.b or "—", "bold green"))
    return lines


def _divergences_table(groups: list[CompareGroup], labels: dict[str, str]) -> Any:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True,
                  title="divergences", title_justify="left", title_style="bold")
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("what differs, between which outlets", ratio=1)
    for g in groups:
        table.add_row(Text(g.id), _difference_lines(g.differences, labels))
    return table


def _outlets_table(result: CompareResult, labels: dict[str, str], width: int) -> list[Any]:
    """Per outlet counts; the omitted claims' ids in a column when it gets 24 characters or
    more, else listed under the table, one outlet a line."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.table import plain

    majority = len(result.articles) // 2 + 1
    namew = min(16, max(len(v) for v in labels.values()))
    fixed = namew + sum(len(h) + 3 for h in ("claims", "unique", "omitted", "diverging"))
    inline = width - fixed - 3 >= 24
    caption = (f"omitted: claims at least {majority} of the {len(result.articles)} outlets "
               "report that this one leaves out")
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=inline,
                  title="per outlet", title_justify="left", title_style="bold",
                  caption=caption if inline else None, caption_justify="left")
    table.add_column("outlet", min_width=namew, style="bold")
    table.add_column("claims", justify="right", no_wrap=True)
    table.add_column("unique", justify="right", no_wrap=True)
    table.add_column("omitted", justify="right", no_wrap=True)
    table.add_column("diverging", justify="right", no_wrap=True)
    if inline:
        table.add_column("omitted claims", ratio=1)
    for o in result.outlets:
        row = [plain(labels[o.article]), Text(str(o.reported)), Text(str(o.unique)),
               Text(str(len(o.omitted))), Text(str(o.diverging))]
        if inline:
            row.append(Text(" ".join(o.omitted), style="dim"))
        table.add_row(*row)
    if inline:
        return [table]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(ratio=1, style="dim")
    for o in result.outlets:
        if o.omitted:
            grid.add_row(plain(labels[o.article]), Text(" ".join(o.omitted)))
    return [table, Text(caption + ":", style="dim"), grid]


def _matrix_block(result: CompareResult, labels: dict[str, str], width: int) -> list[Any]:
    """The pairwise matrix when it fits the width; else the pairs most shared, as a list."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.layout import READABLE, note
    from natocmp.render.table import plain

    ids = [a.id for a in result.articles]
    cells = {(p.a, p.b): p for p in result.pairwise}
    cells.update({(p.b, p.a): p for p in result.pairwise})
    top = max((p.shared for p in result.pairwise), default=0)
    text = {k: f"{p.shared} ({p.agree}✓ {p.diverge}≠)" for k, p in cells.items()}
    cellw = max((len(t) for t in text.values()), default=1)
    rowh = max(len(labels[a]) for a in ids)
    colw = [max(cellw, len(labels[a])) for a in ids]
    title = "pairwise: shared claims (agree ✓ diverge ≠)"

    def level(p: PairwiseAgreement) -> int:
        return 0 if not top or not p.shared else 1 + min(3, 4 * p.shared // (top + 1))

    # Rich puts 3 characters between columns: a padding space, the divider, a padding space.
    if rowh + sum(w + 3 for w in colw) <= width:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, title=title,
                      title_justify="left", title_style="bold", caption="colour: claims "
                      "shared, relative to the most shared pair", caption_justify="left")
        table.add_column("", no_wrap=True, style="bold")
        for art, w in zip(ids, colw, strict=True):
            table.add_column(plain(labels[art]), justify="right", width=w, no_wrap=True)
        for x in ids:
            row = [plain(labels[x])]
            for y in ids:
                p = cells.get((x, y))
                if x == y:
                    row.append(Text("—", style="dim"))
                elif p is None:
                    row.append(Text("0", style="dim"))
                else:
                    row.append(Text(text[(x, y)], style=HEAT[level(p)]))
            table.add_row(*row)
        return [table]
    # Too wide: the pairs as rows, most shared first.
    ranked = sorted(result.pairwise, key=lambda p: (-p.shared, ids.index(p.a), ids.index(p.b)))
    shown = [p for p in ranked if p.shared][:TOP_PAIRS]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, title=title
                  + " — the pairs that share most", title_justify="left", title_style="bold")
    table.add_column("outlet", min_width=min(rowh, READABLE))
    table.add_column("outlet", min_width=min(rowh, READABLE))
    table.add_column("shared", justify="right", no_wrap=True)
    table.add_column("agree", justify="right", no_wrap=True)
    table.add_column("diverge", justify="right", no_wrap=True)
    for p in shown:
        table.add_row(plain(labels[p.a]), plain(labels[p.b]),
                      Text(str(p.shared), style=HEAT[level(p)]), Text(str(p.agree)),
                      Text(str(p.diverge)))
    n_pairs = len(ids) * (len(ids) - 1) // 2
    out: list[Any] = [table]
    if len(shown) < n_pairs:
        out.append(note(f"{n_pairs - len(shown)} of {n_pairs} pairs not shown (fewer shared "
                        "claims); all of them: --format json (pairwise), or a wider terminal "
                        "(--width) for the matrix"))
    return out


