"""The one record builder: every result becomes an ``Output`` with a JSON document and flat rows.

``--format json`` writes ``document``; ``jsonl``, ``csv`` and ``tsv`` write ``rows`` with
``columns`` as the header. Both are built here from the same per-object record functions,
so the formats cannot disagree. The field lists are the contract in docs/output-formats.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from natocmp.models import Article, Dropped, Sentence

ARTICLE_COLUMNS = (
    "id",
    "title",
    "outlet",
    "wire",
    "place",
    "date",
    "language",
    "sentences",
    "words",
    "source",
    "url",
    "encoding",
    "label",
)
SHOW_COLUMNS = ("article", "kind", "index", "start", "end", "line", "reason", "text")


@dataclass(frozen=True, slots=True)
class Output:
    """What a command prints, in every format but the table."""

    document: Any
    rows: list[dict[str, Any]]
    columns: tuple[str, ...]


def article_record(article: Article, label: str | None = None) -> dict[str, Any]:
    """An article's metadata; ``label`` is its name among the articles compared
    (``natocmp.labels``), worked out from the article alone when not given."""
    from natocmp.labels import article_labels

    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "wire": article.wire,
        "place": article.place,
        "date": article.date,
        "language": article.language,
        "sentences": len(article.sentences),
        "words": article.words,
        "source": article.source,
        "url": article.url,
        "encoding": article.encoding,
        "label": label or article_labels([article])[article.id],
    }


def sentence_record(sentence: Sentence) -> dict[str, Any]:
    return {
        "index": sentence.index,
        "text": sentence.text,
        "kind": sentence.kind,
        "start": sentence.start,
        "end": sentence.end,
        "paragraph": sentence.paragraph,
    }


def dropped_record(dropped: Dropped) -> dict[str, Any]:
    return {"line": dropped.line, "text": dropped.text, "reason": dropped.reason}


def list_output(articles: tuple[Article, ...]) -> Output:
    from natocmp.labels import article_labels

    labels = article_labels(articles)
    rows = [article_record(a, labels[a.id]) for a in articles]
    return Output(document=rows, rows=rows, columns=ARTICLE_COLUMNS)


def show_output(article: Article, *, dropped: bool) -> Output:
    meta = article_record(article)
    meta["provenance"] = dict(article.provenance)
    document = {
        "article": meta,
        "sentences": [sentence_record(s) for s in article.sentences],
        "dropped": [dropped_record(d) for d in article.dropped],
    }
    rows: list[dict[str, Any]] = [
        {
            "article": article.id,
            "kind": s.kind,
            "index": s.index,
            "start": s.start,
            "end": s.end,
            "line": None,
            "reason": None,
            "text": s.text,
        }
        for s in article.sentences
    ]
    if dropped:
        rows += [
            {
                "article": article.id,
                "kind": "dropped",
                "index": None,
                "start": None,
                "end": None,
                "line": d.line,
                "reason": d.reason,
                "text": d.text,
            }
            for d in article.dropped
        ]
    return Output(document=document, rows=rows, columns=SHOW_COLUMNS)
