"""Page widgets around an article: cookie and paywall notices, video players, ads, counters,
error-report links, update notices and a transcript's stage directions."""

from __future__ import annotations

import re

from natocmp.clean._common import _QUOTES, has_cue

_STAGE = re.compile(
    r"\((?:laughter|laughs|applause|rires?|applaudissements|inaudible|crosstalk|pause|break"
    r"|silence|off mic|off-mic|hors micro|video plays|music|musique|brief pause|technical"
    r" difficulties|end|fin)[^()]{0,30}\)\.?",
)
_STAGE_LINE = re.compile(rf"^{_STAGE.pattern}$")

_COOKIE = re.compile(r"\bcookies?\b")
_COOKIE_ACT = re.compile(
    r"\b(?:accept|accepter|consent|consentement|we use|nous utilisons|utilise des|parametr"
    r"|manage|gerer|refuser|reject|privacy|confidentialite|tout accepter)"
)
_PAYWALL = re.compile(
    r"reservee? aux abonnes|il vous reste \d+\s?% (?:de (?:cet|l')article )?a (?:lire|decouvrir)"
    r"|deja abonne|already (?:a )?(?:subscriber|have an account|registered)"
    r"|subscribe (?:now |today )?to (?:continue|read|unlock|access)|for subscribers only"
    r"|subscribers only|to continue reading|sign in to (?:continue|read)"
    r"|log in to (?:continue|read)"
    r"|create a free account|abonnez-vous pour (?:lire|acceder|continuer|decouvrir)"
    r"|article (?:premium|reserve)|contenu reserve|^subscribe now\b|^abonnez-vous des\b"
    r"|offre (?:d'abonnement|numerique)|unlock (?:this|the full) article|^se connecter$"
)
_VIDEO_DURATION = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)\s*$")
_TIME_STAMP = re.compile(
    r"^(?:end\s+|fin\s+)?\d{1,2}[:h.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?$"
)
_INITIALS = re.compile(r"^[a-z]{1,4}(?:/[a-z]{1,4}){1,5}$")
_PLAYER = re.compile(r"^(?:▶|►)|^(?:lecture|play|watch|regarder)\s+\(?\d{1,2}:\d{2}\)?$")
_AD_TOKEN = re.compile(r"^\S*\d{2,4}[xX]\d{2,4}\S*$")
_COUNTER_LABEL = re.compile(
    r"^(?:(?:hits|views|vues|lectures|reads|shares|partages|likes|j'aime)\s*:?\s*\d[\d\s.,k]*"
    r"|\d[\d\s.,k]*\s+(?:shares|partages|views|vues|likes|lectures))$"
)
_ERROR_REPORT = re.compile(
    r"^(?:vous avez (?:repere|remarque) une (?:erreur|faute)|signaler (?:une erreur|un abus)"
    r"|report an? (?:error|typo|correction)|spotted an? (?:error|mistake|typo))"
)
_UPDATE_NOTICE = re.compile(
    r"^(?:updates? to follow|more to follow|developing story|this (?:story|article) (?:is"
    r" developing|will be updated)|story developing|breaking news|article en cours"
    r" d'actualisation|cet article (?:sera|va etre) (?:mis a jour|actualise)|plus d'informations"
    r" a suivre|en cours d'actualisation)$"
)
WIDGET_MAX_WORDS = 60
# A video's title or blurb ends on its duration: "… the goals of the night (2:14)".
VIDEO_MAX_WORDS = 40


def widget_reason(line: str, folded: str) -> str | None:
    """The reason a line is a page widget, or None.

    >>> widget_reason("(Applause.)", "applause.")
    'stage direction'
    >>> widget_reason("We use cookies to improve your experience.", "we use cookies to improve")
    'cookie notice'
    >>> widget_reason("Les cookies de la boulangerie ont été vendus.", "les cookies de la")
    """
    words = len(line.split())
    if _STAGE_LINE.match(line.strip().lower()):
        return "stage direction"
    if _VIDEO_DURATION.search(line) and words <= VIDEO_MAX_WORDS:
        return "video block"
    if words > WIDGET_MAX_WORDS or _QUOTES.search(line) or has_cue(folded):
        return None
    bare = folded.strip(" *•·.!:|")
    if _COOKIE.search(folded) and _COOKIE_ACT.search(folded):
        return "cookie notice"
    if _PAYWALL.search(bare):
        return "paywall or subscription teaser"
    if _TIME_STAMP.match(bare):
        return "time stamp of a transcript"
    if _INITIALS.match(bare):
        return "editors' initials (agency sign-off)"
    if _PLAYER.search(bare) or _PLAYER.match(line.strip()):
        return "video block"
    if words == 1 and _AD_TOKEN.match(line.strip()):
        return "advertisement"
    if _COUNTER_LABEL.match(bare):
        return "share or comment counter"
    if _ERROR_REPORT.match(bare):
        return "error-report link"
    if _UPDATE_NOTICE.match(bare):
        return "update notice"
    return None


def stage_directions(line: str) -> list[re.Match[str]]:
    """The stage directions inside a transcript's paragraph ("… everyone. (Laughter.) We …")."""
    return list(_STAGE.finditer(line.lower()))
