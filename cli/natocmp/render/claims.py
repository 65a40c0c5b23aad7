"""Records and Rich tables for `natocmp claims` and `natocmp speakers`.

No analysis here: claims, groups and speakers arrive computed (``natocmp.attribute``);
this module only lays them out. Article text enters Rich through ``table.plain``.
"""

from __future__ import annotations

from typing import Any

from natocmp.models import Article, Claim, ClaimGroup, Speaker
from natocmp.render.records import Output

CLAIM_COLUMNS = (
    "article", "label", "outlet", "sentence_index", "speaker", "speaker_type", "alias", "kind",
    "cue", "group", "fidelity", "text",
)
SPEAKER_COLUMNS = (
    "speaker", "speaker_type", "article", "label", "outlet", "direct", "reported", "aliases",
)


def _outlet(articles: dict[str, Article], aid: str) -> str | None:
    a = articles.get(aid)
    return a.outlet if a else None


def _group_index(groups: tuple[ClaimGroup, ...]) -> dict[Claim, tuple[str, str | None]]:
    return {c: (g.id, f) for g in groups for c, f in zip(g.claims, g.fidelity, strict=True)}


def claim_record(
    c: Claim, label: str, outlet: str | None, group: str | None, fid: str | None
) -> dict[str, Any]:
    return {
        "article": c.article,
        "label": label,
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
    from natocmp.labels import article_labels

    by_id = {a.id: a for a in articles}
    labels = article_labels(articles)
    index = _group_index(groups)
    rows = [
        claim_record(c, labels.get(c.article, c.article), _outlet(by_id, c.article),
                     *index.get(c, (None, None)))
        for c in claims
    ]
    return Output(document=rows, rows=rows, columns=CLAIM_COLUMNS)


def speakers_output(articles: tuple[Article, ...], speakers: tuple[Speaker, ...]) -> Output:
    from natocmp.labels import article_labels

    by_id = {a.id: a for a in articles}
    labels = article_labels(articles)
    document = [
        {
            "speaker": s.name,
            "speaker_type": s.type,
            "aliases": list(s.aliases),
            "direct": sum(d for _, d, _ in s.counts),
            "reported": sum(r for _, _, r in s.counts),
            "outlets": [
                {"article": a, "label": labels.get(a, a), "outlet": _outlet(by_id, a),
                 "direct": d, "reported": r}
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
            "label": labels.get(a, a),
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
    articles: tuple[Article, ...],
    claims: tuple[Claim, ...],
    groups: tuple[ClaimGroup, ...],
    *,
    flat: bool = False,
) -> list[Any]:
    """Claims by speaker, then by statement: each statement once (its longest wording), then
    each outlet's wording with fidelity and cue. ``flat``: one row per claim instead."""
    from rich.text import Text

    from natocmp.render.layout import Fit, labels_for, legend

    if not claims:
        return [Text("no claims", style="dim")]
    labels = labels_for(articles)
    shown = [a for a in articles if any(c.article == a.id for c in claims)]
    out: list[Any] = [legend(shown, labels), Text("")]
    if flat:
        out.append(Fit(lambda w: _flat_block(claims, groups, labels, w)))
        return out
    out += _statements(claims, groups, labels)
    out.append(Text("one row per claim: --flat; every field: --format json", style="dim"))
    return out


def _quoted(c: Claim) -> str:
    return f"« {c.text} »" if c.kind == "direct" else c.text


def _statements(
    claims: tuple[Claim, ...], groups: tuple[ClaimGroup, ...], labels: dict[str, str]
) -> list[Any]:
    from rich.text import Text

    from natocmp.render.layout import hang, indented
    from natocmp.render.table import plain
    from natocmp.worddiff import word_diff

    by_claim = {c: g for g in groups for c in g.claims}
    fidelity = {c: f for g in groups for c, f in zip(g.claims, g.fidelity, strict=True)}
    # Statements in the order of their first claim; a claim no other outlet shares is its own.
    statements: list[tuple[str | None, list[Claim]]] = []
    seen: set[str] = set()
    for c in claims:
        g = by_claim.get(c)
        if g is None:
            statements.append((None, [c]))
        elif g.id not in seen:
            seen.add(g.id)
            statements.append((g.id, [m for m in g.claims if m in set(claims)]))
    speakers: dict[str | None, list[tuple[str | None, list[Claim]]]] = {}
    for st in statements:
        speakers.setdefault(st[1][0].speaker, []).append(st)
    out: list[Any] = []
    for name, sts in speakers.items():
        members = [c for _, cs in sts for c in cs]
        head = plain(name or "speaker unknown", "bold" if name else "bold dim")
        head.append_text(plain(
            f"  {len(sts)} statement{'s' * (len(sts) != 1)} · {len(members)} claim"
            f"{'s' * (len(members) != 1)} in {len({c.article for c in members})} outlet"
            f"{'s' * (len({c.article for c in members}) != 1)}", "dim"))
        out.append(head)
        # Statements several outlets carry first (most outlets first), then the others.
        sts.sort(key=lambda st: -len({c.article for c in st[1]}) if st[0] else 0)
        singles_said = False
        for gid, cs in sts:
            if gid is None and not singles_said:
                singles_said = True
                if sts[0][0] is not None:  # after the shared statements, say what follows
                    out.append(Text("  reported by one outlet only:", style="dim italic"))
            ref = max(cs, key=lambda c: len(c.text))
            out.append(hang(Text(f"  {gid or '·'}", style="bold"), plain(_quoted(ref)),
                            indent=6))
            for c in cs:
                who = plain(labels.get(c.article, c.article), "bold")
                who.append_text(plain(f"  #{c.sentence_index}", "dim"))
                fid = fidelity.get(c)
                if c is ref and len(cs) > 1:
                    fid = "shown above"  # the wording the others are measured against
                who.append_text(plain(f"  {fid or c.kind}", "green" if fid == "verbatim" else ""))
                who.append_text(plain(f"  cue: {c.cue or '—'}", "dim"))
                if c.alias and c.alias.casefold() not in (c.speaker or "").casefold():
                    who.append_text(plain(f"  as “{c.alias}”", "dim"))
                out.append(hang(Text("    → ", style="dim"), who, indent=6))
                if c is ref:
                    continue
                wording = Text()
                pos = 0
                for sp in word_diff(ref.text, c.text).b_spans:  # words the statement lacks
                    wording.append_text(plain(c.text[pos : sp.start]))
                    wording.append_text(plain(c.text[sp.start : sp.end], "bold yellow"))
                    pos = sp.end
                wording.append_text(plain(c.text[pos:]))
                if c.kind == "direct":
                    wording = Text("« ") + wording + Text(" »")
                out.append(indented(wording, 8))
        out.append(Text(""))
    return out


def _flat_block(
    claims: tuple[Claim, ...], groups: tuple[ClaimGroup, ...], labels: dict[str, str],
    width: int,
) -> list[Any]:
    """One row per claim: a table when the text column gets 40 characters, else each claim's
    fields on a line and its text under them."""
    from rich import box
    from rich.table import Table

    from natocmp.render.layout import indented
    from natocmp.render.table import plain

    index = _group_index(groups)
    namew = min(16, max(len(v) for v in labels.values()))
    if width - (namew + 4 + 18 + 8 + 12 + 5 + 15) >= 40:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
        table.add_column("outlet", min_width=namew, style="bold")
        table.add_column("#", justify="right", no_wrap=True, style="dim")
        table.add_column("speaker", min_width=18)
        table.add_column("kind", no_wrap=True)
        table.add_column("cue", min_width=12, style="dim")
        table.add_column("grp", no_wrap=True)
        table.add_column("text", ratio=1)
        for c in claims:
            gid = index.get(c, (None, None))[0]
            speaker = plain(c.speaker or "unknown", "" if c.speaker else "dim")
            if c.alias and c.alias != c.speaker:
                speaker.append_text(plain(f"\nas “{c.alias}”", "dim"))
            table.add_row(plain(labels.get(c.article, c.article)), plain(c.sentence_index),
                          speaker, plain(c.kind), plain(c.cue or "—"), plain(gid or ""),
                          plain(_quoted(c)))
        return [table]
    out: list[Any] = []
    for c in claims:
        gid = index.get(c, (None, None))[0]
        line = plain(labels.get(c.article, c.article), "bold")
        line.append_text(plain(f" #{c.sentence_index}  ", "dim"))
        line.append_text(plain(c.speaker or "unknown", "" if c.speaker else "dim"))
        if c.alias and c.alias != c.speaker:
            line.append_text(plain(f" as “{c.alias}”", "dim"))
        line.append_text(plain(f" · {c.kind} · cue: {c.cue or '—'}"
                               + (f" · {gid}" if gid else ""), "dim"))
        out += [line, indented(plain(_quoted(c)), 4)]
    return out


def speakers_table(articles: tuple[Article, ...], speakers: tuple[Speaker, ...]) -> list[Any]:
    from rich.text import Text

    from natocmp.render.layout import Fit, labels_for, legend

    if not speakers:
        return [Text("no speakers", style="dim")]
    labels = labels_for(articles)
    return [legend(articles, labels), Text(""),
            Fit(lambda w: _speakers_block(articles, speakers, labels, w)),
            Text("counts per article: d = direct quotes, r = reported claims", style="dim")]


def _speakers_block(
    articles: tuple[Article, ...], speakers: tuple[Speaker, ...], labels: dict[str, str],
    width: int,
) -> list[Any]:
    """Speakers × outlets when the outlets fit across with names 18 wide and aliases 20;
    else one block per speaker listing the outlets that quote them."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from natocmp.render.layout import indented
    from natocmp.render.table import plain

    def cell(d: int, r: int) -> str:
        return " ".join(p for p in (f"{d}d" if d else "", f"{r}r" if r else "") if p) or "0"

    ids = [a.id for a in articles]
    cells = {(s.name, a): cell(d, r) for s in speakers for a, d, r in s.counts}
    colw = {a: max(len(labels[a]), *(len(v) for (_, b), v in cells.items() if b == a), 1)
            for a in ids}
    # 18 + 3: the speaker column; 11 + 3: type; 20: the narrowest aliases column worth having.
    if 18 + 3 + 11 + 3 + sum(colw[a] + 3 for a in ids) + 20 <= width:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
        table.add_column("speaker", min_width=18, ratio=2)
        table.add_column("type", no_wrap=True, min_width=11, style="dim")
        for a in ids:
            table.add_column(plain(labels[a]), justify="right", width=colw[a], no_wrap=True)
        table.add_column("aliases", min_width=20, ratio=3, style="dim")
        for s in speakers:
            row = [plain(cells.get((s.name, a), "·")) for a in ids]
            aliases = "; ".join(a for a in s.aliases if a != s.name)
            table.add_row(plain(s.name), plain(s.type), *row, plain(aliases))
        return [table]
    out: list[Any] = []
    for s in speakers:
        direct = sum(d for _, d, _ in s.counts)
        reported = sum(r for _, _, r in s.counts)
        head = plain(s.name, "bold")
        head.append_text(plain(f"  {s.type} · {direct} direct, {reported} reported · "
                               f"{len(s.counts)} of {len(ids)} outlets", "dim"))
        out.append(head)
        where = Text()
        for n, (a, d, r) in enumerate(s.counts):
            if n:
                where.append(" · ", style="dim")
            where.append_text(plain(labels.get(a, a)))
            where.append(f" {cell(d, r)}", style="dim")
        out.append(indented(where, 4))
        aliases = [a for a in s.aliases if a != s.name]
        if aliases:
            out.append(indented(plain("as: " + "; ".join(aliases), "dim"), 4))
    return out
