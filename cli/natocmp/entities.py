"""Who and what an article names: people (with their titles), institutions, places, outlets.

The stage below all analysis (DESIGN.md): ``find_entities(article)`` reads each sentence's
capitalised runs once, separates honorifics ("M.", "Mme", "Sir") and titles ("Deputy Secretary
of State", "secrétaire général de l'OTAN") from the name they introduce, and sorts each name
into a kind: ``person``, ``institution``, ``place``, ``outlet`` (a newspaper or broadcaster:
"told CNN", "au Parisien"), or nothing (a sentence-initial word, a demonstrative). Results are
cached per article (id and text). ``align`` uses the people's name terms (a shared person
weighs little), ``attribute`` its name runs and people, ``verdict`` its speakers and places.

``same_person`` and ``merge_people`` join the variants of one person across spelling,
transliteration and language ("Grushko"/"Grouchko", "Putin"/"Poutine", with or without a
first name): RapidFuzz ``ratio`` on folded, transliteration-keyed surnames plus first-name
evidence (an initial or a close spelling).

Deliberately not done: no gazetteer beyond ``natocmp.lexicon``, no parsing model, no world
knowledge (a surname the article never gives with a first name, title or honorific is not a
person here). Pure functions; no printing, no exit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from natocmp.lexicon import entities as lex
from natocmp.lexicon.places import PLACES
from natocmp.lexicon.reporting import INSTITUTIONS, NATIONALITIES, TITLE_HEADS
from natocmp.lexicon.stopwords import ALL as STOPWORDS
from natocmp.models import Article
from natocmp.normalize import fold_token

# Title words that appear capitalised inside a run ("Secretary General", "Prime Minister").
TITLE_WORDS = frozenset(TITLE_HEADS) | {
    "adjoint",
    "adjointe",
    "attorney",
    "coach",
    "entraineur",
    "foreign",
    "general",
    "generale",
    "interim",
    "selectionneur",
    "vice",
}
PARTICLES = frozenset("al bin ben da das de del della der di dos du el la le van von y".split())
_TOKEN = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)
_ELIDED = re.compile(r"^[lLdDjJ]['’](?=[A-ZÀ-ÖØ-Þ])")
_INITIAL = re.compile(r"[A-Z]\.")
_STOP_TITLE_COMPLEMENT = {"of", "de", "du", "des", "d'", "for"}
# Compiled once: name_runs reads every token of every window the attribution stage asks
# about, and the module-level ``re`` calls spent most of their time looking patterns up.
_POSSESSIVE = re.compile(r"\w['’]s$")
_ARABIC_PARTICLE = re.compile(r"(?:al|el|ben|bin|abu|ibn|ould)-[A-ZÀ-ÖØ-Þ]")
_ELIDED_NOUN = re.compile(r"[LDld]['’][a-zà-ÿ]")
_GAPS = (" ", "\u00a0")  # the one space that may separate two words of a run
_LINKS = PARTICLES | {"of", "d'"}  # particles inside a name or a title


@dataclass(frozen=True, slots=True)
class NameRun:
    """A capitalised run of one sentence, split into honorific, title and name, with its kind."""

    start: int  # of the name itself in the text
    end: int
    name: str  # as written, without honorific or title
    kind: str  # person | surname | institution | place | outlet | "" (nothing)
    title: str = ""  # capitalised title before the name ("Deputy Secretary of State")
    honorific: str = ""  # "M.", "Mme", "Sir"


@dataclass(frozen=True, slots=True)
class Person:
    """One person of an article: the fullest name it gives, every form used, titles seen."""

    name: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Entities:
    """What one article names, found once (``find_entities``)."""

    article: str
    people: tuple[Person, ...]
    runs: tuple[tuple[int, tuple[NameRun, ...]], ...]  # (sentence index, its runs)
    institutions: tuple[str, ...]
    places: tuple[str, ...]
    outlets: tuple[str, ...]

    def person(self, name: str) -> Person | None:
        """The article's person a name (full, surname, or a variant) means, if one."""
        hits = [p for p in self.people if same_person(name, p.name)]
        return hits[0] if len(hits) == 1 else None

    def runs_of(self, sentence: int) -> tuple[NameRun, ...]:
        return dict(self.runs).get(sentence, ())


