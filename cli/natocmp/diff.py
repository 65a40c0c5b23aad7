"""``natocmp diff A B`` as a library call: align, then judge each pair, then list what is unique.

A pair is ``agree`` when the typed comparison of its two sides finds no difference, else
``diverge`` with each difference typed (number, date, entity, speaker, negation, hedge) and
both sides' values. The word-level diff shows exactly which words differ. Rendering is
elsewhere (``natocmp.render.diff``).
"""

from __future__ import annotations

from natocmp.align import AlignParams, align_articles
from natocmp.models import AlignedPair, Article, Claim, DiffResult, Sentence
from natocmp.verdict import find_differences
from natocmp.worddiff import word_diff

ONLY_CHOICES = ("agree", "diverge", "unique")


def diff_articles(a: Article, b: Article, *, params: AlignParams | None = None) -> DiffResult:
    """Compare two articles.

    Args:
        a, b: the articles, as loaded by ``natocmp.corpus.load_articles``.
        params: alignment knobs (defaults: the calibrated ones).

    Returns:
        A DiffResult with pairs sorted by A's sentence order, and the unaligned sentences.
    """
    from natocmp.attribute import extract_claims, learn

    params = params or AlignParams()
    links = align_articles(a, b, params)
    # As ``resolve_speakers`` (names and titles learned from both articles), without its
    # speakers' table, which a diff does not use. Whole articles, not just the aligned
    # sentences: a pronoun's speaker is carried over from earlier sentences.
    articles = [a, b] if a is not b else [a]
    know = learn(articles)
    claims = [c for article in articles for c in extract_claims(article, knowledge=know)]
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for claim in claims:
        for side, article in ((0, a), (1, b)):
            if claim.article == article.id:
                by_sentence.setdefault((side, claim.sentence_index), []).append(claim)
    pairs = []
    for link in links:
        a_sents = [a.sentences[i] for i in link.a_indices]
        b_sents = [b.sentences[j] for j in link.b_indices]
        a_text = _join(a_sents)
        b_text = _join(b_sents)
        differences = find_differences(
            a_text,
            b_text,
            a=a,
            b=b,
            a_claims=[c for i in link.a_indices for c in by_sentence.get((0, i), [])],
            b_claims=[c for j in link.b_indices for c in by_sentence.get((1, j), [])],
        )
        wd = word_diff(a_text, b_text)
        pairs.append(
            AlignedPair(
                a_indices=link.a_indices,
                a_text=a_text,
                b_indices=link.b_indices,
                b_text=b_text,
                score=link.score,
                label="diverge" if differences else "agree",
                differences=differences,
                a_spans=wd.a_spans,
                b_spans=wd.b_spans,
                evidence=link.evidence,
            )
        )
    used_a = {i for p in pairs for i in p.a_indices}
    used_b = {j for p in pairs for j in p.b_indices}
    return DiffResult(
        a=a,
        b=b,
        params=tuple(sorted(params.as_dict().items())),
        pairs=tuple(pairs),
        only_a=tuple(s for s in a.sentences if s.index not in used_a),
        only_b=tuple(s for s in b.sentences if s.index not in used_b),
    )


def filter_result(result: DiffResult, only: str | None) -> DiffResult:
    """Keep only agreeing pairs, diverging pairs, or the unique sentences (``--only``)."""
    if only is None:
        return result
    if only == "unique":
        return DiffResult(result.a, result.b, result.params, (), result.only_a, result.only_b)
    pairs = tuple(p for p in result.pairs if p.label == only)
    return DiffResult(result.a, result.b, result.params, pairs, (), ())


def _join(sentences: list[Sentence]) -> str:
    return " ".join(s.text for s in sentences)
