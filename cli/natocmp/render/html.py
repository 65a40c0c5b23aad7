"""Render a ``natocmp.report.Report`` as one self-contained HTML page.

The page holds everything inline — CSS in one ``<style>``, charts as inline SVG — and needs
no JavaScript and no network: a Content-Security-Policy ``<meta>`` forbids scripts, fonts,
images and connections, so even a mistake in escaping could not run or fetch anything.

Sections: the articles with their metadata and text; claim groups × outlets as a grid
(each claim a ``<details>`` opening on every outlet's wording, words the reference sentence
lacks highlighted); the pairwise agreement heat map; per outlet, omissions and framing
markers; speakers × outlets; the timeline; the parameters used.

Article text is data, never markup: every piece of it goes through ``esc`` (``html.escape``
with quotes, control and bidi-override characters made visible), attribute values are
always double-quoted and escaped, element ids are built from positions (never from article
ids, which come from file names), and links are written only for http(s) URLs. Colours are
blue / orange / purple (distinguishable with the common colour-vision deficiencies) and
every colour comes with a symbol: ✓ agree, ≠ diverge, + only here, · absent.

Nothing here analyses text: verdicts, spans and counts come from the result objects.
Deterministic: same Report, same bytes (no timestamps, no unordered iteration).
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Iterable, Sequence

from natocmp.models import Article, CompareGroup, FlaggedSentence, Member, TimelineEvent
from natocmp.report import Report

MARKS = {"agree": "✓", "diverge": "≠", "unique": "+", "absent": "·"}
MEANING = {
    "agree": "agrees with every other outlet",
    "diverge": "differs from another outlet",
    "unique": "only this outlet",
    "absent": "not reported",
}
FRAMING_NAMES = {
    "evaluative": "evaluative / loaded",
    "hedge": "hedge / distance",
    "scare_quote": "scare quote",
    "context": "context only here",
}
# C0/C1 controls (except tab and newline) are invalid in HTML text; bidi overrides and
# isolates can make text display in another order than it reads. Both become visible.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def esc(value: object) -> str:
    """Untrusted text as inert HTML text or attribute value (use inside double quotes).

    >>> esc('<img src=x onerror="alert(1)">\\u202e')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;�'
    """
    return html.escape(_UNSAFE.sub("\ufffd", str(value)), quote=True)


def _attr(name: str, value: object) -> str:
    return f' {name}="{esc(value)}"'


def _highlight(text: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    """``text`` escaped, with each (start, end, class, title) span in a ``<mark>``.

    Spans are taken in text order; one overlapping an earlier span is left out (its words
    are already marked). Classes are ours, titles are escaped.

    >>> _highlight("a <b> c", [(2, 5, "add", "x")])
    'a <mark class="add" title="x">&lt;b&gt;</mark> c'
    """
    out: list[str] = []
    pos = 0
    for start, end, cls, title in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or not 0 <= start < end <= len(text):
            continue
        out.append(esc(text[pos:start]))
        out.append(f'<mark class="{cls}"{_attr("title", title)}>{esc(text[start:end])}</mark>')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def _outlet(article: Article) -> str:
    from natocmp.labels import who_published

    return who_published(article)


@functools.lru_cache(maxsize=8)
def _label_table(keys: tuple[tuple[str, str | None], ...]) -> dict[str, str]:
    from natocmp.labels import article_labels

    return article_labels(
        Article(i, None, o, None, "und", i, None, "", (), ()) for i, o in keys
    )


def _label(arts: Sequence[Article], article_id: str) -> str:
    """The article's label (natocmp.labels), as every table and record names it."""
    return _label_table(tuple((a.id, a.outlet) for a in arts)).get(article_id, article_id)


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


# --- the page ----------------------------------------------------------------------------


