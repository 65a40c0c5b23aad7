"""`natocmp report`: the page model, the HTML (structure, escaping, self-containment,
determinism) and the command (file, stdout, atomic write, errors).

The page is checked by parsing it with html.parser, not by searching strings, so a test
sees what a browser would build: elements, attributes, text. tests/test_report_browser.py
renders it in a real browser.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

NATOCMP = Path(sys.executable).parent / "natocmp"


class Page(HTMLParser):
    """Every start tag with its attributes, the text, and the text of each <style>."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self._in:
            while self._in.pop() != tag:
                pass

    def handle_data(self, data):
        if self._in and self._in[-1] == "style":
            self.styles.append(data)
        else:
            self.text.append(data)

    def find(self, tag: str, cls: str | None = None) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags
                if t == tag and (cls is None or cls in (a.get("class") or "").split())]

    @property
    def words(self) -> str:
        return " ".join("".join(self.text).split())


@pytest.fixture(scope="module")
def seeds_report():
    from natocmp.corpus import load_articles
    from natocmp.report import build_report

    return build_report(load_articles([]))


@pytest.fixture(scope="module")
def seeds_page(seeds_report):
    from natocmp.render.html import render_html

    return render_html(seeds_report)


# --- the page model ---------------------------------------------------------------------------


def test_report_holds_the_analyses_results_unchanged(seeds_report):
    """No second analysis: each section is exactly what its own command computes."""
    from natocmp.attribute import resolve_speakers
    from natocmp.compare import compare_articles
    from natocmp.corpus import load_articles
    from natocmp.framing import frame_articles
    from natocmp.timeline import build_timeline

    articles = load_articles(["004", "002", "000", "003", "001"])  # order must not matter
    ordered = tuple(sorted(articles, key=lambda a: a.id))
    assert seeds_report.articles == ordered
    assert seeds_report.compare == compare_articles(articles)
    assert seeds_report.framing == frame_articles(ordered)
    assert (seeds_report.claims, seeds_report.speakers) == resolve_speakers(ordered)
    assert seeds_report.timeline == build_timeline(ordered)


def test_shared_and_unique_partition_the_groups(seeds_report):
    shared, unique = seeds_report.shared, seeds_report.unique
    assert len(shared) + len(unique) == len(seeds_report.compare.groups)
    assert all(len(g.members) > 1 for g in shared) and all(len(g.members) == 1 for g in unique)


def test_claims_of_a_speaker_are_theirs_in_article_order(seeds_report):
    for sp in seeds_report.speakers:
        mine = seeds_report.claims_of(sp)
        assert sum(d + r for _, d, r in sp.counts) == len(mine)
        assert all(c.speaker == sp.name for c in mine)
        assert [c.article for c in mine] == sorted(c.article for c in mine)


# --- the page -----------------------------------------------------------------------------------


def test_page_has_every_section_and_claim(seeds_report, seeds_page):
    page = Page(seeds_page)
    ids = {a.get("id") for _, a in page.tags}
    assert {"articles", "claims", "agreement", "outlets", "speakers", "timeline",
            "method"} <= ids
    claims = page.find("details", "claim")
    assert [c["id"] for c in claims] == sorted(g.id for g in seeds_report.compare.groups)
    n = len(seeds_report.articles)
    assert len(page.find("span", "col")) == 2 * n, "an outlet column per article, in each grid"
    # A claim row has one cell per outlet, and its marks say who tells it and how.
    for g in seeds_report.compare.groups[:5]:
        row = Page(_element(seeds_page, f'id="{g.id}"', "</details>"))
        cells = [c["class"].split()[1] for c in row.find("span", "cell")][:n]
        by_id = {m.article: m.status for m in g.members}
        assert cells == [by_id.get(a.id, "absent") for a in seeds_report.articles]


def test_a_claim_opens_on_every_outlets_sentence_with_its_diff(seeds_report, seeds_page):
    group = next(g for g in seeds_report.compare.groups if g.label == "diverge")
    body = _element(seeds_page, f'id="{group.id}"', "</details>")
    page = Page(body)
    members = page.find("div", "member")
    assert len(members) == len(group.members)
    central = next(m for m in group.members if m.central)
    cards = body.split('<div class="member ')[1:]
    first = Page('<div class="member ' + cards[0])
    assert "★ reference" in first.words and " ".join(central.text.split()) in first.words
    text = page.words
    for m in group.members:
        assert " ".join(m.text.split()) in text
    marks = [t for t, a in page.tags if t == "mark"]
    assert len(marks) == sum(len(m.spans) for m in group.members), "one <mark> per diff span"
    assert len(page.find("ul", "diffs")) == 1 and group.differences


