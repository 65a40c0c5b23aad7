"""Read a saved web page: its main text, headings and metadata, via trafilatura.

trafilatura (the field's standard extractor) separates the article from the page around it
(menus, related links, footers, cookie banners, captions) and reads the page's metadata:
title, site name, author, date (through htmldate), canonical URL. This module adds what it
does not give: the page's declared language, and *where* each value came from
("HTML metadata (og:site_name)"), found by looking for the value among the page's own
declarations, so ``list`` and ``show`` can say how each value was found.

Dates come only from the page's markup and URL, never from its text: htmldate's extensive
search took a photo caption's date for the article's on our no-metadata fixture. Without a
markup date the key is left out and corpus.py's text rules (datelines) take over.

trafilatura, lxml and htmldate cost a noticeable import (see benchmarks/README.md), so they
are imported inside ``extract_page``: only a run that loads an HTML file pays for them.
This module neither decodes bytes (corpus.py does, with ``declared_charset``) nor cleans
the text (clean.py still runs on what is extracted).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from natocmp.errors import InputError, UsageError
from natocmp.metadata import detect_language

# htmldate rejects dates after max_date; its default is today, which would make the same page
# read differently on different days. A fixed bound keeps output byte-identical.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2100-12-31"}
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
_ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "BlogPosting", "WebPage")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|$)")
# &#27; &#x1b; &#7; …: control characters written as references, which a text sanitiser
# cannot see before parsing (and which made trafilatura discard a whole page).
_CONTROL_REF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,2})|0*([0-9]{1,3}));")
_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page gives: text (one block per line), metadata, and where each came from."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)
    headings: tuple[str, ...] = ()


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB (``<meta charset>``, http-equiv, XML).

    Returns a Python codec name, or None when nothing (known) is declared. As browsers do
    (WHATWG), a declared Latin-1 or ASCII is read as windows-1252, and a meta tag cannot
    declare UTF-16 (a byte-order mark would have said so).

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=cp1252">')
    'cp1252'
    >>> declared_charset(b"<meta charset='UTF-8'>"), declared_charset(b"<p>no charset</p>")
    ('utf-8', None)
    """
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _CHARSET.search(head)
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in ("latin-1", "iso8859-1", "ascii") or name.startswith("utf-16"):
        return "cp1252" if not name.startswith("utf-16") else "utf-8"
    return name


def extract_page(html: str, source: str) -> Page:
    """The main text and metadata of a page (decoded, see ``expand_control_refs``).

    Raises:
        InputError: the page holds no text trafilatura can extract.
        UsageError: trafilatura cannot be imported (a broken installation).
    """
    import logging

    try:
        import trafilatura
        from trafilatura.utils import load_html
    except ImportError as exc:
        raise UsageError(
            f"reading HTML needs trafilatura, which cannot be imported ({exc})",
            hint="pip install 'trafilatura>=2' lxml_html_clean",
        ) from exc
    for name in _LOGGERS:  # their warnings are not ours to print; NullHandler mutes lastResort
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
    tree = load_html(html)
    if tree is None:
        raise InputError(f"not a readable HTML page: {source}", hint="check the file is HTML")
    declared = _declarations(tree)
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article
        include_images=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(
            f"no article text found in HTML page: {source}",
            hint="save the article's own page (not a front page or a login page)",
        )
    meta: dict[str, str] = {}
    how: dict[str, str] = {}
    for key, attr in (
        ("title", "title"),
        ("outlet", "sitename"),
        ("date", "date"),
        ("url", "url"),
        ("author", "author"),
    ):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
            how[key] = _where(key, meta[key], declared.get(key, []))
    language, how_language = _language(declared.get("language", []), text)
    if language:
        meta["language"], how["language"] = language, how_language
    body = getattr(doc, "body", None)
    headings: tuple[str, ...] = ()
    if body is not None:
        headings = tuple(" ".join("".join(h.itertext()).split()) for h in body.iter("head"))
    return Page(text=text, meta=meta, how=how, headings=tuple(h for h in headings if h))


def expand_control_refs(html: str) -> str:
    """Character references to control characters, written as the characters themselves.

    Done before the page is sanitised (corpus.sanitize), so an escape sequence written as
    ``&#27;[31m`` is removed whole, as the same bytes written raw would be.

    >>> expand_control_refs("a&#27;[31mb &#x1B; &#233; &#10; &#x9f;")
    'a\\x1b[31mb \\x1b &#233; &#10; \\x9f'
    """
    return _CONTROL_REF.sub(_control_char, html)


def _control_char(m: re.Match[str]) -> str:
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    if code in (9, 10, 13) or not (code < 32 or 127 <= code < 160):
        return m.group(0)
    return chr(code)


# --- where each value came from --------------------------------------------------------


