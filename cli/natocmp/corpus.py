"""Turn sources into Articles: seeds, files, folders, globs, stdin; encodings; metadata.

A source is a seed id or unique id prefix (``000``, ``00`` is ambiguous), a file, a folder
(every article file in it, at any depth: walk.py), a glob, or ``-`` for stdin. No sources
means the bundled seeds. File formats: plain text; text or Markdown with a front-matter
block; JSON (an object or an array of objects) and JSON Lines with a text field, for bulk
input; saved HTML pages (webpage.py, through trafilatura). The reader is chosen by suffix
in ``READERS``.

Article text is data: control characters and terminal escape sequences are removed here,
once, so no later stage or output format can pass them to a terminal.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import IO, Any

from natocmp.clean import clean_text, fold
from natocmp.errors import InputError, SourceError
from natocmp.metadata import (
    detect_language,
    guess_date,
    guess_outlet,
    guess_place,
    guess_title,
)
from natocmp.models import Article
from natocmp.segment import split_sentences
from natocmp.walk import glob_files, has_magic, walk_folder

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
# Saved web pages, read by natocmp.webpage (imported only when a page is loaded).
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + JSON_SUFFIXES + HTML_SUFFIXES
# A news article is far below this; a larger file is a mistake or a data dump.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ARTICLE_CHARS = 2_000_000
TEXT_FIELDS = ("text", "content", "body", "article")
_META_ALIASES = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "site", "publisher", "source_name", "media"),
    "wire": ("wire", "agency"),
    "date": ("date", "published", "published_at", "pubdate", "publication_date"),
    "language": ("language", "lang"),
    "url": ("url", "link"),
    "id": ("id",),
}
_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC … BEL/ST (hyperlinks, titles)
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI … final (colours, cursor)
    r"|\x1b[@-Z\\-_]"  # other two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """An article before cleaning: its text, where it came from, and metadata given with it."""

    id: str
    text: str
    source: str
    meta: tuple[tuple[str, str], ...] = ()
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    # Lines the source marks as headings (Markdown "## …"), which stay headings even when
    # they end like a sentence ("## Une prime jugée « insultante »").
    headings: frozenset[str] = frozenset()
    # Which record of its source this is (JSON arrays, JSON Lines): two records of one file
    # are two documents even when they share an id.
    record: int = 0


def load_articles(
    sources: Sequence[str] = (), *, stdin: IO[bytes] | None = None
) -> tuple[Article, ...]:
    """Load, clean and segment every article the sources name, in the order given.

    Args:
        sources: seed ids or prefixes, files, folders, globs, or "-"; empty means the seeds.
        stdin: a binary stream to read for "-" (defaults to sys.stdin.buffer).

    Raises:
        SourceError: a source names nothing (unknown id, missing path, ambiguous prefix,
            a folder or glob with no article files).
        InputError: a file cannot be read as an article (binary, empty, undecodable).
    """
    docs: list[RawDocument] = []
    for source in sources or [s.id for s in seed_entries()]:
        docs.extend(_resolve(source, stdin))
    return tuple(build_article(doc) for doc in _unique_ids(docs))


def build_article(doc: RawDocument) -> Article:
    """Clean, segment and describe one raw document."""
    text, dropped = clean_text(doc.text)
    sentences = [
        replace(s, kind="heading") if s.text in doc.headings else s for s in split_sentences(text)
    ]
    given = dict(doc.meta)
    how: dict[str, str] = {k: given.get(f"how.{k}", "given with the article") for k in given}
    title, how_title = given.get("title") or None, how.get("title", "")
    if title is None:
        title, how_title = guess_title(sentences)
    found_outlet, found_how, found_wire, found_wire_how = guess_outlet(dropped)
    outlet, how_outlet = given.get("outlet") or None, how.get("outlet", "")
    if outlet is None and "outlet" not in given:
        outlet, how_outlet = found_outlet, found_how
    wire, how_wire = given.get("wire") or None, how.get("wire", "")
    if wire is None and "wire" not in given:
        wire, how_wire = found_wire, found_wire_how
    if wire is not None and outlet is not None and fold(wire) == fold(outlet):
        outlet, how_outlet = None, "only the agency is named (see wire)"
    date, how_date = given.get("date") or None, how.get("date", "")
    if date is None and "date" not in given:
        date, how_date = guess_date(dropped)
    elif date is not None:
        date = _iso_date(date, doc.source)
    language = _language(given.get("language")) or detect_language(text)
    how_language = how.get("language", "detected from function words")
    warnings = list(doc.warnings)
    if not sentences:
        warnings.append(f"{doc.source}: no sentences left after cleaning")
    if sentences and language not in ("fr", "en"):
        warnings.append(
            f"{doc.source}: language not recognised as French or English; results are best effort"
        )
    provenance = (
        ("title", how_title or "given with the article"),
        ("outlet", how_outlet or "given with the article"),
        ("wire", how_wire or "given with the article"),
        ("date", how_date or "given with the article"),
        ("language", how_language),
    )
    return Article(
        id=doc.id,
        title=title,
        outlet=outlet,
        date=date,
        language=language,
        source=doc.source,
        url=given.get("url") or None,
        text=text,
        sentences=tuple(sentences),
        dropped=dropped,
        encoding=doc.encoding,
        provenance=provenance,
        warnings=tuple(warnings),
        wire=wire,
        place=given.get("place") or guess_place(dropped),
    )


# --- seeds ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SeedEntry:
    id: str
    path: Path
    meta: tuple[tuple[str, str], ...]


def seed_dir() -> Path:
    """The bundled seeds: inside the installed wheel, or ``seeds/`` of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_seeds", here.parent.parent / "seeds"):
        if (candidate / "manifest.toml").is_file():
            return candidate
    raise SourceError(
        "the bundled seeds are missing from this installation",
        hint="reinstall natocmp (pip install --force-reinstall natocmp)",
    )


