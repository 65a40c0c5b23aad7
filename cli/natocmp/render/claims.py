"""Records and Rich tables for `natocmp claims` and `natocmp speakers`.

No analysis here: claims, groups and speakers arrive computed (``natocmp.attribute``);
this module only lays them out. Article text enters Rich through ``table.plain``.
"""

from __future__ import annotations

from typing import Any

from natocmp.models import Article, Claim, ClaimGroup, Speaker
from natocmp.render.records import Output

CLAIM_COLUMNS = (
    "article", "outlet", "sentence_index", "speaker", "speaker_type", "alias", "kind", "cue",
    "group", "fidelity", "text",
)
SPEAKER_COLUMNS = ("speaker", "speaker_type", "article", "outlet", "direct", "reported", "aliases")


def _outlet(articles: dict[str, Article], aid: str) -> str:
    a = articles.get(aid)
    return (a.outlet or a.source) if a else aid


def _group_index(groups: tuple[ClaimGroup, ...]) -> dict[Claim, tuple[str, str | None]]:
    return {c: (g.id, f) for g in groups for c, f in zip(g.claims, g.fidelity, strict=True)}


def claim_record(c: Claim, outlet: str, group: str | None, fid: str | None) -> dict[str, Any]:
    return {
        "article": c.article,
        "outlet": outlet,
        "sentence_index": c.sentence_index,
        "speaker": c.speaker,
        "speaker_type": c.speaker_type,
        "alias": c.alias,
        "resolved_by": c.how or None,
        "speaker_from": c.speaker_from,
        "kind": c.kind,
        "cue": c.cue,
        "group": group,
        "fidelity": fid,
        "text": c.text,
    }


def claims_output(
    articles: tuple[Article, ...], claims: tuple[Claim, ...], groups: tuple[ClaimGroup, ...]
) -> Output:
    by_id = {a.id: a for a in articles}
    index = _group_index(groups)
    rows = [claim_record(c, _outlet(by_id, c.article), *index.get(c, (None, None))) for c in claims]
    return Output(document=rows, rows=rows, columns=CLAIM_COLUMNS)


def speakers_output(articles: tuple[Article, ...], speakers: tuple[Speaker, ...]) -> Output:
    by_id = {a.id: a for a in articles}
    document = [
        {
            "speaker": s.name,
            "speaker_type": s.type,
            "aliases": list(s.aliases),
            "direct": sum(d for _, d, _ in s.counts),
            "reported": sum(r for _, _, r in s.counts),
            "outlets": [
                {"article": a, "outlet": _outlet(by_id, a), "direct": d, "reported": r}
                for a, d, r in s.counts
            ],
        }
        for s in speakers
    ]
    rows = [
        {
            "speaker": s.name,
            "speaker_type": s.type,
            "article": a,
            "outlet": _outlet(by_id, a),
            "direct": d,
            "reported": r,
            "aliases": list(s.aliases),
        }
        for s in speakers
        for a, d, r in s.counts
    ]
    return Output(document=document, rows=rows, columns=SPEAKER_COLUMNS)


def claims_table(
    articles: tuple[Article, ...], claims: tuple[Claim, ...], groups: tuple[ClaimGroup, ...]
) -> list[Any]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.table import plain
    from natocmp.worddiff import word_diff

    by_id = {a.id: a for a in articles}
    index = _group_index(groups)
    out: list[Any] = []
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("art", no_wrap=True, style="bold")
    table.add_column("#", justify="right", no_wrap=True, style="dim")
    table.add_column("speaker", ratio=2, min_width=12)
    table.add_column("kind", no_wrap=True)
    table.add_column("cue", max_width=12, style="dim")
    table.add_column("grp", no_wrap=True)
    table.add_column("text", ratio=6)
    for c in claims:
        gid = index.get(c, (None, None))[0]
        speaker = plain(c.speaker or "unknown", "" if c.speaker else "dim")
        if c.alias and c.alias != c.speaker:
            speaker.append_text(plain(f"\n({c.alias})", "dim"))
        text = plain(f"« {c.text} »" if c.kind == "direct" else c.text)
        table.add_row(
            plain(c.article), plain(c.sentence_index), speaker, plain(c.kind),
            plain(c.cue or "—"), plain(gid or ""), text,
        )
    out.append(table if claims else Text("no claims", style="dim"))
    for g in groups:
        head = Text()
        head.append(f"\n{g.id}", style="bold")
        head.append_text(plain(f"  {g.speaker} · {len(g.claims)} wordings · min score {g.score}",
                               "dim"))
        out.append(head)
        ref = max(g.claims, key=lambda c: len(c.text))
        gt = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, show_header=False)
        gt.add_column("outlet", ratio=1)
        gt.add_column("fidelity", no_wrap=True)
        gt.add_column("wording", ratio=4)
        for c, fid in zip(g.claims, g.fidelity, strict=True):
            wording = plain("")
            spans = word_diff(ref.text, c.text).b_spans if c is not ref else ()
            pos = 0
            for sp in spans:  # words this outlet has that the longest wording lacks
                wording.append_text(plain(c.text[pos : sp.start]))
                wording.append_text(plain(c.text[sp.start : sp.end], "bold yellow"))
                pos = sp.end
            wording.append_text(plain(c.text[pos:]))
            gt.add_row(
                plain(f"{c.article} {_outlet(by_id, c.article)}"),
                plain(fid or c.kind, "green" if fid == "verbatim" else ""),
                wording,
            )
        out.append(gt)
    return out


def speakers_table(articles: tuple[Article, ...], speakers: tuple[Speaker, ...]) -> list[Any]:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.table import plain

    ids = [a.id for a in articles]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("speaker", ratio=2)
    table.add_column("type", no_wrap=True, min_width=11, style="dim")
    for aid in ids:
        table.add_column(aid, justify="right", no_wrap=True)
    table.add_column("aliases", ratio=3, style="dim")
    for s in speakers:
        counts = {a: (d, r) for a, d, r in s.counts}
        cells = [plain(f"{counts[a][0]}d {counts[a][1]}r" if a in counts else "·") for a in ids]
        table.add_row(plain(s.name), plain(s.type), *cells, plain("; ".join(s.aliases)))
    note = Text("counts per article: d = direct quotes, r = reported claims", style="dim")
    return [table if speakers else Text("no speakers", style="dim"), note]