def _declarations(tree: Any) -> dict[str, list[tuple[str, str]]]:
    """Each field's candidate values as the page declares them, in trafilatura's order."""
    found: dict[str, list[tuple[str, str]]] = {}

    def add(key: str, label: str, value: Any) -> None:
        if isinstance(value, str) and value.strip():
            found.setdefault(key, []).append((label, value.strip()))

    metas = {
        "property": {"og:title": "title", "og:site_name": "outlet", "og:url": "url",
                     "og:locale": "language", "article:published_time": "date",
                     "article:publisher": "outlet", "article:author": "author"},
        "name": {"twitter:title": "title", "title": "title", "author": "author",
                 "publisher": "outlet", "application-name": "outlet", "twitter:site": "outlet",
                 "date": "date", "pubdate": "date", "publishdate": "date",
                 "dc.date": "date", "dc.date.issued": "date", "dcterms.created": "date",
                 "article.published": "date", "parsely-pub-date": "date",
                 "sailthru.date": "date"},
        "itemprop": {"headline": "title", "datepublished": "date", "author": "author"},
        "http-equiv": {"content-language": "language"},
    }  # fmt: skip
    add("language", "HTML metadata (<html lang>)", tree.get("lang"))
    for elem in tree.iterfind(".//meta[@content]"):
        for attr, keys in metas.items():
            name = (elem.get(attr) or "").lower()
            if name in keys:
                add(keys[name], f"HTML metadata ({name})", elem.get("content"))
    for obj in _json_ld(tree):
        add("title", "HTML metadata (JSON-LD headline)", obj.get("headline"))
        add("date", "HTML metadata (JSON-LD datePublished)", obj.get("datePublished"))
        add("language", "HTML metadata (JSON-LD inLanguage)", obj.get("inLanguage"))
        for who, key in (("publisher", "outlet"), ("author", "author")):
            for person in _as_list(obj.get(who)):
                name = person.get("name") if isinstance(person, dict) else person
                add(key, f"HTML metadata (JSON-LD {who})", name)
    for link in tree.iterfind(".//link[@href]"):
        if (link.get("rel") or "").lower() == "canonical":
            add("url", "HTML metadata (canonical link)", link.get("href"))
    title = tree.find(".//title")
    if title is not None:
        add("title", "HTML <title>", title.text_content())
        add("outlet", "HTML <title> (after the separator)", title.text_content())
    for h1 in tree.iterfind(".//h1"):
        add("title", "the page's <h1>", h1.text_content())
    for time in tree.iterfind(".//time[@datetime]"):
        add("date", "HTML <time datetime>", time.get("datetime"))
    for _, url in found.get("url", []):
        m = _URL_DATE.search(url)
        if m:
            add("date", "the page URL", "-".join(m.groups()))
    return found


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """The article-like objects of a page's JSON-LD blocks (lists and @graph unfolded)."""
    import json

    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except json.JSONDecodeError:
            continue
        todo = [data]
        while todo:
            item = todo.pop(0)
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                todo.extend(_as_list(item.get("@graph")))
                kinds = [str(k) for k in _as_list(item.get("@type"))]
                if any(k in _ARTICLE_TYPES for k in kinds):
                    yield item


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _where(key: str, value: str, candidates: list[tuple[str, str]]) -> str:
    """Name the first declaration that gave ``value``.

    >>> _where("date", "2024-03-14", [("HTML <time datetime>", "2024-03-14T07:45")])
    'HTML <time datetime>'
    >>> _where("outlet", "Gazette", [])
    'HTML page (trafilatura)'
    """
    want = _norm(value)
    for label, candidate in candidates:
        have = _norm(candidate)
        if key == "date" and have[:10] == want:
            return label
        if key == "url" and have.rstrip("/") == want.rstrip("/"):
            return label
        if have == want or have.lstrip("@") == want:
            return label
        if label.startswith("HTML <title>") and want in have:
            return label
    return "HTML page (htmldate)" if key == "date" else "HTML page (trafilatura)"


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _language(declared: list[tuple[str, str]], text: str) -> tuple[str | None, str]:
    """The page's declared language, unless its text is plainly in the other of fr/en.

    A CMS template often says lang="en" whatever the article's language; the text wins then.

    >>> _language([("HTML metadata (<html lang>)", "fr-FR")], "Le conseil a voté.")[0]
    'fr'
    >>> _language([("HTML metadata (<html lang>)", "en")], "Le conseil de la ville a voté la loi.")
    ('fr', "detected from function words (the page declares 'en')")
    """
    for label, value in declared:
        code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
        if not re.fullmatch(r"[a-z]{2,3}", code):
            continue
        detected = detect_language(text)
        if detected in ("fr", "en") and detected != code:
            return detected, f"detected from function words (the page declares {code!r})"
        return code, label
    return None, ""
