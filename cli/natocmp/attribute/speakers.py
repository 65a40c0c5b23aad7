"""The speaker of one cue: after a source ("selon X"), after a postposed verb ("…, said X"),
the owner of a noun cue ("sa promesse de"), and where a postposed claim's subject starts."""

from __future__ import annotations

import re

from natocmp.attribute.cues import _Cue
from natocmp.attribute.mentions import _NP_END, _Mention, _no_apposition
from natocmp.attribute.names import canonical_name
from natocmp.attribute.quotes import _no_quotes
from natocmp.attribute.resolution import _Resolver
from natocmp.attribute.text import _fold

_SKIP_AFTER = re.compile(
    r"^(?:\s|,|mercredi|jeudi|vendredi|samedi|dimanche|lundi|mardi|aujourd'hui|hier|"
    r"a\s+reuters|a\s+l'afp|aux\s+journalistes|a\s+la\s+presse|en\s+tout\s+cas|egalement|"
    r"on\s+\w+day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|then|"
    # "a déclaré à l'issue de l'audience Marc Vidal", "a expliqué après le match Dubois"
    r"(?:a\s+l'issue|au\s+terme|apres|lors)\s+(?:du|de\s+la|de\s+l'|des|de|d'|le|la|les|l')\s*"
    r"[a-z][\w-]*\s)+"
)


def _noun_speaker(res: _Resolver, text: str, cue: _Cue, idx: int) -> _Mention | None:
    """Whose promise or announcement: "l'annonce de [Valtek] selon laquelle", "[Crane]'s
    promise that", "[sa] promesse de" (a possessive: the last speaker)."""
    if cue.who:
        return _source(res, text[cue.who[0] : cue.who[1]], idx)
    before = text[: cue.start]
    owner = re.search(r"([\w-]+)['’]s\s+$", before)
    if owner:
        return res.mention(owner.group(1), idx, last=True)
    return res.resolve(_Mention("", None, "unknown", "pronoun", 0), idx)


_TITLE_BEFORE = re.compile(r"(?:(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|of|de|du|the)\s+)+$")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Pr)$")


def _np_end(text: str, start: int) -> int:
    folded = _fold(text)
    m = _NP_END.search(folded, start)
    # the dot of an honorific or an initial ("M. Dalmo", "Wendy R. Sherman") ends nothing
    while m and m.group(0) == "." and _ABBREVIATION.search(text, 0, m.start()):
        m = _NP_END.search(folded, m.end())
    end = m.start() if m else len(text)
    comma = text.find(",", start, end)
    # an apposition ("le chef du bloc, Jens Stoltenberg") continues after its comma
    while comma != -1 and re.match(r",\s*[A-Z]", text[comma : comma + 3]) is None:
        return comma
    return end


def _speaker_after(res: _Resolver, text: str, cue: _Cue, idx: int, floor: int) -> _Mention | None:
    if cue.pron:
        return res.resolve(_Mention(cue.pron, None, "unknown", "pronoun", 0), idx)
    if cue.form == "bare":
        before = text[floor : cue.start]
        return res.mention(_no_apposition(before), idx, last=True)
    skip = _SKIP_AFTER.match(_fold(text[cue.end :]))
    start = cue.end + (skip.end() if skip else 0)
    end = _np_end(text, start)
    m = res.mention(text[start:end], idx, last=False) if end > start else None
    if m is None:  # "…, Stoltenberg a insisté vendredi."
        before = _no_quotes(text, floor, cue.start)
        m = res.mention(_no_apposition(before), idx, last=True)
    return m


def _subject_start(text: str, floor: int, end: int, m: _Mention | None) -> int:
    """Where a postposed claim ends: before its subject when the subject stands before the
    verb ('"…," Samuel Ortiz, the defence lawyer, insisted'), else at the cue."""
    if m is None or not m.alias:
        return end
    k = text.rfind(m.alias, floor, end)
    if not (k > floor and re.fullmatch(r"(?:,[^,«»“”\"]*,)?\s*", text[k + len(m.alias) : end])):
        return end
    # '"…," Deputy Secretary of State Ellen Marsh said': the title belongs to the subject
    title = _TITLE_BEFORE.search(text, floor, k)
    if title and re.search(r"[,»”\"]\s*$", text[floor : title.start()]):
        return title.start()
    return k


