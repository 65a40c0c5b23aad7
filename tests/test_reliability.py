"""Reliability: what a hostile user does to the CLI (issue 17), each case a regression test.

Output onto devices, FIFOs, symlinks and read-only files; a full disk; duplicate and many
repeated ids; one enormous sentence; Ctrl-C at start-up and while writing to a slow reader;
control characters in file names; two reports written at once; ``--debug`` tracebacks.

Device cases use device nodes made in the test's own folder (``mknod``, root only): the
system's /dev/null and /dev/full are never an output target here.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

NATOCMP = Path(sys.executable).parent / "natocmp"
ARTICLE = (
    "La Russie et l’OTAN se sont réunies mercredi à Bruxelles. Le secrétaire général a "
    "déclaré que le dialogue continuerait. Moscou a rejeté les propositions de l’alliance.\n"
)


def run_cli(*args: str, **kw) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR",)}
    kw.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [str(NATOCMP), *args],
        stderr=subprocess.PIPE,
        env={**env, "NO_COLOR": "1"},
        timeout=120,
        **kw,
    )


def error_lines(stderr: str) -> list[str]:
    return [x for x in stderr.splitlines() if not x.startswith("natocmp: warning:")]


def assert_one_error(stderr: str, *, mentions: str) -> None:
    """`natocmp: error: …` naming what failed, a `hint:` line, no traceback."""
    lines = error_lines(stderr)
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 2, stderr
    assert lines[0].startswith("natocmp: error: ") and mentions in lines[0], lines[0]
    assert lines[1].startswith("hint: ")


@pytest.fixture(scope="module")
def seeds_page() -> str:
    from natocmp.corpus import load_articles
    from natocmp.render.html import render_html
    from natocmp.report import build_report

    return render_html(build_report(load_articles(["000", "001"])))


def _mknod(path: Path, minor: int) -> None:
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here ({exc}); the FIFO test covers the rule")


# --- output onto what is already there -----------------------------------------------------


def test_output_onto_a_device_writes_into_it_and_never_replaces_it(invoke, tmp_path):
    null = tmp_path / "null"
    _mknod(null, 3)  # a /dev/null of our own
    result = invoke("report", "000", "001", "-o", str(null))
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(null.stat().st_mode), "the device node was replaced by a file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"], "no temporary file left"


def test_output_onto_a_full_device_is_one_error_naming_it(invoke, tmp_path):
    full = tmp_path / "full"
    _mknod(full, 7)  # a /dev/full of our own: every write fails with ENOSPC
    result = invoke("report", "000", "001", "-o", str(full))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_one_error(result.stderr, mentions=f"cannot write {full}: No space left")
    assert stat.S_ISCHR(full.stat().st_mode)


def test_output_into_a_fifo_is_written_through_it(invoke, tmp_path, seeds_page):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as fh:
            got.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    result = invoke("report", "000", "001", "-o", str(fifo))
    thread.join(timeout=20)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO was replaced by a file"
    assert got == [seeds_page.encode("utf-8")], "the reader got the whole page"


def test_output_through_a_symlink_writes_its_target(invoke, tmp_path, seeds_page):
    target = tmp_path / "kept.html"
    target.write_text("old", "utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(target.name)
    dangling = tmp_path / "dangling.html"
    dangling.symlink_to("new.html")
    for path in (link, dangling):
        result = invoke("report", "000", "001", "-o", str(path))
        assert result.exit_code == 0, result.stderr
        assert path.is_symlink(), "the link stays a link"
    assert target.read_text("utf-8") == seeds_page
    assert (tmp_path / "new.html").read_text("utf-8") == seeds_page
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "dangling.html",
        "kept.html",
        "link.html",
        "new.html",
    ]


def test_output_onto_a_read_only_file_is_an_error_naming_it(invoke, tmp_path):
    ro = tmp_path / "ro.html"
    ro.write_text("keep me", "utf-8")
    ro.chmod(0o444)
    result = invoke("report", "000", "001", "-o", str(ro))
    assert result.exit_code == 1
    assert_one_error(result.stderr, mentions=f"cannot write {ro}: the file is read-only")
    assert ro.read_text("utf-8") == "keep me"
    assert stat.S_IMODE(ro.stat().st_mode) == 0o444


def test_a_regular_file_is_replaced_atomically_keeping_its_mode(invoke, tmp_path, seeds_page):
    out = tmp_path / "r.html"
    out.write_text("old", "utf-8")
    out.chmod(0o640)
    before = out.stat().st_ino
    result = invoke("report", "000", "001", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_text("utf-8") == seeds_page
    assert out.stat().st_ino != before, "replaced by a rename, not rewritten in place"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640, "the file keeps its mode"


# --- a full disk -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args", [("list",), ("report", "000", "001", "-o", "-"), ("compare", "-f", "json")]
)
def test_full_disk_on_stdout_is_one_error(args):
    with open("/dev/full", "wb") as full:  # opened for writing, as `> /dev/full` does
        result = run_cli(*args, stdout=full)
    assert result.returncode == 1
    assert_one_error(result.stderr.decode(), mentions="cannot write to stdout: No space left")


# --- ids -----------------------------------------------------------------------------------


def test_duplicate_ids_in_one_json_array_are_made_unique(invoke, tmp_path):
    texts = [ARTICLE, ARTICLE.replace("mercredi", "jeudi"), ARTICLE.replace("Moscou", "Kiev")]
    dup = tmp_path / "dup.json"
    dup.write_text(json.dumps([{"id": "x", "text": t} for t in texts]), "utf-8")
    listed = invoke("list", str(dup), "-f", "json")
    assert [a["id"] for a in json.loads(listed.stdout)] == ["x", "x-2", "x-3"]
    for args in (["compare"], ["report", "-o", "-"], ["timeline"], ["claims"]):
        result = invoke(*args, str(dup))
        assert result.exit_code == 0, (args, result.stderr)
    # The same file named twice is the same articles: their ids do not change.
    twice = invoke("list", str(dup), str(dup), "-f", "json")
    assert [a["id"] for a in json.loads(twice.stdout)] == ["x", "x-2", "x-3"] * 2


def _lines_run(func, *args) -> int:
    """Line events executed inside ``func``'s own frames: a count of the work, not a time."""
    code = func.__code__
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if frame.f_code is not code:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        func(*args)
    finally:
        sys.settrace(None)
    return count


