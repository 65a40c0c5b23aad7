"""Speed-ups must not change results: the cached profile equals a fresh computation."""

from __future__ import annotations

from natocmp import align
from natocmp.corpus import load_articles
from natocmp.lexicon.synonyms import CLASSES
from natocmp.normalize import content_words


def _fresh(text: str, persons: frozenset[str]) -> align.Profile:
    canon = align._synonym_map(CLASSES)
    terms = tuple(canon.get(t, t) for t in content_words(text))
    names = frozenset(canon.get(t, t) for t in align._name_terms(text))
    return align.Profile(terms, names, " ".join(terms), persons & set(terms))


def test_cached_profile_equals_fresh_for_every_seed_sentence() -> None:
    articles = load_articles([])
    persons = align.person_terms([s.text for a in articles for s in a.sentences])
    for a in articles:
        for s in a.sentences:
            assert align.profile(s, persons) == _fresh(s.text, persons)
            # A second call comes from the cache and must not differ either.
            assert align.profile(s.text, persons) == _fresh(s.text, persons)


def test_alignment_unchanged_by_a_warm_cache() -> None:
    a, b = load_articles(["000", "001"])
    align._text_terms.cache_clear()
    align._align_articles.cache_clear()
    cold = align.align_articles(a, b)
    align._align_articles.cache_clear()  # re-align, with the sentence profiles cached
    warm = align.align_articles(a, b)
    assert cold == warm
    assert align._text_terms.cache_info().hits > 0


def test_a_pair_aligned_twice_is_aligned_once_and_mirrors() -> None:
    a, b = load_articles(["000", "004"])
    align._align_articles.cache_clear()
    first = align.align_articles(a, b)
    again = align.align_articles(a, b)
    mirrored = align.align_articles(b, a)
    assert first == again
    assert {(lk.b_indices, lk.a_indices, lk.score) for lk in mirrored} == {
        (lk.a_indices, lk.b_indices, lk.score) for lk in first
    }
    assert align._align_articles.cache_info().hits >= 2