def test_heat_map_has_a_cell_per_pair(seeds_report, seeds_page):
    page = Page(seeds_page)
    n = len(seeds_report.articles)
    assert len(page.find("svg")) == 1
    assert len(page.find("rect")) == n * n
    p = seeds_report.compare.pairwise[0]
    assert f"{p.a} and {p.b}: {p.shared} claims both tell" in page.words


def test_heat_map_marks_pairs_never_compared(seeds_report):
    # Above compare's blocking size only the articles of one story are compared: the
    # pairwise list then lacks the pairs of two stories, which the map shows as apart.
    from dataclasses import replace

    from natocmp.render.html import heatmap_svg

    first, *rest = seeds_report.compare.pairwise
    report = replace(seeds_report, compare=replace(seeds_report.compare, pairwise=tuple(rest)))
    svg = heatmap_svg(report)
    assert svg.count("<rect") == len(report.articles) ** 2
    assert f"{first.a} and {first.b}: not compared (different stories)" in svg


def test_page_is_self_contained(seeds_page):
    page = Page(seeds_page)
    assert not page.find("script") and not page.find("link") and not page.find("img")
    assert not any("src" in attrs for _, attrs in page.tags), "nothing is loaded"
    assert len(page.styles) == 1 and "url(" not in page.styles[0]
    assert "@import" not in page.styles[0]
    csp = [a for a in page.find("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")
    hrefs = [a["href"] for t, a in page.tags if t == "a" and "href" in a]
    assert hrefs and all((h or "").startswith("#") for h in hrefs), "seeds have no URLs"


def test_page_has_print_and_phone_styles_and_symbols(seeds_page):
    style = Page(seeds_page).styles[0]
    assert "@media print" in style and "@media (max-width:" in style
    assert 'name="viewport"' in seeds_page
    for symbol in ("✓", "≠", "+", "·"):
        assert f">{symbol}<" in seeds_page, "colour is never the only cue"


def test_rendering_is_deterministic(seeds_report, seeds_page):
    from natocmp.corpus import load_articles
    from natocmp.render.html import render_html
    from natocmp.report import build_report

    assert render_html(seeds_report) == seeds_page
    assert render_html(build_report(load_articles(["003", "001", "000", "004", "002"]))) == \
        seeds_page


def test_page_is_identical_across_hash_seeds(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([str(NATOCMP), "report", "000", "001", "004", "-o", "-"],
                              capture_output=True, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]


# --- hostile article text ----------------------------------------------------------------------

HOSTILE = [
    {
        "id": 'evil"><script>alert(1)</script>',
        "title": "<img src=x onerror=alert(1)> titre",
        "outlet": "</style><script>alert(2)</script>",
        "url": "javascript:alert(3)",
        "date": "2022-01-12",
        "text": (
            "Le secrétaire général Jens Stoltenberg a déclaré « <script>alert(4)</script> nous "
            "restons ouverts au dialogue » mercredi à Bruxelles.\n"
            "Selon Moscou, la réunion <a href=\"javascript:alert(5)\" onclick=\"alert(6)\">de "
            "mercredi</a> à Bruxelles n’a rien donné de concret \" onmouseover=\"alert(7)\" "
            "'><svg onload=alert(8)>.\n"
            "L’OTAN a proposé à la Russie de poursuivre le dialogue </style></textarea>"
            "<iframe src=//evil.test> sur la sécurité\x07 en Europe.\u202e\n"
        ),
    },
    {
        "id": "clean",
        "title": "L’OTAN propose un dialogue",
        "outlet": "Agence A",
        "url": 'https://example.org/a?x=1&y="2"',
        "date": "2022-01-12",
        "text": (
            "Le secrétaire général Jens Stoltenberg a déclaré « nous restons ouverts au "
            "dialogue » mercredi à Bruxelles.\nSelon Moscou, la réunion de mercredi à Bruxelles "
            "n’a rien donné de concret.\nL’OTAN a proposé à la Russie de poursuivre le dialogue "
            "sur la sécurité en Europe.\n"
        ),
    },
]


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory) -> str:
    from natocmp.corpus import load_articles
    from natocmp.render.html import render_html
    from natocmp.report import build_report

    path = tmp_path_factory.mktemp("hostile") / "hostile.json"
    path.write_text(json.dumps(HOSTILE, ensure_ascii=False), "utf-8")
    return render_html(build_report(load_articles([str(path)])))


def test_hostile_article_injects_nothing(hostile_page):
    page = Page(hostile_page)
    tags = {t for t, _ in page.tags}
    assert not tags & {"script", "img", "iframe", "textarea", "object", "embed", "link", "base",
                       "form"}
    assert len(page.find("style")) == 1 and len(page.styles) == 1
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler on <{tag}>: {name}={value!r}"
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name)
        if tag == "svg":
            assert attrs.get("class") == "heat", "the only SVG is ours"