def test_renaming_repeated_ids_is_linear():
    from natocmp.corpus import RawDocument, _unique_ids

    def docs(n: int) -> list[RawDocument]:
        return [RawDocument("x", "t", f"folder{i}/x.txt") for i in range(n)]

    small, big = _lines_run(_unique_ids, docs(500)), _lines_run(_unique_ids, docs(2000))
    assert big / small < 5, f"4× the ids cost {big / small:.1f}× the work (quadratic: 16×)"
    ids = [d.id for d in _unique_ids(docs(2000))]
    assert len(set(ids)) == 2000 and ids[:3] == ["x", "x-2", "x-3"]


# --- one enormous sentence -------------------------------------------------------------------

_WORDS = (
    "la Russie et l'OTAN ont dit que le ministre Lavrov a déclaré mercredi 12 janvier à "
    "Bruxelles « non » selon Moscou les troupes 100 000 soldats frontière réunion du Conseil"
).split()


def _long_article(n: int, salt: str = ""):
    """One sentence of ``n`` characters; ``salt`` draws other words (no text cached by an
    earlier test: the stages cache per text, and a warm cache would change the counts)."""
    import random

    from natocmp.corpus import RawDocument, build_article

    rng = random.Random(f"{n}{salt}" if salt else n)
    words: list[str] = []
    size = 0
    while size < n:
        words.append(rng.choice(_WORDS))
        size += len(words[-1]) + 1
    text = "Un titre\n\n" + " ".join(words) + ".\n"
    meta = (("date", "2022-01-12"), ("outlet", "X"))
    return build_article(RawDocument(f"long{n}", text, f"long{n}.txt", meta))


