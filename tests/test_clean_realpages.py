"""Cleaning rules for real pages' furniture, each on invented lines (tests/fixtures/realpages
has whole invented pages; their gold is measured in test_quality_clean.py)."""

from __future__ import annotations

import pytest

from natocmp.clean import clean_text
from natocmp.corpus import load_articles

LEAD = "The ministers agreed on the quotas after talks that ran through the night, officials said."
BODY = "\n".join(
    f"Paragraph {i} of the article says what happened on the day, in full." for i in range(8)
)


def _dropped(raw: str) -> dict[str, str]:
    return {d.text: d.reason for d in clean_text(raw)[1]}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("PHOTO: Residents watch the river. REUTERS/Ana Lopes", "photo caption"),
        ("Image: Volunteers stack sandbags outside the town hall", "photo caption"),
        ("(Photo by Ana Lopes/Reuters)", "photo caption"),
        ("The mayor speaks in Valmont, 3 May 2024. EFE/EPA/JOHN DOE", "photo caption"),
        ("Les pompiers sur la digue, le 13 mars. Photo : Julie Marchand", "photo caption"),
        ("The president in Paris. Credit:Getty", "photo caption"),
        ("Crédit : AFP", "photo caption"),
        ("AFP or licensors", "photo caption"),
        ("Agence France-Presse", "agency credit: AFP"),
        ("(D’après AFP)", "agency credit: AFP"),
        ("(With input from agencies)", "agency credit: agencies"),
        ("AP Business Writer", "agency credit: AP"),
        ("Reuters", "agency credit: Reuters"),
        ("(Reporting by A Doe, writing by B Roe, editing by C Poe)", "wire credit"),
        ("(Laughter.)", "stage direction"),
        ("(Applaudissements)", "stage direction"),
        ("We use cookies to improve your experience. Accept all", "cookie notice"),
        ("Cet article est réservé aux abonnés. Il vous reste 70 % à lire.", "paywall"),
        ("Déjà abonné ? Se connecter", "paywall"),
        ("Subscribe to continue reading. Already a subscriber? Sign in", "paywall"),
        ("Highlights: the goals of the night (2:14)", "video"),
        ("AcmeCoin300X250", "advertisement"),
        ("Hits: 0", "counter"),
        ("*** Updates to Follow ***", "update notice"),
        ("READ MORE HERE", "furniture"),
        ("Follow us on Twitter and Facebook", "share bar"),
        ("Mon. Jul 15th, 2024", "publication or update date"),
        ("Posted at 11:42", "publication or update date"),
        ("Updated at 4:00 p.m.", "publication or update date"),
        ("Reuters | Valmont | Published: 13 March 2024 21:40 IST", "publication or update date"),
        ("[December 19, 2022] By Jane Roe", "byline"),
        ("- By Henry Samuel in Paris", "byline"),
        ("Lire la suite de l'article sur Exemple.fr", "link to the original"),
        ("Vous avez repéré une erreur dans cet article ?", "error-report"),
    ],
)
def test_furniture_line_is_dropped_with_its_reason(line: str, reason: str) -> None:
    got = _dropped(f"{LEAD}\n{line}\n{BODY}")
    assert line in got, got
    assert reason in got[line]


def test_menu_of_short_items_is_dropped_but_one_subheading_stays() -> None:
    menu = "- Actu\n- Sport\n- Foot\n- Ligue des champions"
    got = _dropped(f"Titre de la page\n{menu}\n{LEAD}\nLes réactions\n{BODY}")
    assert {got.get(x.removeprefix("- ")) or got.get(x) for x in menu.split("\n")} == {
        "navigation menu"
    }
    assert "Les réactions" not in got


def test_bulleted_links_go_but_bulleted_sentences_stay() -> None:
    links = "- Flood maps: where the water could reach\n- Live: rain warnings across the region"
    facts = "• The bank raised rates by 50 points.\n• A new bond tool was announced."
    got = _dropped(f"{LEAD}\n{links}\n{facts}\n{BODY}")
    assert all(got.get(x) == "list of links to other articles" for x in links.split("\n"))
    assert not any(x in got for x in facts.split("\n"))


def test_headlines_listed_at_the_foot() -> None:
    heads = (
        "Celebrity Chef Opens Third Restaurant In Capital -\n"
        "Stock Markets Slide As Tech Shares Tumble -\n"
        "Five Things To Know About The New Tax Year -"
    )
    got = _dropped(f"{LEAD}\n{BODY}\n-\n{heads}")
    assert all(got.get(h) == "list of other headlines" for h in heads.split("\n"))


def test_comments_below_their_heading() -> None:
    comments = "Jean-Pierre · il y a 2 heures\nMerci aux secours, ils sont formidables.\nRépondre"
    got = _dropped(f"{LEAD}\n{BODY}\nCommentaires\n{comments}")
    assert all(got.get(c) == "reader comment" for c in comments.split("\n"))


def test_title_printed_again_and_teaser() -> None:
    teaser = "The ministers agreed on the quotas after talks that ran through the night"
    raw = f"eu ministers agree on quotas\nEU ministers agree on quotas\n{teaser}\n{LEAD}\n{BODY}"
    got = _dropped(raw)
    assert got["EU ministers agree on quotas"].startswith("title repeated")
    assert got[teaser] == "teaser repeated in the text"


@pytest.mark.parametrize(
    "line",
    [
        "« Nous n'avons jamais vu ça », confie une habitante.",
        "– Le niveau de l'eau devrait baisser dès vendredi, selon Vigicrues.",
        '"No," he said.',
        "Photos of the flood were shared widely, the mayor said.",
        "The Times reported the talks had failed, officials said.",
        "Reuters reported that the bank would raise rates by 50 basis points on Thursday.",
    ],
)
def test_content_that_looks_like_furniture_stays(line: str) -> None:
    assert line not in _dropped(f"{LEAD}\n{line}\n{BODY}")


def test_dateline_carrying_the_lead_keeps_its_sentence_and_gives_the_wire(tmp_path) -> None:
    path = tmp_path / "ap.txt"
    path.write_text(
        "eu ministers agree\n\nBRUSSELS (AP) — The United States and NATO offered Russia more"
        " talks on Wednesday, officials said.\n\n" + BODY,
        encoding="utf-8",
    )
    (article,) = load_articles([str(path)])
    assert article.sentences[1].text.startswith("The United States and NATO offered")
    assert (article.wire, article.outlet, article.place) == ("AP", None, "Brussels")
    assert dict(article.provenance)["wire"] == "dateline (line 3)"