@cache
def seed_entries() -> tuple[SeedEntry, ...]:
    """The seed articles listed in seeds/manifest.toml, in id order."""
    folder = seed_dir()
    with open(folder / "manifest.toml", "rb") as fh:
        manifest = tomllib.load(fh)
    entries = []
    for item in manifest["article"]:
        meta = {k: str(v) for k, v in item.items() if k not in ("file", "how", "id", "source")}
        meta.update({f"how.{k}": str(v) for k, v in item.get("how", {}).items()})
        entries.append(SeedEntry(item["id"], folder / item["file"], tuple(sorted(meta.items()))))
    return tuple(sorted(entries, key=lambda e: e.id))


def _seed_matches(source: str) -> list[SeedEntry]:
    entries = seed_entries()
    exact = [e for e in entries if source in (e.id, e.path.stem, e.path.name)]
    if exact:
        return exact
    return [e for e in entries if e.path.stem.startswith(source)]


# --- resolving sources -----------------------------------------------------------------


def _resolve(source: str, stdin: IO[bytes] | None) -> list[RawDocument]:
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_FILE_BYTES + 1)
        return _read_bytes(data, name="stdin", source="-", suffix=".txt")
    path = Path(source)
    if path.is_dir():
        found = walk_folder(path, accept=is_article_name)
        if not found:
            raise SourceError(
                f"no article files in folder {source} or its subfolders",
                hint=f"natocmp reads {', '.join(ARTICLE_SUFFIXES)} files"
                " (hidden files and README, LICENSE, CHANGELOG, COPYING are skipped)",
            )
        return [doc for f, doc_id in found for doc in _read_file(f, doc_id=_file_id(doc_id))]
    if path.is_file():
        return _read_file(path)
    if has_magic(source):
        found = glob_files(source, accept=is_article_name)
        if not found:
            raise SourceError(f"no article files match: {source}", hint="check the pattern")
        return [doc for f, doc_id in found for doc in _read_file(f, doc_id=_file_id(doc_id))]
    matches = _seed_matches(source)
    if len(matches) == 1:
        entry = matches[0]
        doc = _read_file(entry.path, doc_id=entry.id, source=f"seed:{entry.id}")[0]
        return [replace(doc, meta=entry.meta)]
    if len(matches) > 1:
        ids = ", ".join(e.id for e in matches)
        raise SourceError(
            f"ambiguous seed id prefix {source!r}: matches {ids}",
            hint="give more digits of the id",
        )
    if os.sep in source or "/" in source or Path(source).suffix:
        raise SourceError(f"file not found: {source}", hint="check the path")
    ids = ", ".join(e.id for e in seed_entries())
    raise SourceError(
        f"no such seed or file: {source!r}",
        hint=f"seed ids are {ids}; or give a file, folder, glob or - for stdin",
    )


