"""Render a DiffResult: its records (json/jsonl/csv/tsv) and its side-by-side table."""

from __future__ import annotations

from typing import Any

from natocmp.models import AlignedPair, Article, Difference, DiffResult, Sentence, Span
from natocmp.render.records import Output, article_record

DIFF_COLUMNS = (
    "label",
    "a",
    "b",
    "a_indices",
    "b_indices",
    "score",
    "differences",
    "a_text",
    "b_text",
)


def difference_record(d: Difference) -> dict[str, Any]:
    return {"kind": d.kind, "a": d.a, "b": d.b, "detail": d.detail}


def _spans(spans: tuple[Span, ...]) -> list[dict[str, Any]]:
    return [{"start": s.start, "end": s.end, "text": s.text} for s in spans]


def pair_record(p: AlignedPair) -> dict[str, Any]:
    return {
        "a_indices": list(p.a_indices),
        "a_text": p.a_text,
        "b_indices": list(p.b_indices),
        "b_text": p.b_text,
        "score": p.score,
        "label": p.label,
        "differences": [difference_record(d) for d in p.differences],
        "a_spans": _spans(p.a_spans),
        "b_spans": _spans(p.b_spans),
        "evidence": {
            "overlap": p.evidence.overlap,
            "containment": p.evidence.containment,
            "bigrams": p.evidence.bigrams,
            "token_set": p.evidence.token_set,
            "shared_terms": list(p.evidence.shared),
            "cosine": p.evidence.cosine,
        },
    }


def unique_record(s: Sentence) -> dict[str, Any]:
    return {"index": s.index, "text": s.text, "kind": s.kind}


def summary(result: DiffResult) -> dict[str, int]:
    """Counts of the rows shown, and of each side's distinct sentences.

    ``agree``/``diverge``: rows by label, as the table shows them. A lead sentence that sums
    up two claims stands in two rows (each with its own score), so rows overcount what is
    aligned: ``aligned_a``/``aligned_b`` count each side's distinct sentences in any row,
    ``diverging_a``/``diverging_b`` those in a diverging row. Each side's sentences are its
    aligned ones plus its ``only_`` ones.
    """
    def side(indices: str) -> tuple[int, int]:
        aligned: set[int] = set()
        diverging: set[int] = set()
        for p in result.pairs:
            found = getattr(p, indices)
            aligned.update(found)
            if p.label == "diverge":
                diverging.update(found)
        return len(aligned), len(diverging)

    aligned_a, diverging_a = side("a_indices")
    aligned_b, diverging_b = side("b_indices")
    diverge = sum(p.label == "diverge" for p in result.pairs)
    return {
        "agree": len(result.pairs) - diverge,
        "diverge": diverge,
        "rows": len(result.pairs),
        "only_a": len(result.only_a),
        "only_b": len(result.only_b),
        "aligned_a": aligned_a,
        "aligned_b": aligned_b,
        "diverging_a": diverging_a,
        "diverging_b": diverging_b,
    }


def diff_output(
    result: DiffResult, *, totals: dict[str, int] | None = None, shown: str | None = None
) -> Output:
    """Records of a diff; ``totals`` is the summary of the unfiltered diff when ``--only``
    filtered ``result`` (the counts always describe the whole comparison)."""
    from natocmp.labels import article_labels

    labels = article_labels((result.a, result.b))
    document = {
        "a": article_record(result.a, labels[result.a.id]),
        "b": article_record(result.b, labels[result.b.id]),
        "params": dict(result.params),
        "summary": totals or summary(result),
        "shown": shown or "all",
        "pairs": [pair_record(p) for p in result.pairs],
        "only_a": [unique_record(s) for s in result.only_a],
        "only_b": [unique_record(s) for s in result.only_b],
    }
    a, b = result.a.id, result.b.id
    rows: list[dict[str, Any]] = [
        {
            "label": p.label,
            "a": a,
            "b": b,
            "a_indices": list(p.a_indices),
            "b_indices": list(p.b_indices),
            "score": p.score,
            "differences": [difference_record(d) for d in p.differences],
            "a_text": p.a_text,
            "b_text": p.b_text,
        }
        for p in result.pairs
    ]
    rows += [
        {
            "label": "only_a",
            "a": a,
            "b": b,
            "a_indices": [s.index],
            "b_indices": [],
            "score": None,
            "differences": [],
            "a_text": s.text,
            "b_text": None,
        }
        for s in result.only_a
    ]
    rows += [
        {
            "label": "only_b",
            "a": a,
            "b": b,
            "a_indices": [],
            "b_indices": [s.index],
            "score": None,
            "differences": [],
            "a_text": None,
            "b_text": s.text,
        }
        for s in result.only_b
    ]
    return Output(document=document, rows=rows, columns=DIFF_COLUMNS)


# --- table ---------------------------------------------------------------------------------

A_STYLE = "bold red"
B_STYLE = "bold green"