def _calls(monkeypatch, module, name: str) -> list[int]:
    real = getattr(module, name)
    counter = [0]

    def counted(*a, **k):
        counter[0] += 1
        return real(*a, **k)

    monkeypatch.setattr(module, name, counted)
    return counter


def test_a_long_sentence_is_cut_into_bounded_pieces():
    from natocmp.segment import MAX_SENTENCE_CHARS

    article = _long_article(50_000)
    assert max(len(s.text) for s in article.sentences) <= MAX_SENTENCE_CHARS
    assert all(s.text == article.text[s.start : s.end] for s in article.sentences)
    assert sum(len(s.text) for s in article.sentences) > 49_000, "nothing is lost"


def test_timeline_work_and_output_grow_linearly_on_one_long_sentence(monkeypatch):
    from natocmp import segment, timeline
    from natocmp.render.timeline import timeline_output
    from natocmp.render.writers import to_json

    # Without the cut into pieces, so the timeline's own lookups are what is measured.
    monkeypatch.setattr(segment, "MAX_SENTENCE_CHARS", 10**9, raising=False)
    seed = __import__("natocmp.corpus", fromlist=["x"]).load_articles(["000"])
    sizes, work = [], []
    for n in (10_000, 40_000):
        article = _long_article(n)
        assert len(article.sentences) <= 3
        calls = _calls(monkeypatch, timeline, "_distance")
        result = timeline.build_timeline([article, *seed])
        work.append(calls[0])
        sizes.append(len(to_json(timeline_output(result))))
    assert work[1] / work[0] < 6, f"date-to-noun distances grew {work[1] / work[0]:.1f}× for 4×"
    assert sizes[1] / sizes[0] < 6, f"JSON grew {sizes[1] / sizes[0]:.1f}× for 4× the input"


def _work(func) -> int:
    """Python and C function calls made by ``func()``: a deterministic count of the work,
    which grows with the algorithm, not with the machine's load."""
    import sys

    count = [0]

    def profile(frame, event, arg):
        if event in ("call", "c_call"):
            count[0] += 1

    sys.setprofile(profile)
    try:
        func()
    finally:
        sys.setprofile(None)
    return count[0]


@pytest.mark.parametrize("what", ["framing", "claims", "report", "diff", "speakers", "compare"])
def test_analyses_grow_linearly_on_one_long_sentence(what):
    """The work at 4× the size within 8× (linear 4×, quadratic 16×), counted in function
    calls: a ratio of two sizes, not a time."""
    from natocmp.attribute import extract_claims, resolve_speakers
    from natocmp.compare import compare_articles
    from natocmp.corpus import load_articles
    from natocmp.diff import diff_articles
    from natocmp.framing import frame_articles
    from natocmp.render.html import render_html
    from natocmp.report import build_report

    seed = load_articles(["000"])
    run = {
        "framing": lambda a: frame_articles([a, *seed]),
        "claims": lambda a: extract_claims(a),
        "report": lambda a: render_html(build_report([a, *seed])),
        "diff": lambda a: diff_articles(a, seed[0]),
        "speakers": lambda a: resolve_speakers([a, *seed]),
        "compare": lambda a: compare_articles([a, *seed]),
    }[what]
    run(_long_article(2_000, what))  # warm what is built once (lexicons, compiled patterns)
    small = _work(lambda: run(_long_article(10_000, what)))
    big = _work(lambda: run(_long_article(40_000, what)))
    assert big / small < 8, f"{what}: 4× the text made {big / small:.1f}× the calls"


