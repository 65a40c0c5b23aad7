"""A small gazetteer of cities and countries, in French and English, for place conflicts.

Data only. Keys are folded names (lower case, no accents, straight apostrophes); values are
``(kind, canonical)`` where ``kind`` is "city" or "country" and ``canonical`` is the
English exonym, so "Genève" and "Geneva" are one place. It is small on purpose: it serves
only to tell that two outlets put the same meeting in two different places. Sources: the
capitals and diplomatic venues of Europe and the great powers (UN member-state list and
French exonyms from the Commission nationale de toponymie). Sorted by key.
"""

PLACES: dict[str, tuple[str, str]] = {
    "allemagne": ("country", "Germany"),
    "ankara": ("city", "Ankara"),
    "beijing": ("city", "Beijing"),
    "belarus": ("country", "Belarus"),
    "berlin": ("city", "Berlin"),
    "bielorussie": ("country", "Belarus"),
    "brussels": ("city", "Brussels"),
    "bruxelles": ("city", "Brussels"),
    "china": ("country", "China"),
    "chine": ("country", "China"),
    "etats-unis": ("country", "United States"),
    "finland": ("country", "Finland"),
    "finlande": ("country", "Finland"),
    "france": ("country", "France"),
    "geneva": ("city", "Geneva"),
    "geneve": ("city", "Geneva"),
    "germany": ("country", "Germany"),
    "helsinki": ("city", "Helsinki"),
    "istanbul": ("city", "Istanbul"),
    "kaliningrad": ("city", "Kaliningrad"),
    "kiev": ("city", "Kyiv"),
    "kyiv": ("city", "Kyiv"),
    "london": ("city", "London"),
    "londres": ("city", "London"),
    "madrid": ("city", "Madrid"),
    "minsk": ("city", "Minsk"),
    "moscou": ("city", "Moscow"),
    "moscow": ("city", "Moscow"),
    "new york": ("city", "New York"),
    "norvege": ("country", "Norway"),
    "norway": ("country", "Norway"),
    "oslo": ("city", "Oslo"),
    "paris": ("city", "Paris"),
    "pekin": ("city", "Beijing"),
    "poland": ("country", "Poland"),
    "pologne": ("country", "Poland"),
    "rome": ("city", "Rome"),
    "royaume-uni": ("country", "United Kingdom"),
    "russia": ("country", "Russia"),
    "russie": ("country", "Russia"),
    "stockholm": ("city", "Stockholm"),
    "suede": ("country", "Sweden"),
    "suisse": ("country", "Switzerland"),
    "sweden": ("country", "Sweden"),
    "switzerland": ("country", "Switzerland"),
    "ukraine": ("country", "Ukraine"),
    "united kingdom": ("country", "United Kingdom"),
    "united states": ("country", "United States"),
    "varsovie": ("city", "Warsaw"),
    "vienna": ("city", "Vienna"),
    "vienne": ("city", "Vienna"),
    "warsaw": ("city", "Warsaw"),
    "washington": ("city", "Washington"),
}

# Prepositions that put a place in the "where" slot (folded): "à Genève", "in Vienna".
LOCATIVES = frozenset({"a", "at", "au", "aux", "en", "in"})