def fold(text: str) -> str:
    return fold_token(text).replace("’", "'")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        s, tok = m.start(), m.group(0)
        elided = _ELIDED.match(tok)
        if elided:
            s, tok = s + elided.end(), tok[elided.end() :]
        if _POSSESSIVE.search(tok):  # "Doyle's answer"
            tok = tok[:-2]
        if tok.endswith(".") and not (_INITIAL.fullmatch(tok) or fold(tok) in lex.HONORIFICS):
            tok = tok.rstrip(".")
        if tok:
            out.append((s, s + len(tok), tok))
    return out


def _capitalised(tok: str) -> bool:
    # "L'annonce", "D'après": an elided article before a common noun, not a name
    if _ARABIC_PARTICLE.match(tok):
        return True  # "Mouhamad al-Hayyan"
    return tok[:1].isupper() and _ELIDED_NOUN.match(tok) is None


@lru_cache(maxsize=8192)
def name_runs(text: str) -> tuple[NameRun, ...]:
    """The capitalised runs of ``text``, each split and sorted into a kind.

    Cached by text: the attribution stage asks about the same windows of a sentence for
    each cue and mention, once per analysis that reads claims (framing, claims, diff).

    >>> [(r.name, r.kind, r.title) for r in name_runs("Deputy Secretary of State Wendy Sherman")]
    [('Wendy Sherman', 'person', 'Deputy Secretary of State')]
    >>> [(r.name, r.kind, r.honorific) for r in name_runs("a souligné Mme Le Pen au Parisien")]
    [('Le Pen', 'person', 'Mme'), ('Parisien', 'outlet', '')]
    """
    toks = _tokens(text)
    runs: list[list[tuple[int, int, str]]] = []
    i = 0
    while i < len(toks):
        s, e, tok = toks[i]
        if not _capitalised(tok):
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < len(toks):
            ps, pe, prev = run[-1]
            ns, ne, nxt = toks[j]
            if text[pe:ns] not in _GAPS:
                break
            if _capitalised(nxt) or _INITIAL.fullmatch(nxt):
                run.append(toks[j])
                j += 1
                continue
            # particles inside a name or a title: "von der Leyen", "Secretary of State"
            k = j
            while (
                k < len(toks)
                and fold(toks[k][2]) in _LINKS
                and text[toks[k - 1][1] : toks[k][0]] in _GAPS
            ):
                k += 1
            if k > j and k < len(toks) and _capitalised(toks[k][2]) and k - j <= 2:
                run.extend(toks[j : k + 1])
                j = k + 1
                continue
            break
        runs.append(run)
        i = j
    return tuple(
        _with_adjective(text, r) for r in (_split(text, run) for run in runs) if r is not None
    )


def _with_adjective(text: str, run: NameRun) -> NameRun:
    """A French body's name goes on with its lower-case adjective: "Palais royal", "Banque
    mondiale", "Conseil constitutionnel"."""
    if run.kind != "institution":
        return run
    m = re.match(r" ([a-zà-ÿ]+)\b", text[run.end : run.end + 20])
    if m is None or fold(m.group(1)) not in lex.BODY_ADJECTIVES:
        return run
    end = run.end + m.end()
    return NameRun(run.start, end, text[run.start : end], run.kind, run.title, run.honorific)