def render_html(report: Report) -> str:
    """The whole page as one string (UTF-8 when written), ending with a newline."""
    arts = report.articles
    dates = sorted(a.date for a in arts if a.date)
    span = f" · {dates[0]} – {dates[-1]}" if dates and dates[0] != dates[-1] else (
        f" · {dates[0]}" if dates else "")
    summary = (f"{_plural(len(arts), 'article')} · "
               f"{_plural(len(report.compare.groups), 'claim')}, "
               f"{len(report.shared)} told by several outlets{span}")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="natocmp {esc(report.version)}">',
        f"<title>natocmp report: {esc(summary)}</title>",
        f"<style>{CSS}{_verify_css(report)}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>How the outlets tell it</h1>",
        f'<p class="lede">{esc(summary)}</p>',
        "<nav><a href=\"#articles\">Articles</a> <a href=\"#claims\">Claims</a> "
        "<a href=\"#agreement\">Agreement</a> <a href=\"#outlets\">Outlets</a> "
        "<a href=\"#speakers\">Speakers</a> <a href=\"#timeline\">Timeline</a> "
        + ("<a href=\"#verify\">Quotes vs source</a> " if report.verify else "")
        + "<a href=\"#method\">Method</a></nav>",
        "</header>",
        "<main>",
        _articles_section(report),
        _claims_section(report),
        _agreement_section(report),
        _outlets_section(report),
        _speakers_section(report),
        _timeline_section(report),
        *([_verify_section(report)] if report.verify is not None else []),
        _method_section(report),
        "</main>",
        f"<footer>Made by natocmp {esc(report.version)}. This page runs no scripts and loads "
        "nothing from the network; article text is shown as text.</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _verify_css(report: Report) -> str:
    if report.verify is None:
        return ""
    from natocmp.render.html_verify import CSS as VERIFY_CSS

    return VERIFY_CSS


def _anchor(report: Report) -> dict[str, str]:
    """Element ids for articles, by position: article ids come from file names."""
    return {a.id: f"a{n}" for n, a in enumerate(report.articles, 1)}


# --- articles ------------------------------------------------------------------------------


def _articles_section(report: Report) -> str:
    anchors = _anchor(report)
    cards = []
    for a in report.articles:
        facts = [
            f"<strong>{esc(_outlet(a))}</strong>",
            f"<time>{esc(a.date or 'date unknown')}</time>",
            esc(a.language),
            f"{_plural(len(a.sentences), 'sentence')}, {_plural(a.words, 'word')}",
        ]
        where = f"id <code>{esc(a.id)}</code> · <code>{esc(a.source)}</code>"
        if a.url:
            link = esc(a.url)
            if a.url.lower().startswith(("https://", "http://")):
                link = f'<a{_attr("href", a.url)} rel="noreferrer">{link}</a>'
            where += f' · <span class="url">{link}</span>'
        sentences = "".join(
            f'<li value="{s.index}"' + (' class="heading"' if s.kind == "heading" else "")
            + f">{esc(s.text)}</li>"
            for s in a.sentences
        )
        cards.append(
            f'<article class="card" id="{anchors[a.id]}">'
            f'<h3><span class="aid">{esc(_label(report.articles, a.id))}</span> '
            f'{esc(a.title or "(no title)")}</h3>'
            f'<p class="meta">{" · ".join(facts)}</p><p class="meta why">{where}</p>'
            f"<details><summary>Full text</summary>"
            f'<ol class="sentences" start="0">{sentences}</ol></details>'
            "</article>"
        )
    return (
        '<section id="articles"><h2>Articles</h2>'
        f'<div class="cards">{"".join(cards)}</div></section>'
    )


# --- claims × outlets ---------------------------------------------------------------------


def _claims_section(report: Report) -> str:
    arts = report.articles
    legend = "".join(
        f'<span class="key"><span class="cell {k}">{MARKS[k]}</span> {MEANING[k]}</span>'
        for k in MARKS
    )
    shared, unique = report.shared, report.unique
    out = [
        '<section id="claims"><h2>Claims × outlets</h2>',
        "<p>One row per claim: the sentences of different outlets that carry it. A claim "
        "<strong>diverges</strong> when two outlets' sentences differ on a number, date, name, "
        "speaker, negation or hedge. Open a row to read every outlet's wording side by side; "
        "highlighted words are those the reference sentence (★) does not have.</p>",
        f'<p class="legend">{legend}</p>',
        _grid(arts, shared, f"{_plural(len(shared), 'claim')} told by two or more outlets"),
    ]
    if unique:
        out.append(
            f'<details class="more"><summary>{_plural(len(unique), "claim")} only one outlet '
            "tells</summary>"
            + _grid(arts, unique, "claims told by one outlet") + "</details>"
        )
    out.append("</section>")
    return "".join(out)


