"""Negation: the particles and words that turn a predicate into its denial.

Data only, matched on folded text (lower case, no accents, straight apostrophes) as whole
words. French negation is discontinuous ("ne … pas"): ``FRENCH_PARTICLES`` are the second
halves that may follow "ne"/"n'" within a few words. ``STANDALONE`` words negate on their
own. ``NEGATIVE_VERBS`` are verbs whose meaning is a denial; they are counted as negation so
that "n'a pas accepté" and "a refusé" read alike (kept lexical: stems, no parsing).

Sources: Grevisse (Le Bon Usage, §§ 1014-1030, "la négation"), Huddleston & Pullum (The
Cambridge Grammar of the English Language, ch. 9, "Negation"), checked against the seeds.
Sorted.
"""

# Second halves of French "ne … X" (folded).
FRENCH_PARTICLES = (
    "aucun",
    "aucune",
    "guere",
    "jamais",
    "nul",
    "nulle",
    "nullement",
    "pas",
    "personne",
    "plus",
    "point",
    "rien",
)

# "ne … que" is restrictive ("il n'est que le cinquième": he is only the fifth), not a
# denial: a "que" met before any particle ends the search for the second half ("ne … pas
# que", where "pas" comes first, still negates).
RESTRICTIVE = "que"
# Particles that a "que" right after turns restrictive too: "il ne reste plus que deux
# jours" (only two days remain), "il ne parle jamais que de lui" (only ever of himself).
RESTRICTIVE_PARTICLES = ("guere", "jamais", "plus")

# A bare "jamais" (no "ne") means "ever" after a superlative in its clause ("le plus
# puissant jamais mesuré", "les plus meurtriers que la France ait jamais vus", "le seul …")
# and in these fixed phrases ("plus que jamais", "si jamais", "à jamais": forever). Folded.
EVER_AFTER = (
    "dernier",
    "derniere",
    "meilleur",
    "meilleure",
    "meilleures",
    "meilleurs",
    "moins",
    "pire",
    "pires",
    "plus",
    "premier",
    "premiere",
    "premieres",
    "premiers",
    "seul",
    "seule",
    "seules",
    "seuls",
)
EVER_PHRASES = ("a jamais", "moins que jamais", "plus que jamais", "si jamais")

# Words that negate without a "ne" (folded), with what a reader is told.
STANDALONE: tuple[tuple[str, str], ...] = (
    ("aucun", "French 'aucun' (none)"),
    ("aucune", "French 'aucune' (none)"),
    ("cannot", "English 'cannot'"),
    ("jamais", "French 'jamais' (never)"),
    ("neither", "English 'neither'"),
    ("never", "English 'never'"),
    ("no", "English determiner 'no'"),
    ("nobody", "English 'nobody'"),
    ("none", "English 'none'"),
    ("nor", "English 'nor'"),
    ("not", "English 'not'"),
    ("nothing", "English 'nothing'"),
    ("sans", "French 'sans' (without)"),
    ("without", "English 'without'"),
)

# Stems of verbs of denial or refusal (folded), matched at a word start.
NEGATIVE_VERBS: tuple[tuple[str, str], ...] = (
    ("deni", "verb of denial 'deny'"),
    ("deny", "verb of denial 'deny'"),
    ("nie", "verb of denial 'nier'"),
    ("refus", "verb of refusal 'refuser'/'refuse'"),
    ("reject", "verb of refusal 'reject'"),
    ("rejet", "verb of refusal 'rejeter'"),
)

# Auxiliaries and modals skipped when looking for the verb a negation attaches to (folded).
AUXILIARIES = frozenset(
    """
    a ai aie aient ais ait as aura aurai auraient aurait auront avaient avait avez avons
    ont avoir est etait etaient sont sera seront serait seraient etre ete fut soient soit
    peut peuvent pourra pourrait pourraient pouvait doit doivent devrait devraient devait
    veut veulent voulait va vont allait
    am are be been being can could did do does had has have is may might must shall should
    was were will would
    """.split()
)