def _split(text: str, run: list[tuple[int, int, str]]) -> NameRun | None:
    honorific = ""
    while len(run) > 1 and fold(run[0][2]) in lex.HONORIFICS:
        honorific = run[0][2]
        run = run[1:]
    title = ""
    heads = [k for k, t in enumerate(run) if fold(t[2]).rstrip(".") in TITLE_WORDS]
    if heads and heads[-1] < len(run) - 1:
        k = heads[-1] + 1
        # the title's complement: "Secretary of State", "secrétaire général de l'OTAN"
        if fold(run[k][2]) in _STOP_TITLE_COMPLEMENT and k + 1 < len(run) - 1:
            k += 2
        title = text[run[0][0] : run[k - 1][1]]
        run = run[k:]
    while run and (
        (run[0][2].islower() and fold(run[0][2]) in PARTICLES | {"of"})
        or (len(run) > 1 and fold(run[0][2]) in lex.NOT_FIRST_NAMES)
        # "Selon Ingrid Solberg", "Pour Henrik Dalmo": a capitalised connector, not a name
        or (len(run) > 1 and fold(run[0][2]) in STOPWORDS and fold(run[0][2]) not in PARTICLES)
    ):
        run = run[1:]
    if not run:
        return None
    # "a déclaré au Parisien Marc Le Fur": an outlet glued before the speaker's name
    if len(run) > 2 and fold(run[0][2]) in lex.OUTLETS:
        run = run[1:]
    # "de l'OTAN Jens Stoltenberg": an organisation glued before a full name
    if len(run) > 2 and (run[0][2].isupper() or fold(run[0][2]) in INSTITUTIONS):
        rest = text[run[1][0] : run[-1][1]]
        if name_kind(rest) == "person":  # not "US Geological Survey"
            run = run[1:]
    s, e = run[0][0], run[-1][1]
    name = text[s:e]
    return NameRun(s, e, name, name_kind(name, titled=bool(title or honorific)), title, honorific)


def name_kind(name: str, *, titled: bool = False) -> str:
    """What a capitalised name is, by the lexicon and its shape.

    >>> [name_kind(n) for n in ("Jens Stoltenberg", "Islamic State", "CNN", "Celle-là", "Genève")]
    ['person', 'institution', 'outlet', '', 'place']
    """
    f = fold(name)
    words = [w.rstrip(".") for w in f.split()]
    if f in lex.OUTLETS or (f.startswith(("le ", "la ", "the ")) and f in lex.OUTLETS):
        return "outlet"
    if f in lex.DEMONSTRATIVES or (len(words) == 1 and words[0] in lex.NOT_FIRST_NAMES):
        return ""
    if any(w in lex.CALENDAR or w.endswith("-born") for w in words):
        return ""
    parts = [x for w in words for x in w.split("-")]  # "Ipsos-Sopra Steria"
    if any(w in lex.ORGANISATION_WORDS or w in lex.SPORTS for w in parts):
        return "institution"
    if f in INSTITUTIONS or words[0] in INSTITUTIONS and len(words) == 1:
        return "institution"
    if f in lex.MORE_PLACES or (len(words) == 1 and words[0] in lex.MORE_PLACES):
        return "place"
    if (
        f in PLACES
        or any(w in lex.PLACE_WORDS for w in words)
        or (len(words) > 1 and all(w in PLACES for w in words))
    ):
        return "place"
    if any(w in PLACES for w in words) and not titled:
        return "institution"  # a body named with its place: "Uber France", "Radio France"
    if name.replace("-", "").isupper() and len(name) > 1 and not _INITIAL.fullmatch(name):
        return "institution"  # an acronym: "la CGT", "SUD-Rail"
    if words[0] in NATIONALITIES or f.rstrip("s") in NATIONALITIES or f in lex.DEMONYMS:
        return ""
    if words[-1] in lex.OUTLET_WORDS and len(words) > 1:
        return "outlet"  # "Harbour Post", "The Daily Herald"
    tokens = _given(name)
    if len(tokens) >= 2 or titled:
        return "person"
    return "surname"