def _grid(arts: Sequence[Article], groups: Sequence[CompareGroup], caption: str) -> str:
    head = "".join(
        f'<span class="col"{_attr("title", a.id + ": " + _outlet(a))}>'
        f"{esc(_label(arts, a.id))}</span>"
        for a in arts
    )
    rows = "".join(_claim_row(arts, g) for g in groups)
    return (
        # Past 8 outlets the marks take the row: the sentence goes on its own line under them.
        f'<div class="scroll"><div class="grid{" many" if len(arts) > 8 else ""}" '
        f'style="--n:{len(arts)}" role="table"{_attr("aria-label", caption)}>'
        f'<div class="row head" role="row"><span class="cid">claim</span>{head}'
        f'<span class="gist">reference sentence</span></div>{rows}</div></div>'
    )


def _claim_row(arts: Sequence[Article], g: CompareGroup) -> str:
    by_article = {m.article: m for m in g.members}
    cells = []
    for a in arts:
        m = by_article.get(a.id)
        status = m.status if m else "absent"
        cells.append(
            f'<span class="cell {status}"'
            f'{_attr("title", f"{_label(arts, a.id)}: {MEANING[status]}")}>'
            f'{MARKS[status]}<span class="sr"> {esc(_label(arts, a.id))} {MEANING[status]}'
            "</span></span>"
        )
    central = next((m for m in g.members if m.central), g.members[0])
    return (
        f'<details class="claim {g.label}" id="{esc(g.id)}">'
        f'<summary class="row"><span class="cid">{esc(g.id)}</span>{"".join(cells)}'
        f'<span class="gist">{esc(central.text)}</span></summary>'
        f"{_claim_body(arts, g)}</details>"
    )


def _claim_body(arts: Sequence[Article], g: CompareGroup) -> str:
    names = {a.id: _outlet(a) for a in arts}
    # The reference sentence first: the others' highlights are read against it.
    ordered = sorted(g.members, key=lambda m: not m.central)
    cards = "".join(
        _member_card(m, _label(arts, m.article), names.get(m.article, "")) for m in ordered
    )
    diffs = ""
    if g.differences:
        items = "".join(
            f"<li><strong>{esc(d.difference.kind)}</strong>: "
            f'<span class="aid">{esc(_label(arts, d.a))}</span> «{esc(d.difference.a) or "—"}» ≠ '
            f'<span class="aid">{esc(_label(arts, d.b))}</span> «{esc(d.difference.b) or "—"}»'
            + (f' <span class="why">{esc(d.difference.detail)}</span>'
               if d.difference.detail else "")
            + "</li>"
            for d in g.differences
        )
        diffs = f'<ul class="diffs">{items}</ul>'
    return f'<div class="body"><div class="members">{cards}</div>{diffs}</div>'


def _member_card(m: Member, label: str, outlet: str) -> str:
    where = ", ".join(f"#{i}" for i in m.indices)
    role = ' <span class="ref" title="reference sentence">★ reference</span>' if m.central else ""
    text = _highlight(m.text, ((s.start, s.end, "add", "not in the reference sentence")
                               for s in m.spans))
    return (
        f'<div class="member {m.status}"><div class="who">'
        f'<span class="cell {m.status}">{MARKS[m.status]}</span> '
        f'<span class="aid">{esc(label)}</span> {esc(outlet if outlet != label else "")} '
        f'<span class="why">{where}</span>{role}</div>'
        f'<p class="text">{text}</p></div>'
    )


# --- pairwise agreement --------------------------------------------------------------------


def _agreement_section(report: Report) -> str:
    return (
        '<section id="agreement"><h2>Pairwise agreement</h2>'
        "<p>Each cell: the claims two outlets both tell (darker: more), and on how many they "
        "agree (✓) or diverge (≠). The diagonal gives each outlet's own number of claims.</p>"
        f'<div class="chart">{heatmap_svg(report)}</div></section>'
    )


def _blend(t: float) -> str:
    """A sequential blue from #eef4fb (t=0) to #08519c (t=1); readable with any vision."""
    lo, hi = (0xEE, 0xF4, 0xFB), (0x08, 0x51, 0x9C)
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(lo, hi, strict=True))