# A folder of articles often carries its own notes (README.md, LICENSE.txt): not articles.
# A file named on the command line is still read, whatever its name.
NOT_ARTICLE_STEMS = ("changelog", "copying", "license", "licence", "readme")


def is_article_name(name: str) -> bool:
    """An article file in a folder or glob: a known suffix, not hidden, not a README.

    The name before its first dot decides, so README.fr.md is a note and
    license-plates.txt an article.

    >>> [is_article_name(n) for n in ("a.txt", "README.fr.md", "license-plates.txt", ".a.txt")]
    [True, False, True, False]
    """
    if name.startswith(".") or name.split(".", 1)[0].lower() in NOT_ARTICLE_STEMS:
        return False
    return os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES


def _file_id(relative: str) -> str:
    """An id from a file's path relative to its folder: one line, never empty."""
    return one_line(relative).strip() or "article"


def _read_file(
    path: Path, *, doc_id: str | None = None, source: str | None = None
) -> list[RawDocument]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"file too large ({size // (1024 * 1024)} MB): {path}",
                hint=f"natocmp reads files up to {MAX_FILE_BYTES // (1024 * 1024)} MB; split it",
            )
        data = path.read_bytes()
    except PermissionError as exc:
        raise InputError(
            f"cannot read {path}: permission denied", hint="check its permissions"
        ) from exc
    except IsADirectoryError as exc:  # pragma: no cover - guarded by is_dir above
        raise InputError(f"{path} is a folder", hint="give a file") from exc
    return _read_bytes(
        data,
        # A file name is text from outside too: no control characters in the article id.
        name=doc_id or one_line(path.stem).strip() or "article",
        source=source or one_line(str(path)),
        suffix=path.suffix.lower(),
    )


def _read_bytes(data: bytes, *, name: str, source: str, suffix: str) -> list[RawDocument]:
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"input too large: {source}",
            hint=f"natocmp reads inputs up to {MAX_FILE_BYTES // (1024 * 1024)} MB; split it",
        )
    if suffix in HTML_SUFFIXES:
        text, encoding, warnings = decode_html(data, source)
    else:
        text, encoding, warnings = decode(data, source)
    reader = READERS.get(suffix, _read_text)
    docs = reader(text, name, source)
    docs = [
        replace(d, encoding=encoding, warnings=tuple(warnings) + d.warnings)
        for d in docs
    ]
    for d in docs:
        if not d.text.strip():
            raise InputError(f"empty article: {d.source}", hint="the file has no text to compare")
        if len(d.text) > MAX_ARTICLE_CHARS:
            raise InputError(
                f"article too long ({len(d.text):,} characters): {d.source}",
                hint="is this one article? split it into one file per article",
            )
    return docs


def decode(data: bytes, source: str) -> tuple[str, str, list[str]]:
    """Decode bytes as UTF-8 (BOM or not), else cp1252 with a warning; sanitise the text.

    Measured: strict UTF-8 with a cp1252 fallback decoded 25/25 test files right, where
    charset-normalizer misread a cp1252 seed (« » became Ğ ğ).

    >>> decode("« été »".encode("cp1252"), "x.txt")[:2]
    ('« été »', 'cp1252')
    """
    if not data.strip():
        raise InputError(f"empty file: {source}", hint="the file has no text to compare")
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = _decode_strict(data, "utf-16", source), "utf-16"
    elif data.startswith(b"\xef\xbb\xbf"):
        text, encoding = _decode_strict(data[3:], "utf-8", source), "utf-8-sig"
    else:
        if _looks_binary(data):
            raise InputError(
                f"binary file, not text: {source}",
                hint="give a UTF-8 text, Markdown, JSON or JSON Lines file",
            )
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_strict(data, "cp1252", source), "cp1252"
            warnings.append(f"{source}: not UTF-8; decoded as cp1252 (Windows Latin-1)")
    return sanitize(text), encoding, warnings


