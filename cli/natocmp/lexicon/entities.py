"""Words that tell what kind of thing a capitalised name is: honorifics, outlets, organisations,
places, sports, and words that are never a person's name.

Data only, folded (lower case, no accents, straight apostrophes), sorted. Used by
``natocmp.entities``. Sources: the mastheads and broadcasters of French and English news
(press-freedom registers and the outlets of the seeds and fixtures), the common heads of
organisation names in both languages, and the honorifics of French and English style guides
(Le Petit Robert, AP Stylebook). Small on purpose: a word here overrides the name heuristics.
"""

# Before a name, never part of it: "M. Stoltenberg", "Mme Le Pen", "Sir Keir Starmer".
HONORIFICS = frozenset(
    """
    dame dr dr. lady lord m. madame mademoiselle me messieurs mgr miss mlle mm. mme mmes
    monsieur mr mr. mrs mrs. ms ms. pr pr. sir
    """.split()
)

# Newspapers, broadcasters, agencies and sites: the addressee ("told CNN", "a déclaré au
# Parisien") or the source of a figure, never a person.
OUTLETS = frozenset(
    {
        "abc",
        "afp",
        "al jazeera",
        "ap",
        "associated press",
        "bbc",
        "bfm",
        "bfmtv",
        "bloomberg",
        "cbs",
        "cnbc",
        "cnews",
        "cnn",
        "dpa",
        "efe",
        "euronews",
        "europe 1",
        "fox news",
        "france 2",
        "france 24",
        "france bleu",
        "france culture",
        "france info",
        "france inter",
        "franceinfo",
        "franceinfo tv",
        "getty",
        "getty images",
        "guardian",
        "l'equipe",
        "l'express",
        "l'humanite",
        "l'obs",
        "la croix",
        "la depeche",
        "la tribune",
        "le figaro",
        "le monde",
        "le parisien",
        "le point",
        "les echos",
        "liberation",
        "lci",
        "mediapart",
        "msnbc",
        "nbc",
        "new york times",
        "npr",
        "ouest-france",
        "parisien",
        "politico",
        "radio france",
        "reuters",
        "rfi",
        "rmc",
        "rt",
        "rtbf",
        "rtl",
        "sky news",
        "sky sports",
        "sputnik",
        "tass",
        "tf1",
        "the guardian",
        "the new york times",
        "the times",
        "the washington post",
        "tv5monde",
        "washington post",
        "xinhua",
    }
)

# Heads of organisation names: a capitalised run holding one is an institution, not a person
# ("Islamic State", "Getty Images", "US Geological Survey", "Rassemblement national").
ORGANISATION_WORDS = frozenset(
    """
    academy agence agency airlines airport alliance assemblee assembly association bank banque
    elabe ifop ipsos opinionway
    defense economie exterieur finances interieur justice palais sante
    bureau cabinet centre center college comite commission committee company conseil corp
    corporation council cour court department departement ecole federation fondation
    forum foundation front fund galaxy government gouvernement group groupe images inc
    institut institute league ligue ltd ministere ministry mouvement movement nations office
    organisation organization parlement parliament parti party police press presse
    rassemblement republic republicains republique reserve school senat senate service society
    state states
    survey syndicat tribunal union united universite university watch
    """.split()
)

# Sports competitions, clubs and menu words of sports pages: never a speaker.
SPORTS = frozenset(
    """
    bundesliga cup champions conference coupe euro europa fc fifa ligue liga mondial olympique
    psg serie uefa
    """.split()
)

# Words of places that are not in the gazetteer of ``lexicon.places``.
PLACE_WORDS = frozenset(
    """
    avenue boulevard bridge city hall mountains mount place port quai river rue square
    station street stadium stade tower tour
    """.split()
)

# Capitalised at the start of a sentence or a heading, never a first name.
NOT_FIRST_NAMES = frozenset(
    """
    after afterwards also and au aux but celle celle-ci celle-la celui celui-ci celui-la
    ceux cette defeated despite during earlier englishman englishwoman for frenchman
    frenchwoman however in later meanwhile moreover
    my our pour since survivors then this those though what when while yet
    """.split()
)