def heatmap_svg(report: Report) -> str:
    """The pairwise matrix as an inline SVG that scales to its container."""
    ids = [a.id for a in report.articles]
    pairs = {}
    for p in report.compare.pairwise:
        pairs[p.a, p.b] = pairs[p.b, p.a] = p
    reported = {o.article: o.reported for o in report.compare.outlets}
    most = max((p.shared for p in report.compare.pairwise), default=0) or 1
    # Whole labels (18 characters at most, natocmp.labels): rows name them at the left, columns
    # slanted above, so 30 outlets stay readable instead of cut to a few letters.
    cell, left, top = 76, 170, 150
    size = (left + cell * len(ids) + 60, top + cell * len(ids))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size[0]} {size[1]}" '
        f'width="{size[0]}" height="{size[1]}" role="img" '
        'aria-label="pairwise agreement between outlets" class="heat">'
    ]
    for n, x in enumerate(ids):
        name = esc(_label(report.articles, x))
        out.append(f'<text x="{left - 8}" y="{top + cell * n + cell / 2 + 5:g}" '
                   f'text-anchor="end" class="lab"><title>{esc(x)}</title>{name}</text>')
        cx = left + cell * n + cell / 2
        out.append(f'<text transform="translate({cx:g} {top - 10}) rotate(-50)" '
                   f'text-anchor="start" class="lab"><title>{esc(x)}</title>{name}</text>')
    for i, x in enumerate(ids):
        for j, y in enumerate(ids):
            cx, cy = left + cell * j, top + cell * i
            if x == y:
                fill, ink, big, small = "#f1f1f1", "#555", str(reported.get(x, 0)), "claims"
                title = f"{x}: {reported.get(x, 0)} claims"
            elif (x, y) not in pairs:
                # Above compare's blocking size only the articles of one story are compared.
                fill, ink, big, small = "#fafafa", "#999", "·", "apart"
                title = f"{x} and {y}: not compared (different stories)"
            else:
                p = pairs[x, y]
                t = p.shared / most
                fill, ink = _blend(t), "#fff" if t > 0.5 else "#10243e"
                big, small = str(p.shared), f"✓{p.agree} ≠{p.diverge}"
                title = (f"{x} and {y}: {p.shared} claims both tell; agree on {p.agree}, "
                         f"diverge on {p.diverge}")
            out.append(
                f'<g><title>{esc(title)}</title>'
                f'<rect x="{cx}" y="{cy}" width="{cell - 2}" height="{cell - 2}" rx="4" '
                f'fill="{fill}"/>'
                f'<text x="{cx + cell / 2 - 1:g}" y="{cy + 34}" text-anchor="middle" '
                f'class="big" fill="{ink}">{esc(big)}</text>'
                f'<text x="{cx + cell / 2 - 1:g}" y="{cy + 56}" text-anchor="middle" '
                f'class="small" fill="{ink}">{esc(small)}</text></g>'
            )
    out.append("</svg>")
    return "".join(out)


# --- per outlet: omissions and framing -----------------------------------------------------


def _outlets_section(report: Report) -> str:
    framing = {s.article: s for s in report.framing.outlets}
    types = [t for t, _ in report.framing.outlets[0].counts] if report.framing.outlets else []
    claims_rows, framing_rows = [], []
    for a, o in zip(report.articles, report.compare.outlets, strict=True):
        who = (f'<th scope="row"><span class="aid">{esc(_label(report.articles, a.id))}</span>'
               f'<span class="oname">{esc(_outlet(a))}</span></th>')
        claims_rows.append(
            f'<tr>{who}<td class="num">{o.reported}</td><td class="num">{o.unique}</td>'
            f'<td class="num">{o.diverging}</td><td class="num">{len(o.omitted)}</td></tr>'
        )
        f = framing.get(a.id)
        counts = dict(f.counts) if f else {}
        rates = dict(f.per_1000) if f else {}
        framing_rows.append(f"<tr>{who}" + "".join(
            f'<td class="num">{counts.get(t, 0)}<span class="rate">{rates.get(t, 0.0):.1f}‰'
            "</span></td>"
            for t in types
        ) + "</tr>")
    claims_table = (
        '<div class="scroll"><table class="outlets"><thead><tr><th>outlet</th><th>claims</th>'
        "<th>only here</th><th>diverging</th><th>omits</th></tr></thead>"
        f"<tbody>{''.join(claims_rows)}</tbody></table></div>"
    )
    head = "".join(f'<th class="num">{esc(FRAMING_NAMES.get(t, t))}</th>' for t in types)
    framing_table = (
        '<div class="scroll"><table class="outlets"><thead><tr><th>outlet</th>'
        f"{head}</tr></thead><tbody>{''.join(framing_rows)}</tbody></table></div>"
    )
    details = "".join(_outlet_details(report, a) for a in report.articles)
    return (
        '<section id="outlets"><h2>Per outlet: omissions and framing</h2>'
        "<p><strong>omits</strong>: claims most of the compared outlets tell and this one "
        "does not; <strong>only here</strong>: claims no other outlet tells.</p>"
        f"{claims_table}"
        "<p>Framing markers per article, with the rate per 1,000 words (‰). Each marker is a "
        "lexicon entry or rule, listed below with the sentence it fired in.</p>"
        f"{framing_table}{details}</section>"
    )


