"""Cleaning: the seeds' page debris goes with the right reason, article content stays.

The debris tables below are hand annotations of the raw seed files (which raw line is page
furniture, and what kind); the rules in natocmp.clean never see them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from natocmp.clean import clean_text, fold
from natocmp.corpus import decode, load_articles, seed_entries

DEBRIS = Path(__file__).parent / "fixtures" / "debris"

# seed id → {raw line number: a word the drop reason must contain}
SEED_DEBRIS: dict[str, dict[int, str]] = {
    "000": {
        1: "breadcrumb",  # Accueil Dernières minutes L'International …
        5: "counter",  # 34
        6: "counter",  # 0
        10: "dateline",  # BRUXELLES, 12 (Cinktank.com)
        38: "previous/next",  # Article précédentLuis Rubiales …
        39: "previous/next",  # Article suivantL’OSCE exhorte …
    },
    "001": {
        3: "share",  # Share Post:
        5: "trailer",  # © 2022 The New York Times Company… glued to the article
        7: "stay connected",
        9: "more updates",
        11: "title repeated",
        13: "you might also enjoy",
    },
    "002": {13: "bio"},  # « Certified introvert. Devoted internet fanatic. … »
    "003": {
        3: "title repeated",
        25: "appeal",  # Vous aimer cet article ? Partagez-le avec un ami !
        27: "separator",
        29: "original",  # Vous pouvez lire l’article original ici
        31: "separator",
        33: "appeal",  # Votre soutien est essentiel …
        35: "appeal",  # … ma newsletter gratuite
        37: "appeal",  # Nous avons besoin de financements …
    },
    "004": {31: "source", 33: "appeal"},
}


def _raw(seed_id: str) -> str:
    entry = next(e for e in seed_entries() if e.id == seed_id)
    return decode(entry.path.read_bytes(), str(entry.path))[0]


@pytest.mark.parametrize("seed_id", sorted(SEED_DEBRIS))
def test_seed_debris_dropped_with_reason(seed_id: str) -> None:
    _, dropped = clean_text(_raw(seed_id))
    got = {d.line: d.reason for d in dropped}
    assert sorted(got) == sorted(SEED_DEBRIS[seed_id])
    for line, word in SEED_DEBRIS[seed_id].items():
        assert word in got[line], (line, got[line])


@pytest.mark.parametrize("seed_id", sorted(SEED_DEBRIS))
def test_seed_content_lines_all_kept(seed_id: str) -> None:
    raw = _raw(seed_id)
    text, _ = clean_text(raw)
    kept = set(text.split("\n"))
    for lineno, line in enumerate(raw.split("\n"), 1):
        line = line.strip()
        if line and lineno not in SEED_DEBRIS[seed_id]:
            assert line in kept, (lineno, line[:60])


def test_glued_trailer_of_seed_001_is_cut_at_the_copyright_sign() -> None:
    text, dropped = clean_text(_raw("001"))
    assert text.rstrip().endswith("pour partir en guerre.")
    assert "New York Times Company" not in text
    assert "INSCRIVEZ-VOUS" not in text
    trailer = next(d for d in dropped if d.line == 5)
    assert trailer.text.startswith("© 2022 The New York Times Company")


def _clean_fixture(name: str) -> tuple[str, dict[str, str]]:
    raw = (DEBRIS / name).read_text(encoding="utf-8")
    text, dropped = clean_text(raw)
    return text, {d.text: d.reason for d in dropped}


def test_wordpress_french_blog() -> None:
    text, dropped = _clean_fixture("wordpress_fr_blog.txt")
    assert dropped == {
        "Accueil › Monde › Europe": "navigation breadcrumb",
        "Partager sur Facebook": "page furniture: 'partager sur facebook'",
        "Partager sur Twitter": "page furniture: 'partager sur twitter'",
        "12": "share or comment counter",
        "Par Claire Martin, publié le 10 janvier 2022 à 18 h 05": "byline or publication date",
        "À lire aussi : Ukraine, ce que veut vraiment Moscou": "link to another article",
        "À lire aussi": "page furniture: 'a lire aussi'",
        "Tags : OTAN, Russie, Ukraine, Genève": "tags or categories",
        "Claire Martin": "author name",
        "Claire Martin est une journaliste spécialiste de la diplomatie européenne. "
        "Elle couvre l’OTAN depuis 2015.": "author bio",
        "Vous avez aimé cet article ? Abonnez-vous à notre newsletter pour ne rien manquer !": (
            "reader appeal (newsletter, donation, sharing or contact)"
        ),
        "Articles similaires": "page furniture: 'articles similaires'",
    }
    assert text.split("\n") == [
        "Sommet de Genève : les diplomates se quittent sans accord",
        "Les délégations américaine et russe se sont quittées lundi soir à Genève sans accord, "
        "après près de huit heures de discussions.",
        "« Nous avons eu une discussion franche et directe », a déclaré la vice-secrétaire "
        "d’État Wendy Sherman à l’issue de la rencontre.",
        "Le vice-ministre russe Sergueï Riabkov a jugé les échanges « difficiles, longs, très "
        "professionnels ».",
        "Les deux parties doivent se retrouver mercredi à Bruxelles, au siège de l’OTAN.",
    ]


def test_english_news_site() -> None:
    text, dropped = _clean_fixture("english_news_site.txt")
    assert set(dropped) == {
        "Home > World > Europe",
        "By Jane Doe and John Roe",
        "Published January 12, 2022 at 6:05 p.m. ET",
        "Advertisement",
        "Read more: What Russia wants from the West",
        "Related Stories",
        "Sign up for our newsletter to get the day's top stories in your inbox.",
        "Share this article",
        "© 2022 Example Media Group. All rights reserved.",
    }
    assert dropped["Read more: What Russia wants from the West"] == "link to another article"
    assert dropped["By Jane Doe and John Roe"] == "byline or publication date"
    assert "copyright" in dropped["© 2022 Example Media Group. All rights reserved."]
    lines = text.split("\n")
    assert len(lines) == 5
    assert lines[0] == "NATO offers Russia more talks as Moscow holds back"
    assert lines[2].startswith('"There is a real risk for a new armed conflict in Europe,"')
    assert lines[-1].startswith("The talks were the second round")


def test_trailer_glued_to_the_last_paragraph() -> None:
    text, dropped = _clean_fixture("glued_trailer.txt")
    assert text.split("\n")[-1] == (
        "La prochaine rencontre, à Vienne, réunira les 57 membres de l’OSCE."
    )
    assert dropped == {
        "© 2022 Le Quotidien du Soir. Tous droits réservés.Read more at lequotidien.example": (
            "copyright and page trailer"
        )
    }


def test_furniture_words_inside_content_are_kept() -> None:
    raw = (DEBRIS / "furniture_words_in_content.txt").read_text(encoding="utf-8")
    text, dropped = clean_text(raw)
    assert dropped == ()
    assert text.split("\n") == [line for line in raw.split("\n") if line.strip()]


def test_trailer_in_the_lead_is_content() -> None:
    # "Read more at" early in an article is prose, not the page's trailer.
    raw = "Le rapport a été publié. Read more at the ministry, said the spokesman.\n" + "\n".join(
        f"Phrase de contenu numéro {i}." for i in range(6)
    )
    text, dropped = clean_text(raw)
    assert dropped == ()
    assert text.split("\n")[0].endswith("said the spokesman.")


def test_labels_need_a_separator() -> None:
    # "Related" and "Tags" as ordinary words open content, not furniture.
    raw = "Related-party deals were discussed by the ministers.\nTags were placed on the crates."
    text, dropped = clean_text(raw)
    assert dropped == ()


def test_label_followed_by_a_sentence_is_prose() -> None:
    raw = "Topics: the ministers discussed arms control, missiles and troop movements."
    assert clean_text(raw) == (raw, ())


def test_byline_needs_a_name() -> None:
    raw = "Par la force des choses\nLe ministre a parlé longuement devant la presse."
    text, dropped = clean_text(raw)
    assert dropped == ()
    assert text.startswith("Par la force des choses")


def test_initials_alone_above_the_article_are_its_byline() -> None:
    raw = ("Le pont rouvre lundi\n\nJ.-P. D.\nPublié le 3 mars 2024 à 10h12\n\n"
           "Le pont Vauclair rouvrira lundi après six semaines de travaux, a annoncé la mairie.")
    text, dropped = clean_text(raw)
    assert [(d.text, d.reason) for d in dropped][:1] == [("J.-P. D.", "byline or publication date")]
    assert "J.-P." not in text and text.startswith("Le pont rouvre lundi")


def test_blank_lines_and_separators() -> None:
    text, dropped = clean_text("\n\n---\nUn texte.\n* * *\n\n")
    assert text == "Un texte."
    assert [(d.line, d.reason) for d in dropped] == [(3, "separator"), (5, "separator")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("À lire  aussi :", "a lire aussi :"), ("L’OTAN\u00a0Élargie", "l'otan elargie")],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


# --- sites natocmp was not written against: each category of debris, other wordings ------


def _reasons(name: str) -> tuple[list[str], dict[str, str]]:
    text, dropped = _clean_fixture(name)
    return text.split("\n"), dropped


def test_wire_story_reading_time_dateline_related_block_and_credits() -> None:
    kept, dropped = _reasons("en_wire_story.txt")
    assert dropped == {
        "4 min read": "reading time",
        "NAIROBI, March 3 (Reuters) -": "dateline",
        "Related coverage": "page furniture: 'related coverage'",
        "Kenya sells $1.5 billion Eurobond to buy back 2024 notes": RELATED,
        "Shilling posts best month in a decade as inflows return": RELATED,
        "Analysis: Can Nairobi's debt swap calm investors?": RELATED,
        "Reporting by Duncan Miriri in Nairobi; Additional reporting by Hereward Holland; "
        "Editing by Alex Richardson": "wire credit (reporting and editing)",
    }
    # The dateline goes, its sentence stays; a paragraph opening on a city in capitals and
    # one opening on "Reporting by" are content.
    assert kept[1].startswith("Kenya's central bank kept its benchmark lending rate")
    assert kept[3].startswith("NAIROBI has seen its currency gain")
    assert kept[4].startswith("Reporting by the bank's own research unit")
    assert len(kept) == 6


RELATED = "related link (a headline listed under a related-articles heading)"


def test_french_regional_daily() -> None:
    kept, dropped = _reasons("fr_quotidien_regional.txt")
    assert dropped == {
        "Actualité › Bretagne › Finistère": "navigation breadcrumb",
        "Publié le 04/02/2024 à 07h15 - Mis à jour le 04/02/2024 à 09h02": (
            "publication or update date"
        ),
        "Lecture : 3 min": "reading time",
        "Partager : Facebook X LinkedIn WhatsApp Copier le lien": "share bar",
        "BREST (AFP) –": "dateline",
        "Newsletter Bretagne : recevez chaque matin l'essentiel de l'actualité régionale. "
        "Je m'inscris": "reader appeal (newsletter, donation, sharing or contact)",
        "Les plus lus": "page furniture: 'les plus lus'",
        "Brest : un incendie ravage un entrepôt du port de commerce": RELATED,
        "Quimper : la rocade fermée deux nuits pour travaux": RELATED,
        "Morlaix : « On a tout perdu », témoigne un ostréiculteur": RELATED,
        "0 commentaire": "comment count or comment link",
        "Laisser un commentaire": "page furniture: 'laisser un commentaire'",
    }
    assert kept == [
        "Tempête Ciarán : la facture s'alourdit pour les communes du littoral",
        "Trois mois après le passage de la tempête Ciarán, les communes du littoral finistérien "
        "estiment leurs dégâts à plus de 60 millions d'euros, selon un bilan publié lundi par la "
        "préfecture.",
        "« Publié trop tard, ce décret ne nous a servi à rien », a regretté le maire de "
        "Plougonvelin, Jean-Yves Le Cam, devant les élus réunis à Quimper.",
        "BREST, deuxième ville de Bretagne, a débloqué à elle seule une enveloppe de 4 millions "
        "d'euros pour les réparations les plus urgentes.",
        "La région a annoncé un fonds d'urgence de 20 millions d'euros, dont le détail sera "
        "présenté en mars.",
    ]


def test_markdown_blog_single_asterisk_byline_share_bar_bio_and_comments() -> None:
    article = load_articles([str(DEBRIS / "en_substack_blog.md")])[0]
    dropped = {d.text: d.reason for d in article.dropped}
    assert dropped == {
        "By Priya Raman | February 11, 2024": "byline or publication date",
        "Share | Tweet | Email": "share bar",
        "Like what you read? Keep independent reporting alive and donate via PayPal today.": (
            APPEAL
        ),
        "Subscribe to our newsletter": APPEAL,
        "Priya Raman is the Harbour Courier's transport correspondent and has covered British "
        "ports since 2015.": "author bio",
        "14 Comments": "comment count or comment link",
        "Leave a comment": "page furniture: 'leave a comment'",
    }
    kept = article.text.split("\n")
    assert kept[0] == "The port strike nobody saw coming"
    assert "What happens next" in kept
    assert any(line.startswith("The union said it would donate") for line in kept)
    assert len(kept) == 6


APPEAL = "reader appeal (newsletter, donation, sharing or contact)"


def test_french_collective_site() -> None:
    kept, dropped = _reasons("fr_media_associatif.txt")
    assert dropped == {
        "Temps de lecture : 4 minutes": "reading time",
        "Partager sur Facebook": "page furniture: 'partager sur facebook'",
        "Partager sur LinkedIn": "share bar",
        "Par Collectif Contre-Champ": "byline or publication date",
        "Vous aimerez aussi": "page furniture: 'vous aimerez aussi'",
        "Expulsions : le gouvernement prolonge la trêve hivernale": RELATED,
        "À Lyon, la bataille des loyers encadrés": RELATED,
        "Contre-Champ est un média associatif animé par des journalistes bénévoles depuis 2012.": (
            "author bio"
        ),
        "Soutenez Contre-Champ : faites un don": APPEAL,
        "Rejoignez notre liste de diffusion": APPEAL,
        "3 réactions": "comment count or comment link",
    }
    assert len(kept) == 4
    assert kept[2].startswith("Publié en 2019, le rapport")
    assert kept[3].startswith("L'association des locataires a lancé un appel aux dons")


def test_french_national_paper_numeric_date_dateline_bio_and_editor() -> None:
    kept, dropped = _reasons("fr_presse_nationale.txt")
    assert dropped == {
        "Par Hélène Moreau": "byline or publication date",
        "Mis à jour le 17.02.2024 à 10:30": "publication or update date",
        "PARIS, 17 fév (Reuters) –": "dateline",
        "Hélène Moreau est journaliste au service Économie du Quotidien national, où elle suit "
        "les transports.": "author bio",
        "Ne manquez rien de l'actualité : inscrivez-vous à notre newsletter quotidienne.": APPEAL,
        "Édité par Marc Lefèvre": "wire credit (reporting and editing)",
    }
    assert kept[1].startswith("La SNCF prévoit de ne faire circuler")
    assert len(kept) == 3


def test_dateline_is_stripped_only_with_an_agency_or_a_date() -> None:
    lead = [
        "WASHINGTON, Jan. 14 — The Senate voted on Friday to extend the program for a year.",
        "Lyon (AFP) - Le conseil municipal a voté jeudi la gratuité des transports le dimanche.",
        "UE (Union européenne) – Les Vingt-Sept ont adopté jeudi un nouveau paquet de sanctions.",
        "NATO — and its members — agreed on Friday to study the Russian proposals in detail.",
    ]
    text, dropped = clean_text("\n".join(lead))
    assert [d.text for d in dropped] == ["WASHINGTON, Jan. 14 —"]
    assert all(d.reason == "dateline" for d in dropped)
    assert text.split("\n")[0].startswith("The Senate voted")
    assert text.split("\n")[1:] == lead[1:]  # a city not in capitals, no agency, no date


def test_dateline_in_a_later_paragraph_is_left_alone() -> None:
    paragraphs = [f"Le paragraphe numéro {i} de l'article reste tel quel ici." for i in range(4)]
    late = "MADRID (AFP) – Une phrase citée plus bas dans l'article, comme un encadré."
    text, dropped = clean_text("\n".join([*paragraphs, late]))
    assert dropped == ()
    assert text.split("\n")[-1] == late


def test_related_block_ends_at_the_first_sentence() -> None:
    raw = "\n".join(
        [
            "Le titre de l'article",
            "Un premier paragraphe de l'article, avec assez de mots pour être de la prose.",
            "Most read",
            "- Headline one about something",
            "1. Headline two about something else",
            "The article goes on after the block, with a sentence that has a final stop.",
            "A subheading after the sentence",
        ]
    )
    text, dropped = clean_text(raw)
    assert [d.text for d in dropped] == [
        "Most read",
        "- Headline one about something",
        "1. Headline two about something else",
    ]
    assert text.split("\n")[-1] == "A subheading after the sentence"


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell on Facebook and Twitter news",  # words beyond a share bar
        "Publié le 3 mars, le rapport a été « enterré » selon le syndicat.",
        "Join the strike, the union told its members, and donate to the fund.",  # a cue
        "Supporters were asked to donate via PayPal, organisers said.",
        "Reporting by the BBC showed that the fund had grown",
        "90 minutes of talks",
        "3 reactions were recorded by the sensors",
    ],
)
def test_lines_that_only_look_like_debris_are_kept(line: str) -> None:
    filler = "\n".join(
        f"Phrase de contenu numéro {i} avec assez de mots pour compter." for i in range(4)
    )
    text, dropped = clean_text(f"{filler}\n{line}")
    assert dropped == ()
    assert text.split("\n")[-1] == line


def test_bio_of_a_person_in_the_body_is_kept() -> None:
    # "is a reporter" far from the foot is the story, not the author box.
    raw = "\n".join(
        [
            "Evan Gershkovich is a reporter for the Wall Street Journal detained since March.",
            *[f"Phrase de contenu numéro {i} avec assez de mots pour compter." for i in range(5)],
        ]
    )
    assert clean_text(raw)[1] == ()
