"""Claim groups across outlets: the grouping rule, blocking, summaries, order independence."""

from __future__ import annotations

import random

import pytest

from natocmp.compare import (
    CompareParams,
    candidate_pairs,
    compare_articles,
    group_links,
    implied_pairs,
)
from natocmp.corpus import RawDocument, build_article, load_articles
from natocmp.models import MemberLink as L


def article(doc_id: str, text: str):
    return build_article(RawDocument(doc_id, text, f"test:{doc_id}", (("language", "fr"),)))


@pytest.fixture(scope="module")
def seeds():
    return load_articles([])


@pytest.fixture(scope="module")
def seed_result(seeds):
    return compare_articles(seeds)


# --- group_links on synthetic links ----------------------------------------------------------

# Two claims, each told by two outlets and strongly linked; a vague sentence b:0 links weakly
# to one teller of each. Connected components would make one group of all five.
CHAIN = [
    L("a", "c", (0,), (0,), 90),
    L("d", "e", (0,), (0,), 88),
    L("a", "b", (0,), (0,), 50),
    L("b", "d", (0,), (0,), 48),
]


def test_a_vague_sentence_does_not_chain_two_claims():
    groups = group_links(CHAIN)
    assert {"a": (0,), "b": (0,), "c": (0,)} in groups
    assert {"d": (0,), "e": (0,)} in groups
    assert len(groups) == 2


def test_without_the_cohesion_rule_the_chain_forms():
    # The rule is what prevents it: at cohesion 0 (one link to any member suffices) the
    # same links make a single five-outlet group.
    assert group_links(CHAIN, cohesion=0.0) == [
        {"a": (0,), "b": (0,), "c": (0,), "d": (0,), "e": (0,)}
    ]


def test_two_groups_holding_the_same_article_never_merge():
    links = [L("a", "b", (0,), (0,), 90), L("a", "c", (1,), (0,), 85), L("b", "c", (0,), (0,), 60)]
    groups = group_links(links)
    assert sorted(groups, key=str) == sorted(
        [{"a": (0,), "b": (0,)}, {"a": (1,), "c": (0,)}], key=str
    )


def test_one_to_many_link_makes_one_member_with_several_sentences():
    groups = group_links([L("a", "b", (2,), (4, 5), 70), L("b", "c", (4,), (1,), 60)])
    assert groups == [{"a": (2,), "b": (4, 5), "c": (1,)}]


def test_a_second_sentence_joins_its_member_only_when_linked_to_most_members():
    full = [L("a", "b", (0,), (0,), 90), L("a", "c", (0,), (0,), 90), L("b", "c", (0,), (0,), 90)]
    # a:3 repeats the claim and is linked to b and c: it joins a's member.
    both = group_links(full + [L("a", "b", (3,), (0,), 60), L("a", "c", (3,), (0,), 60)])
    assert both == [{"a": (0, 3), "b": (0,), "c": (0,)}]
    # Linked to b only (one of two others): not most, it stays out.
    one = group_links(full + [L("a", "b", (3,), (0,), 60)])
    assert one == [{"a": (0,), "b": (0,), "c": (0,)}]


def test_a_lone_sentence_attaches_to_the_group_it_is_most_linked_to():
    full = [L(x, y, (0,), (0,), 90) for x, y in (("a", "b"), ("a", "c"), ("b", "c"))]
    # d:0 is linked to two of three members: merging needs more than half of the others
    # (2 of 3 is enough), so it joins in the main pass.
    assert group_links(full + [L("a", "d", (0,), (0,), 40), L("b", "d", (0,), (0,), 40)]) == [
        {"a": (0,), "b": (0,), "c": (0,), "d": (0,)}
    ]
    # Linked to one of three: fewer than `attach` (half) of the members, it stays alone.
    assert group_links(full + [L("a", "d", (0,), (0,), 40)]) == [
        {"a": (0,), "b": (0,), "c": (0,)}
    ]
    assert group_links(full + [L("a", "d", (0,), (0,), 40)], attach=0.3) == [
        {"a": (0,), "b": (0,), "c": (0,), "d": (0,)}
    ]


def test_grouping_does_not_depend_on_the_order_of_the_links():
    links = CHAIN + [L("b", "c", (1,), (2,), 70), L("a", "e", (4,), (3, 4), 70)]
    want = sorted(group_links(links), key=str)
    rng = random.Random(7)
    for _ in range(20):
        shuffled = links[:]
        rng.shuffle(shuffled)
        assert sorted(group_links(shuffled), key=str) == want