def _lines(func, module: str = "") -> int:
    """Line events in the frames ``func()`` runs (comprehensions included, one per
    iteration), or only in those whose file path contains ``module`` (a file or a
    package's folder): a count of the work that also sees loops making no calls."""
    count = [0]

    def tracer(frame, event, arg):
        if module not in frame.f_code.co_filename.replace("\\", "/"):
            return None
        if event == "line":
            count[0] += 1
        return tracer

    sys.settrace(tracer)
    try:
        func()
    finally:
        sys.settrace(None)
    return count[0]


def test_a_report_reads_each_window_of_a_long_sentence_once():
    """The attribution stage asks about the same windows of a sentence for each cue and
    mention, in each analysis of a report (framing's claims, then resolve_speakers'): the
    characters tokenised for names stay within a few times the article's, not one pass per
    question (before: 6.3× on 200,000 characters; each _mentions call read its window twice)."""
    from natocmp import entities
    from natocmp.corpus import load_articles
    from natocmp.render.html import render_html
    from natocmp.report import build_report

    seed = load_articles(["000"])
    article = _long_article(20_000)
    getattr(entities.name_runs, "cache_clear", lambda: None)()
    real, read = entities._tokens, [0]

    def tokens(text):
        read[0] += len(text)
        return real(text)

    entities._tokens = tokens
    try:
        render_html(build_report([article, *seed]))
    finally:
        entities._tokens = real
    chars = len(article.text) + len(seed[0].text)
    assert read[0] <= 3 * chars, f"{read[0] / chars:.1f}× the text tokenised for names"


def test_framing_and_timeline_compute_only_the_features_they_read(monkeypatch):
    """framing reads a sentence's hedges and timeline its dates: the other features
    (figures, names, negations) are not computed for them."""
    from natocmp import features
    from natocmp.corpus import load_articles
    from natocmp.framing import frame_articles
    from natocmp.timeline import build_timeline

    articles = load_articles(["000", "001"])
    figures = _calls(monkeypatch, features, "_quantities")
    framed = frame_articles(articles, types=["evaluative", "hedge", "scare_quote"])
    timeline = build_timeline(articles)
    assert figures[0] == 0
    assert any(m.type == "hedge" for f in framed.sentences for m in f.markers)
    assert timeline.events


def test_negations_read_a_few_words_not_the_rest_of_the_text():
    """A negation's scope is its next few words: reading them listed every word to the
    text's end, so a text's negations grew with the square of its length."""
    from natocmp.features import _negated_stems, _negations, extract_features, fold_aligned

    def scopes(n: int) -> int:
        text = " ".join(f"Le ministre ne viendra pas au sommet numéro {k}." for k in range(n))
        folded = fold_aligned(text)
        negations = tuple(_negations(text, folded))
        assert len(negations) == n
        return _lines(lambda: _negated_stems(folded, negations))

    assert "somme" in extract_features("Il ne viendra pas au sommet.", language="fr").negated
    small, big = scopes(50), scopes(200)
    assert big / small < 8, f"4× the negations made {big / small:.1f}× the work"


def test_standalone_negations_find_their_next_word_without_rereading_the_text():
    """The word after a standalone negation ("jamais", "not") was found by scanning the
    text's words from its start, for every negation: quadratic in a long text's negations."""
    from natocmp.features import extract_features

    def text(n: int) -> str:
        return " ".join("The minister did not attend the summit." for _ in range(n))

    assert extract_features(text(1), language="en").negated  # "attend" is still denied
    small = _lines(lambda: extract_features(text(200), language="en"), "natocmp/features/")
    big = _lines(lambda: extract_features(text(800), language="en"), "natocmp/features/")
    assert big / small < 8, f"4× the negations made {big / small:.1f}× the work"