def _outlet_details(report: Report, a: Article) -> str:
    summary = next(o for o in report.compare.outlets if o.article == a.id)
    groups = {g.id: g for g in report.compare.groups}
    omitted = "".join(
        f'<li><a href="#{esc(gid)}">{esc(gid)}</a> '
        f"{esc(_gist(groups[gid]))}</li>"
        for gid in summary.omitted if gid in groups
    )
    flagged = [s for s in report.framing.sentences if s.article == a.id]
    body = (
        f"<h4>Omits {_plural(len(summary.omitted), 'claim')}</h4>"
        + (f'<ul class="omitted">{omitted}</ul>' if omitted else "<p>none</p>")
        + f"<h4>{_plural(len(flagged), 'sentence')} with framing markers</h4>"
        + ("".join(_flagged(s) for s in flagged) if flagged else "<p>none</p>")
    )
    return (
        f'<details class="outlet"><summary><span class="aid">{esc(_label(report.articles, a.id))}'
        "</span> "
        f"{esc(_outlet(a))}: omits {len(summary.omitted)}, "
        f"{_plural(len(flagged), 'flagged sentence')}</summary>{body}</details>"
    )


def _gist(g: CompareGroup) -> str:
    central = next((m for m in g.members if m.central), g.members[0])
    return f"({', '.join(m.article for m in g.members)}): {central.text}"


def _flagged(s: FlaggedSentence) -> str:
    inline = [m for m in s.markers if m.type != "context"]
    context = [m for m in s.markers if m.type == "context"]
    text = _highlight(s.text, ((m.start, m.end, f"f-{m.type}", m.why) for m in inline))
    badges = "".join(
        f'<li><span class="tag f-{esc(m.type)}">{esc(FRAMING_NAMES.get(m.type, m.type))}'
        f'</span> «{esc(m.span if m.type != "context" else "the whole sentence")}» '
        f'<span class="why">{esc(m.why)}</span></li>'
        for m in (*inline, *context)
    )
    return (
        f'<div class="flagged"><p class="text"><span class="why">#{s.index}</span> {text}</p>'
        f'<ul class="markers">{badges}</ul></div>'
    )


# --- speakers × outlets --------------------------------------------------------------------


def _speakers_section(report: Report) -> str:
    arts = report.articles
    if not report.speakers:
        return '<section id="speakers"><h2>Speakers × outlets</h2><p>No attributed claims.</p>' \
               "</section>"
    head = "".join(
        f'<th class="num"{_attr("title", _outlet(a))}>{esc(_label(arts, a.id))}</th>'
        for a in arts
    )
    rows = []
    for sp in report.speakers:
        counts = {art: (d, r) for art, d, r in sp.counts}
        cells = "".join(
            f'<td class="num has">{counts[a.id][0]}&#8239;+&#8239;{counts[a.id][1]}</td>'
            if a.id in counts else '<td class="num absent-t">·</td>'
            for a in arts
        )
        aliases = ", ".join(sp.aliases)
        rows.append(
            f'<tr><th scope="row">{esc(sp.name)} <span class="why">{esc(sp.type)}</span>'
            + (f'<div class="aliases">{esc(aliases)}</div>' if aliases else "")
            + f"</th>{cells}</tr>"
        )
    lists = "".join(_speaker_claims(report, sp) for sp in report.speakers)
    return (
        '<section id="speakers"><h2>Speakers × outlets</h2>'
        "<p>Claims attributed to each speaker in each outlet: <strong>direct quotes + reported "
        "speech</strong>; · none. Under each name, the names and titles the outlets use.</p>"
        '<div class="scroll"><table class="speakers"><thead><tr><th>speaker</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        f"<h3>What each speaker said, by outlet</h3>{lists}</section>"
    )


