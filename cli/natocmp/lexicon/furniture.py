"""Page furniture of French and English news sites: text around an article that is not it.

Data only, matched after lower-casing, accent-folding and collapsing quotes (see
``natocmp.clean``). Collected from the templates of common CMSs (WordPress themes such as
Newspaper/Jannah, Drupal, Ghost), French and English news sites' share bars, footers and
membership appeals, and the seeds. Keep each tuple sorted.
"""

# Whole lines that are furniture when they stand alone (at most a few words).
STANDALONE = (
    "a lire aussi",
    "a voir aussi",
    "abonnez-vous",
    "add a comment",
    "advertisement",
    "ajouter un commentaire",
    "articles similaires",
    "be the first to comment",
    "click here",
    "cliquez ici",
    "commentaires",
    "comments",
    "contenu partenaire",
    "contenu sponsorise",
    "contenus sponsorises",
    "continue reading",
    "continue reading on",
    "dans la meme rubrique",
    "en direct",
    "en savoir plus",
    "facebook",
    "follow us",
    "imprimer",
    "laisser un commentaire",
    "laissez un commentaire",
    "leave a comment",
    "leave a reply",
    "lecture",
    "les plus lus",
    "les plus partages",
    "lire aussi",
    "lire la suite",
    "live",
    "more stories",
    "more updates",
    "most popular",
    "most read",
    "no comments yet",
    "partager",
    "partager cet article",
    "partager sur facebook",
    "partager sur twitter",
    "partner content",
    "pinterest",
    "play",
    "play video",
    "publicite",
    "read more",
    "read more here",
    "read next",
    "reagir",
    "recommended",
    "regarder",
    "related",
    "related articles",
    "related coverage",
    "related posts",
    "related stories",
    "replay",
    "send a link to a friend",
    "share",
    "share post",
    "share this",
    "share this article",
    "sponsored",
    "sponsored content",
    "stay connected",
    "suivez-nous",
    "sur le meme sujet",
    "tags",
    "top stories",
    "trending",
    "tweet",
    "twitter",
    "video",
    "videos",
    "voir la video",
    "voir les commentaires",
    "vous aimerez aussi",
    "watch",
    "watch video",
    "what to read next",
    "whatsapp",
    "you may also like",
    "you might also enjoy",
    "you might also like",
)

# Line openings that make the whole line furniture (navigation, sources, credits).
PREFIXES = (
    ("about the author", "author bio"),
    ("all rights reserved", "copyright line"),
    ("article precedent", "previous/next article link"),
    ("article suivant", "previous/next article link"),
    ("copyright", "copyright line"),
    ("credit photo", "photo credit"),
    ("credits photo", "photo credit"),
    ("continue reading on", "link to the original"),
    ("lire la suite de l'article sur", "link to the original"),
    ("lire la suite sur", "link to the original"),
    ("next article", "previous/next article link"),
    ("next post", "previous/next article link"),
    ("our standards:", "agency standards link"),
    ("photo credit", "photo credit"),
    ("previous article", "previous/next article link"),
    ("previous post", "previous/next article link"),
    ("read more at", "link to the original"),
    ("read the full article", "link to the original"),
    ("read the full story", "link to the original"),
    ("read the original", "link to the original"),
    ("source :", "source line"),
    ("source:", "source line"),
    ("sources :", "source line"),
    ("vous pouvez lire l'article original", "link to the original"),
    ("a propos de l'auteur", "author bio"),
    ("©", "copyright line"),
)

# Labels that introduce furniture when followed by a separator and a short list or a
# headline: "À lire aussi : <title>", "Read more: <title>", "Tags : a, b, c".
LABELS = (
    ("a lire aussi", "link to another article"),
    ("a lire egalement", "link to another article"),
    ("a voir aussi", "link to another article"),
    ("categories", "tags or categories"),
    ("category", "tags or categories"),
    ("etiquettes", "tags or categories"),
    ("filed under", "tags or categories"),
    ("filtered by", "tags or categories"),
    ("lire aussi", "link to another article"),
    ("mots-cles", "tags or categories"),
    ("read also", "link to another article"),
    ("read more", "link to another article"),
    ("related", "link to another article"),
    ("rubrique", "tags or categories"),
    ("see also", "link to another article"),
    ("sur le meme sujet", "link to another article"),
    ("tags", "tags or categories"),
    ("topics", "tags or categories"),
    ("voir aussi", "link to another article"),
)

