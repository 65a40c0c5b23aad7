"""natocmp.timeline: event labels, resolved dates, grouping across outlets, conflicts."""

from __future__ import annotations

import pytest

from natocmp.corpus import load_articles
from natocmp.timeline import build_timeline, extract_mentions


def _article(tmp_path, name: str, date: str, body: str, language: str = "fr"):
    path = tmp_path / f"{name}.md"
    path.write_text(f"---\ntitle: {name}\ndate: {date}\nlanguage: {language}\n---\n\n{body}\n",
                    encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "body, expression, date, label",
    [
        ("La réunion du Conseil OTAN-Russie aura lieu mercredi à Bruxelles.",
         "mercredi", "2022-01-12", "réunion du Conseil OTAN-Russie"),
        ("Les pourparlers à Genève ont commencé lundi.", "lundi", "2022-01-10",
         "pourparlers à Genève"),
        ("Le ministre a déclaré mardi que rien n'était décidé.", "mardi", "2022-01-11",
         "statement: a déclaré"),
        ("The summit in Lisbon ended on January 14.", "January 14", "2022-01-14",
         "summit in Lisbon"),
    ],
)
def test_labels_and_resolution(tmp_path, body, expression, date, label):
    (article,) = load_articles([_article(tmp_path, "a", "2022-01-12", body)])
    (m,) = extract_mentions(article)
    assert (m.expression, m.date, m.label) == (expression, date, label)
    assert m.how


def test_two_dates_in_one_sentence_name_two_events(tmp_path):
    body = "La délégation rencontrera les Américains à Genève lundi et se rendra mercredi " \
           "à Bruxelles pour une réunion avec l'OTAN."
    (article,) = load_articles([_article(tmp_path, "a", "2022-01-07", body)])
    result = build_timeline([article])
    assert len(result.events) == 2
    assert [e.date for e in result.events] == ["2022-01-10", "2022-01-12"]


def test_same_event_across_outlets_groups_and_conflicts(tmp_path):
    a = _article(tmp_path, "a", "2022-01-12",
                 "La réunion du Conseil OTAN-Russie s'est tenue mercredi à Bruxelles.")
    b = _article(tmp_path, "b", "2022-01-07",
                 "Une réunion du Conseil OTAN-Russie devrait avoir lieu le 12 janvier.")
    c = _article(tmp_path, "c", "2022-01-14",
                 "La réunion du Conseil OTAN-Russie a eu lieu jeudi à Bruxelles.")
    result = build_timeline(load_articles([a, b, c]))
    (event,) = [e for e in result.events if "Conseil" in e.label]
    assert [m.article for m in event.mentions] == ["a", "b", "c"]
    assert event.date == "2022-01-12"  # two outlets against one
    assert event.conflict and event.dates == ("2022-01-12", "2022-01-13")


def test_different_events_on_nearby_days_do_not_conflict(tmp_path):
    a = _article(tmp_path, "a", "2022-01-12", "Les entretiens à Genève ont eu lieu lundi.")
    b = _article(tmp_path, "b", "2022-01-12", "La réunion à Bruxelles s'est tenue mercredi.")
    result = build_timeline(load_articles([a, b]))
    assert len(result.events) == 2 and not any(e.conflict for e in result.events)


def test_unresolved_without_article_date(tmp_path):
    path = tmp_path / "nodate.txt"
    path.write_text("Talks\n\nThe talks in Geneva began on Monday.\n", encoding="utf-8")
    result = build_timeline(load_articles([str(path)]))
    (event,) = result.events
    assert event.date is None and event.mentions[0].how.startswith("unresolved")


def test_seed_timeline_is_sorted_and_deterministic():
    articles = load_articles([])
    result = build_timeline(articles)
    days = [e.date for e in result.events if e.date and len(e.date) == 10]
    assert days == sorted(days)
    assert result == build_timeline(articles)
    council = [e for e in result.events if e.date == "2022-01-12" and len(e.mentions) > 2]
    assert council, "four outlets date the 12 January meeting"


# --- issue 16: noun-phrase labels and aspect (invented sentences) -------------------------


@pytest.mark.parametrize(
    "body, expression, date, label",
    [
        # a plan with an infinitive points forward although "a accepté" is past
        ("La Russie a accepté de participer mercredi à une réunion à Vienne.", "mercredi",
         "2022-01-12", "réunion à Vienne"),
        ("Moscow agreed to meet on Wednesday in Vienna.", "Wednesday", "2022-01-12", None),
        # the degree word stays with its adjective
        ("La ville accueillera également un débat plus large organisé jeudi par la mairie.",
         "jeudi", "2022-01-13", "débat plus large"),
        # no event noun: the date's own clause, not the next one's words
        ("Le conseil a renvoyé mardi le dossier des loyers et se réunira à Lyon.", "mardi",
         "2022-01-04", "conseil a renvoyé le dossier"),
    ],
)
def test_aspect_and_noun_phrase_labels(tmp_path, body, expression, date, label):
    lang = "en" if body.startswith("Moscow") else "fr"
    (article,) = load_articles([_article(tmp_path, "a", "2022-01-10", body, lang)])
    (m,) = [m for m in extract_mentions(article) if m.expression == expression]
    assert m.date == date, m.how
    if label is not None:
        assert m.label == label
    assert "débat plus" != m.label and "se réunira" not in m.label
