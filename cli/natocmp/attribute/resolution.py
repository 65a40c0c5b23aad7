"""Resolution of pronouns, titles and descriptions to the people an article (or corpus) named:
what the articles teach (full names, appositive titles) and who spoke last."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from natocmp.attribute.mentions import (
    _NAME_TITLE,
    _canon_inst,
    _Mention,
    _mentions,
    titled_names,
)
from natocmp.attribute.names import _names, _strip_det, canonical_name
from natocmp.attribute.text import _deaccent, _fold
from natocmp.entities import same_person
from natocmp.lexicon import entities as elex
from natocmp.lexicon import reporting as lex
from natocmp.models import Article
from natocmp.normalize import fold_token

RECENT_SENTENCES = 2  # a pronoun prefers a speaker quoted this many sentences back at most


@dataclass
class _Knowledge:
    """Full names and titles, per article: the article being read is asked first, the others
    only when it has no answer (then ``via`` names the article that gave it)."""

    names: dict[str, list[str]]  # article id -> canonical full names, in text order
    titles_of: dict[str, dict[str, str]]  # article id -> folded title -> full name
    acronyms: dict[str, dict[str, str]] = field(default_factory=dict)  # article -> acr -> full
    bodies: dict[str, tuple[str, ...]] = field(default_factory=dict)  # article -> institutions
    article: str | None = None  # the article being read
    via: str | None = None  # the other article the last answer came from

    @property
    def titles(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for t in self.titles_of.values():
            for k, v in t.items():
                out.setdefault(k, v)
        return out

    @property
    def full(self) -> dict[str, str]:
        """Folded surname -> full name (the first article's, in corpus order)."""
        out: dict[str, str] = {}
        for names in self.names.values():
            for n in names:
                out.setdefault(fold_token(n.split()[-1]), n)
        return out

    def institution(self, name: str, alias: str) -> str:
        """An institution's name as the article gives it in full: an acronym it defines
        ("ECB" → "European Central Bank"), or the one body it named whose name holds a bare
        description's head ("the bank", "la banque centrale" → "European Central Bank")."""
        full = self.acronyms.get(self.article or "", {})
        if name in full:
            return full[name]
        words = _fold(alias).split()
        bare = len(words) <= 2 and bool(words) and words[-1] in elex.BODY_NOUNS
        if not words or (words[0] not in {"the", "la", "le", "l'"} and not bare) or len(words) > 3:
            return name
        head = words[-1]
        named = (*full.values(), *self.bodies.get(self.article or "", ()))
        bodies = {b for b in named if head in _fold(b).split() and " " in b}
        return bodies.pop() if len(bodies) == 1 else name

    def known(self, name: str) -> bool:
        return any(name in names for names in self.names.values())

    def _ordered(self) -> list[str]:
        rest = [a for a in self.names if a != self.article]
        return ([self.article] if self.article in self.names else []) + rest

    def person(self, name: str) -> str:
        name = canonical_name(name)
        self.via = None
        for aid in self._ordered():
            hits = {f for f in self.names[aid] if _fits(name, f)}
            if len(hits) == 1:
                self.via = aid if aid != self.article else None
                return hits.pop()
            if hits:
                return name  # two people fit in one article: no guess
        return name

    def title(self, description: str) -> str | None:
        """The person a description means, if the titles learned say so unambiguously."""
        d = _strip_det(description)
        self.via = None
        for aid in self._ordered():
            titles = self.titles_of.get(aid, {})
            hits = {p for t, p in titles.items() if t == d or t.startswith(d + " ")}
            if not hits:
                hits = {p for t, p in titles.items() if _same_leader(t, d)}
            if not hits and d.split() and aid == self.article:
                # "le président candidat" where the article titles one person "président":
                # the same head word, in the same article only, and only one person
                head = d.split()[0]
                hits = {p for t, p in titles.items() if t.split()[:1] == [head]}
            if len(hits) == 1:
                self.via = aid if aid != self.article else None
                return hits.pop()
            if hits:
                return None
        return None


@lru_cache(maxsize=65536)
def _fits(name: str, full: str) -> bool:
    """``full`` is a fuller (or equal) form of the person ``name`` names."""
    return len(full.split()) >= len(name.split()) and (name == full or same_person(name, full))


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
    """Full names and appositive titles ("le chef du bloc, Jens Stoltenberg") in the texts,
    kept per article."""
    from natocmp.entities import find_entities

    names: dict[str, list[str]] = {}
    titles_of: dict[str, dict[str, str]] = {}
    for article in articles:
        own = names.setdefault(article.id, [])
        titles = titles_of.setdefault(article.id, {})
        for p in find_entities(article).people:
            full = canonical_name(p.name)
            if " " in full and full not in own:
                own.append(full)
            for t in p.titles:  # "Deputy Secretary of State" before the name
                titles.setdefault(_strip_det(_fold(t)), full)
        for s in article.sentences:
            for _, _, name in _names(s.text):
                name = canonical_name(name)
                if " " in name and name not in own and not any(_fits(name, f) for f in own):
                    own.append(name)
            folded = _fold(s.text)
            plain = _deaccent(s.text)
            spans = [t[1:] for t in titled_names(s.text)]
            spans += [
                (m.start("title"), m.end("title"), m.start("name"), m.end("name"))
                for m in _NAME_TITLE.finditer(plain)
            ]
            for ts, te, ns, ne in spans:
                titles.setdefault(_strip_det(folded[ts:te]), canonical_name(s.text[ns:ne]))
    from natocmp.entities import acronyms

    defined = {a.id: acronyms(a.text) for a in articles}
    bodies = {a.id: find_entities(a).institutions for a in articles}
    return _Knowledge(names, titles_of, defined, bodies, article=next(iter(names), None))


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
        if last and self._weak(m):
            # "Paul Girard, le père de Léa, …, estime": a lone word no article gives in
            # full (inside an apposition or an aside) yields to a person named before it
            strong = [f for f in found[:-1] if f.how == "name" and not self._weak(f)]
            if strong:
                m = strong[-1]
        resolved = self.resolve(m, sentence)
        untitled = m.how == "description" and resolved.how == "previous"
        if last and (untitled or m.how == "pronoun"):
            # "La victoire de M. Roux, …, même si le maire sortant a promis",
            # "The former mayor Luc Marin … hailed the ruling. He said": a description or a pronoun
            # after a person named earlier in the same window is that person
            earlier = [f for f in found[:-1] if f.how == "name" and not self._weak(f)]
            for f in reversed(earlier):
                named = self.resolve(f, sentence)
                if named.speaker and self.know.known(named.speaker):
                    return replace(resolved, speaker=named.speaker, type="person", how="previous")
        return resolved

    def _weak(self, m: _Mention) -> bool:
        return (
            m.how == "name"
            and " " not in canonical_name(m.alias)
            and " " not in self.know.person(m.alias)
        )

    def resolve(self, m: _Mention, sentence: int) -> _Mention:
        if m.how == "name":
            name = self.know.person(m.alias)
            how = "name" if " " in canonical_name(m.alias) else "surname"
            return replace(m, speaker=name, type="person", how=how, via=self.know.via)
        if m.how == "pronoun":
            who = self.recent(sentence, person_only=True)
            if who is None and _fold(m.alias) == "il":
                # "…, était-il ajouté" after the Palais royal spoke: "il" stands for a body too
                body = self.recent_type(sentence)
                if body and body[1] == "institution":
                    return replace(m, speaker=body[0], type="institution")
            return replace(m, speaker=who, type="person" if who else "unknown")
        if m.how == "description":
            who = self.know.title(m.alias)
            if who:
                return replace(m, speaker=who, type="person", how="title", via=self.know.via)
            who = self.recent(sentence, person_only=True)
            # a person named after the last claim is the one a description points back to
            # ("The accused, Piet Janssen, stayed silent. … the Dutch-born skipper told")
            last_claim = max((i for i, _, k in self.claims if k == "person"), default=-1)
            if self.persons and self.persons[-1][0] > last_claim:
                who = self.persons[-1][1]
            return replace(m, speaker=who, type="person" if who else "unknown", how="previous")
        if m.how in {"institution", "collective"} and m.speaker:
            return replace(m, speaker=self._body(m))
        if m.how == "department":
            # "la direction de Valtek" speaks for Valtek; a bare "la direction" later, too
            if m.speaker:
                self.parent = m.speaker
                return m
            return replace(m, speaker=self.parent or _canon_inst(m.alias))
        return m  # institutions are their own canonical name

    def label(self, label: str, sentence: int) -> _Mention:
        """A transcript's speaker label as a speaker: a surname in it ("DEPUTY SECRETARY
        SHERMAN"), else the person the text gives that title ("SECRETARY GENERAL")."""
        words = [w.capitalize() for w in label.split()]
        names = [
            w
            for w in words
            if fold_token(w) not in lex.TITLE_HEADS
            and fold_token(w) not in {"general", "generale", "deputy", "vice", "state", "foreign"}
        ]
        who: str | None = None
        if names:
            # only a person the text names: "SPEAKER ONE" is no one's name
            full = self.know.person(" ".join(names))
            who = full if self.know.known(full) else None
            if who is None:
                who = self.know.person(names[-1])
                who = who if self.know.known(who) else None
        if who is None:
            d = fold_token(label)
            hits = {
                p
                for t, p in self.know.titles.items()
                if t == d or t.endswith(" " + d) or t.startswith(d + " ")
            }
            who = hits.pop() if len(hits) == 1 else None
        if who is None:
            return _Mention(label, None, "unknown", "label", 0)
        m = _Mention(label, who, "person", "label", 0, self.know.via)
        self.said(sentence, m)
        return m

    def _body(self, m: _Mention) -> str:
        """A body's canonical name; a bare body noun ("le ministère", "the central bank")
        is the body of that noun that last spoke, else the one the article named."""
        words = _fold(m.alias).split()
        if words and words[0] in {"the", "la", "le", "l'"}:
            words = words[1:]
        if 0 < len(words) <= 2 and words[-1] in elex.BODY_NOUNS:
            for _, speaker, kind in reversed(self.claims):
                if (
                    kind == "institution"
                    and words[-1] in _fold(speaker).split()
                    and (len(speaker.split()) > len(words))
                ):
                    return speaker
        return self.know.institution(m.speaker or "", m.alias)

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
