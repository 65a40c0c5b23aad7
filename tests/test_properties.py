"""Properties over the loader, the segmenter and the aligner, on generated input (hypothesis).

No crash on any Unicode or any bytes (only our own InputError); sentence spans in bounds,
in order, non-overlapping and equal to the text they cover; diff B A mirrors diff A B;
the same input gives byte-identical output, even across processes with different hash
seeds. Example counts are kept small: the suite runs on two shared cores.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _cli_table import args_with, registered_commands
from natocmp.errors import InputError

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words that make French-looking news sentences, so generated articles do align.
WORDS = (
    "l’OTAN la Russie Moscou Bruxelles mercredi jeudi le dialogue les missiles l’Ukraine "
    "a déclaré selon Stoltenberg Lavrov sécurité armements contrôle troupes frontière "
    "réunion conseil ministre propose rejette 100 000 soldats « pas » possible éventuelle "
    "ne jamais accord Europe alliance"
).split()
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=14).map(
    lambda ws: " ".join(ws)[0].upper() + " ".join(ws)[1:] + "."
)
article_text = st.lists(sentence, min_size=1, max_size=6).map(" ".join)
any_text = st.text(
    st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=400
) | article_text


def _load(text: str):
    from natocmp.corpus import load_articles

    return load_articles(["-"], stdin=io.BytesIO(text.encode("utf-8")))


@FAST
@given(st.binary(max_size=600))
def test_decode_any_bytes(data):
    from natocmp.corpus import decode

    try:
        text, encoding, _ = decode(data, "x.txt")
    except InputError:
        return
    assert encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1252")
    assert not any(ch in text for ch in "\x1b\x07\x00\r\x9b")


@FAST
@given(any_text)
def test_loader_never_crashes_and_spans_are_sound(text):
    try:
        (article,) = _load(text)
    except InputError:
        return
    previous_end = 0
    for i, s in enumerate(article.sentences):
        assert s.index == i
        assert 0 <= previous_end <= s.start < s.end <= len(article.text)
        assert article.text[s.start : s.end] == s.text
        previous_end = s.end
    assert "\x1b" not in article.text


@FAST
@given(any_text)
def test_segmenter_spans_in_bounds_and_disjoint(text):
    from natocmp.segment import split_sentences

    spans = [(s.start, s.end) for s in split_sentences(text)]
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False))


def _shared(draw_a: list[str], draw_b: list[str], shared: list[str]) -> tuple[str, str]:
    # B repeats some of A's sentences among its own, so pairs are found.
    return " ".join(draw_a + shared), " ".join(shared[::-1] + draw_b)


@SLOW
@given(st.lists(sentence, min_size=1, max_size=8, unique=True), st.data())
def test_diff_is_symmetric(sentences, data):
    """No sentence repeated inside an article (the repeated case is a known bug, below)."""
    from natocmp.diff import diff_articles

    n = len(sentences)
    cut_a = data.draw(st.integers(0, n), label="only_a")
    cut_b = data.draw(st.integers(cut_a, n), label="shared end")
    text_a, text_b = _shared(sentences[:cut_a], sentences[cut_b:], sentences[cut_a:cut_b])
    try:
        (a,) = _load(text_a)
        (b,) = _load(text_b)
    except InputError:
        return
    ab, ba = diff_articles(a, b), diff_articles(b, a)

    def pairs(result, swap):
        out = []
        for p in result.pairs:
            ai, bi = (p.b_indices, p.a_indices) if swap else (p.a_indices, p.b_indices)
            diffs = sorted((d.kind, d.b, d.a) if swap else (d.kind, d.a, d.b)
                           for d in p.differences)
            out.append((tuple(ai), tuple(bi), p.label, round(p.score, 6), diffs))
        return sorted(out)

    assert pairs(ab, False) == pairs(ba, True)
    assert [s.index for s in ab.only_a] == [s.index for s in ba.only_b]
    assert [s.index for s in ab.only_b] == [s.index for s in ba.only_a]


@SLOW
@given(article_text, article_text)
def test_same_input_same_bytes(text_a, text_b):
    from natocmp.diff import diff_articles
    from natocmp.render.diff import diff_output
    from natocmp.render.writers import write

    (a,) = _load(text_a)
    (b,) = _load(text_b)
    first = write(diff_output(diff_articles(a, b)), "json")
    (a2,) = _load(text_a)
    (b2,) = _load(text_b)
    assert write(diff_output(diff_articles(a2, b2)), "json") == first


def test_diff_is_symmetric_with_repeated_sentences():
    from natocmp.diff import diff_articles

    text = "L’OTAN l’OTAN l’OTAN l’OTAN l’OTAN l’OTAN l’OTAN. " * 2
    (a,) = _load(text)
    (b,) = _load(text)
    ab, ba = diff_articles(a, b), diff_articles(b, a)
    assert sorted((p.a_indices, p.b_indices) for p in ab.pairs) == sorted(
        (p.b_indices, p.a_indices) for p in ba.pairs
    )


def test_diff_of_an_article_with_itself_agrees_everywhere():
    from natocmp.corpus import load_articles
    from natocmp.diff import diff_articles

    for article in load_articles(["000", "001", "004"]):
        result = diff_articles(article, article)
        assert all(p.a_indices == p.b_indices and p.label == "agree" for p in result.pairs)
        assert not result.only_a and not result.only_b


@pytest.mark.parametrize("command", registered_commands())
def test_output_identical_across_hash_seeds(command):
    """Set and dict order must not leak into output: two processes, two PYTHONHASHSEEDs."""
    natocmp = Path(sys.executable).parent / "natocmp"
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
        proc = subprocess.run([str(natocmp), *args_with(command), "-f", "json"],
                              capture_output=True, env=env, timeout=60)
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