def _speaker_claims(report: Report, sp) -> str:  # sp: natocmp.models.Speaker
    claims = report.claims_of(sp)
    items = "".join(
        f'<li><span class="aid">{esc(_label(report.articles, c.article))}</span> '
        f'<span class="why">#{c.sentence_index} '
        f"{esc(c.kind)}" + (f", cue «{esc(c.cue)}»" if c.cue else "")
        + (f", as «{esc(c.alias)}»" if c.alias else "")
        + "</span><br>"
        + (f"«{esc(c.text)}»" if c.kind == "direct" else f'<span class="reported">{esc(c.text)}'
           "</span>")
        + "</li>"
        for c in claims
    )
    outlets = len({c.article for c in claims})
    return (
        f'<details class="speaker"><summary>{esc(sp.name)}: '
        f"{_plural(len(claims), 'claim')} in {_plural(outlets, 'outlet')}</summary>"
        f'<ul class="said">{items}</ul></details>'
    )


# --- timeline ------------------------------------------------------------------------------


def _timeline_section(report: Report) -> str:
    events = report.timeline.events
    if not events:
        return '<section id="timeline"><h2>Timeline</h2><p>No dated events.</p></section>'
    conflicts = sum(e.conflict for e in events)
    items = "".join(_event(report.articles, e) for e in events)
    return (
        '<section id="timeline"><h2>Timeline</h2>'
        f"<p>{_plural(len(events), 'dated event')}, "
        f"{_plural(conflicts, 'conflict')} (one event, different days in different "
        "outlets). Relative dates (“mercredi”) are resolved against each article's date; "
        "open an event to see how.</p>"
        f'<ol class="timeline">{items}</ol></section>'
    )


def _event(arts: Sequence[Article], e: TimelineEvent) -> str:
    tellers = {m.article for m in e.mentions}
    dots = "".join(
        f'<span class="cell {"agree" if a.id in tellers else "absent"}"'
        f'{_attr("title", a.id)}>{esc(_label(arts, a.id)) if a.id in tellers else "·"}</span>'
        for a in arts
        if a.id in tellers
    )
    conflict = (
        f' <span class="tag conflict">≠ conflict: {esc(" vs ".join(e.dates))}</span>'
        if e.conflict else ""
    )
    mentions = "".join(
        f'<li><span class="aid">{esc(_label(arts, m.article))}</span> '
        f'<span class="why">#{m.index}</span> '
        f"«{esc(m.expression)}» → <strong>{esc(m.date or '?')}</strong> "
        f'<span class="why">{esc(m.how)}</span><br>{esc(m.text)}</li>'
        for m in e.mentions
    )
    return (
        f'<li class="event{" has-conflict" if e.conflict else ""}">'
        f'<details><summary><time>{esc(e.date or "unresolved")}</time> '
        f'<span class="label">{esc(e.label)}</span> <span class="dots">{dots}</span>'
        f"{conflict}</summary><ul>{mentions}</ul></details></li>"
    )


def _verify_section(report: Report) -> str:
    from natocmp.render.html_verify import verify_section

    assert report.verify is not None
    return verify_section(report.verify)


# --- method --------------------------------------------------------------------------------


def _method_section(report: Report) -> str:
    blocks = [("claim groups (compare)", report.compare.params),
              ("framing", report.framing.params),
              ("timeline", report.timeline.params)]
    out = []
    for name, params in blocks:
        rows = "".join(
            f"<dt>{esc(k)}</dt><dd>{esc(_value(v))}</dd>" for k, v in params
        )
        out.append(f"<h3>{esc(name)}</h3><dl class=\"params\">{rows}</dl>")
    return (
        '<section id="method"><h2>Method</h2>'
        "<p>The parameters each analysis ran with, as in the JSON output "
        "(<code>natocmp compare -f json</code> …).</p>"
        f'<details><summary>Parameters</summary>{"".join(out)}</details></section>'
    )


def _value(v: object) -> str:
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True)


# --- style ---------------------------------------------------------------------------------

