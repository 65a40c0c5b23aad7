"""``extract_claims``: an article's claims, sentence by sentence, cue by cue."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from natocmp.attribute.cues import (
    _CONJ_RE,
    _CONTRAST,
    _THAT,
    _Cue,
    _cues,
    _is_english_said,
    _last_conjunction,
    _owned,
    _postposed,
)
from natocmp.attribute.mentions import (
    _FIRST_PERSON,
    _Mention,
    _mentions,
    _no_apposition,
    _no_relative,
    _plural_np,
)
from natocmp.attribute.quotes import (
    CLOSERS,
    MIN_QUOTE_WORDS,
    OPENERS,
    _no_quotes,
    _trim_quote,
    quote_spans,
)
from natocmp.attribute.resolution import _Knowledge, _Resolver, learn
from natocmp.attribute.speakers import (
    _noun_speaker,
    _np_end,
    _source,
    _speaker_after,
    _subject_start,
)
from natocmp.attribute.text import _fold
from natocmp.attribute.transcripts import is_question, turns
from natocmp.lexicon import reporting as lex
from natocmp.models import Article, Claim, count_words


def _trim(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^(?:[,;:]\s*)+", "", text)
    text = re.sub(r"(?:[\s,;:.]|\bet$|\band$)+$", "", text)
    return text.strip()


def _quoted_share(start: int, end: int, spans: Sequence[tuple[int, int, bool]]) -> float:
    inside = sum(max(0, min(e, end) - max(s, start)) for s, e, _ in spans)
    return inside / max(1, end - start)


def extract_claims(article: Article, *, knowledge: _Knowledge | None = None) -> tuple[Claim, ...]:
    """Every direct quote and reported-speech claim of an article, with its speaker.

    Args:
        article: a loaded, segmented article.
        knowledge: names and titles learned from a whole corpus (``learn``); by default the
            article's own.

    Returns:
        Claims in text order (sentence, then position).
    """
    know = knowledge or learn([article])
    know.article = article.id
    res = _Resolver(know)
    claims: list[Claim] = []
    skip: set[int] = set()  # sentences an unclosed quote ran on into
    labelled = turns(article)
    for pos, sentence in enumerate(article.sentences):
        if sentence.index in skip:
            continue
        if sentence.index in labelled:
            claims += _turn_claims(article, sentence.index, *labelled[sentence.index], res)
            continue
        one = _Sentence(article, pos, res)
        one.read_cues()
        skip = one.read_free_quotes(skip)
        claims += one.claims()
        res.named(sentence.index, sentence.text)
    return tuple(claims)


# A promise or a refusal: the infinitive is the content ("vowed to", "a promis de").
_INFINITIVE = re.compile(r"\s+(?:(?:to|de)\s+|d['’])(?=\w)")


_NICKNAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+,?\s*(?:dit\s+|alias\s+|surnomm[ée]+\s+|known\s+as\s+|nicknamed\s+)?"
    r"[«“\"]\s*$"
)
_LATTER = re.compile(r"\s*(?:Cette\s+derni[èe]re|Ce\s+dernier|The\s+latter)\b[\s,]*")
_NAME_AFTER = re.compile(r"[\s»”\"]*([A-ZÀ-ÖØ-Þ][\w'’-]+\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)")


_SOURCE_APPOSITION = re.compile(
    r",\s*(?:le|la|l'|les|the|an?|un|une|ancien|ancienne|former|ex-)\b[^,.;:«»“”\"]{0,80},"
)


def _turn_claims(
    article: Article, idx: int, label: str, start: int, first_person: bool, res: _Resolver
) -> list[Claim]:
    """A transcript sentence: the labelled speaker's own words, when the turn speaks in the
    first person; questions and the moderator's turns are no claims."""
    text = next(s.text for s in article.sentences if s.index == idx)[start:].strip()
    if is_question(label) or not first_person or text.endswith("?"):
        return []
    if count_words(text) <= MIN_QUOTE_WORDS:  # "Good afternoon.", "Bonjour à tous."
        return []
    return [_claim(article, idx, text, "direct", f"{label}:", res.label(label, idx))]


