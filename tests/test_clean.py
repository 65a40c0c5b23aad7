"""Cleaning: the seeds' page debris goes with the right reason, article content stays.

The debris tables below are hand annotations of the raw seed files (which raw line is page
furniture, and what kind); the rules in natocmp.clean never see them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from natocmp.clean import clean_text, fold
from natocmp.corpus import decode, seed_entries

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