# "selon nos informations", "according to sources close to…", "selon plusieurs élus": the
# outlet's or unnamed sources; the guidelines call them unknown.
_ANONYMOUS_SOURCE = re.compile(
    r"^\s*(?:nos|notre|our|des\s+sources?|de\s+sources?|sources?|a\s+source|une\s+source|"
    r"plusieurs|several|deux|two|trois|three|quelques|certains|some)\b"
)
_SAME_SOURCE = re.compile(r"^\s*(?:la\s+meme\s+source|the\s+same\s+source|cette\s+source)\b")
_SOURCE_DET = re.compile(r"^\s*(?:(?i:le|la|les|the)\s+|(?i:l)['’])")


def _information_source() -> re.Pattern[str]:
    from natocmp.lexicon import reporting as lex

    adjectives = "|".join(sorted(lex.INFORMATION_ADJECTIVES, key=lambda w: (-len(w), w)))
    nouns = "|".join(sorted(lex.INFORMATION_NOUNS, key=lambda w: (-len(w), w)))
    return re.compile(
        rf"^\s*(?:(?:les?|la|l'|un|une|des|the|a|an)\s*)?(?:(?:{adjectives})\s+)*"
        rf"(?:{nouns})\b(?:\s+(?:{adjectives}))*"
        r"(?:\s+(?:(?:communiquee?s?|publiee?s?|diffusee?s?|fournie?s?|released|published"
        r"|provided|issued)\s+(?P<agent>par|by)|(?P<by>de\s+la|de\s+l'|de|du|des|d'|of|by"
        r"|from))\s*)?"
    )


_INFORMATION: list[re.Pattern[str]] = []


def _document(np: str) -> str | None:
    """For "le dernier bilan officiel", ""; for "les estimations de l'institut X", the
    source after the preposition ("l'institut X"); None when ``np`` names no document.

    >>> _document("le dernier bilan officiel"), _document("les estimations de l'institut X")
    ('', "l'institut X")
    >>> _document("le ministère de l'Intérieur") is None
    True
    """
    if not _INFORMATION:
        _INFORMATION.append(_information_source())
    folded = _fold(np)
    m = _INFORMATION[0].match(folded)
    if m is None:
        return None
    if m["by"] is None and m["agent"] is None:
        return "" if not folded[m.end() :].strip(" ,.") else None
    # The article the preposition carries belongs to the source: "du ministère" is "le
    # ministère", "de la préfecture" "la préfecture".
    article = {"de la": "la ", "de l'": "l'", "du": "le ", "des": "les "}.get(m["by"], "")
    return article + np[m.end() :].strip()


def _source(res: _Resolver, np: str, idx: int) -> _Mention | None:
    """The speaker after "selon", "d'après", "according to".

    A person (a full name, a title, a pronoun) is resolved as anywhere else; a phrase with a
    determiner ("la préfecture du Rhône", "the national statistics office", "la RATP") is an
    institution named as written, whole, not cut to its head noun or to a place inside it.
    """
    document = _document(np)
    if document == "":  # "selon le dernier bilan officiel": figures, no one says them
        return _Mention(np.strip(), None, "unknown", "anonymous", 0)
    if document:  # "selon les estimations de l'institut X": X's
        return _source(res, document, idx)
    folded = _fold(np)
    if _SAME_SOURCE.match(folded):  # "selon la même source": the source quoted just before
        who = res.recent_type(idx)
        if who:
            return _Mention(np.strip(), who[0], who[1], "previous", 0)
    m = res.mention(np, idx, last=False)
    if m is not None and m.how == "department":
        return m
    if _ANONYMOUS_SOURCE.match(folded):
        return _Mention(np.strip(), None, "unknown", "anonymous", 0)
    det = _SOURCE_DET.match(np)
    name = (np[det.end() :] if det else np).strip().strip(",.").strip()
    person = m is not None and (
        m.how in {"pronoun", "description", "title", "previous"}
        # a capitalised run right after "the"/"la" is a body ("the Met Office"), not a person
        or (
            m.type == "person"
            and " " in canonical_name(m.alias)
            and not (det and name.startswith(m.alias))
        )
    )
    if person or not name or len(name.split()) > 6:
        return m
    if det or (m is None and name[:1].isupper()):
        return _Mention(np.strip(), name, "institution", "institution", 0)
    return m