# Words that open a byline ("Par Claire Martin", "By Steven Erlanger and Michael Crowley").
BYLINE_HEADS = ("by", "par")

# Words that open a publication-date line ("Publié le 10 janvier 2022 à 18 h 05").
DATE_LINE_HEADS = (
    "mis a jour",
    "posted",
    "publie",
    "published",
    "updated",
)

# Words of reader appeals (newsletter, donation, subscription, contact, tips).
APPEAL_WORDS = (
    "abonnement",
    "abonnez",
    "astuce",
    "contact us",
    "contactez",
    "contribution",
    "don ",
    "donate",
    "donation",
    "financement",
    "inscrivez",
    "lettre d'information",
    "liste de diffusion",
    "mailing list",
    "membership",
    "newsletter",
    "partagez",
    "patreon",
    "paypal",
    "sign up",
    "soutenez",
    "soutien",
    "subscribe",
    "support our",
    "tip for",
    "tipee",
    "utip",
)

# Addressing the reader: an appeal talks to "you".
READER_ADDRESS = ("vous", "votre", "vos", "you", "your", "-nous", "us ")

# Nouns of generated author bios ("Certified introvert. Devoted internet fanatic.").
BIO_WORDS = (
    "advocate",
    "aficionado",
    "enthusiast",
    "evangelist",
    "expert",
    "fan",
    "fanatic",
    "geek",
    "guru",
    "introvert",
    "junkie",
    "lover",
    "maven",
    "nerd",
    "ninja",
    "practitioner",
    "scholar",
    "specialist",
    "thinker",
    "troublemaker",
    "writer",
)

# Links to the navigation at the top of a page.
BREADCRUMB_HEADS = ("accueil", "home")

# Standalone lines that head a block of links to other articles; the headlines listed under
# them go too ("Most read", then three titles). A subset of STANDALONE.
RELATED_HEADS = (
    "a lire aussi",
    "a voir aussi",
    "articles similaires",
    "dans la meme rubrique",
    "les plus lus",
    "les plus partages",
    "more stories",
    "most popular",
    "most read",
    "read more",
    "read next",
    "recommended",
    "related",
    "related articles",
    "related coverage",
    "related posts",
    "related stories",
    "sur le meme sujet",
    "top stories",
    "trending",
    "vous aimerez aussi",
    "what to read next",
    "you may also like",
    "you might also enjoy",
    "you might also like",
)

# Words of a share bar ("Share | Tweet | Email", "Partager : Facebook X LinkedIn E-mail").
# A line made only of these, with at least one SHARE_CORE word, is the bar.
SHARE_CORE = (
    "bluesky",
    "courriel",
    "e-mail",
    "email",
    "facebook",
    "flipboard",
    "follow",
    "imprimer",
    "linkedin",
    "mail",
    "mastodon",
    "messenger",
    "partager",
    "partagez",
    "pinterest",
    "print",
    "reddit",
    "share",
    "suivez",
    "suivez-nous",
    "suivre",
    "telegram",
    "tweet",
    "tweeter",
    "twitter",
    "whatsapp",
)
SHARE_FILLER = (
    "a",
    "ami",
    "and",
    "article",
    "cet",
    "copier",
    "copy",
    "envoyer",
    "et",
    "friend",
    "le",
    "lien",
    "link",
    "nous",
    "on",
    "par",
    "send",
    "story",
    "sur",
    "this",
    "to",
    "un",
    "us",
    "via",
    "x",
)

# Clause openings that call the reader to act without saying "you": "Join our mailing list",
# "Soutenez X : faites un don", "Like this? …". Matched at the start of a clause.
CALLS_TO_ACT = (
    "abonnez",
    "aidez",
    "become",
    "donate",
    "donnez",
    "enjoyed this",
    "faites",
    "get our",
    "help us",
    "inscrivez",
    "join",
    "keep",
    "like this",
    "liked this",
    "ne manquez",
    "recevez",
    "rejoignez",
    "sign up",
    "soutenez",
    "subscribe",
    "support",
)

