"""Saved HTML pages: main text through trafilatura, metadata with where it came from.

The fixtures under fixtures/html/ are invented pages shaped like news sites' (menu, masthead,
article with figure and credit, related links, footer, cookie banner, JSON-LD, Open Graph).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from natocmp.corpus import decode_html, load_articles
from natocmp.errors import InputError
from natocmp.webpage import declared_charset

HTML = Path(__file__).parent / "fixtures" / "html"


def _one(path: Path):
    (article,) = load_articles([str(path)])
    return article


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "fr_quotidien.html",
            {
                "title": "Lyon : le tramway T9 reporté à 2027",
                "outlet": "Le Courrier du Rhône",
                "date": "2024-03-14",
                "language": "fr",
                "url": "https://www.courrier-rhone.example/metropole/2024/03/14/tramway-t9-reporte",
            },
        ),
        (
            "en_daily.html",
            {
                "title": "Harbour council approves flood barrier after five-year row",
                "outlet": "The Northshore Gazette",
                "date": "2023-11-08",
                "language": "en",
                "url": "https://news.northshore-gazette.example/local/flood-barrier-approved",
            },
        ),
        (
            "fr_cp1252.html",
            {
                "title": "Grève des éboueurs : accord trouvé à Marseille",
                "outlet": "L'Écho du Littoral",
                "date": "2022-10-05",
                "language": "fr",
                "url": None,
            },
        ),
    ],
)
def test_metadata_comes_from_the_page(name: str, expected: dict[str, str | None]) -> None:
    article = _one(HTML / name)
    got = {k: getattr(article, k) for k in expected}
    assert got == expected
    how = dict(article.provenance)
    for key in ("title", "outlet", "date", "language"):
        assert how[key].startswith("HTML"), (key, how[key])


def test_provenance_names_the_declaration() -> None:
    how = dict(_one(HTML / "en_daily.html").provenance)
    assert how["outlet"] == "HTML metadata (og:site_name)"
    # The page's only date markup besides <time> is JSON-LD: its datePublished is named.
    assert how["date"] == "HTML metadata (JSON-LD datePublished)"
    assert how["language"] == "HTML metadata (<html lang>)"
    how = dict(_one(HTML / "fr_cp1252.html").provenance)
    assert how["date"] == "HTML metadata (article:published_time)"


def test_json_ld_graph_alone_gives_outlet_and_date(tmp_path: Path) -> None:
    """No Open Graph site name, no article:published_time: the JSON-LD @graph speaks."""
    page = (HTML / "fr_quotidien.html").read_text(encoding="utf-8")
    page = page.replace(
        '{"@context": "https://schema.org", "@type": "NewsArticle",',
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "X"},'
        ' {"@type": ["NewsArticle"],',
    ).replace('"inLanguage": "fr-FR"}', '"inLanguage": "fr-FR"}]}')
    for tag in ('og:site_name" content="Le Courrier du Rhône"', 'article:published_time"'):
        page = "\n".join(line for line in page.split("\n") if tag not in line)
    path = tmp_path / "graph.html"
    path.write_text(page, encoding="utf-8")
    article = _one(path)
    assert (article.outlet, article.date) == ("Le Courrier du Rhône", "2024-03-14")
    how = dict(article.provenance)
    assert how["outlet"] == "HTML metadata (JSON-LD publisher)"
    assert how["date"] == "HTML metadata (JSON-LD datePublished)"


def test_a_truncated_page_still_loads_what_it_has(tmp_path: Path) -> None:
    page = (HTML / "fr_quotidien.html").read_text(encoding="utf-8")
    path = tmp_path / "cut.html"
    path.write_text(page[: len(page) * 2 // 3], encoding="utf-8")
    article = _one(path)
    assert article.outlet == "Le Courrier du Rhône"
    assert "les premiers voyageurs ne monteraient pas à bord" in article.text


def test_page_without_metadata_takes_no_date_from_caption_or_footer() -> None:
    """The caption says 3 March 2021, the footer 2025 and 14 July 2025: none is the date."""
    article = _one(HTML / "no_metadata.html")
    assert article.date is None
    assert article.outlet is None
    assert article.url is None
    assert article.title == "Village hall reopens after roof repairs"
    assert article.language == "en"
    assert dict(article.provenance)["language"] == "detected from function words"


# Page furniture of each fixture: none of it may become a sentence.
FURNITURE = {
    "fr_quotidien.html": [
        "cookies",
        "Tout accepter",
        "Économie",
        "S'abonner",
        "Accueil",
        "Par Camille Vernet",
        "Publié le",
        "chantier du dépôt",
        "Photo Jules Armand",
        "Partager sur",
        "À lire aussi",
        "pistes cyclables",
        "Mercato",
        "Fête des Lumières",
        "newsletter",
        "Tous droits réservés",
        "Mentions légales",
    ],
    "en_daily.html": [
        "cookies",
        "Accept all",
        "Subscribe",
        "By Priya Okafor",
        "model of the planned barrier",
        "Photograph:",
        "Share on",
        "Most read",
        "Rovers",
        "bakery",
        "Bypass",
        "newsletter",
        "Copyright",
    ],
    "no_metadata.html": ["About us", "Contact", "Photo taken", "Copyright", "Last updated"],
    "fr_cp1252.html": ["Faits divers", "Reproduction interdite"],
}
CONTENT = {
    "fr_quotidien.html": ["Le surcoût est estimé à 38 millions d'euros.", "fiasco annoncé"],
    "en_daily.html": ["Councillors voted 31 to 12", "a concrete answer to a question"],
    "no_metadata.html": ["About 120 people attended the reopening."],
    "fr_cp1252.html": ["« C'est un accord honnête, même s'il arrive tard »"],
}


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_nav_aside_footer_and_captions_never_become_sentences(invoke, name: str) -> None:
    result = invoke("show", str(HTML / name), "-f", "json")
    assert result.exit_code == 0, result.stderr
    sentences = [s["text"] for s in json.loads(result.stdout)["sentences"]]
    text = "\n".join(sentences)
    for debris in FURNITURE[name]:
        assert debris.casefold() not in text.casefold(), debris
    for content in CONTENT[name]:
        assert content in text, content


def test_headings_the_page_marks_stay_headings() -> None:
    article = _one(HTML / "fr_quotidien.html")
    headings = [s.text for s in article.sentences if s.kind == "heading"]
    assert headings == ["Lyon : le tramway T9 reporté à 2027", "Une enquête publique à refaire"]


def test_list_reads_a_folder_of_pages(invoke) -> None:
    result = invoke("list", str(HTML), "-f", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["id"], r["outlet"]) for r in rows] == [
        ("en_daily", "The Northshore Gazette"),
        ("fr_cp1252", "L'Écho du Littoral"),
        ("fr_quotidien", "Le Courrier du Rhône"),
        ("no_metadata", None),
    ]


def test_a_folder_mixing_text_and_html(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "page.htm").write_bytes((HTML / "fr_quotidien.html").read_bytes())
    (tmp_path / "fr" / "depeche.txt").write_text(
        "La métropole de Lyon repousse la ligne T9 à 2027. Le surcoût atteint 38 millions.",
        encoding="utf-8",
    )
    (tmp_path / "notes.md").write_text("# Notes\n\nLe tracé est contesté.", encoding="utf-8")
    articles = load_articles([str(tmp_path)])
    assert [(a.id, a.outlet) for a in articles] == [
        ("fr/depeche", None),
        ("fr/page", "Le Courrier du Rhône"),
        ("notes", None),
    ]


# --- encodings ---------------------------------------------------------------------------


def test_declared_windows_1252_is_honoured() -> None:
    data = (HTML / "fr_cp1252.html").read_bytes()
    assert declared_charset(data) == "cp1252"
    article = _one(HTML / "fr_cp1252.html")
    assert article.encoding == "cp1252"
    assert article.warnings == ()
    assert "délégué syndical" in article.text


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"<meta charset='iso-8859-1'><p>\xe9t\xe9 \x93cit\xe9\x94</p>", "cp1252"),
        ("<meta charset=utf-8><p>été</p>".encode(), "utf-8"),
        ("<p>été, sans déclaration</p>".encode(), "utf-8"),
        (b"\xef\xbb\xbf<meta charset=windows-1252><p>\xc3\xa9t\xc3\xa9</p>", "utf-8-sig"),
    ],
)
def test_decode_html(data: bytes, encoding: str) -> None:
    text, got, _ = decode_html(data, "p.html")
    assert got == encoding
    assert "été" in text


def test_utf8_bytes_win_over_a_stale_declaration() -> None:
    data = "<meta charset=windows-1252><p>« été »</p>".encode()
    text, encoding, warnings = decode_html(data, "p.html")
    assert (encoding, "« été »" in text) == ("utf-8", True)
    assert warnings == ["p.html: declares cp1252 but is UTF-8"]


def test_undeclared_cp1252_page_falls_back_with_a_warning() -> None:
    text, encoding, warnings = decode_html("<p>« été »</p>".encode("cp1252"), "p.html")
    assert (text, encoding) == ("<p>« été »</p>", "cp1252")
    assert warnings and "p.html" in warnings[0]


# --- bad pages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n", "empty file"),
        (b"\x00\x01\x02binary\x00" * 50, "binary file"),
        (b"<html><head><title>x</title></head><body></body></html>", "no article text"),
    ],
)
def test_a_broken_page_is_one_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        load_articles([str(path)])
    assert message in err.value.message and str(path) in err.value.message
    assert "\n" not in err.value.message


def test_a_broken_page_on_the_command_line(tmp_path: Path, invoke) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body><nav></nav></body></html>")
    result = invoke("list", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("natocmp: error: no article text found in HTML page")
    assert "Traceback" not in result.stderr


def test_escapes_written_as_entities_are_removed(tmp_path: Path) -> None:
    page = (
        '<html lang="en"><head><meta property="og:site_name" content="Evil &#27;[31mNews">'
        "<title>T&#x1b;]8;;http://x&#7;itle</title></head><body><article>"
        "<p>The council met on Monday and voted &#27;[2Jthe budget after a long debate.</p>"
        "<p>The mayor said the vote was a relief for the town and its residents.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "evil.html"
    path.write_text(page, encoding="utf-8")
    article = _one(path)
    for value in (article.text, article.title or "", article.outlet or ""):
        assert "\x1b" not in value and "\x07" not in value
    # Removed whole, as raw escape bytes would be: no "[31m" left behind.
    assert (article.outlet, article.title) == ("Evil News", "Title")
    assert "voted the budget" in article.text


def test_declared_language_loses_to_text_plainly_in_the_other(tmp_path: Path) -> None:
    page = (HTML / "fr_cp1252.html").read_bytes().replace(b'lang="fr"', b'lang="en"')
    path = tmp_path / "template.html"
    path.write_bytes(page)
    article = _one(path)
    assert article.language == "fr"
    assert "declares 'en'" in dict(article.provenance)["language"]


# --- start-up ------------------------------------------------------------------------------


def test_trafilatura_is_imported_only_when_a_page_is_loaded() -> None:
    code = (
        "import sys; from natocmp.app import app; from natocmp.corpus import load_articles; "
        "load_articles(['000']); print('trafilatura' in sys.modules, end=' '); "
        f"load_articles([{str(HTML / 'en_daily.html')!r}]); print('trafilatura' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=os.environ
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "False True\n"
    assert result.stderr == ""
