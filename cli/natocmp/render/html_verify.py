"""The "Quotes against the source" section of the HTML report (``report --against``).

Kept beside ``natocmp.render.html`` (which calls ``verify_section``) so the page module stays
one reading long. Same rules: every piece of text through ``esc``, classes are ours, every
colour comes with a symbol, nothing here analyses text.
"""

from __future__ import annotations

from natocmp.render.html import esc
from natocmp.verify.results import VERDICTS, QuoteCheck, VerifyResult

SYMBOLS = {"verbatim": "✓", "trimmed": "✂", "altered": "≠", "paraphrase": "≈",
           "translated": "⇄", "misattributed": "⚠", "not_found": "∅", "unchecked": "?"}
NAMES = {"not_found": "not found"}
CSS = """
.v-tag{display:inline-block;font-size:.75rem;font-weight:600;border-radius:3px;padding:0 .35em;
white-space:nowrap}
.v-verbatim{background:#d4e6f6;color:#0b3f6e}.v-trimmed{background:#e3eef7;color:#0b3f6e}
.v-paraphrase,.v-translated{background:#eef1f4;color:#333}
.v-altered,.v-not_found{background:#fdd8ad;color:#6b2d00}
.v-misattributed{background:#eadcf0;color:#4b1f60}.v-unchecked{background:#f1f2f4;color:#5b6470}
.vq{margin:.5rem 0;padding:.4rem .6rem;border-left:3px solid var(--line)}
.vq .src{color:var(--muted);font-size:.9rem}
"""


def _tag(verdict: str) -> str:
    return (f'<span class="v-tag v-{verdict}">{SYMBOLS[verdict]} '
            f"{esc(NAMES.get(verdict, verdict))}</span>")


def _quote(c: QuoteCheck) -> str:
    said = (f" · said in turn {esc(', '.join(map(str, c.turns)))}"
            + (f" by {esc(c.said_by)}" if c.said_by else "")) if c.turns else ""
    parts = [
        f'<li class="vq">{_tag(c.verdict)} <span class="aid">{esc(c.article)}</span> '
        f'<span class="why">#{c.sentence_index} {esc(c.kind)}, credited to '
        f"{esc(c.credited or 'no one')}{said} · score {c.score:.0f}</span><br>",
        f"«{esc(c.text)}»" if c.kind == "direct" else f'<span class="reported">{esc(c.text)}'
        "</span>",
    ]
    if c.passage:
        parts.append(f'<div class="src">source: {esc(c.passage)}</div>')
    parts += [f'<div class="src">dropped: {esc(d)}</div>' for d in c.dropped]
    parts += [f"<div><strong>{esc(d.kind)}</strong>: {esc(d.a or '—')} → {esc(d.b or '—')}"
              + (f' <span class="why">{esc(d.detail)}</span>' if d.detail else "") + "</div>"
              for d in c.differences]
    parts.append(f'<div class="why">{esc(c.why)}</div></li>')
    return "".join(parts)


def verify_section(result: VerifyResult) -> str:
    s = result.source
    shown = [v for v in VERDICTS if any(dict(o.counts)[v] for o in result.outlets)]
    head = "".join(f"<th>{_tag(v)}</th>" for v in shown)
    rows = "".join(
        f'<tr><th scope="row"><span class="aid">{esc(o.article)}</span> {esc(o.outlet)}</th>'
        + "".join(f'<td class="num">{dict(o.counts)[v] or "·"}</td>' for v in shown)
        + "</tr>"
        for o in result.outlets
    )
    speakers = sorted({t.speaker for t in result.turns if t.speaker and t.role == "official"})
    items = "".join(_quote(c) for c in result.checks)
    return (
        '<section id="verify"><h2>Quotes against the source</h2>'
        f"<p>Source: <strong>{esc(s.title or s.source)}</strong> ({esc(s.source)}), "
        f"{len(result.turns)} turns; speakers: {esc(', '.join(speakers) or 'not named')}. "
        "Each quote of the source's speakers is checked against the source's own words: "
        "verbatim, trimmed (words left out, none changed), altered (words changed: the "
        "differences are listed), paraphrase, translated, misattributed (someone else said "
        "it), not found.</p>"
        '<div class="scroll"><table class="speakers"><thead><tr><th>outlet</th>'
        f"{head}</tr></thead><tbody>{rows}</tbody></table></div>"
        f'<details><summary>Every quote ({len(result.checks)})</summary>'
        f'<ul class="said">{items}</ul></details></section>'
    )