def decode_html(data: bytes, source: str) -> tuple[str, str, list[str]]:
    """Decode a web page: a byte-order mark, else its declared charset, else as ``decode``.

    Bytes that are valid UTF-8 with non-ASCII in them are read as UTF-8 whatever the page
    declares (with a warning): a page re-saved as UTF-8 often keeps its old declaration, and
    accented cp1252 text is almost never valid UTF-8, so the bytes are the better witness.

    >>> decode_html('<meta charset="windows-1252"><p>« été »'.encode("cp1252"), "p.html")[:2]
    ('<meta charset="windows-1252"><p>« été »', 'cp1252')
    """
    from natocmp.webpage import declared_charset

    declared = declared_charset(data)
    if declared in (None, "utf-8") or data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return decode(data, source)
    if not data.strip() or _looks_binary(data):
        return decode(data, source)  # the same errors as any file
    if not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return sanitize(text), "utf-8", [f"{source}: declares {declared} but is UTF-8"]
    try:
        return sanitize(data.decode(declared)), declared, []
    except UnicodeDecodeError:
        text, encoding, warnings = decode(data, source)
        return text, encoding, [f"{source}: declares {declared} but is not; read as {encoding}"]


def _decode_strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"cannot decode {source} as UTF-8 or cp1252",
            hint="convert it to UTF-8 (iconv -f ENCODING -t UTF-8)",
        ) from exc


# The bytes that are not control characters (tab to carriage return and ESC are text):
# deleting them leaves the controls, counted in C rather than byte by byte in Python.
_NOT_CONTROLS = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32 and b != 27))


def _looks_binary(data: bytes) -> bool:
    """More than 5% control bytes (or a NUL) in the first 8 KiB.

    >>> _looks_binary(b"Texte\\tnormal\\n"), _looks_binary(b"\\x01\\x02ab"), _looks_binary(b"\\x00")
    (False, True, True)
    """
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROLS))
    return controls > len(head) * 0.05