def test_weekdays_find_their_clause_without_rereading_the_text():
    """A weekday's tense cue is looked for in its clause: finding the clause's start by
    scanning the text from its beginning, for every weekday, made a long text's dates
    quadratic (a diff's one-to-many pair joins many pieces of a long sentence)."""
    from natocmp.features import extract_features

    def text(n: int) -> str:
        return " ".join("Le ministre a parlé mercredi, puis il est parti." for _ in range(n))

    found = extract_features(text(2), language="fr", reference=_dt.date(2022, 1, 12)).dates
    assert [d.date for d in found] == ["2022-01-12", "2022-01-12"]
    ref = _dt.date(2022, 1, 12)
    small = _work(lambda: extract_features(text(200), language="fr", reference=ref))
    big = _work(lambda: extract_features(text(800), language="fr", reference=ref))
    assert big / small < 8, f"4× the weekdays made {big / small:.1f}× the calls"


def test_grouping_work_grows_linearly_with_one_members_sentences():
    """Fuzz seed 3600: one long article whose sentences all join one member of a group. Each
    link re-read the whole growing group (62,637 links took 58 s); now it is judged from the
    sentences it brings."""
    from natocmp.compare import group_links
    from natocmp.models import MemberLink as L

    def links(n: int) -> list:
        return [L("a", "b", (i,), (0,), 80.0) for i in range(n)] + [
            L("b", "c", (0,), (i,), 70.0) for i in range(n // 10)
        ]

    groups = group_links(links(20))
    assert groups == [{"a": tuple(range(20)), "b": (0,), "c": (0,)}], groups
    small = _work(lambda: group_links(links(300)))
    big = _work(lambda: group_links(links(1200)))
    assert big / small < 8, f"4× the links made {big / small:.1f}× the calls"


def test_building_groups_reads_each_groups_own_links(monkeypatch):
    """Each group's inner links are found among the links of its own sentences: reading the
    links of each member's whole article made a long article's groups quadratic (on seed
    3600, 921 groups × 62,637 links)."""
    from natocmp import compare
    from natocmp.corpus import RawDocument, build_article
    from natocmp.models import MemberLink

    def articles(n: int):
        body = "\n\n".join(f"Le sommet numéro {k} a réuni les ministres." for k in range(n))
        meta = (("date", "2022-01-12"), ("outlet", "X"))
        return [
            build_article(RawDocument(x, f"Titre {x}\n\n{body}\n", f"{x}.txt", meta))
            for x in ("a", "b")
        ]

    # Alignment is not what is measured here: each sentence is linked to its twin.
    def twins(a, b, params):
        return [MemberLink(a.id, b.id, (s.index,), (s.index,), 90.0) for s in a.sentences]

    monkeypatch.setattr(compare, "align_articles", twins)
    result = compare.compare_articles(articles(10))
    assert all(len(g.members) == 2 and len(g.links) == 1 for g in result.groups)
    small = _lines(lambda: compare.compare_articles(articles(100)), "natocmp/compare.py")
    big = _lines(lambda: compare.compare_articles(articles(400)), "natocmp/compare.py")
    assert big / small < 8, f"4× the groups made {big / small:.1f}× the work"


def test_lexicon_patterns_find_what_their_lookbehind_found():
    """framing's evaluative words and the hedges check the character before a match
    themselves (``features.word_matches``, 5× faster on long sentences): the same matches as
    the patterns with a leading lookbehind, on the seeds and on text made to trip it."""
    import random
    import re

    from natocmp.corpus import load_articles
    from natocmp.features import fold_aligned, word_matches
    from natocmp.lexicon import hedges
    from natocmp.lexicon.evaluative import EVALUATIVE

    rng = random.Random(17)
    pieces = ["selon", "aurait", "l'", "-", "a ose", "ose", " ", "x", "allegations", "é"]
    texts = [fold_aligned(s.text) for a in load_articles([]) for s in a.sentences]
    texts += ["".join(rng.choice(pieces) for _ in range(60)) for _ in range(200)]
    lexicons = [(p, r"[\w'-]") for p, _, _ in EVALUATIVE] + [
        (p, r"[\w-]") for p, _ in hedges.HEDGES
    ]
    for p, before in lexicons:
        old = re.compile(rf"(?<!{before})(?:{p})(?![\w-])")
        new, prev = re.compile(rf"(?:{p})(?![\w-])"), re.compile(before)
        for text in texts:
            want = [m.span() for m in old.finditer(text)]
            assert [m.span() for m in word_matches(new, text, prev)] == want, (p, text)


def _reference_groups(links, cohesion=0.5, attach=0.5):
    """group_links as first written: the rule read literally, re-reading each group."""
    import math
    from collections import defaultdict

    links = sorted(links, key=lambda k: (-k.score, k.a, k.b, k.a_indices, k.b_indices))
    adj = defaultdict(set)
    for k in links:
        for i in k.a_indices:
            for j in k.b_indices:
                adj[k.a, i].add((k.b, j))
                adj[k.b, j].add((k.a, i))

    def nodes(k):
        return [(k.a, i) for i in k.a_indices] + [(k.b, j) for j in k.b_indices]

    def reach(group, ns):
        hit = {x for n in ns for x, j in adj[n] if j in group.get(x, ())}
        return len(hit - {n[0] for n in ns})

    of, groups = {}, {}
    for n, k in enumerate(links):
        merged, ok = {}, True
        for cid in sorted({of[x] for x in nodes(k) if x in of}):
            for art, idx in groups[cid].items():
                ok = ok and art not in merged
                merged[art] = set(idx)
        if not ok:
            continue
        joined = []
        for art, side in ((k.a, k.a_indices), (k.b, k.b_indices)):
            if art in merged and not merged[art] & set(side):
                joined += [(art, i) for i in side]
            merged.setdefault(art, set()).update(side)
        need = math.floor(cohesion * (len(merged) - 1) + 1e-9) + 1
        members = [[(x, i) for i in merged[x]] for x in merged]
        if not all(reach(merged, m) >= need for m in members + [[j] for j in joined]):
            continue
        for cid in {of[x] for x in nodes(k) if x in of}:
            del groups[cid]
        groups[n] = merged
        for art, idx in merged.items():
            for i in idx:
                of[art, i] = n
    seen = set()
    for k in links:
        for node in nodes(k):
            if node in of or node in seen:
                continue
            seen.add(node)
            best = None
            for cid in sorted({of[x] for x in adj[node] if x in of}):
                if node[0] in groups[cid]:
                    continue
                linked = len({x[0] for x in adj[node] if of.get(x) == cid})
                if linked >= math.ceil(attach * len(groups[cid]) - 1e-9) and (
                    best is None or linked > best[0]
                ):
                    best = (linked, cid)
            if best is not None:
                groups[best[1]].setdefault(node[0], set()).add(node[1])
                of[node] = best[1]
    return [{a: tuple(sorted(i)) for a, i in sorted(g.items())} for g in groups.values()]


@pytest.mark.parametrize("seed", range(300))
def test_grouping_makes_the_groups_of_the_rule_read_literally(seed):
    """The near-linear grouping gives the same groups, in the same order, as the rule read
    literally (random links: many-to-many, ties, one to seven articles' worth of members)."""
    import random

    from natocmp.compare import group_links
    from natocmp.models import MemberLink as L

    rng = random.Random(seed)
    arts = [chr(97 + i) for i in range(rng.randint(2, 8))]
    sentences = rng.randint(1, 15)
    links = []
    for _ in range(rng.randint(1, 120)):
        a, b = sorted(rng.sample(arts, 2))
        ai = tuple(sorted(rng.sample(range(sentences), min(sentences, rng.choice([1, 1, 2, 3])))))
        bi = tuple(sorted(rng.sample(range(sentences), min(sentences, rng.choice([1, 1, 2])))))
        links.append(L(a, b, ai, bi, rng.choice([60.0, 70.0, 80.0, round(rng.uniform(50, 99), 1)])))
    cohesion, attach = rng.choice([0.5, 0.5, 0.0, 0.3, 1.0]), rng.choice([0.5, 0.0, 1.0])
    assert group_links(links, cohesion=cohesion, attach=attach) == _reference_groups(
        links, cohesion, attach
    )


# --- Ctrl-C --------------------------------------------------------------------------------

_INTERRUPT_AT_IMPORT = textwrap.dedent(
    """
    import builtins, os, signal, sys
    from importlib.metadata import entry_points

    real_import = builtins.__import__
    fired = []

    def importing(name, *args, **kwargs):
        if name == "typer" and not fired:  # Ctrl-C while the app is being imported
            fired.append(name)
            os.kill(os.getpid(), signal.SIGINT)
        return real_import(name, *args, **kwargs)

    builtins.__import__ = importing
    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "natocmp"]
    sys.argv = ["natocmp", *sys.argv[1:]]
    sys.exit(script.load()())
    """
)


def test_ctrl_c_during_start_up_exits_130_with_one_line():
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_AT_IMPORT, "compare"],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 130, result.stderr.decode()
    assert result.stdout == b""
    assert result.stderr.decode() == "natocmp: interrupted\n"


