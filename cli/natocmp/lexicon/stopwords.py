"""French and English stop words: function words that must not make sentences look alike.

Data only. Built from the closed classes of each language (articles, pronouns, prepositions,
conjunctions, auxiliaries and their common forms, negation particles) as listed in the
Snowball stop-word lists (snowballstem.org, BSD), plus the reporting verbs of news prose,
which every attributed sentence shares ("a déclaré", "said") and which therefore carry no
claim. All forms are folded (lower case, no accents, straight apostrophes). Sorted.
"""

FRENCH = frozenset(
    """
    a afin ai aie aient ais ait alors as au aucun aucune aupres auquel aura aurai auraient
    aurait auront aussi autre autres aux avaient avais avait avant avec avoir avons ayant
    c ca car ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez ci
    comme comment contre d dans de depuis des deja donc dont du duquel elle elles en encore
    entre es est et etaient etais etait ete etre eu eux fait faire fois font furent fut
    ici il ils j je jusqu l la laquelle le lequel les lesquelles lesquels leur leurs lors
    lorsque lui m ma mais me meme memes mes moi moins mon n ne ni non nos notre nous on ont
    ou par parce pas pendant peu peut plus plutot pour pourquoi qu quand que quel quelle
    quelles quels qui quoi s sa sans se selon ses si sien soi soient soit son sont sous
    sur t ta tandis te tel telle tels tes toi ton tous tout toute toutes tres tu un une
    unes uns vers voici voila vos votre vous y
    affirme ajoute ajoutant declare declarent declaration dit dits explique indique
    insiste note ont-ils a-t-il a-t-elle souligne
    """.split()
)

ENGLISH = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves
    added adding says said saying stated told tells
    """.split()
)

# Time words: every news sentence is dated somehow, so "la semaine dernière" or "on Monday"
# says nothing about which claim a sentence makes (dates are compared by natocmp.features).
TIME = frozenset(
    """
    an annee annees aujourd demain dernier derniere derniers dernieres dimanche heure
    heures hier jeudi jour jours lundi mardi matin mercredi mois prochain prochaine
    prochains prochaines samedi semaine semaines soir temps vendredi
    afternoon day days evening friday hour hours last monday month months morning next
    saturday sunday thursday today tomorrow tuesday wednesday week weeks year years
    yesterday
    """.split()
)

# Titles and roles: they say who speaks, not what is claimed, and every outlet repeats
# them ("le secrétaire général de l'OTAN", "deputy secretary of state").
ROLES = frozenset(
    """
    adjoint adjointe ambassadeur ambassadrice ancien ancienne chef chefs conseiller
    dirigeant dirigeants directeur directrice general generale ministre ministres porte-parole
    porte parole premier premiere president presidente representant representants
    responsable responsables secretaire vice
    ambassador chief deputy director former head minister ministers official officials
    president prime representative secretary spokesman spokesperson spokeswoman
    """.split()
)

ALL = FRENCH | ENGLISH | TIME | ROLES
