"""A persistent cache of sentence vectors, keyed by model and text.

One SQLite file (``$XDG_CACHE_HOME/natocmp/embeddings.sqlite3``, else
``~/.cache/natocmp/…``) in WAL mode. SQLite makes it safe for what a command line meets:

- two natocmp processes at once: each write is one transaction; a writer waits for the
  other (``busy_timeout``) instead of failing, and ``INSERT OR IGNORE`` makes two writes of
  the same vector harmless;
- a process killed mid-write: an uncommitted transaction is rolled back when the file is
  next opened, so a reader sees each chunk entirely or not at all.

A row whose vector has the wrong length (another model under the same key, a damaged
file) is ignored and embedded again. The text is stored as its SHA-256, not in clear.
It does not embed (``natocmp.embed`` does) and it is never required: ``--no-cache``.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from array import array
from collections.abc import Mapping, Sequence
from pathlib import Path

from natocmp.errors import InputError

Vector = tuple[float, ...]
FILENAME = "embeddings.sqlite3"
# 30 s: a second process waits this long for the other's chunk (one chunk of 16 vectors
# commits in milliseconds; this only matters on a stalled disk).
BUSY_MS = 30_000
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS vectors ("
    " model TEXT NOT NULL, text_sha BLOB NOT NULL, vector BLOB NOT NULL,"
    " PRIMARY KEY (model, text_sha)) WITHOUT ROWID"
)


def default_path() -> Path:
    """``$XDG_CACHE_HOME/natocmp/embeddings.sqlite3``, else under ``~/.cache``.

    >>> os.environ["XDG_CACHE_HOME"] = "/tmp/x"; str(default_path())
    '/tmp/x/natocmp/embeddings.sqlite3'
    >>> del os.environ["XDG_CACHE_HOME"]
    """
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "natocmp" / FILENAME


def _settle(db: sqlite3.Connection) -> None:
    """WAL mode and the schema. Two processes creating the file at once can see "database is
    locked" here without SQLite's busy handler being asked (switching the journal mode of a
    new file), so this step retries for as long as a write may wait."""
    import time

    deadline = time.monotonic() + BUSY_MS / 1000
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never torn
            db.execute(_SCHEMA)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class EmbeddingCache:
    """Vectors by (model key, text). Open lazily; every method may raise ``InputError``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None)
            db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
            _settle(db)
        except (OSError, sqlite3.Error) as exc:
            raise InputError(
                f"cannot use the embedding cache {self.path}: {exc}",
                hint="run with --no-cache, set XDG_CACHE_HOME to a writable folder, "
                "or delete the file",
            ) from None
        self._db = db
        return db

    def get_many(self, model: str, texts: Sequence[str], dimension: int) -> dict[str, Vector]:
        """The cached vectors of ``texts`` (those found), with ``dimension`` floats each."""
        db = self._connect()
        by_sha = {_sha(t): t for t in texts}
        out: dict[str, Vector] = {}
        shas = list(by_sha)
        try:
            for start in range(0, len(shas), 500):  # SQLite's bound-parameter limit
                part = shas[start : start + 500]
                marks = ",".join("?" * len(part))
                where = f"model = ? AND text_sha IN ({marks})"  # placeholders only
                sql = f"SELECT text_sha, vector FROM vectors WHERE {where}"
                rows = db.execute(sql, (model, *part)).fetchall()
                for sha, blob in rows:
                    if len(blob) != 4 * dimension:
                        continue  # not this model's shape: embed it again
                    out[by_sha[bytes(sha)]] = tuple(array("f", bytes(blob)))
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return out

    def put_many(self, model: str, vectors: Mapping[str, Vector]) -> None:
        """Store vectors in one transaction: all of them are written, or none."""
        db = self._connect()
        rows = [(model, _sha(t), array("f", v).tobytes()) for t, v in vectors.items()]
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.executemany("INSERT OR IGNORE INTO vectors VALUES (?, ?, ?)", rows)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def count(self, model: str | None = None) -> int:
        db = self._connect()
        if model is None:
            return int(db.execute("SELECT count(*) FROM vectors").fetchone()[0])
        sql = "SELECT count(*) FROM vectors WHERE model = ?"
        return int(db.execute(sql, (model,)).fetchone()[0])

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _error(self, exc: sqlite3.Error) -> InputError:
        return InputError(
            f"the embedding cache {self.path} failed: {exc}",
            hint="run with --no-cache, or delete the file to start a new cache",
        )


def _sha(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
