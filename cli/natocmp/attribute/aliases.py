"""Speakers across articles: one canonical speaker per person or institution, with aliases."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from natocmp.attribute.extract import extract_claims
from natocmp.attribute.resolution import learn
from natocmp.models import Article, Claim, Speaker
from natocmp.normalize import fold_token


def resolve_speakers(articles: Sequence[Article]) -> tuple[tuple[Claim, ...], tuple[Speaker, ...]]:
    """Claims of all articles with speakers unified across them, and the speakers' table.

    Names and titles are learned from the whole corpus, so "Stoltenberg" in one outlet and
    "le secrétaire général de l'OTAN, Jens Stoltenberg" in another are one speaker, and a
    description one outlet ties to a name resolves in another. Persons and institutions are
    never merged.
    """
    know = learn(articles)
    claims: list[Claim] = []
    for article in articles:
        claims += extract_claims(article, knowledge=know)
    claims = _merge_variants(claims)
    return tuple(claims), speakers_of(claims, titles=know.titles)


def _merge_variants(claims: list[Claim]) -> list[Claim]:
    """One name per person across outlets: "Alexandre Grouchko" and "Alexander Grushko",
    "Poutine" and "Vladimir Putin" (``natocmp.entities.merge_people``). The alias keeps
    each article's own spelling, so the speakers table lists every variant."""
    from dataclasses import replace

    from natocmp.entities import merge_people

    people = [c.speaker for c in claims if c.speaker and c.speaker_type == "person"]
    canon = merge_people(people)
    bodies = _same_spelling(
        [c.speaker for c in claims if c.speaker and c.speaker_type != "person"]
    )
    out = []
    for c in claims:
        if c.speaker_type == "person":
            name = canon.get(c.speaker, c.speaker)
        else:
            name = bodies.get(c.speaker, c.speaker) if c.speaker else c.speaker
        if name != c.speaker:
            c = replace(c, speaker=name, alias=c.alias or c.speaker)
        out.append(c)
    return out


def _same_spelling(names: Sequence[str]) -> dict[str, str]:
    """Institutions written alike but for case, accents, apostrophes or spaces ("ministère
    de l'Intérieur", "ministère de l’Intérieur") under one name: the most used, then the
    first in sort order.

    >>> _same_spelling(["ministère de l’Intérieur", "ministère de l'Intérieur",
    ...                 "ministère de l'Intérieur"])["ministère de l’Intérieur"]
    "ministère de l'Intérieur"
    """
    from collections import Counter

    used = Counter(names)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in used:
        groups[fold_token(" ".join(name.split()))].append(name)
    out = {}
    for variants in groups.values():
        best = min(variants, key=lambda n: (-used[n], n))
        out.update((n, best) for n in variants)
    return out


def speakers_of(
    claims: Iterable[Claim], *, titles: dict[str, str] | None = None
) -> tuple[Speaker, ...]:
    """Speakers of ``claims`` with their aliases (names used, plus ``titles`` learned, folded)."""
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for title, person in (titles or {}).items():
        aliases[(person, "person")].add(title)
    counts: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(dict)
    for c in claims:
        if c.speaker is None:
            continue
        key = (c.speaker, c.speaker_type)
        if c.alias and c.how != "pronoun":  # "il", "elle" name nobody: not aliases
            aliases[key].add(" ".join(c.alias.split()))
        row = counts[key].setdefault(c.article, [0, 0])
        row[0 if c.kind == "direct" else 1] += 1
    return tuple(
        Speaker(
            name=name,
            type=kind,
            aliases=tuple(sorted(aliases[(name, kind)], key=lambda a: (fold_token(a), a))),
            counts=tuple((a, d, r) for a, (d, r) in sorted(counts[(name, kind)].items())),
        )
        for name, kind in sorted(counts, key=lambda k: (k[1] != "person", fold_token(k[0]), k[1]))
    )