def test_hostile_text_is_shown_as_text(hostile_page):
    words = Page(hostile_page).words
    assert "<script>alert(4)</script>" in words, "the markup is visible, as text"
    assert 'onclick="alert(6)">de mercredi</a>' in words
    assert "</style><script>alert(2)</script>" in words
    assert "javascript:alert(3)" in words, "the URL is shown, not linked"
    assert "\x07" not in hostile_page and "\u202e" not in hostile_page


def test_only_http_urls_become_links(hostile_page):
    hrefs = [a["href"] for t, a in Page(hostile_page).tags if t == "a"]
    assert 'https://example.org/a?x=1&y="2"' in hrefs, "quotes stay inside the attribute"
    assert all(h.startswith(("#", "https://")) for h in hrefs)


def test_esc_makes_markup_and_controls_inert():
    from natocmp.render.html import esc

    assert esc('<a href="x">&\'') == "&lt;a href=&quot;x&quot;&gt;&amp;&#x27;"
    assert esc("a\x00b\x1bc\u202ed\u2066e\nf\tg") == "a\ufffdb\ufffdc\ufffdd\ufffde\nf\tg"


# --- the command --------------------------------------------------------------------------------


def test_report_writes_the_file_and_nothing_to_stdout(invoke, tmp_path, seeds_page):
    target = tmp_path / "report.html"
    result = invoke("report", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert target.read_text("utf-8") == seeds_page
    assert oct(target.stat().st_mode & 0o777) != oct(0o600), "a document, not a private file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"], "no temp file left"


def test_report_to_stdout_with_dash(invoke, seeds_page):
    result = invoke("report", "--output", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == seeds_page


def test_a_failed_write_leaves_the_old_report_intact(invoke, tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    target.write_text("the previous report", "utf-8")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    result = invoke("report", "000", "001", "-o", str(target))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"natocmp: error: cannot write {target}: No space left")
    assert target.read_text("utf-8") == "the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"], "the temp file is removed"


@pytest.mark.parametrize(
    ("args", "code", "mentions"),
    [
        (["report"], 2, "Missing option '--output'"),
        (["report", "000", "-o", "-"], 2, "at least two articles"),
        (["report", "nope", "-o", "-"], 2, "no such seed or file"),
        (["report", "000", "001", "-o", "/no/such/folder/r.html"], 1, "no such folder"),
        (["report", "000", "001", "-o", "{tmp}"], 1, "output is a folder"),
        (["report", "-o", "-", "--format", "json"], 2, "No such option"),
    ],
)
def test_report_errors_are_one_line_and_a_hint(invoke, tmp_path, args, code, mentions):
    result = invoke(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert result.exit_code == code
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith("natocmp: error: ") and mentions in lines[0]
    assert lines[1].startswith("hint: ")


def test_report_of_an_article_with_no_sentences_fails_cleanly(invoke, tmp_path):
    debris = tmp_path / "debris.txt"
    debris.write_text("Share Post:\nArticle précédent\nPartager\n", "utf-8")
    result = invoke("report", "000", str(debris), "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 1 and "no sentences left" in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_report_help_has_an_example(invoke):
    result = invoke("report", "--help")
    assert result.exit_code == 0 and "Example:" in result.stdout


def _element(source: str, marker: str, end: str) -> str:
    """The markup from the tag carrying ``marker`` to the first ``end`` after it."""
    start = source.rindex("<", 0, source.index(marker))
    return source[start: source.index(end, start) + len(end)]


def test_report_names_articles_by_their_label_and_puts_claims_under_many_marks(tmp_path):
    """Issue 16: grid headers and cards use the labels of natocmp.labels; past 8 outlets each
    claim's sentence goes on its own line under the marks (class "many")."""
    from layout_corpus import write_corpus
    from natocmp.corpus import load_articles
    from natocmp.labels import article_labels
    from natocmp.render.html import render_html
    from natocmp.report import build_report

    seeds = load_articles([])
    page = render_html(build_report(seeds))
    for label in article_labels(seeds).values():
        assert f">{label}</span>" in page
    assert 'class="grid many"' not in page  # five seeds: the sentence beside the marks
    many = load_articles(write_corpus(tmp_path, 12))
    page = render_html(build_report(many))
    assert 'class="grid many"' in page
    for label in article_labels(many).values():
        assert f">{label}</text>" in page  # whole in the heat map, not cut to 9 letters