def sanitize(text: str) -> str:
    """Normalise line ends and Unicode (NFC); remove escape sequences and control characters.

    >>> sanitize("a\\x1b[31mb\\x1b]8;;http://x\\x07c\\r\\nd\\u200be")
    'abc\\nde'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    # A lone surrogate (JSON's "\\ud800") cannot be written as UTF-8: the replacement mark.
    text = _SURROGATES.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text)


_SURROGATES = re.compile(r"[\ud800-\udfff]")
_BREAKS = re.compile(r"[\t\n\v\f\r\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """Sanitised text for an id or a label: one line, no control or format characters.

    A file name or a metadata value is text from outside too: a line break or tab in it
    becomes a space (a table row stays one row), and invisible format characters (bidi
    overrides, zero-width joiners) go, so a label shows what it says.

    >>> one_line("evil\\n\\x1b[31mRED\\u202e\\tt")
    'evil RED t'
    """
    text = _BREAKS.sub(" ", sanitize(_BREAKS.sub(" ", text)))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


# --- readers by format -----------------------------------------------------------------


def _read_text(text: str, name: str, source: str) -> list[RawDocument]:
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        meta = _parse_front_matter(m.group(1))
        text = text[m.end() :]
    headings: frozenset[str] = frozenset()
    if source.endswith((".md", ".markdown")) or meta:
        headings = frozenset(
            _strip_markdown(h.group(1)).strip() for h in _MD_HEADING_LINE.finditer(text)
        )
        text = _strip_markdown(text)
    doc_id = meta.pop("id", None) or name
    return [RawDocument(doc_id, text, source, tuple(sorted(meta.items())), headings=headings)]


def _parse_front_matter(block: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in block.split("\n"):
        if ":" not in line or line.lstrip().startswith("#"):
            continue
        key, value = line.split(":", 1)
        key = key.strip().lower()
        value = value.strip().strip("\"'")
        for canonical, aliases in _META_ALIASES.items():
            value = one_line(value).strip()
            if key in aliases and value:
                meta[canonical] = value
    return meta


_MD_HEADING = re.compile(r"^#{1,6}\s+", re.M)
_MD_HEADING_LINE = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
# *one* or _one_: the mark hugs the text and stands outside a word, so "* * *", a "* item"
# bullet, "2*3*4" and snake_case are left alone.
_MD_SINGLE_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?![\s*_])(.+?)(?<![\s*_])\1(?![\w*])")


def _strip_markdown(text: str) -> str:
    """Markdown marks out, words kept: headings, links, strong and single emphasis.

    >>> _strip_markdown("## Sub\\n*By Jo Doe* and **bold**\\n* * *")
    'Sub\\nBy Jo Doe and bold\\n* * *'
    """
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_SINGLE_EMPHASIS.sub(r"\2", text)


def _read_json(text: str, name: str, source: str) -> list[RawDocument]:
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON in {source} (line {exc.lineno}): {exc.msg}",
            hint="give an object or an array of objects with a 'text' field",
        ) from exc
    records = data if isinstance(data, list) else [data]
    return [_record(r, name, source, i, len(records)) for i, r in enumerate(records)]


def _read_jsonl(text: str, name: str, source: str) -> list[RawDocument]:
    import json

    records = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append((lineno, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(
                f"invalid JSON Lines in {source} (line {lineno}): {exc.msg}",
                hint="each line must be one JSON object with a 'text' field",
            ) from exc
    if not records:
        raise InputError(f"empty file: {source}", hint="the file has no records")
    return [
        _record(r, name, f"{source}:{ln}", i, len(records)) for i, (ln, r) in enumerate(records)
    ]


def _record(record: Any, name: str, source: str, i: int, total: int) -> RawDocument:
    if not isinstance(record, dict):
        raise InputError(
            f"record {i + 1} of {source} is not an object",
            hint="each record must be an object with a 'text' field",
        )
    text = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if text is None:
        raise InputError(
            f"record {i + 1} of {source} has no text field",
            hint=f"give the article text in one of: {', '.join(TEXT_FIELDS)}",
        )
    meta: dict[str, str] = {}
    for canonical, aliases in _META_ALIASES.items():
        for key in aliases:
            value = record.get(key)
            if isinstance(value, (str, int)) and str(value).strip():
                meta[canonical] = one_line(str(value)).strip()
                break
    doc_id = meta.pop("id", None) or (name if total == 1 else f"{name}-{i + 1}")
    return RawDocument(doc_id, sanitize(text), source, tuple(sorted(meta.items())), record=i)


def _read_html(text: str, name: str, source: str) -> list[RawDocument]:
    from natocmp.webpage import expand_control_refs, extract_page

    page = extract_page(sanitize(expand_control_refs(text)), source)
    meta = {k: sanitize(v).strip() for k, v in page.meta.items()}
    meta.update({f"how.{k}": v for k, v in page.how.items()})
    headings = frozenset(sanitize(h).strip() for h in page.headings)
    return [
        RawDocument(
            name, sanitize(page.text), source, tuple(sorted(meta.items())), headings=headings
        )
    ]


READERS: dict[str, Callable[[str, str, str], list[RawDocument]]] = {
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".html": _read_html,
    ".htm": _read_html,
}


def _unique_ids(docs: Iterable[RawDocument]) -> list[RawDocument]:
    """Keep ids unique across documents: two folders with an a.txt each, or records of one
    JSON array sharing an id, get ``a``, ``a-2``, …; the same document named twice keeps its
    id. Linear: each id remembers the next suffix to try, so 20,000 records sharing an id
    are not renamed by trying ``-2``, ``-3``, … again for each.
    """
    out: list[RawDocument] = []
    taken: set[str] = set()
    given: dict[tuple[str, int, str], str] = {}  # (source, record, id asked) → id given
    next_suffix: dict[str, int] = {}
    for doc in docs:
        key = (doc.source, doc.record, doc.id)
        doc_id = given.get(key)
        if doc_id is None:
            doc_id = doc.id
            if doc_id in taken:
                n = next_suffix.get(doc.id, 2)
                while f"{doc.id}-{n}" in taken:
                    n += 1
                doc_id = f"{doc.id}-{n}"
                next_suffix[doc.id] = n + 1
            taken.add(doc_id)
            given[key] = doc_id
        out.append(replace(doc, id=doc_id))
    return out


def _language(value: str | None) -> str | None:
    """A given language as the analyses know it: "fr", "en", else "und" (best effort).

    >>> [_language(v) for v in ("fr-FR", "EN", "de", None)]
    ['fr', 'en', 'und', None]
    """
    if not value:
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if code in ("fr", "en") else "und"


def _iso_date(value: str, source: str) -> str:
    from natocmp.dates import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise InputError(
            f"unreadable date {value!r} in the metadata of {source}",
            hint="write dates as YYYY-MM-DD",
        )
    return parsed.isoformat()
