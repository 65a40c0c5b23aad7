"""Hedges: words by which a sentence reports a claim without vouching for it.

Data only, matched on folded text (lower case, no accents, straight apostrophes; see
``natocmp.clean.fold``) as whole words. Each entry is ``(pattern, why)``; ``pattern`` is a
regular expression over folded text, ``why`` is what a reader is told.

Sources: the "conditionnel journalistique" (reported, unconfirmed) as described in the
Grevisse (Le Bon Usage, § 891 on the conditional of "information incertaine") and in the
AFP and Le Monde style guides; English reporting hedges as listed by Hyland (Hedging in
Scientific Research Articles, 1998) and the AP Stylebook entries "allege" and
"reportedly"; checked against the seeds. Kept lexical and short on purpose: a hedge list
that matches every modal would flag every pair. Sorted by pattern.
"""

HEDGES: tuple[tuple[str, str], ...] = (
    (r"according to", "attribution: 'according to' (the claim is someone else's)"),
    (r"allegedly", "adverb: 'allegedly' (claim not verified)"),
    (r"apparemment", "adverb: 'apparemment' (appearance, not fact)"),
    (r"apparently", "adverb: 'apparently' (appearance, not fact)"),
    (r"appear(?:s|ed)? to", "verb: 'appears to' (appearance, not fact)"),
    (r"aurai(?:t|ent)", "conditional 'aurait' (reported, unconfirmed)"),
    (r"d'apres", "attribution: 'd'après' (the claim is someone else's)"),
    (r"dit-on", "attribution: 'dit-on' (hearsay)"),
    (r"eventuel(?:le|s|les)?", "adjective: 'éventuel' (possibility, not fact)"),
    (r"is said to|are said to|was said to|were said to", "passive report: 'is said to'"),
    (r"perhaps|possibly", "adverb: 'perhaps' (possibility, not fact)"),
    (r"peut-etre", "adverb: 'peut-être' (possibility, not fact)"),
    (r"pourrai(?:t|ent)", "conditional 'pourrait' (possibility, not fact)"),
    (r"presume(?:e|s|es)?", "adjective: 'présumé' (alleged)"),
    (r"pretendument", "adverb: 'prétendument' (claim not verified)"),
    (r"purportedly", "adverb: 'purportedly' (claim not verified)"),
    (r"reportedly", "adverb: 'reportedly' (claim not verified)"),
    (r"seem(?:s|ed)? to", "verb: 'seems to' (appearance, not fact)"),
    (
        r"selon(?! (?:lequel|laquelle|lesquels|lesquelles)\b)",
        "attribution: 'selon' (the claim is someone else's)",
    ),
    (r"semblai(?:t|ent)", "verb: 'semblait' (appearance, not fact)"),
    (r"semble(?:nt|rait)?", "verb: 'semble' (appearance, not fact)"),
    (r"serai(?:t|ent)", "conditional 'serait' (reported, unconfirmed)"),
    (r"supposedly", "adverb: 'supposedly' (claim not verified)"),
    (r"supposement", "adverb: 'supposément' (claim not verified)"),
    (r"would have", "conditional 'would have' (reported, unconfirmed)"),
)
