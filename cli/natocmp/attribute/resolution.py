"""Resolution of pronouns, titles and descriptions to the people an article (or corpus) named:
what the articles teach (full names, appositive titles) and who spoke last."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from natocmp.attribute.mentions import _NAME_TITLE, _TITLE, _canon_inst, _Mention, _mentions
from natocmp.attribute.names import _names, _strip_det, canonical_name
from natocmp.attribute.text import _deaccent, _fold
from natocmp.lexicon import reporting as lex
from natocmp.models import Article
from natocmp.normalize import fold_token

RECENT_SENTENCES = 2  # a pronoun prefers a speaker quoted this many sentences back at most


@dataclass
class _Knowledge:
    full: dict[str, str]  # folded surname -> canonical full name
    titles: dict[str, str]  # folded title (no determiner) -> canonical full name

    def person(self, name: str) -> str:
        name = canonical_name(name)
        if " " in name:
            return name
        return self.full.get(fold_token(name), name)

    def title(self, description: str) -> str | None:
        """The person a description means, if the titles learned say so unambiguously."""
        d = _strip_det(description)
        hits = {p for t, p in self.titles.items() if t == d or t.startswith(d + " ")}
        if not hits:
            hits = {p for t, p in self.titles.items() if _same_leader(t, d)}
        return hits.pop() if len(hits) == 1 else None


def _org(title: str) -> str | None:
    m = re.search(r"(?:\bde\s+l'|\bdu\s+|\bde\s+la\s+|\bdes\s+|\bof\s+(?:the\s+)?)(\S+)$", title)
    return m.group(1) if m else None


def _same_leader(a: str, b: str) -> bool:
    """Both descriptions name the head of the same organisation ("chef de l'otan")."""
    org = _org(a)
    return (
        org is not None
        and org == _org(b)
        and any(w in a for w in lex.LEADER_WORDS)
        and any(w in b for w in lex.LEADER_WORDS)
    )


def learn(articles: Iterable[Article]) -> _Knowledge:
    """Full names and appositive titles ("le chef du bloc, Jens Stoltenberg") in the texts."""
    full: dict[str, str] = {}
    titles: dict[str, str] = {}
    for article in articles:
        for s in article.sentences:
            for _, _, name in _names(s.text):
                name = canonical_name(name)
                if " " in name:
                    full.setdefault(fold_token(name.split()[-1]), name)
            folded = _fold(s.text)
            plain = _deaccent(s.text)
            for m in (*_TITLE.finditer(plain), *_NAME_TITLE.finditer(plain)):
                titles.setdefault(
                    _strip_det(folded[m.start("title") : m.end("title")]),
                    canonical_name(s.text[m.start("name") : m.end("name")]),
                )
    return _Knowledge(full, titles)


# --- finding quotes and cues in one sentence ----------------------------------------------


class _Resolver:
    """Turns a mention into a speaker, remembering who spoke and who was named, in order."""

    def __init__(self, know: _Knowledge) -> None:
        self.know = know
        self.claims: list[tuple[int, str, str]] = []  # (sentence, speaker, type)
        self.persons: list[tuple[int, str]] = []  # (sentence, person named)
        self.parent: str | None = None  # organisation of the last department named

    def recent(self, sentence: int, *, person_only: bool) -> str | None:
        for idx, speaker, kind in reversed(self.claims):
            if sentence - idx > RECENT_SENTENCES:
                break
            if kind == "person" or not person_only:
                return speaker if kind == "person" else None
        return self.persons[-1][1] if self.persons else None

    def recent_type(self, sentence: int) -> tuple[str, str] | None:
        for idx, speaker, kind in reversed(self.claims):
            if sentence - idx > RECENT_SENTENCES:
                break
            return speaker, kind
        return None

    def mention(self, window: str, sentence: int, *, last: bool) -> _Mention | None:
        """The speaker named in ``window``: the last mention before a cue, else the first."""
        found = _mentions(window)
        if not found:
            return None
        m = found[-1] if last else found[0]
        return self.resolve(m, sentence)

    def resolve(self, m: _Mention, sentence: int) -> _Mention:
        if m.how == "name":
            name = self.know.person(m.alias)
            how = "name" if " " in canonical_name(m.alias) else "surname"
            return replace(m, speaker=name, type="person", how=how)
        if m.how == "pronoun":
            who = self.recent(sentence, person_only=True)
            return replace(m, speaker=who, type="person" if who else "unknown")
        if m.how == "description":
            who = self.know.title(m.alias)
            if who:
                return replace(m, speaker=who, type="person", how="title")
            who = self.recent(sentence, person_only=True)
            return replace(m, speaker=who, type="person" if who else "unknown", how="previous")
        if m.how == "department":
            # "la direction de Valtek" speaks for Valtek; a bare "la direction" later, too
            if m.speaker:
                self.parent = m.speaker
                return m
            return replace(m, speaker=self.parent or _canon_inst(m.alias))
        return m  # institutions are their own canonical name

    def said(self, sentence: int, m: _Mention) -> None:
        if m.speaker:
            self.claims.append((sentence, m.speaker, m.type))

    def named_before(self, sentence: int) -> str | None:
        """The person named in the sentence just before, if it carried no claim: a quote
        standing alone right after a sentence about someone is theirs."""
        if any(idx == sentence - 1 for idx, _, _ in self.claims):
            return None
        names = [p for idx, p in self.persons if idx == sentence - 1]
        return names[-1] if names else None

    def named(self, sentence: int, text: str) -> None:
        for _, _, name in _names(text):
            if " " in canonical_name(name) or fold_token(name) in self.know.full:
                self.persons.append((sentence, self.know.person(name)))