def _given(name: str) -> list[str]:
    """The words of a name without initials and without a leading particle ("De Vries")."""
    words = [w for w in name.split() if not _INITIAL.fullmatch(w)]
    if len(words) > 1 and fold(words[0]) in PARTICLES:
        words = words[1:]
    return words


def surname(name: str) -> str:
    """A person's family name: the words after the first name (particles kept).

    >>> surname("Marine Le Pen"), surname("Jens Stoltenberg"), surname("Stoltenberg")
    ('Le Pen', 'Stoltenberg', 'Stoltenberg')
    """
    words = [w for w in name.split() if not _INITIAL.fullmatch(w)]
    if len(words) <= 1:
        return " ".join(words)
    return " ".join(words[1:])


def translit_key(word: str) -> str:
    """A folded spelling key that transliterations of one name share.

    >>> translit_key("Grouchko") == translit_key("Grushko"), translit_key("Poutine")
    (True, 'putin')
    """
    s = re.sub(r"[^a-z]", "", fold(word))
    for a, b in (
        ("tch", "ch"),
        ("sch", "sh"),
        ("ch", "sh"),
        ("ou", "u"),
        ("ph", "f"),
        ("kh", "h"),
        ("y", "i"),
        ("w", "v"),
    ):
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s[:-1] if len(s) > 4 and s.endswith("e") else s


@lru_cache(maxsize=65536)  # a surname is matched against the same names again and again
def same_person(a: str, b: str) -> bool:
    """Whether two person names can be one person: the surnames match (exactly once keyed for
    transliteration, or RapidFuzz ratio ≥ 90 on the keys) and the first names, where both
    have one, share their initial.

    >>> same_person("Alexander Grushko", "Alexandre Grouchko")
    True
    >>> same_person("Putin", "Vladimir Poutine")
    True
    >>> same_person("Marine Le Pen", "Jean-Marie Le Pen"), same_person("Macron", "Marcon")
    (False, False)
    """
    from rapidfuzz import fuzz

    wa, wb = _given(a), _given(b)
    if not wa or not wb:
        return False
    ka, kb = translit_key(surname(a).split()[-1]), translit_key(surname(b).split()[-1])
    if not ka or not kb:
        return False
    if ka != kb and fuzz.ratio(ka, kb, processor=None) < 90:
        return False
    if len(wa) > 1 and len(wb) > 1:
        fa, fb = translit_key(wa[0]), translit_key(wb[0])
        return fa[:1] == fb[:1] and (fuzz.ratio(fa, fb) >= 60 or min(len(fa), len(fb)) <= 2)
    return True


def merge_people(names: Iterable[str]) -> dict[str, str]:
    """Each name → the canonical name of its person: the fullest, then most used, variant.

    A surname alone joins a full name only when exactly one full name fits it.

    >>> merge_people(["Grushko", "Alexander Grushko", "Alexandre Grouchko", "Sherman"])["Grushko"]
    'Alexander Grushko'
    """
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    ordered = sorted(counts, key=lambda n: (-len(_given(n)), -counts[n], fold(n), n))
    canon: dict[str, str] = {}
    # full names already placed, by the first letter of their surname key: candidates are
    # looked up in one bucket, so merging stays near linear in the number of names
    buckets: dict[str, list[str]] = {}
    heads: set[str] = set()
    for n in ordered:
        near = buckets.get(_bucket(n), [])
        if len(_given(n)) == 1:
            found = {canon[m] for m in near if same_person(n, m)}
            canon[n] = found.pop() if len(found) == 1 else n
            continue
        fits = [m for m in near if m in heads and same_person(n, m)]
        canon[n] = fits[0] if fits else n
        if not fits:
            heads.add(n)
        buckets.setdefault(_bucket(n), []).append(n)
    return canon


def _bucket(name: str) -> str:
    given = _given(name)
    return translit_key(given[-1])[:1] if given else ""