def test_ctrl_c_during_start_up_with_debug_shows_the_traceback():
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_AT_IMPORT, "compare", "--debug"],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert b"Traceback" in result.stderr and b"KeyboardInterrupt" in result.stderr


def _big_article(tmp_path: Path) -> Path:
    big = tmp_path / "big.txt"
    big.write_text("Titre\n\n" + ARTICLE * 3000, "utf-8")  # show -f json: ~2 MB
    return big


def _wait_blocked_writing(proc: subprocess.Popen, timeout: float = 60.0) -> None:
    """Block until the process sits in a write on its stdout pipe (Linux /proc)."""
    wchan = Path(f"/proc/{proc.pid}/wchan")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if "pipe_write" in wchan.read_text():
                return
        except OSError:
            pass
        if proc.poll() is not None:
            pytest.fail("natocmp ended before it blocked on its output")
        time.sleep(0.05)
    pytest.skip(f"cannot see natocmp block on its pipe ({wchan})")


def _interrupt_while_writing(tmp_path: Path, *extra: str) -> tuple[int, bytes, str]:
    proc = subprocess.Popen(
        [str(NATOCMP), "show", str(_big_article(tmp_path)), "-f", "json", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_blocked_writing(proc)  # the reader is slow: it has read nothing yet
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, out, err.decode()


def test_ctrl_c_while_writing_to_a_slow_reader_says_the_output_is_cut(tmp_path):
    code, out, err = _interrupt_while_writing(tmp_path)
    assert code == 130
    assert 0 < len(out) < len(ARTICLE) * 3000, "a partial output (what the pipe took)"
    assert err.splitlines() == [
        "natocmp: error: interrupted while writing to stdout: the output is cut short",
        "hint: run it again to get the whole output",
    ]


def test_ctrl_c_while_writing_with_debug_shows_the_traceback(tmp_path):
    code, _, err = _interrupt_while_writing(tmp_path, "--debug")
    assert code != 0
    assert "Traceback" in err and "OutputInterrupted" in err


def test_ctrl_c_while_writing_a_report_never_leaves_half_a_file(invoke, tmp_path, monkeypatch):
    out = tmp_path / "r.html"
    out.write_text("the previous report", "utf-8")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    result = invoke("report", "000", "001", "-o", str(out))
    assert result.exit_code == 130
    assert result.stderr == "natocmp: interrupted\n"
    assert out.read_text("utf-8") == "the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"], "the temp file is removed"


# --- control characters in a file name ----------------------------------------------------

EVIL = "evil\n\x1b[31mRED\u202e\t.txt"


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "tsv"])
@pytest.mark.parametrize("command", ["list", "compare", "framing", "timeline"])
def test_control_characters_in_a_file_name_never_reach_an_id_or_label(
    invoke, tmp_path, command, fmt
):
    (tmp_path / EVIL).write_text(ARTICLE, "utf-8")
    (tmp_path / "other.txt").write_text(ARTICLE.replace("mercredi", "jeudi 13 janvier"), "utf-8")
    result = invoke(command, str(tmp_path / EVIL), str(tmp_path / "other.txt"), "-f", fmt)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert not any(c in out for c in "\x1b\u202e\r"), repr(out[:300])
    if fmt in ("json", "jsonl"):
        docs = [json.loads(out)] if fmt == "json" else [json.loads(x) for x in out.splitlines()]

        def strings(value):
            if isinstance(value, dict):
                for v in value.values():
                    yield from strings(v)
            elif isinstance(value, list):
                for v in value:
                    yield from strings(v)
            elif isinstance(value, str):
                yield value

        labels = [s for d in docs for s in strings(d) if "evil" in s or "RED" in s]
        assert labels or command not in ("list", "compare"), "the article is in the output"
        assert all("\n" not in s and "\t" not in s for s in labels), labels
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert all("\n" not in cell for row in rows for cell in row if "evil" in cell)
        if fmt == "tsv":
            assert all(len(row) == len(rows[0]) for row in rows), "one record a line"
    elif command == "list":  # other tables may wrap "evil RED" in a narrow column header
        assert not any(line.lstrip().startswith("RED") for line in out.splitlines())
    if command == "list":
        assert "evil RED" in out