# Imperatives that open a banner addressed to the reader ("Abonnez-vous à votre quotidien de la
# région …", "Sign up for our newsletter"): furniture at the head of a page too.
APPEAL_OPENINGS = (
    "abonnez-vous",
    "inscrivez-vous",
    "join our",
    "sign up",
    "soutenez-nous",
    "subscribe",
)

# Buttons that end an appeal box ("… Je m'inscris"): such a line is furniture wherever it stands.
APPEAL_BUTTONS = (
    "donate now",
    "faites un don",
    "je fais un don",
    "je m'abonne",
    "je m'inscris",
    "je soutiens",
    "s'abonner",
    "s'inscrire",
    "sign up",
    "subscribe",
    "subscribe now",
)

# News agencies named in datelines ("PARIS (AFP) –") and wire credits ("Avec AFP"), folded.
WIRE_AGENCIES = (
    "afp",
    "anadolu",
    "ansa",
    "ap",
    "apa",
    "ats",
    "belga",
    "bloomberg",
    "dpa",
    "efe",
    "europa press",
    "interfax",
    "keystone-ats",
    "kyodo",
    "lusa",
    "pa",
    "reuters",
    "ria novosti",
    "tass",
    "upi",
    "xinhua",
    "yonhap",
)

# News agencies by the names pages credit them with, folded, to the short name natocmp reports
# ("Agence France-Presse", "(AFP)", "AFP/Getty" → "AFP"). Long forms first where one contains
# another. The short names of WIRE_AGENCIES are all here.
AGENCY_NAMES = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "ansa": "ANSA",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "apa": "APA",
    "ats": "ATS",
    "keystone-ats": "ATS",
    "agence telegraphique suisse": "ATS",
    "belga": "Belga",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "efe": "EFE",
    "agencia efe": "EFE",
    "europa press": "Europa Press",
    "interfax": "Interfax",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "lusa": "Lusa",
    "map": "MAP",
    "maghreb arabe presse": "MAP",
    "pa": "PA",
    "pa media": "PA",
    "press association": "PA",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ria novosti": "RIA Novosti",
    "tanjug": "Tanjug",
    "tass": "TASS",
    "upi": "UPI",
    "united press international": "UPI",
    "xinhua": "Xinhua",
    "yonhap": "Yonhap",
}


def agency_short(folded: str) -> str | None:
    """The agency's short name for a folded credit, or None when it names no agency.

    >>> agency_short("agence france-presse"), agency_short("the associated press")
    ('AFP', 'AP')
    >>> agency_short("le monde") is None
    True
    """
    return AGENCY_NAMES.get(folded.strip(" .()[]"))


# Credits that name agencies without saying which ("With input from agencies", "Avec agences").
UNNAMED_AGENCIES = ("agences", "agencies", "input from agencies", "les agences", "wires")

# Photo libraries and archives named at the end of a caption ("… Getty Images", "Credit:Getty").
PHOTO_LIBRARIES = (
    "abaca",
    "afp via getty images",
    "alamy",
    "belga image",
    "getty",
    "getty images",
    "hans lucas",
    "istock",
    "istockphoto",
    "maxppp",
    "pixabay",
    "shutterstock",
    "sipa",
    "sipa press",
    "unsplash",
    "wikimedia commons",
)

# Words of a site's tagline or section, never of its name ("Breaking News Today", "LOCAL NEWS").
NOT_MASTHEAD_WORDS = ("breaking", "latest", "live", "local", "today", "top", "trending")

# Nouns of newspaper names ("The Daily Telegraph", "Le Courrier picard"): a short line of
# capitalised words opening with an article and naming one of these is a masthead.
MASTHEAD_WORDS = (
    "chronicle",
    "courier",
    "courrier",
    "daily",
    "depeche",
    "dépêche",
    "echo",
    "écho",
    "express",
    "gazette",
    "guardian",
    "herald",
    "independent",
    "info",
    "infos",
    "journal",
    "libre",
    "matin",
    "mirror",
    "monde",
    "nouvelliste",
    "observer",
    "parisien",
    "post",
    "presse",
    "progres",
    "progrès",
    "provence",
    "republicain",
    "républicain",
    "soir",
    "telegram",
    "telegraph",
    "times",
    "tribune",
)