_ACRONYM_DEF = re.compile(
    r"(?P<full>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,7}?)\s*\((?P<acr>[A-Z][A-Z.]{1,7})\)"
)
_ACRONYM_SKIP = {"de", "du", "des", "la", "le", "l", "pour", "et", "of", "the", "and", "for", "d"}


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines: "European Central Bank (ECB)" → {"ECB": "European Central
    Bank"}, when the acronym's letters are the initials of the name's last words.

    >>> acronyms("la Banque centrale européenne (BCE) a relevé ses taux")
    {'BCE': 'Banque centrale européenne'}
    """
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group("acr").replace(".", "")
        words = m.group("full").split()
        # the shortest tail of the words whose initials spell the acronym
        for k in range(len(words) - 1, -1, -1):
            tail = words[k:]
            initials = "".join(w[0] for w in tail if fold(w).strip("'’") not in _ACRONYM_SKIP)
            if fold(initials) == fold(acr) and tail[0][:1].isupper():
                out.setdefault(acr, " ".join(tail))
                break
    return out


def find_entities(article: Article) -> Entities:
    """The entities of one article, found once per article (cached by id and text)."""
    return _find(article.id, article.text, tuple((s.index, s.text) for s in article.sentences))


@lru_cache(maxsize=1024)
def _find(aid: str, text: str, sentences: tuple[tuple[int, str], ...]) -> Entities:
    runs = tuple((idx, tuple(name_runs(t))) for idx, t in sentences)
    full: list[tuple[int, NameRun]] = []
    single: list[tuple[int, NameRun]] = []
    kinds: dict[str, set[str]] = {"institution": set(), "place": set(), "outlet": set()}
    for idx, rs in runs:
        for r in rs:
            if r.kind == "person":
                full.append((idx, r))
            elif r.kind == "surname":
                single.append((idx, r))
            elif r.kind in kinds:
                kinds[r.kind].add(r.name)
    canon = merge_people([r.name for _, r in full])
    people: dict[str, dict[str, set]] = {}
    for idx, r in full:
        p = people.setdefault(canon[r.name], {"aliases": set(), "titles": set(), "sent": set()})
        p["aliases"].add(r.name)
        if r.title:
            p["titles"].add(r.title)
        p["sent"].add(idx)
    # full names by the first letter of their surname key, as merge_people buckets them:
    # a surname alone is compared with its bucket only (near linear in the mentions)
    by_bucket: dict[str, list[str]] = {}
    for n in people:
        if len(n.split()) > 1:
            by_bucket.setdefault(_bucket(n), []).append(n)
    for idx, r in single:
        hits = [n for n in by_bucket.get(_bucket(r.name), ()) if same_person(r.name, n)]
        if len(hits) == 1:
            people[hits[0]]["aliases"].add(r.name)
            people[hits[0]]["sent"].add(idx)
    return Entities(
        article=aid,
        people=tuple(
            Person(
                n, tuple(sorted(p["aliases"])), tuple(sorted(p["titles"])), tuple(sorted(p["sent"]))
            )
            for n, p in sorted(people.items())
        ),
        runs=runs,
        institutions=tuple(sorted(kinds["institution"])),
        places=tuple(sorted(kinds["place"])),
        outlets=tuple(sorted(kinds["outlet"])),
    )


def person_terms(articles: Sequence[Article]) -> frozenset[str]:
    """Stemmed terms of the people these articles name (for alignment: a shared person is
    who speaks, not what is claimed, so it weighs little)."""
    from natocmp.normalize import stem

    out: set[str] = set()
    for article in articles:
        for p in find_entities(article).people:
            # a person the text also calls by surname or title, as news prose does with
            # people and rarely with bodies ("Nord Stream", "Union européenne")
            if len(p.aliases) < 2 and not p.titles:
                continue
            for alias in p.aliases:
                out.update(stem(fold_token(w)) for w in alias.split() if not _INITIAL.fullmatch(w))
    return frozenset(out)