class _Sentence:
    """One sentence's pass: each cue's speaker and content, then the quotes no cue took."""

    def __init__(self, article: Article, pos: int, res: _Resolver) -> None:
        self.article, self.pos, self.res = article, pos, res
        self.text = article.sentences[pos].text
        self.idx = article.sentences[pos].index
        self.spans = quote_spans(self.text)
        self.cues = _cues(self.text, self.spans)
        self.found: list[tuple[int, Claim, _Mention | None]] = []
        self.used_quotes: set[int] = set()
        self.floor = 0  # where the next cue's content may start
        self.last_speaker: _Mention | None = None
        self.post_source = False  # a "…, selon X" seen in this sentence

    def claims(self) -> list[Claim]:
        return [c for _, c, _ in sorted(self.found, key=lambda f: f[0])]

    def read_cues(self) -> None:
        for n, cue in enumerate(self.cues):
            nxt = self.cues[n + 1].start if n + 1 < len(self.cues) else len(self.text)
            self._read_cue(n, cue, nxt)

    def _read_cue(self, n: int, cue: _Cue, nxt: int) -> None:
        text = self.text
        post = elliptical = False
        cue_text: str | None = text[cue.start : cue.end].strip()
        m: _Mention | None
        content: tuple[int, int] | None
        if cue.form == "source":
            m, content, cue_text, elliptical = self._source_cue(n, cue, nxt)
        elif post := _postposed(text, cue, self.floor, nxt):
            m = _speaker_after(self.res, text, cue, self.idx, self.floor)
            content = (self.floor, _subject_start(text, self.floor, cue.start, m))
            if cue.form == "bare":
                cue_text = text[cue.start : cue.end]
        else:
            m, content = self._preposed_cue(cue, nxt, cue_text)
        if (
            content is None
            and cue.form == "verb"
            and not self.spans  # a quote in the sentence may be this cue's
        ):
            return  # a verb with its object ("The storm claimed the lives of …"): no claim
        if m is not None:
            self.last_speaker = m
            self.res.said(self.idx, m)
        if content is not None:
            self._reported(cue, nxt, content, cue_text, m, post=post, elliptical=elliptical)
        after_cue = (
            _np_end(text, cue.end)
            if cue.form == "source" or _postposed(text, cue, self.floor, nxt)
            else cue.end
        )
        self.floor = max(self.floor, after_cue)

    def _source_cue(
        self, n: int, cue: _Cue, nxt: int
    ) -> tuple[_Mention | None, tuple[int, int], str, bool]:
        """ "selon X, …" (content after) or "…, selon X" (content before)."""
        text, floor = self.text, self.floor
        np_end = _np_end(text, cue.end)
        paren = text.rfind("(", floor, cue.start)
        close = text.find(")", cue.end, np_end + 1) if paren != -1 else -1
        if paren != -1 and ")" not in text[paren : cue.start] and close != -1:
            # "(4,2 selon l'institut de géophysique)": the parenthesis is the claim
            m = _source(self.res, text[cue.end : close], self.idx)
            return m, (paren + 1, close), text[cue.start : cue.end].strip(), True
        m = _source(self.res, text[cue.end : np_end], self.idx)
        rest = text[np_end:nxt]
        # "Ils étaient 12 000 selon A, 35 000 selon B": a source after a clause of its
        # own governs that clause, not what follows its comma
        # ("…, selon B, pourraient …" is an incise: its content follows). It is a
        # second source or a contrast ("…, though the union said …") that says so.
        lead = count_words(_trim(text[floor : cue.start])) >= MIN_QUOTE_WORDS and (
            (n + 1 < len(self.cues) and self.cues[n + 1].form == "source")
            or _CONJ_RE.match(_fold(rest).lstrip(" ,")) is not None
        )
        elliptical = False
        # "…, selon le ministère, qui a ouvert une cellule": a relative clause about the
        # source, so the claim is the clause before
        relative = re.match(r"[\s,]*(?:qui|dont|ou|lequel|laquelle|who|which|whose)\b", _fold(rest))
        if (
            rest.strip(" ,.")
            and np_end < len(text)
            and text[np_end] == ","
            and not lead
            and not relative
        ):
            # "Pour X, le secrétaire général de l'Alliance, les discussions …": past the
            # apposition that describes the source
            appo = _SOURCE_APPOSITION.match(text, np_end)
            titled = (
                appo is not None
                and m is not None
                and m.type == "person"
                and any(
                    w in lex.TITLE_HEADS for w in _fold(appo.group(0)).replace("'", " ").split()[:4]
                )
            )
            content = ((appo.end() if titled and appo.end() < nxt else np_end + 1), nxt)
        else:
            content = (floor, cue.start)
            # the second figure of a contrast ("…, 35 000 selon B") is elliptical: its
            # predicate is the first one's, so its few words are the whole claim
            elliptical = self.post_source
            self.post_source = True
        cue_text = text[cue.start : cue.end].strip()
        if m and m.how == "pronoun":
            cue_text = text[cue.start : np_end].strip()
        return m, content, cue_text, elliptical

    def _preposed_cue(
        self, cue: _Cue, nxt: int, cue_text: str | None
    ) -> tuple[_Mention | None, tuple[int, int] | None]:
        """ "X a déclaré que …", "X said …": the subject before, the content after."""
        text, idx, res = self.text, self.idx, self.res
        end = nxt
        if cue.form == "gerund" and not text[: cue.start].strip() and nxt < len(text):
            # "Acknowledging that …, Macron pledged …": the subject of the main clause
            comma = text.rfind(",", cue.end, nxt)
            m = res.mention(text[comma + 1 : nxt], idx, last=True) if comma != -1 else None
            end = comma if m is not None else nxt
        elif cue.form == "gerund":
            m = self.last_speaker or res.mention(text[: cue.start], idx, last=False)
        elif cue.form == "noun":
            m = _noun_speaker(res, text, cue, idx)
        else:
            m = self._subject(text[self.floor : cue.start])
        if m is None and cue.pron:
            m = res.resolve(_Mention(cue.pron, None, "unknown", "pronoun", 0), idx)
        if m is None:  # "…, et a insisté pour que": the subject is the one before
            m = self.last_speaker
        that = _THAT.search(_fold(text), cue.end, min(nxt, cue.end + 90))
        content_start = that.end() if that else None
        infinitive = _INFINITIVE.match(text, cue.end) if cue.form == "verb" else None
        if infinitive:  # "pledged to reunite …", "a promis de se renouveler …"
            content_start = (
                infinitive.start() + len(infinitive.group(0)) - len(infinitive.group(0).lstrip())
            )
        if cue.form in {"call", "noun"}:  # the cue ends with its link word
            lead_a = re.match(r"\s*à\s+", text[cue.end : cue.end + 4])  # not "a ban"
            content_start = cue.end + (lead_a.end() if lead_a else 0)
        for q, (qs, qe, _) in enumerate(self.spans):
            if (
                cue.end <= qs < nxt
                and q not in self.used_quotes
                and not _owned(text, qe, self.cues)
            ):
                self.used_quotes.add(q)
                if count_words(text[qs:qe]) <= 4 and _NICKNAME.search(text, 0, max(0, qs)):
                    continue  # 'Pierre Bodein dit "Pierrot le fou"': a nickname, no claim
                _add(self.found, qs, _direct(self.article, idx, text, qs, qe, cue_text, m), m)
        if content_start is None and _is_english_said(text, cue):
            content_start = cue.end
        # no "que"/"that": a noun object ("a expliqué l'approche") is no claim
        return m, ((content_start, end) if content_start is not None else None)

    def _subject(self, window: str) -> _Mention | None:
        window = _no_apposition(_no_relative(window))
        m = self.res.mention(window, self.idx, last=True)
        # "…, tandis que les chauffeurs ont assuré", "…, while Y said": the
        # subject is after the conjunction, not the first clause's speaker
        conj = _last_conjunction(window)
        if conj is not None:
            m = (
                self.res.mention(window[conj:], self.idx, last=True)
                or _plural_np(window[conj:])
                or m
            )
        return m or _plural_np(window)

    def _reported(
        self,
        cue: _Cue,
        nxt: int,
        content: tuple[int, int],
        cue_text: str | None,
        m: _Mention | None,
        *,
        post: bool,
        elliptical: bool,
    ) -> None:
        """The reported clause of a cue (and, postposed, the quotes inside its content)."""
        text, spans = self.text, self.spans
        cs, ce = content
        # quotes ending right before a postposed cue are that cue's direct claims
        for q, (qs, qe, _) in enumerate(spans):
            if post and q not in self.used_quotes and cs <= qe <= ce and qs >= cs - 1:
                self.used_quotes.add(q)
                _add(self.found, qs, _direct(self.article, self.idx, text, qs, qe, cue_text, m), m)
        body = _trim(_CLAUSE_END.split(text[cs:ce])[0])
        if ce < len(text) and not post:  # another cue follows: "…, while Y said"
            body = _trim(_CONTRAST.split(body)[0])
        if cue.pron and _postposed(text, cue, self.floor, nxt):
            tail = _incise_tail(text, cue, nxt)
            if tail:
                body = f"{body} … {tail}" if body else tail
        quoted_start = cue.form == "noun" and text[cs:ce].lstrip()[:1] in OPENERS + '"'
        if (
            (count_words(body) >= MIN_QUOTE_WORDS or (elliptical and body))
            and not quoted_start  # "sa promesse de « … » a inquiété": the quote only
            and _quoted_share(cs, ce, spans) < 0.6
        ):
            claim = _claim(self.article, self.idx, body, "reported", cue_text, m)
            self.found.append((cs, claim, m))

    def read_free_quotes(self, skip: set[int]) -> set[int]:
        """Quotes with no cue of their own: the nearest cue of the sentence, else the speaker
        of the sentence before (a quote running on from the previous sentence)."""
        for q, (qs, qe, closed) in enumerate(self.spans):
            if q in self.used_quotes:
                continue
            quote = self.text[qs:qe]
            if count_words(quote) < MIN_QUOTE_WORDS or (closed and _is_name(quote)):
                continue
            if closed and count_words(quote) <= 4 and _NICKNAME.search(self.text, 0, max(0, qs)):
                continue  # "Jean Dupont, « l'homme à la valise »": a nickname, no claim
            before = skip
            if not closed:
                quote, skip = _run_on(self.article.sentences, self.pos, quote, skip)
            m, cue_text = self._free_quote_speaker(qs, quote)
            claim = _claim(self.article, self.idx, _trim_quote(quote), "direct", cue_text, m)
            self.found.append((qs, claim, m))
            if m is not None:
                # a quote run on over later sentences was said up to its last one, so the
                # next paragraph's quote still finds its speaker
                self.res.said(max(skip - before, default=self.idx), m)
        return skip

    def _free_quote_speaker(self, qs: int, quote: str) -> tuple[_Mention | None, str | None]:
        text, idx, res = self.text, self.idx, self.res
        after = [c for c in self.cues if c.start > qs]
        if not self.found and after and self.last_speaker is not None:
            # '"…," one weary fisherman, Tom, told AFP as he left': the cue after the
            # quote found its speaker but no content of its own
            return self.last_speaker, text[after[0].start : after[0].end].strip()
        near = [c for c in self.found if c[2] is not None]
        intro = re.search(r"(?:\s[–—:]|(?<=\w):)\s*$", text[: max(0, qs - 1)])
        if near:
            _, nearest, m = min(near, key=lambda f: abs(f[0] - qs))
            return m, nearest.cue
        if intro:  # "Réponse de X en fin de journée – « … »", "X a été clair : « … »"
            # "Mia Dahl, a resident of the area, recounted her night: « … »"
            window = _no_apposition(_no_quotes(text, 0, intro.start()))
            return res.mention(window, idx, last=True), intro.group(0).strip()
        latter = _LATTER.match(text)
        if latter and res.persons:  # "Cette dernière, …, « … »": the last person named
            return _Mention(
                latter.group(0).strip(" ,"), res.persons[-1][1], "person", "previous", 0
            ), None
        if qs > 2:
            # "The Danish premier Ole Berg called the result « … »": a quote in a
            # sentence whose subject is a person the article names, with no cue, is theirs
            for f in _mentions(_no_quotes(text, 0, qs)):
                if f.start >= 40:
                    break
                if f.how != "name":
                    continue
                subject = res.resolve(f, idx)
                if " " in (subject.speaker or ""):
                    return replace(subject, how="subject"), None
            if not text[:qs].strip(' «“"').count(" ") > 4:
                # 'Casting himself as "mayor of everyone", Mr. Roux also reached out': a quote in
                # the opening phrase belongs to the subject right after it
                tail = _no_quotes(text, qs + len(quote), min(len(text), qs + len(quote) + 40))
                for f in _mentions(tail)[:1]:
                    subject = res.resolve(f, idx) if f.how == "name" else None
                    if subject and self.res.know.known(subject.speaker or ""):
                        return replace(subject, how="subject"), None
            return None, None
        rest = text[min(len(text), qs + len(quote) + 1) :]
        sentences = self.article.sentences
        if not rest.strip(' »”"') and self.pos + 1 < len(sentences):
            nxt = sentences[self.pos + 1]
            rest = nxt.text if nxt.paragraph == sentences[self.pos].paragraph else ""
        after = _NAME_AFTER.match(rest)
        if after:  # "« C'est un jour historique. » Anne Roux n'a pas caché …"
            m = res.mention(after.group(1), idx, last=False)
            if m and m.how == "name" and " " in (m.speaker or ""):
                return replace(m, how="subject"), None
        first_person = bool(_FIRST_PERSON.search(_fold(quote)))
        who = res.recent_type(idx)
        named = res.named_before(idx)
        if named:  # "Chatain a quitté la réunion. « Je n'ai obtenu aucune … »"
            return _Mention("", named, "person", "previous", 0), None
        if who and (who[1] == "person" or not first_person):
            return _Mention("", who[0], who[1], "previous", 0), None
        if first_person:
            name = res.recent(idx, person_only=True)
            return (_Mention("", name, "person", "previous", 0) if name else None), None
        return None, None


