"""Words that write numbers and qualify them, in French and English.

Data only, folded (lower case, no accents, straight apostrophes; see
``natocmp.clean.fold``). Sources: the number names of the CLDR spell-out rules for "fr"
and "en" (unicode.org, rbnf), the approximation nouns of French ("une dizaine",
"des milliers", Grevisse § 597), and the qualifiers news copy puts before a figure, checked
against the seeds. Sorted.
"""

# Cardinal number words and their values. "un"/"une"/"one" count only before a multiplier
# ("un million"), never alone: alone they are articles. "cent" is French only (a coin in
# English). Both spellings of French compounds are parsed ("soixante-dix", "soixante dix").
UNITS: dict[str, int] = {
    "cinq": 5,
    "cinquante": 50,
    "deux": 2,
    "dix": 10,
    "douze": 12,
    "eight": 8,
    "eighteen": 18,
    "eighty": 80,
    "eleven": 11,
    "fifteen": 15,
    "fifty": 50,
    "five": 5,
    "forty": 40,
    "four": 4,
    "fourteen": 14,
    "huit": 8,
    "neuf": 9,
    "nine": 9,
    "nineteen": 19,
    "ninety": 90,
    "one": 1,
    "onze": 11,
    "quarante": 40,
    "quatorze": 14,
    "quatre": 4,
    "quinze": 15,
    "seize": 16,
    "sept": 7,
    "seven": 7,
    "seventeen": 17,
    "seventy": 70,
    "six": 6,
    "sixteen": 16,
    "sixty": 60,
    "soixante": 60,
    "ten": 10,
    "thirteen": 13,
    "thirty": 30,
    "three": 3,
    "treize": 13,
    "trente": 30,
    "trois": 3,
    "twelve": 12,
    "twenty": 20,
    "two": 2,
    "un": 1,
    "une": 1,
    "vingt": 20,
    "vingts": 20,
}

# Words that multiply what precedes them ("cent mille", "2,5 millions", "two hundred").
MULTIPLIERS: dict[str, int] = {
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "cent": 100,
    "cents": 100,
    "hundred": 100,
    "mille": 1_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "thousand": 1_000,
}

# Nouns of magnitude used vaguely: "des dizaines de milliers", "thousands of".
# The value is the lower bound of one unit of them.
VAGUE: dict[str, int] = {
    "centaines": 100,
    "dizaines": 10,
    "hundreds": 100,
    "milliards": 1_000_000_000,
    "milliers": 1_000,
    "millions": 1_000_000,
    "tens": 10,
    "thousands": 1_000,
}

# Approximate counts: "une dizaine de", "une centaine de" (about 10, about 100).
APPROXIMATE: dict[str, int] = {
    "centaine": 100,
    "cinquantaine": 50,
    "dizaine": 10,
    "douzaine": 12,
    "millier": 1_000,
    "quarantaine": 40,
    "quinzaine": 15,
    "soixantaine": 60,
    "trentaine": 30,
    "vingtaine": 20,
}

# Qualifiers written before a figure, folded, with their canonical English keyword.
# Canonical keywords: "about" (either side, or just below), "more than", "at least",
# "less than", "up to". Compatibility between them is decided in natocmp.features.
QUALIFIERS: dict[str, str] = {
    "a peu pres": "about",
    "about": "about",
    "almost": "about",
    "approximately": "about",
    "around": "about",
    "at least": "at least",
    "at most": "up to",
    "au maximum": "up to",
    "au minimum": "at least",
    "au moins": "at least",
    "au-dela de": "more than",
    "autour de": "about",
    "environ": "about",
    "fewer than": "less than",
    "jusqu'a": "up to",
    "less than": "less than",
    "moins d'": "less than",
    "moins de": "less than",
    "more than": "more than",
    "nearly": "about",
    "over": "more than",
    "pas moins de": "at least",
    "plus d'": "more than",
    "plus de": "more than",
    "pres d'": "about",
    "pres de": "about",
    "presque": "about",
    "quasiment": "about",
    "quelque": "about",
    "roughly": "about",
    "some": "about",
    "under": "less than",
    "up to": "up to",
}

# Words that are never the counted noun after a figure (folded): function words.
NOT_UNITS = frozenset(
    """
    a and au aux avec by d dans de des du en et for from in la le les of on ou
    or par pour que qui sur than the to un une
    """.split()
)

# Nouns whose final s/x is not a plural mark (folded).
INVARIABLE = frozenset({"bras", "corps", "fois", "mois", "news", "pays", "prix", "series", "voix"})
