"""Evaluative and loaded words: vocabulary by which an outlet judges what it reports.

Data only, matched on folded text (lower case, no accents, straight apostrophes; see
``natocmp.features.fold_aligned``) as whole words. Each entry is ``(pattern, category,
why)``: ``pattern`` is a regular expression over folded text, ``category`` one of

- ``loaded label``: a name that judges what it names ("régime", "junte", "bloc" for an
  alliance, "power grab", "slush fund", "eurocrats", "agression", "propagande");
- ``distancing``: a noun or verb by which the writer disowns what it reports ("allégations",
  "affirmations", "prétexte", "claims", "so-called", "soi-disant", "crowed", "a osé");
- ``intensifier``: an adverb that raises the writer's voice over the facts ("carrément",
  "catégoriquement", "systématiquement", "blatantly", "shamelessly");
- ``emotive``: an adjective or noun that casts the facts in a feeling ("menaçante",
  "brutal", "lavish", "scandaleux", "aumône", "hysteria").

Sources, used as lists to choose from, not copied: the MPQA Subjectivity Lexicon (Wilson,
Wiebe and Hoffmann, 2005; "strongsubj" entries), the bias lexicons of Recasens,
Danescu-Niculescu-Mizil and Jurafsky ("Linguistic Models for Analyzing and Detecting Biased
Language", ACL 2013: framing bias, one-sided terms, assertive and factive verbs), the
"loaded language" and "name calling" techniques of the Propaganda Techniques Corpus (Da San
Martino et al., EMNLP 2019), the French FEEL lexicon (Abdaoui et al., 2017) for French
emotive adjectives, and the CLEMI media-literacy guides on "mots connotés". Entries are
kept to words whose loading holds in most news contexts; words that are loaded only in a
context ("invasion", "inacceptable") are left out. Sorted by pattern.
"""

EVALUATIVE: tuple[tuple[str, str, str], ...] = (
    (r"a ose|ont ose|dared to", "distancing", "'a osé' (the writer doubts the speaker's right)"),
    (r"affirmations?", "distancing", "'affirmations' (presented as assertion, not fact)"),
    (r"agresseurs?|aggressors?", "loaded label", "'agresseur' (assigns guilt)"),
    (r"agression|aggression", "loaded label", "'agression' (a moral verdict, not a description)"),
    (r"allegations?", "distancing", "'allégations' (the writer disowns the claim)"),
    (r"apparatchiks?", "loaded label", "'apparatchik' (name calling)"),
    (r"as it pleases|a sa guise", "emotive", "'as it pleases' (imputes arbitrariness)"),
    (r"at taxpayers' expense|aux frais du contribuable", "emotive", "'at taxpayers' expense'"),
    (r"aumone", "emotive", "'aumône' (belittles an offer)"),
    (r"barbares?|barbaric", "emotive", "'barbare' (moral outrage)"),
    (r"bellicistes?|warmongers?|warmongering|va-t-en-guerre", "loaded label",
     "'belliciste' (name calling)"),
    (r"billed as|touted as", "distancing", "'billed as' (a label the writer does not share)"),
    (r"blatant(?:ly)?|flagrant(?:e|s|es|ly)?", "intensifier", "'flagrant' (writer's emphasis)"),
    (r"bloc", "loaded label", "'bloc' for an alliance (Cold War framing)"),
    (r"boasted|bragged|s'est vante|se vante", "distancing", "'boasted' (mocks the speaker)"),
    (r"brutal(?:e|es|ement|ly|ity)?|brutaux", "emotive", "'brutal' (moral outrage)"),
    (r"bureaucrats|bureaucrates", "loaded label", "'bureaucrats' (pejorative for officials)"),
    (r"carrement", "intensifier", "'carrément' (writer's emphasis)"),
    (r"catastrophique|catastrophic|desastreu(?:x|se|ses)|disastrous", "emotive",
     "'catastrophique' (dramatises)"),
    (r"categoriquement|categorically", "intensifier", "'catégoriquement' (writer's emphasis)"),
    (r"claim(?:s|ed)? that|so-called", "distancing", "'claims' (the writer disowns the claim)"),
    (r"clique|cronies|coterie", "loaded label", "'clique' (name calling)"),
    (r"crowed|crowing", "distancing", "'crowed' (mocks the speaker)"),
    (r"descended on", "emotive", "'descended on' (an invasion metaphor)"),
    (r"dirige(?:e|s|es)? par les etats-unis|us-led|washington-led", "loaded label",
     "'dirigé par les États-Unis' (casts an alliance as one power's tool)"),
    (r"draconien(?:ne|s|nes)?|draconian", "emotive", "'draconien' (dramatises)"),
    (r"eurocrat(?:e|s|es)?", "loaded label", "'eurocrats' (name calling)"),
    (r"fantoches?|puppets?|marionnettes?", "loaded label", "'puppet' (denies agency)"),
    (r"hangers-on", "loaded label", "'hangers-on' (name calling)"),
    (r"honteu(?:x|se|ses|sement)|shameful(?:ly)?|shamelessly|ehonte(?:e|s|es|ment)?",
     "emotive", "'honteux' (moral outrage)"),
    (r"hysteri(?:e|a|que|ques|cal)", "emotive", "'hystérie' (pathologises)"),
    (r"immense", "emotive", "'immense' (dramatises)"),
    (r"irresponsables?|irresponsible|reckless(?:ly)?", "emotive",
     "'irresponsable' (moral verdict)"),
    (r"junte|junta", "loaded label", "'junte' (delegitimises a government)"),
    (r"lavish|somptuaires?|fastueu(?:x|se|ses)", "emotive", "'lavish' (imputes waste)"),
    (r"menacant(?:e|s|es)?|menacing|threatening", "emotive", "'menaçant' (casts as a threat)"),
    (r"non elu(?:e|s|es)?|unelected", "loaded label", "'unelected' (delegitimises)"),
    (r"odieu(?:x|se|ses)|heinous|despicable|ignoble", "emotive", "'odieux' (moral outrage)"),
    (r"power grab|coup de force", "loaded label", "'power grab' (imputes usurpation)"),
    (r"pretendu(?:e|s|es)?|soi-disant", "distancing", "'prétendu' (the writer disowns it)"),
    (r"pretexte|pretext", "distancing", "'prétexte' (imputes bad faith)"),
    (r"propagande|propaganda", "loaded label", "'propagande' (disqualifies a message)"),
    (r"regime", "loaded label", "'régime' for a government (delegitimises)"),
    (r"scandaleu(?:x|se|ses|sement)|outrageous(?:ly)?", "emotive", "'scandaleux' (outrage)"),
    (r"sinistres?|sinister", "emotive", "'sinistre' (casts as malevolent)"),
    (r"slush funds?|caisse noire", "loaded label", "'slush fund' (imputes corruption)"),
    (r"systematiquement|systematically", "intensifier",
     "'systématiquement' (writer's emphasis)"),
    (r"thugs?|voyous?|brutes?", "loaded label", "'voyou' (name calling)"),
    (r"to its credit|to his credit|to her credit|a son credit", "emotive",
     "'to its credit' (the writer approves)"),
    (r"tyran(?:s|nique|niques)?|tyrann(?:y|ical)|dictateur|dictator", "loaded label",
     "'tyran' (name calling)"),
    (r"yet another|encore un(?:e)? autre", "emotive", "'yet another' (weariness, contempt)"),
)