# --- blocking ----------------------------------------------------------------------------------


def test_blocking_skips_articles_sharing_no_term_and_purges_common_terms():
    a = article("a", "Stoltenberg a rencontré Grouchko à Bruxelles mercredi.")
    b = article("b", "Grouchko et Stoltenberg ont parlé quatre heures.")
    c = article("c", "Les cheminots défilent contre la réforme du statut.")
    assert candidate_pairs([a, b, c]) == [("a", "b")]
    # With terms in more than one article purged, nothing is left to block on.
    assert candidate_pairs([a, b, c], max_articles=1) == []


def test_seed_blocking_keeps_every_pair(seed_result):
    compare = dict(seed_result.params)["compare"]
    assert compare["article_pairs"] == compare["aligned_pairs"] == 10


# --- compare_articles --------------------------------------------------------------------------

TRIO = {
    "x": "Jens Stoltenberg a déclaré que l’OTAN proposait une série de réunions à la Russie.\n"
         "Le temps était froid à Bruxelles ce matin-là.",
    "y": "L’OTAN a proposé à la Russie une série de réunions, a déclaré Jens Stoltenberg.\n"
         "Les cheminots défilent contre la réforme du statut.",
    "z": "Selon Jens Stoltenberg, l’OTAN a proposé une série de réunions à la Russie.",
}


def test_small_articles_group_the_shared_claim_and_keep_the_rest_unique():
    result = compare_articles([article(k, v) for k, v in TRIO.items()])
    first = result.groups[0]
    assert first.id == "c001"
    members = [(m.article, m.indices) for m in first.members]
    assert members == [("x", (0,)), ("y", (0,)), ("z", (0,))]
    assert first.label in ("agree", "diverge")
    assert sum(m.central for m in first.members) == 1
    rest = result.groups[1:]
    assert all(g.label == "unique" and len(g.members) == 1 for g in rest)
    assert [g.id for g in result.groups] == [f"c{n:03d}" for n in range(1, len(result.groups) + 1)]


def test_order_of_sources_does_not_change_the_result():
    arts = [article(k, v) for k, v in TRIO.items()]
    assert compare_articles(arts) == compare_articles(arts[::-1])


def test_seeds_order_independent_and_deterministic(seeds, seed_result):
    assert compare_articles(seeds[::-1]) == seed_result
    assert compare_articles(seeds) == seed_result


def test_every_sentence_is_in_exactly_one_group_with_one_member_per_article(seeds, seed_result):
    seen = []
    for g in seed_result.groups:
        arts = [m.article for m in g.members]
        assert arts == sorted(set(arts))  # one member per article, sorted
        seen += [(m.article, i) for m in g.members for i in m.indices]
    want = [(a.id, s.index) for a in seeds for s in a.sentences]
    assert sorted(seen) == sorted(want)


def test_groups_are_sorted_by_outlets_then_position(seed_result):
    keys = [(-len(g.members), g.members[0].article, g.members[0].indices[0])
            for g in seed_result.groups]
    assert keys == sorted(keys)
    assert len(seed_result.groups[0].members) > 2


def test_labels_follow_the_differences(seed_result):
    for g in seed_result.groups:
        if len(g.members) == 1:
            assert g.label == "unique" and not g.differences
        else:
            assert g.label == ("diverge" if g.differences else "agree")
            diverging = {x for d in g.differences for x in (d.a, d.b)}
            assert {m.article for m in g.members if m.status == "diverge"} == diverging
        for link in g.links:  # the links shown are the ones inside the group
            members = {m.article: set(m.indices) for m in g.members}
            assert set(link.a_indices) <= members[link.a]
            assert set(link.b_indices) <= members[link.b]


def test_summaries_agree_with_the_groups(seeds, seed_result):
    groups = seed_result.groups
    majority = len(seeds) // 2 + 1
    for o in seed_result.outlets:
        mine = [g for g in groups if o.article in {m.article for m in g.members}]
        assert o.reported == len(mine)
        assert o.unique == sum(len(g.members) == 1 for g in mine)
        for gid in o.omitted:
            g = next(g for g in groups if g.id == gid)
            assert len(g.members) >= majority and o.article not in {m.article for m in g.members}
    assert len(seed_result.pairwise) == 10
    for p in seed_result.pairwise:
        assert p.a < p.b
        assert p.shared == p.agree + p.diverge
        assert p.shared == sum({p.a, p.b} <= {m.article for m in g.members} for g in groups)