_CLAUSE_END = re.compile(
    r"\s*,?\s+(?:et|mais|but|and)\s+(?=(?:[^,.]{0,60}?\s)?(?:il|elle|ils|elles|on|he|she|they)"
    r"\s+(?:a|ont|n'|ne|est|sont|has|have|was|were)\b)|\s[–—]\s",
)


def _add(found: list, pos: int, claim: Claim | None, m: _Mention | None) -> None:
    if claim is not None:
        found.append((pos, claim, m))


def _incise_tail(text: str, cue: _Cue, nxt: int) -> str:
    """After "…, a-t-il déclaré, " the claim may go on: "elle ne voulait pas …"."""
    rest = text[cue.end : nxt]
    if not rest.startswith(","):
        return ""
    return _trim(rest[1:])


def _run_on(sentences, pos, quote, skip):
    """An unclosed quote continues into the next sentences of its paragraph that carry no
    quotation mark and no cue of their own."""
    skip = set(skip)
    para = sentences[pos].paragraph
    for nxt in sentences[pos + 1 :]:
        if nxt.paragraph != para or any(c in nxt.text for c in OPENERS + CLOSERS + '"'):
            break
        if _cues(nxt.text, []):
            break
        quote = f"{quote.rstrip()} {nxt.text}"
        skip.add(nxt.index)
    return quote, skip


def _is_name(quote: str) -> bool:
    """A quoted proper name ("l'avocat de « Mer Solidaire Ensemble »"): every word
    capitalised or a number, so a title or a body's name, not a statement."""
    words = re.findall(r"[^\W_][\w'’-]*", quote)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def _direct(article: Article, idx: int, text: str, qs: int, qe: int, cue, m) -> Claim | None:
    if count_words(text[qs:qe]) < MIN_QUOTE_WORDS or _is_name(text[qs:qe]):
        return None
    return _claim(article, idx, _trim_quote(text[qs:qe]), "direct", cue, m)


def _claim(article: Article, idx: int, body: str, kind: str, cue, m: _Mention | None) -> Claim:
    if m is None or m.speaker is None:
        alias, how = (m.alias, m.how) if m else (None, "")
        return Claim(article.id, idx, body, kind, cue, None, "unknown", alias, how)
    return Claim(article.id, idx, body, kind, cue, m.speaker, m.type, m.alias or None, m.how, m.via)