# Demonstrative and other pronouns that name nobody without an antecedent ("Celle-là").
DEMONSTRATIVES = frozenset(
    """
    celle celle-ci celle-la celles celles-ci celles-la celui celui-ci celui-la ceux ceux-ci
    ceux-la cette derniere ce dernier this that these those
    """.split()
)

# Days and months: capitalised in English, never names.
CALENDAR = frozenset(
    """
    april august december february friday january july june march monday november october
    saturday september sunday thursday tuesday wednesday
    """.split()
)

# Last words of a newspaper's name: "Harbour Post", "The Daily Herald", "Evening Standard".
OUTLET_WORDS = frozenset(
    """
    chronicle courier daily gazette herald journal magazine post standard telegraph times
    tribune
    """.split()
)

# English and French demonyms the reporting lexicon lacks: capitalised, never a person.
DEMONYMS = frozenset(
    """
    american argentine argentinian australian belgian brazilian british canadian chinese
    danish danois dutch egyptian english european finnish francaise french german indian
    iranian irish israeli italian japanese marocain marocaine mexican moroccan norwegian
    polish russian scottish spanish suedois swedish syrian turkish ukrainian welsh
    """.split()
)

# Nouns that describe one person in news prose beyond the titles of ``lexicon.reporting``
# ("a lancé la candidate écologiste", "the goalkeeper said", "le capitaine français").
DESCRIPTION_HEADS = (
    "attaquant",
    "candidat",
    "candidate",
    "capitaine",
    "coach",
    "defender",
    "defenseur",
    "entraineur",
    "englishman",
    "forward",
    "frenchman",
    "frenchwoman",
    "gardien",
    "goalkeeper",
    "joueur",
    "joueuse",
    "milieu",
    "midfielder",
    "player",
    "rescape",
    "rescapee",
    "selectionneur",
    "skipper",
    "striker",
)

# Plural nouns that make a group speaker, beyond ``lexicon.reporting.COLLECTIVES``.
GROUP_NOUNS = (
    "analystes",
    "analysts",
    "economistes",
    "economists",
    "experts",
    "families",
    "familles",
    "habitants",
    "judges",
    "juges",
    "medias",
    "members",
    "membres",
    "proches",
    "procureurs",
    "prosecutors",
    "relatives",
    "rescapes",
    "rescuers",
    "residents",
    "secouristes",
    "staff",
    "survivors",
    "temoins",
    "victimes",
    "victims",
    "witnesses",
)

# Countries and cities the gazetteer of ``lexicon.places`` lacks (it serves place conflicts
# in NATO coverage): the capitals and large cities of the news agencies' datelines.
MORE_PLACES = frozenset(
    """
    abidjan alger algeria algerie amsterdam athenes athens bagdad baghdad bamako barcelona
    barcelone beyrouth beirut bruges buenos casablanca copenhagen copenhague dakar doha dubai
    francfort frankfurt hambourg hamburg kaboul kabul lagos le caire cairo lille lisbon
    lisbonne london londres luxembourg lyon madrid maroc marrakech marseille milan milano
    molenbeek montreal morocco munich munchen nairobi naples new york nice qatar rabat rome
    seoul sydney tokyo toulouse tunis tunisia tunisie vienna vienne zurich
    """.split()
)

# Singular nouns that name a body, speaking as one ("the central bank said", "le tribunal a
# estimé"): resolved to the body the article names in full when one fits.
BODY_NOUNS = (
    "bank",
    "banque",
    "board",
    "conseil",
    "cour",
    "court",
    "ministere",
    "ministry",
    "parquet",
    "tribunal",
)

# Adjectives that end a French body's name after its capitalised head ("Banque mondiale").
BODY_ADJECTIVES = frozenset(
    """
    americain americaine central centrale constitutionnel constitutionnelle europeen
    europeenne federal federale general generale international internationale mondial
    mondiale national nationale royal royale supreme
    """.split()
)
