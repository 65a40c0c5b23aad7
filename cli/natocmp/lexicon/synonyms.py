"""Classes of words news outlets use interchangeably for one idea, in French and English.

Data only. Each class lists folded (lower-case, unaccented) word stems as produced by
``natocmp.normalize.stem``; any member counts as the first. These are general newsroom
paraphrases and translation variants (a translator picks one or the other), drawn from
the synonym entries of the Larousse and Robert dictionaries (French) and the Merriam-Webster
thesaurus (English), kept to pairs that do not change a claim's meaning. Sorted by head.
"""

CLASSES: tuple[tuple[str, ...], ...] = (
    ("accord", "entent", "agreement", "deal"),
    ("agress", "aggress", "attaqu", "attack"),
    ("annonc", "announc"),
    ("arme", "armement", "weapon", "arms"),
    ("avert", "mis en gard", "warn"),
    ("chef", "dirigeant", "lead", "leader", "head"),
    ("conflit", "guerr", "war", "conflict"),
    ("control", "maitris"),
    ("danger", "risqu", "risk", "threat", "menac"),
    ("desamorc", "desescalad", "apais", "de-escal", "deescal", "defus"),
    ("discussion", "pourparler", "negoci", "entretien", "talk", "negotiat"),
    ("frontier", "border"),
    ("mutuel", "reciproqu", "mutual", "reciprocal"),
    ("missil", "roquet", "rocket", "missile"),
    ("offr", "proposit", "offer", "propos", "proposal"),
    ("rejet", "refus", "reject", "refus", "declin"),
    ("reouvertur", "reouvr", "retabl", "reopen", "restor"),
    ("soldat", "troup", "soldier", "troop"),
)