def diff_table(
    result: DiffResult, *, totals: dict[str, int] | None = None, shown: str | None = None
) -> list[Any]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.labels import article_labels
    from natocmp.render.layout import Fit
    from natocmp.render.table import plain

    labels = article_labels((result.a, result.b))
    la, lb = labels[result.a.id], labels[result.b.id]
    out: list[Any] = [_header("A", result.a, la), _header("B", result.b, lb), Text("")]
    if result.pairs:
        out.append(Fit(lambda w: _pairs_block(result, la, lb, w)))
    for label, article, sentences in (
        ("A", result.a, result.only_a),
        ("B", result.b, result.only_b),
    ):
        if not sentences:
            continue
        table = Table(
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            expand=True,
            title=f"only in {label} · {labels[article.id]} ({len(sentences)})",
            title_justify="left",
            title_style="bold",
        )
        table.add_column("#", justify="right", no_wrap=True, style="dim")
        table.add_column("text", ratio=1)
        for s in sentences:
            table.add_row(plain(s.index), plain(s.text, "bold" if s.kind == "heading" else ""))
        out.append(table)
    counts = totals or summary(result)
    line = plain(
        f"{counts['agree']} agree · {counts['diverge']} diverge · "
        f"{counts['only_a']} only in {la} · {counts['only_b']} only in {lb}",
        "bold",
    )
    if shown:
        line.append(f"   (showing {shown} only)", style="dim")
    out.append(line)
    if counts["rows"] != counts["aligned_a"] or counts["rows"] != counts["aligned_b"]:
        # A sentence in several rows: say how many distinct sentences the rows align.
        out.append(
            plain(
                f"sentences aligned: {counts['aligned_a']} of {la} "
                f"({counts['diverging_a']} diverging) · {counts['aligned_b']} of {lb} "
                f"({counts['diverging_b']} diverging)",
                "dim",
            )
        )
    return out


# 110: below this, two sentence columns side by side get under 40 characters each; the
# pairs are then stacked, A above B.
SIDE_BY_SIDE = 110


def _pairs_block(result: DiffResult, la: str, lb: str, width: int) -> list[Any]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.layout import hang
    from natocmp.render.table import plain

    if width < SIDE_BY_SIDE:
        out: list[Any] = [Text("aligned claims", style="bold")]
        previous: AlignedPair | None = None
        for p in result.pairs:
            head = Text(p.label, style="bold yellow" if p.label == "diverge" else "bold green")
            head.append(f"  score {p.score:.0f}", style="dim")
            for d in p.differences:
                head.append(f"\n  {d.kind}: ", style="bold")
                head.append_text(plain(d.a or "—", A_STYLE))
                head.append(" ≠ ")
                head.append_text(plain(d.b or "—", B_STYLE))
            out.append(head)
            same_a = previous is not None and previous.a_indices == p.a_indices
            same_b = previous is not None and previous.b_indices == p.b_indices
            out.append(hang(Text("  A", style=A_STYLE), _repeat(p.a_indices) if same_a
                            else _side(result.a, p.a_indices, p.a_text, p.a_spans, A_STYLE),
                            indent=5))
            out.append(hang(Text("  B", style=B_STYLE), _repeat(p.b_indices) if same_b
                            else _side(result.b, p.b_indices, p.b_text, p.b_spans, B_STYLE),
                            indent=5))
            previous = p
        return out
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=True,
        show_lines=True,
        title="aligned claims",
        title_justify="left",
        title_style="bold",
    )
    table.add_column(plain(f"A · {la}"), ratio=6)
    table.add_column(plain(f"B · {lb}"), ratio=6)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("verdict", ratio=3)
    previous: AlignedPair | None = None
    for p in result.pairs:
        same_a = previous is not None and previous.a_indices == p.a_indices
        same_b = previous is not None and previous.b_indices == p.b_indices
        table.add_row(
            _repeat(p.a_indices)
            if same_a
            else _side(result.a, p.a_indices, p.a_text, p.a_spans, A_STYLE),
            _repeat(p.b_indices)
            if same_b
            else _side(result.b, p.b_indices, p.b_text, p.b_spans, B_STYLE),
            plain(f"{p.score:.0f}"),
            _verdict(p),
        )
        previous = p
    return [table]


def _header(side: str, article: Article, label: str) -> Any:
    from rich.text import Text

    from natocmp.render.layout import hang
    from natocmp.render.table import plain

    line = Text()
    line.append_text(plain(f"{label}  ", "bold"))
    ident = f"{article.id} · " if article.id != label else ""
    from natocmp.labels import who_published

    outlet = who_published(article)
    line.append_text(
        plain(f"{ident}{outlet} · {article.date or 'date unknown'} · ", "dim")
    )
    line.append_text(plain(article.title or ""))
    return hang(Text(side, style="bold"), line, indent=3)


def _side(
    article: Article, indices: tuple[int, ...], text: str, spans: tuple[Span, ...], style: str
) -> Any:
    """One side of a pair: each sentence on its own line after its index, differing words styled.

    ``text`` is the sentences joined by single spaces, which is what the span offsets index.
    """
    from rich.text import Text

    from natocmp.render.table import plain

    body = plain(text)
    for span in spans:
        body.stylize(style, span.start, span.end)
    cell = Text()
    offset = 0
    for n, index in enumerate(indices):
        length = len(article.sentences[index].text)
        if n:
            cell.append("\n")
        cell.append(f"{index}  ", style="dim")
        cell.append_text(body[offset : offset + length])
        offset += length + 1
    return cell


def _repeat(indices: tuple[int, ...]) -> Any:
    """A side identical to the row above: its indices only, not the text again."""
    from rich.text import Text

    return Text(", ".join(str(i) for i in indices) + "  ↑ same as above", style="dim")


def _verdict(p: AlignedPair) -> Any:
    from rich.text import Text

    from natocmp.render.table import plain

    cell = Text(p.label, style="bold yellow" if p.label == "diverge" else "bold green")
    for d in p.differences:
        cell.append("\n")
        cell.append(f"{d.kind}: ", style="bold")
        cell.append_text(plain(d.a or "—", A_STYLE))
        cell.append(" ≠ ")
        cell.append_text(plain(d.b or "—", B_STYLE))
    return cell
