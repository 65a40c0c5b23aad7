"""Compiled regular expressions kept between runs of the command line (start-up time).

natocmp's modules compile about 300 patterns (cleaning rules, speech cues, lexicons turned
into alternations). Python's ``re`` parses and compiles each one in pure Python, 50–60 ms
of every ``natocmp diff``, and keeps the result for the process only. Like the bytecode
cache Python keeps for modules, this keeps the compiled form (the ``_sre`` code words
``re._compiler.compile`` produces) in one file under the user cache dir, so the next run
rebuilds each ``Pattern`` in microseconds.

Correct by construction: the file is named by the interpreter, its exact version and the
regex engine's version (``_sre.MAGIC``, ``CODESIZE``), an entry is keyed by the pattern's
text and flags, and an entry holds what that compiler produced for that input; ``_sre``
checks the code words it is given. Only ``str`` patterns without ``re.LOCALE``/``re.DEBUG``
are kept. A cached pattern compares equal (``==``: text, flags, code) to a fresh one
(tests/test_recache.py).

Installed only by the console script (``natocmp._entry``), never when natocmp is imported
as a library. Anything unexpected (an unreadable or foreign file, another engine) falls
back to Python's compiler; a failed write is ignored. ``NATOCMP_NO_REGEX_CACHE=1`` turns it
off. The file is written at exit, atomically (a temporary file renamed over it), only when
the run compiled a pattern the file lacked; it keeps at most ``MAX_ENTRIES`` patterns
(beyond that, the ones this run used, cut to the cap). natocmp builds no pattern from
article text or from what the user types (names are matched by string search), so the
file holds the package's own patterns only (tests/test_recache.py checks a run's).
"""

from __future__ import annotations

import _sre
import os
import sys
from array import array

ENV_OFF = "NATOCMP_NO_REGEX_CACHE"
MAX_ENTRIES = 1000  # every command on the seeds compiles ~350 in all; HTML pages add ~170
_FORMAT = 1  # of the file's content; part of its name

_table: dict[tuple[str, int], tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]]
_table = {}
_used: set[tuple[str, int]] = set()
_new = 0
_path = ""


def cache_path() -> str:
    """``$XDG_CACHE_HOME/natocmp/regex-<build>.marshal`` (else under ``~/.cache``).

    The name says the interpreter, its exact version and the regex engine's: a file is
    only ever read by the compiler that wrote it.
    """
    build = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = base if base and os.path.isabs(base) else os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(root, "natocmp", f"regex-{build}-{_FORMAT}.marshal")


def install() -> None:
    """Route ``re``'s compiler through the cache for this process (the CLI's only)."""
    global _path, _table
    if os.environ.get(ENV_OFF, "").strip() not in ("", "0"):
        return
    try:
        import marshal
        import re._compiler as compiler

        if array("I").itemsize != _sre.CODESIZE or getattr(compiler, "_natocmp", False):
            return
        _path = cache_path()
        try:
            with open(_path, "rb") as f:
                loaded = marshal.load(f)
            if isinstance(loaded, dict):
                _table = loaded
        except (OSError, EOFError, ValueError, TypeError):
            _table = {}
    except Exception:  # another engine or layout: Python's compiler, as without the cache
        return
    original = compiler.compile
    from re import DEBUG, LOCALE

    skip = int(DEBUG) | int(LOCALE)

    def compile(p: object, flags: int = 0) -> object:
        if type(p) is not str or type(flags) is not int or flags & skip:
            return original(p, flags)
        try:
            return _compile(p, flags, compiler)
        except Exception:  # an unusable entry, or a pattern `re` itself rejects
            global _new
            if _table.pop((p, flags), None) is not None:
                _new += 1  # rewrite the file without it; the next run compiles it afresh
            return original(p, flags)

    compile._natocmp = True  # type: ignore[attr-defined]
    compiler.compile = compile
    compiler._natocmp = True  # type: ignore[attr-defined]
    import atexit

    atexit.register(save)


def _compile(pattern: str, flags: int, compiler: object) -> object:
    key = (pattern, flags)
    hit = _table.get(key)
    if hit is None:
        global _new
        parsed = compiler._parser.parse(pattern, flags)  # type: ignore[attr-defined]
        code = compiler._code(parsed, flags)  # type: ignore[attr-defined]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        hit = (
            int(flags | parsed.state.flags),
            array("I", code).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        _table[key] = hit
        _new += 1
    _used.add(key)
    final_flags, words, groups, groupindex, indexgroup = hit
    code_words = array("I")
    code_words.frombytes(words)
    return _sre.compile(pattern, final_flags, code_words.tolist(), groups, groupindex, indexgroup)


def save() -> None:
    """Write the table when this run compiled something new (at exit); errors ignored."""
    global _new
    if not _new or not _path:
        return
    import marshal
    import tempfile

    table = _table
    if len(table) > MAX_ENTRIES:
        table = {k: v for k, v in table.items() if k in _used}
    if len(table) > MAX_ENTRIES:  # never more than the cap: the first compiled first
        table = dict(list(table.items())[:MAX_ENTRIES])
    try:
        folder = os.path.dirname(_path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(table, f)
            os.replace(tmp, _path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass
    _new = 0