# Blue / orange / purple (after Okabe & Ito's palette), always paired with a symbol.
CSS = """
:root{--ink:#1b1f24;--muted:#5b6470;--line:#d8dde3;--bg:#fff;--soft:#f6f7f9;
--agree-bg:#d4e6f6;--agree:#0b4f8a;--diverge-bg:#fdd8ad;--diverge:#8a3a00;
--unique-bg:#eadcf0;--unique:#5b2a72;--absent-bg:#f1f2f4;--absent:#8a9099;color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
color:var(--ink);background:var(--bg);overflow-wrap:anywhere}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.8rem;margin:0 0 .25rem}
h2{font-size:1.35rem;margin:2.2rem 0 .6rem;padding-top:.6rem;border-top:2px solid var(--ink)}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
h4{font-size:.95rem;margin:.8rem 0 .3rem}
p{margin:.4rem 0 .8rem;max-width:48rem}
.lede{color:var(--muted);margin:0 0 .6rem}
nav{display:flex;flex-wrap:wrap;gap:.35rem .9rem;padding:.5rem 0;
border-bottom:1px solid var(--line)}
nav a{color:var(--agree);text-decoration:none;font-weight:600}
a{color:var(--agree)}
code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.why{color:var(--muted);font-size:.85em}
.aid{font:600 .85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);
border:1px solid var(--line);border-radius:3px;padding:0 .25em}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
summary{cursor:pointer}
details>summary{padding:.2rem 0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,21rem),1fr));gap:.8rem}
.card{border:1px solid var(--line);border-radius:6px;padding:.7rem .9rem;background:#fff}
.card h3{margin:0 0 .5rem;font-size:1rem;line-height:1.35}
.meta{margin:0 0 .2rem;font-size:.9rem}
.card details{margin-top:.3rem;font-size:.9rem}
.sentences{padding-left:2.2rem;font-size:.92rem}
.sentences li{margin:.2rem 0}
.sentences li::marker{color:var(--muted);font-size:.85em}
.sentences .heading{font-weight:600}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;align-items:center;font-size:.9rem;
max-width:none}
.key{white-space:nowrap}
.cell{display:inline-flex;align-items:center;justify-content:center;min-width:1.9rem;
height:1.7rem;border-radius:4px;font-weight:700;line-height:1;margin-right:.25rem}
.cell.agree{background:var(--agree-bg);color:var(--agree)}
.cell.diverge{background:var(--diverge-bg);color:var(--diverge)}
.cell.unique{background:var(--unique-bg);color:var(--unique)}
.cell.absent{background:var(--absent-bg);color:var(--absent);font-weight:400}
.grid{border:1px solid var(--line);border-radius:6px;margin:.6rem 0 1rem}
.grid .row{display:grid;grid-template-columns:4.6rem repeat(var(--n),2.1rem) minmax(0,1fr);
gap:.2rem;align-items:start;padding:.35rem .5rem}
.grid .row .cell{margin:0;width:100%;min-width:0}
.grid .head{font-size:.8rem;color:var(--muted);background:var(--soft);border-radius:6px 6px 0 0;
align-items:end;position:sticky;top:0;z-index:1}
.grid .head .col{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-height:10rem;
writing-mode:vertical-rl;transform:rotate(180deg);justify-self:center;text-align:left}
.grid.many .row .gist{grid-column:1/-1;padding-left:4.8rem;position:sticky;left:0;
max-width:min(100%,calc(100vw - 2.5rem));box-sizing:border-box}
.grid.many .head .gist{display:none}
.grid.many{min-width:calc(5.4rem + var(--n) * 2.3rem)}
.claim{border-top:1px solid var(--line)}
.claim>summary{list-style:none}
.claim>summary::-webkit-details-marker{display:none}
.claim>summary:hover{background:var(--soft)}
.cid{font:600 .85rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding-top:.2rem;
white-space:nowrap}
.claim .cid::before{content:"▸ ";color:var(--muted)}
.claim[open] .cid::before{content:"▾ "}
.gist{font-size:.92rem;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;
overflow:hidden;padding-left:.3rem}
.body{padding:.2rem .5rem .8rem}
.members{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,17rem),1fr));
gap:.6rem}
.member{border:1px solid var(--line);border-left:5px solid var(--absent);border-radius:5px;
padding:.45rem .6rem;background:#fff}
.member.agree{border-left-color:var(--agree)}
.member.diverge{border-left-color:#d55e00}
.member.unique{border-left-color:var(--unique)}
.member .who{font-size:.85rem}
.member .text{margin:.35rem 0 0;font-size:.95rem}
.ref{font-size:.8rem;font-weight:600;color:var(--agree)}
mark{color:inherit;border-radius:2px;padding:0 .05em}
mark.add{background:#ffedcc;text-decoration:underline 1px #d55e00;text-underline-offset:3px}
.diffs{margin:.6rem 0 0;padding-left:1.2rem;font-size:.9rem}
.diffs li{margin:.2rem 0}
.more{margin:.4rem 0 1rem}
.more>summary{font-weight:600}
.chart{max-width:100%}
.heat{max-width:100%;height:auto;font-family:system-ui,sans-serif}
.heat .lab{font:600 14px ui-monospace,Menlo,Consolas,monospace;fill:#333}
.heat .big{font-size:22px;font-weight:700}
.heat .small{font-size:13px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0 1rem;overflow-wrap:normal}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{font-size:.8rem;color:var(--muted);font-weight:600;vertical-align:bottom;
white-space:normal}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.absent-t{color:var(--absent)}
td.has{background:var(--agree-bg);color:var(--agree);font-weight:600}
.oname{display:block;font-weight:400;color:var(--muted);font-size:.8rem;min-width:7rem}
.rate{display:block;font-size:.75rem;color:var(--muted)}
.speakers th[scope=row]{min-width:9rem}
.reported{font-style:italic}
.aliases{font-weight:400;color:var(--muted);font-size:.8rem;max-width:22rem}
.outlet,.speaker{border-top:1px solid var(--line);padding:.3rem 0}
.outlet>summary,.speaker>summary{font-weight:600}
.omitted{padding-left:1.2rem;font-size:.92rem}
.flagged{border-left:3px solid var(--line);padding:.1rem 0 .1rem .7rem;margin:.5rem 0}
.flagged .text{margin:.2rem 0}
.markers{list-style:none;padding:0;margin:0;font-size:.85rem}
.tag{display:inline-block;font-size:.75rem;font-weight:600;border-radius:3px;padding:0 .35em;
border:1px solid currentColor}
mark.f-evaluative,.tag.f-evaluative{background:#fdd8ad;color:#6b2d00}
mark.f-evaluative{text-decoration:underline 2px #d55e00}
mark.f-hedge,.tag.f-hedge{background:#d4e6f6;color:#0b3f6e}
mark.f-hedge{text-decoration:underline dashed 2px #0072b2}
mark.f-scare_quote,.tag.f-scare_quote{background:#eadcf0;color:#4b1f60}
mark.f-scare_quote{text-decoration:underline double 2px #7a3a96}
.tag.f-context{background:var(--soft);color:#333}
.said{padding-left:1.2rem;font-size:.92rem}
.said li{margin:.35rem 0}
.timeline{list-style:none;padding:0;margin:.5rem 0}
.event{border-left:3px solid var(--agree);padding:.15rem 0 .15rem .7rem;margin:.3rem 0}
.event.has-conflict{border-left-color:#d55e00}
.event time{font:600 .9rem ui-monospace,Menlo,Consolas,monospace;margin-right:.3rem}
.event .label{font-weight:600}
.event .dots .cell{min-width:auto;height:1.3rem;padding:0 .3rem;font-size:.75rem;
font-family:ui-monospace,Menlo,Consolas,monospace}
.event ul{padding-left:1.2rem;font-size:.9rem}
.event li{margin:.3rem 0}
.tag.conflict{background:var(--diverge-bg);color:var(--diverge)}
.params{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.2rem .8rem;font-size:.85rem}
.params dt{font-family:ui-monospace,Menlo,Consolas,monospace}
.params dd{margin:0;min-width:0}
footer{color:var(--muted);font-size:.85rem;margin:2.5rem auto 2rem;padding-top:.6rem;
border-top:1px solid var(--line)}
@media (max-width:40rem){
body{font-size:15px}
h1{font-size:1.5rem}
.grid .row{grid-template-columns:4.2rem repeat(var(--n),minmax(1.6rem,2.1rem)) minmax(0,1fr)}
.grid .row .gist{grid-column:1/-1;padding-left:0}
.grid .head .gist{display:none}
.params{grid-template-columns:1fr}
.params dd{margin-bottom:.4rem}
th,td{padding:.25rem .3rem}
}
@media print{
body{font-size:10.5pt}
.gist{-webkit-line-clamp:unset;display:block}
nav,.sr{display:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2{break-after:avoid}
.card,.member,.event,.flagged{break-inside:avoid}
details::details-content{content-visibility:visible;display:block}
.grid .head{position:static}
.scroll{overflow:visible}
a{color:inherit;text-decoration:none}
}
"""