def test_implied_pairs_are_cross_article():
    result = compare_articles([article(k, v) for k, v in TRIO.items()])
    pairs = list(implied_pairs(result.groups[0]))
    assert pairs == [(("x", 0), ("y", 0)), (("x", 0), ("z", 0)), (("y", 0), ("z", 0))]


def test_params_record_both_aligner_and_grouping_knobs(seed_result):
    params = dict(seed_result.params)
    assert "threshold" in params and "scorer" in params
    assert params["compare"]["cohesion"] == CompareParams().cohesion


# --- story by story above the blocking limit -------------------------------------------------

HELDOUT = "tests/fixtures/heldout/*-[0-9].*"


@pytest.fixture(scope="module")
def mixed():
    return load_articles(["000", "001", "002", "003", "004", HELDOUT])


def test_above_the_limit_groups_never_mix_stories(mixed):
    from natocmp.stories import group_stories

    # A limit below the corpus size forces the split the command makes above 50 articles.
    result = compare_articles(mixed, compare_params=CompareParams(block_max_articles=4))
    story_of = {x: s.id for s in group_stories(mixed) for x in s.articles}
    assert len(set(story_of.values())) > 1
    for g in result.groups:
        assert len({story_of[m.article] for m in g.members}) == 1
    nodes = [(m.article, i) for g in result.groups for m in g.members for i in m.indices]
    assert sorted(nodes) == sorted((a.id, s.index) for a in mixed for s in a.sentences)
    assert [g.id for g in result.groups] == [f"c{n:03d}" for n in range(1, len(result.groups) + 1)]
    assert all(story_of[p.a] == story_of[p.b] for p in result.pairwise)
    params = dict(result.params)["compare"]
    assert params["stories"]["count"] == len(set(story_of.values()))


def test_above_the_limit_omissions_count_within_the_story(mixed):
    from natocmp.stories import group_stories

    result = compare_articles(mixed, compare_params=CompareParams(block_max_articles=4))
    stories = {x: s.articles for s in group_stories(mixed) for x in s.articles}
    by_id = {g.id: g for g in result.groups}
    omitted = [(o.article, gid) for o in result.outlets for gid in o.omitted]
    assert omitted  # the seeds' story still has claims most of its outlets tell
    for article, gid in omitted:
        tellers = {m.article for m in by_id[gid].members}
        assert article not in tellers and tellers <= set(stories[article])
        assert len(tellers) > len(stories[article]) // 2  # a majority of its story


def test_split_result_is_deterministic_and_order_independent(mixed):
    knobs = CompareParams(block_max_articles=4)
    one = compare_articles(mixed, compare_params=knobs)
    assert one == compare_articles(tuple(reversed(mixed)), compare_params=knobs)


def test_up_to_the_limit_nothing_is_split(seed_result):
    assert "stories" not in dict(seed_result.params)["compare"]


def test_progress_reports_every_aligned_pair():
    calls: list[tuple[int, int]] = []
    result = compare_articles(load_articles(["000", "001", "004"]),
                              progress=lambda d, t: calls.append((d, t)))
    total = dict(result.params)["compare"]["aligned_pairs"]
    assert calls == [(n, total) for n in range(1, total + 1)]


def test_cli_splits_a_large_folder_by_story_and_draws_no_bar_when_piped(tmp_path):
    import json

    from typer.testing import CliRunner

    from natocmp.app import app

    events = [
        ("Varkon Delmi", "Ostrava", "4127 soldats"),
        ("Marta Quillon", "Brenzik", "8830 dossiers"),
        ("Olek Sarnov", "Tavira", "6215 tonnes"),
    ]
    for n in range(54):  # above the 50-article limit: compare splits by story
        who, where, what = events[n % 3]
        (tmp_path / f"e{n % 3}-{n:02d}.txt").write_text(
            f"Titre {n}\n\n{who} a annoncé {what} à {where} mardi. "
            f"Selon {who.split()[1]}, la décision de {where} est définitive.\n",
            encoding="utf-8",
        )
    result = CliRunner().invoke(app, ["compare", "-f", "json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # the progress bar is drawn only on a terminal
    doc = json.loads(result.stdout)
    assert doc["params"]["compare"]["stories"]["count"] == 3
    for claim in doc["claims"]:
        assert len({m["article"].split("-")[0] for m in claim["members"]}) == 1
    assert max(c["outlets"] for c in doc["claims"]) == 18