def test_control_characters_in_a_file_name_inside_a_folder(invoke, tmp_path):
    (tmp_path / "event").mkdir()
    (tmp_path / "event" / EVIL).write_text(ARTICLE, "utf-8")
    result = invoke("list", str(tmp_path / "event"), "-f", "json")
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout)
    assert not any(c in row["id"] + row["source"] for c in "\n\t\x1b\u202e"), row


# --- two processes, one file -------------------------------------------------------------


def test_two_reports_at_once_leave_one_complete_page(tmp_path, seeds_page):
    out = tmp_path / "same.html"
    procs = [
        subprocess.Popen(
            [str(NATOCMP), "report", "000", "001", "-o", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    assert out.read_text("utf-8") == seeds_page
    assert [p.name for p in tmp_path.iterdir()] == ["same.html"], "no temporary file left"


# --- --debug ---------------------------------------------------------------------------------


def test_debug_shows_the_traceback_of_output_errors(tmp_path):
    ro = tmp_path / "ro.html"
    ro.write_text("keep", "utf-8")
    ro.chmod(0o444)
    result = run_cli("report", "000", "001", "-o", str(ro), "--debug")
    assert result.returncode != 0
    assert b"Traceback" in result.stderr and b"OutputError" in result.stderr
    with open("/dev/full", "wb") as full:
        result = run_cli("list", "--debug", stdout=full)
    assert result.returncode != 0
    assert b"Traceback" in result.stderr and b"No space left" in result.stderr


def test_aligning_two_very_long_articles_scores_a_linear_number_of_pairs(monkeypatch) -> None:
    """Past ALL_PAIRS_LIMIT the candidates come from an index of shared terms: the pairs
    scored grow with the sentences, not with their product (word soup, the worst case: every
    sentence shares terms with every other)."""
    import random

    from natocmp import align
    from natocmp.models import Sentence

    calls = {"n": 0}
    real = align.score_profiles

    def counting(*args, **kwargs):
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(align, "score_profiles", counting)
    rnd = random.Random(3)
    vocab = [f"terme{i}" for i in range(400)]

    def soup(n: int) -> list[Sentence]:
        out = []
        for k in range(n):
            text = " ".join(rnd.choice(vocab) for _ in range(12)).capitalize() + "."
            out.append(
                Sentence(index=k, text=text, kind="sentence", start=0, end=len(text), paragraph=k)
            )
        return out

    scored = []
    for n in (600, 1200):
        calls["n"] = 0
        align.align_sentences(soup(n), soup(n))
        scored.append(calls["n"])
    assert scored[0] > 0
    assert scored[1] <= 2.5 * scored[0], scored
    assert scored[1] <= 2 * align.MAX_CANDIDATES * 1200
