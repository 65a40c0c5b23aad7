"""Records and Rich tables for `natocmp verify`.

No analysis here: the checks and counts arrive computed (``natocmp.verify``); this module
lays them out. Article and source text enters Rich through ``table.plain``.
"""

from __future__ import annotations

from typing import Any

from natocmp.models import Difference
from natocmp.render.records import Output
from natocmp.verify.results import VERDICTS, QuoteCheck, VerifyResult

VERIFY_COLUMNS = (
    "article", "outlet", "sentence_index", "kind", "credited", "verdict", "score", "turns",
    "said_by", "said_by_role", "passage", "dropped", "added", "removed", "differences",
    "evidence", "why", "text",
)
LABELS = {"not_found": "not found"}
STYLES = {"verbatim": "green", "trimmed": "cyan", "altered": "bold red",
          "paraphrase": "blue", "translated": "blue", "misattributed": "bold magenta",
          "not_found": "bold yellow", "unchecked": "dim"}


def difference_record(d: Difference) -> dict[str, Any]:
    return {"kind": d.kind, "source": d.a, "quote": d.b, "detail": d.detail}


def check_record(c: QuoteCheck) -> dict[str, Any]:
    return {
        "article": c.article,
        "outlet": c.outlet,
        "sentence_index": c.sentence_index,
        "kind": c.kind,
        "credited": c.credited,
        "verdict": c.verdict,
        "score": c.score,
        "turns": list(c.turns),
        "said_by": c.said_by,
        "said_by_role": c.said_by_role,
        "passage": c.passage,
        "dropped": list(c.dropped),
        "added": list(c.added),
        "removed": list(c.removed),
        "differences": [difference_record(d) for d in c.differences],
        "evidence": list(c.evidence),
        "why": c.why,
        "text": c.text,
    }


def verify_output(result: VerifyResult) -> Output:
    rows = [check_record(c) for c in result.checks]
    s = result.source
    document = {
        "source": {
            "id": s.id,
            "title": s.title,
            "source": s.source,
            "language": s.language,
            "turns": [
                {"index": t.index, "label": t.label, "speaker": t.speaker, "role": t.role,
                 "sentences": list(t.sentences)}
                for t in result.turns
            ],
        },
        "params": dict(result.params),
        "quotes": rows,
        "outlets": [
            {"article": o.article, "outlet": o.outlet, "counts": dict(o.counts)}
            for o in result.outlets
        ],
    }
    return Output(document=document, rows=rows, columns=VERIFY_COLUMNS)


def _difference(d: Difference) -> str:
    a, b = d.a or "—", d.b or "—"
    if d.kind == "splice":
        return f"splice: {d.detail}"
    return f"{d.kind}: {a} → {b}" + (f" ({d.detail})" if d.detail else "")


def _n(count: int, word: str) -> str:
    return f"{count} {word if count == 1 else word + 's'}"


def verify_table(result: VerifyResult) -> list[Any]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.table import plain

    s = result.source
    speakers = sorted({t.speaker for t in result.turns if t.speaker and t.role == "official"})
    questions = sum(t.role == "question" for t in result.turns)
    head = Text()
    head.append_text(plain(f"source {s.id}", "bold"))
    head.append_text(plain(f"  {s.title or s.source} · {_n(len(result.turns), 'turn')} · "
                           f"speakers: {', '.join(speakers) or 'not named'} · "
                           f"{_n(questions, 'question')}", "dim"))
    out: list[Any] = [head]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("art", no_wrap=True, style="bold")
    table.add_column("#", justify="right", no_wrap=True, style="dim")
    table.add_column("credited", ratio=2, min_width=10)
    table.add_column("verdict", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("quote and source", ratio=7)
    for c in result.checks:
        body = plain(f"« {c.text} »" if c.kind == "direct" else c.text)
        if c.passage:
            who = f"turn {', '.join(map(str, c.turns))}" + (f", {c.said_by}" if c.said_by else "")
            body.append_text(plain(f"\nsource ({who}): ", "dim"))
            body.append_text(plain(c.passage, "italic"))
        for piece in c.dropped:
            body.append_text(plain(f"\ndropped: {piece}", "cyan"))
        for d in c.differences:
            body.append_text(plain(f"\n{_difference(d)}", "bold"))
        if c.verdict in ("misattributed", "not_found", "unchecked", "paraphrase", "translated"):
            body.append_text(plain(f"\n{c.why}", "dim"))
        table.add_row(
            plain(c.article), plain(c.sentence_index), plain(c.credited or "unknown"),
            plain(LABELS.get(c.verdict, c.verdict), STYLES[c.verdict]), plain(f"{c.score:.0f}"),
            body,
        )
    out.append(table if result.checks else Text("no quotes of the source", style="dim"))
    # verdicts × articles (ids as columns, as `speakers` does): fits however many outlets
    counts = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    counts.add_column("verdict", no_wrap=True)
    for o in result.outlets:
        counts.add_column(plain(o.article), justify="right", no_wrap=True)
    per = [dict(o.counts) for o in result.outlets]
    for v in VERDICTS:
        if v == "unchecked" and not any(c[v] for c in per):
            continue
        counts.add_row(plain(LABELS.get(v, v), STYLES[v]),
                       *(plain(c[v] or "·", "" if c[v] else "dim") for c in per))
    outlets = Text("outlets: " + "; ".join(f"{o.article} = {o.outlet}" for o in result.outlets),
                   style="dim")
    out += [Text("\nquotes of the source per outlet", style="bold"), counts, outlets]
    return out
