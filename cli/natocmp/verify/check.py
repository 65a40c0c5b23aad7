"""Check every claim of the articles that quotes a source against that source.

``verify_quotes(source, articles)`` reads the source as speaker turns
(``natocmp.verify.source``), takes the articles' claims from the public attribution API
(``natocmp.attribute.resolve_speakers``, as ``natocmp claims`` does), and gives each claim
credited to a speaker of the source, or found in it, one verdict:

- direct quotes: located by shared runs of words (``passages.locate``), then verbatim,
  trimmed or altered (``classify.compare_direct``); under half the quote's words in
  shared runs, it is not found;
- reported speech: the source sentence carrying most of its content words
  (``passages.best_sentence``), a paraphrase from 50% of them and three words up;
- misattributed: the passage is there but in a turn of someone else (a journalist's
  question, another official, the moderator);
- an article in another language than the source: translated with an embedder
  (``--semantic``), else "unchecked" (a French quote of an English source cannot be judged
  by its words, and calling it "not found" would be false).

Which claims count: those credited to a person the source names as a speaker (they can be
"not found"), and those credited to anyone else, or no one, whose passage is in the source.
Both plug-in points are parameters: ``reader`` (any ``TurnReader``) and ``claims`` (any
claims, e.g. an improved attribution's). Deterministic; no printing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from natocmp.models import Article, Claim, Difference
from natocmp.normalize import fold_token
from natocmp.verify.classify import compare_direct, reported_differences
from natocmp.verify.passages import SourceText, best_sentence, index_source, locate, quote_tokens
from natocmp.verify.results import VERDICTS, OutletCounts, QuoteCheck, VerifyResult
from natocmp.verify.semantic import TRANSLATION_THRESHOLD, Embedder, best_translation
from natocmp.verify.source import Turn, TurnReader, speaker_turns

MIN_COVERAGE = 0.5  # under half of a quote's words in shared runs: not this source's words
MIN_LONGEST_RUN = 3  # and at least one run of three words: two are chance ("we are")
MIN_ALIGNED = 75.0  # or this share of its words equal once aligned with the passage
PARAPHRASE_SCORE = 50.0  # share of a reported claim's content words one sentence carries
PARAPHRASE_WORDS = 3
VERSION = "1"


def _names(text: str | None) -> set[str]:
    return {fold_token(w) for w in (text or "").replace("-", " ").split() if len(w) > 1}


def same_person(credited: str, speaker: str | None) -> bool:
    """Whether two spellings name one person: the surname of one among the other's words.

    >>> same_person("Lindqvist", "Maria Lindqvist"), same_person("Tomas Reyes", "Maria Lindqvist")
    (True, False)
    """
    if not speaker:
        return False
    a, b = credited.split(), speaker.split()
    return fold_token(a[-1]) in _names(speaker) or fold_token(b[-1]) in _names(credited)


def compatible(claim: Claim, turn: Turn) -> bool:
    """Whether the turn's speaker can be the one the claim credits.

    Nobody credited: anyone. A journalist's question or the moderator: only if named and
    the same person. An official turn: the same person, or any when the turn has no name
    (a title-only label, a source without labels) or the claim credits an institution.
    """
    if claim.speaker is None:
        return True
    if turn.role in ("question", "moderator"):
        return claim.speaker_type == "person" and same_person(claim.speaker, turn.speaker)
    if turn.speaker is None or claim.speaker_type != "person":
        return True
    return same_person(claim.speaker, turn.speaker)


def _said_by(turn: Turn) -> str | None:
    return turn.speaker or turn.label


def verify_quotes(
    source: Article,
    articles: Sequence[Article],
    *,
    claims: Sequence[Claim] | None = None,
    reader: TurnReader = speaker_turns,
    embedder: Embedder | None = None,
) -> VerifyResult:
    """Every claim of ``articles`` that quotes ``source``, checked against it.

    Args:
        source: the primary source (transcript, speech, statement), loaded like an article.
        articles: the articles quoting it.
        claims: their claims; default ``resolve_speakers(articles)``'s.
        reader: how the source is split into speaker turns.
        embedder: matches quotes across languages (``--semantic``); None: such quotes are
            "unchecked".
    """
    if claims is None:
        from natocmp.attribute import resolve_speakers

        claims, _ = resolve_speakers(articles)
    turns = reader(source)
    src = index_source(source, turns)
    names = sorted({t.speaker for t in turns if t.role == "official" and t.speaker})
    by_id = {a.id: a for a in articles}
    memo: dict[str, Sequence[float]] = {}
    checks: list[QuoteCheck] = []
    for claim in claims:
        article = by_id.get(claim.article)
        if article is None:
            continue
        ours = claim.speaker_type == "person" and claim.speaker is not None and any(
            same_person(claim.speaker, n) for n in names)
        check = _check(claim, article, src, embedder, memo)
        if check.verdict in ("not_found", "unchecked") and not ours:
            continue  # credited to someone else and not in the source: not a quote of it
        checks.append(check)
    outlets = []
    for a in articles:
        mine = [c for c in checks if c.article == a.id]
        outlets.append(OutletCounts(a.id, a.outlet or a.source,
                                    tuple((v, sum(c.verdict == v for c in mine))
                                          for v in VERDICTS)))
    params: tuple[tuple[str, object], ...] = (
        ("verify_version", VERSION),
        ("locate", "shared runs of >= 2 normalised tokens, greedy from the longest"),
        ("min_coverage", MIN_COVERAGE),
        ("min_longest_run", MIN_LONGEST_RUN),
        ("min_aligned", MIN_ALIGNED),
        ("diff", "difflib.SequenceMatcher on normalised tokens"),
        ("paraphrase_scorer", "share of stemmed content words (natocmp.normalize)"),
        ("paraphrase_threshold", PARAPHRASE_SCORE),
        ("paraphrase_min_words", PARAPHRASE_WORDS),
        ("semantic", None if embedder is None else f"{embedder.name} {embedder.version}"),
        ("translation_threshold", TRANSLATION_THRESHOLD),
        ("source_speakers", names),
    )
    return VerifyResult(source, turns, tuple(articles), params, tuple(checks), tuple(outlets))


def _base(claim: Claim, article: Article) -> dict:
    return {
        "article": claim.article, "outlet": article.outlet or article.source,
        "sentence_index": claim.sentence_index, "kind": claim.kind, "credited": claim.speaker,
        "credited_type": claim.speaker_type, "text": claim.text,
    }


def _result(claim: Claim, article: Article, verdict: str, *, turns: tuple[Turn, ...] = (),
            passage: str | None = None, score: float = 0.0, dropped: tuple[str, ...] = (),
            added: tuple[str, ...] = (), removed: tuple[str, ...] = (),
            differences: tuple[Difference, ...] = (), evidence: tuple[str, ...] = (),
            why: str = "") -> QuoteCheck:
    other = next((t for t in turns if not compatible(claim, t)), None)
    shown = other or (turns[0] if turns else None)
    return QuoteCheck(
        **_base(claim, article), verdict=verdict, turns=tuple(t.index for t in turns),
        said_by=_said_by(shown) if shown else None, said_by_role=shown.role if shown else None,
        passage=passage, score=score, dropped=dropped, added=added, removed=removed,
        differences=differences, evidence=evidence, why=why,
    )


def _misattributed(claim: Claim, turns: tuple[Turn, ...]) -> str | None:
    for t in turns:
        if not compatible(claim, t):
            who = {"question": "a journalist's question", "moderator": "the moderator"}.get(
                t.role, _said_by(t) or "another speaker")
            return f"the source has these words, but {who} said them (turn {t.index})"
    return None


# The cue of a claim the speaker denies: "X denied that two allies had blocked it" carries the
# words of the question put to X, and X's answer is the denial, not a misattribution.
_DENIAL = re.compile(r"(?i)\b(?:den(?:y|ied|ies)|reject|rejected|dismissed|refuted|ni[ée]|"
                     r"d[ée]menti|rejet[ée]|r[ée]fut[ée]|contest[ée])\b")


def _denial(claim: Claim, article: Article, src: SourceText, question: Turn, score: float,
            shared: tuple[str, ...]) -> QuoteCheck | None:
    """A denied claim that a question carries: a paraphrase of the answer, if it is theirs."""
    answer = next((t for t in src.turns[question.index + 1 :] if t.role != "question"), None)
    if answer is None or not compatible(claim, answer) or answer.role == "moderator":
        return None
    first = next((i for i, t in enumerate(src.tokens) if t.turn == answer.index), None)
    if first is None:
        return None
    shown = set(answer.sentences[:2])  # the answer's first two sentences ("No. We do not …")
    last = max(i for i, t in enumerate(src.tokens) if t.turn == answer.index
               and t.sentence in shown)
    return _result(claim, article, "paraphrase", turns=(answer,),
                   passage=src.span_text(first, last), score=score, evidence=shared,
                   why=f"a denial: the question of turn {question.index} carries the words, "
                       f"the answer (turn {answer.index}) denies them")


def _check(claim: Claim, article: Article, src: SourceText, embedder: Embedder | None,
           memo: dict[str, Sequence[float]]) -> QuoteCheck:
    def prefer(t: Turn) -> bool:
        return compatible(claim, t)

    other_language = (article.language != src.article.language
                      and "und" not in (article.language, src.article.language))
    qtoks = quote_tokens(claim.text)
    if claim.kind == "direct" and not other_language and qtoks:
        p = locate([t.form for t in qtoks], src, prefer=prefer)
        longest = max((r.length for r in p.runs), default=0)
        cmp = compare_direct(qtoks, p, src, claim.text) if p.runs else None
        # Located: half the words in shared runs, one of three words or more; or, for a
        # short quote, three words in four matching once aligned ("It has 400 places").
        if cmp is not None and (
            (p.coverage >= MIN_COVERAGE and longest >= MIN_LONGEST_RUN)
            or cmp.score >= MIN_ALIGNED
        ):
            turns = tuple(src.turns[i] for i in p.turns)
            wrong = _misattributed(claim, turns)
            return _result(
                claim, article, "misattributed" if wrong else cmp.verdict, turns=turns,
                passage=cmp.passage, score=cmp.score, dropped=cmp.dropped, added=cmp.added,
                removed=cmp.removed, differences=cmp.differences,
                why=wrong or cmp.why,
            )
    if claim.kind == "reported" and not other_language:
        score, si, shared = best_sentence(claim.text, src, prefer=prefer)
        if si is not None and score >= PARAPHRASE_SCORE and len(shared) >= PARAPHRASE_WORDS:
            tok = next(t for t in src.tokens if t.sentence == si)
            turns = (src.turns[tok.turn],)
            sentence = [t for t in src.tokens if t.sentence == si]
            passage = src.span_text(src.tokens.index(sentence[0]), src.tokens.index(sentence[-1]))
            diffs = reported_differences(
                claim.text, passage, article.language, src.article.language
            )
            wrong = _misattributed(claim, turns)
            if wrong and turns[0].role == "question" and _DENIAL.search(claim.cue or ""):
                denial = _denial(claim, article, src, turns[0], score, shared)
                if denial is not None:
                    return denial
            return _result(
                claim, article, "misattributed" if wrong else "paraphrase", turns=turns,
                passage=passage,
                score=score, differences=tuple(diffs), evidence=shared,
                why=wrong or f"{len(shared)} content words of the claim in one source sentence",
            )
    if other_language:
        if embedder is None or not src.tokens:
            return _result(claim, article, "unchecked",
                           why=f"the article is in {article.language}, the source in "
                               f"{src.article.language}: --semantic matches across languages")
        cos, turn, sents, stext = best_translation(claim.text, src, embedder, memo,
                                                    prefer=prefer)
        if cos >= TRANSLATION_THRESHOLD:
            turns = (src.turns[turn],)
            diffs = reported_differences(
                claim.text, stext, article.language, src.article.language
            )
            wrong = _misattributed(claim, turns)
            verdict = "translated" if claim.kind == "direct" else "paraphrase"
            return _result(
                claim, article, "misattributed" if wrong else verdict, turns=turns,
                passage=stext, score=round(100 * cos, 1), differences=tuple(diffs),
                evidence=(f"cosine {cos:.3f}",),
                why=wrong or f"closest source sentence across languages, cosine {cos:.3f}",
            )
        return _result(claim, article, "not_found", score=round(100 * cos, 1),
                       why=f"no source sentence within reach across languages "
                           f"(best cosine {cos:.3f})")
    return _result(claim, article, "not_found",
                   why="no passage of the source carries these words")
