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
    "advertisement",
    "articles similaires",
    "continue reading",
    "dans la meme rubrique",
    "en savoir plus",
    "facebook",
    "follow us",
    "imprimer",
    "lire aussi",
    "lire la suite",
    "more stories",
    "more updates",
    "most popular",
    "partager",
    "partager cet article",
    "partager sur facebook",
    "partager sur twitter",
    "pinterest",
    "publicite",
    "read more",
    "related articles",
    "related posts",
    "related stories",
    "share",
    "share post",
    "share this",
    "share this article",
    "sponsored",
    "stay connected",
    "suivez-nous",
    "sur le meme sujet",
    "tags",
    "trending",
    "tweet",
    "twitter",
    "vous aimerez aussi",
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
    ("lire la suite sur", "link to the original"),
    ("next article", "previous/next article link"),
    ("next post", "previous/next article link"),
    ("photo credit", "photo credit"),
    ("previous article", "previous/next article link"),
    ("previous post", "previous/next article link"),
    ("read more at", "link to the original"),
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
    "contactez",
    "contact us",
    "contribution",
    "donate",
    "donation",
    "don ",
    "financement",
    "inscrivez",
    "membership",
    "newsletter",
    "partagez",
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
