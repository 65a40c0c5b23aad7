"""The console script's cache of compiled regular expressions (``natocmp._recache``)."""

from __future__ import annotations

import _sre
import marshal
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

ENTRY = [sys.executable, "-c", "import sys; from natocmp._entry import main; main()"]


def _run(args: list[str], cache: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    full = {**os.environ, "XDG_CACHE_HOME": str(cache), "NO_COLOR": "1", "COLUMNS": "100"}
    full.pop("NATOCMP_NO_REGEX_CACHE", None)
    full.update(env)
    return subprocess.run([*ENTRY, *args], capture_output=True, env=full, check=False)


def _cache_file(cache: Path) -> Path:
    files = list((cache / "natocmp").glob("regex-*.marshal"))
    assert len(files) == 1, files
    return files[0]


def test_cached_patterns_equal_freshly_compiled_ones(tmp_path: Path) -> None:
    first = _run(["diff", "000", "001", "-f", "json"], tmp_path)
    assert first.returncode == 0, first.stderr
    table = marshal.loads(_cache_file(tmp_path).read_bytes())
    assert len(table) > 100  # the cleaning rules, cues, lexicons of one diff
    for (pattern, flags), (final, words, groups, groupindex, indexgroup) in table.items():
        code = array("I")
        code.frombytes(words)
        rebuilt = _sre.compile(pattern, final, code.tolist(), groups, groupindex, indexgroup)
        # Pattern equality compares the text, the flags and the compiled code words.
        assert rebuilt == re._compiler.compile(pattern, flags), pattern[:80]


def test_same_bytes_cold_warm_and_without_the_cache(tmp_path: Path) -> None:
    args = ["diff", "000", "001", "-f", "json"]
    cold = _run(args, tmp_path)
    warm = _run(args, tmp_path)
    off = _run(args, tmp_path / "unused", NATOCMP_NO_REGEX_CACHE="1")
    assert cold.returncode == warm.returncode == off.returncode == 0
    assert cold.stdout == warm.stdout == off.stdout
    assert len(cold.stdout) > 10_000
    assert not (tmp_path / "unused").exists()  # off: nothing read or written


def test_pattern_texts_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # A pattern joined from a set in hash order is a new text in every process: it would be
    # compiled (and the file rewritten) on every run. A second run under another seed must
    # find every pattern it compiles already in the file.
    for command in (["diff", "000", "001"], ["timeline"], ["framing"]):
        assert _run(command, tmp_path, PYTHONHASHSEED="1").returncode == 0
    before = _cache_file(tmp_path).read_bytes()
    for command in (["diff", "000", "001"], ["timeline"], ["framing"]):
        assert _run(command, tmp_path, PYTHONHASHSEED="2").returncode == 0
    after = marshal.loads(_cache_file(tmp_path).read_bytes())
    new = set(after) - set(marshal.loads(before))
    assert not new, sorted(p[:60] for p, _ in new)


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    good = _run(["list", "-f", "json"], tmp_path)
    path = _cache_file(tmp_path)
    path.write_bytes(b"\x00not marshal at all")
    again = _run(["list", "-f", "json"], tmp_path)
    assert again.returncode == 0 and again.stderr == b""
    assert again.stdout == good.stdout
    assert isinstance(marshal.loads(path.read_bytes()), dict)


def test_an_unwritable_cache_folder_changes_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")  # XDG_CACHE_HOME/natocmp cannot be created under a file
    out = _run(["list", "-f", "json"], blocked)
    assert out.returncode == 0 and out.stderr == b""


def test_the_library_leaves_re_alone() -> None:
    code = (
        "import re._compiler as c\nimport natocmp.app, natocmp.corpus, natocmp.diff\n"
        "print(getattr(c.compile, '_natocmp', False))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_a_foreign_entry_falls_back_to_python_and_is_dropped(tmp_path: Path) -> None:
    good = _run(["list", "-f", "json"], tmp_path)
    path = _cache_file(tmp_path)
    table = marshal.loads(path.read_bytes())
    key = next(iter(table))
    table[key] = (0, b"\x00\x01", 0, {}, ())  # code words _sre rejects
    path.write_bytes(marshal.dumps(table))
    again = _run(["list", "-f", "json"], tmp_path)
    assert again.returncode == 0 and again.stderr == b""
    assert again.stdout == good.stdout
    assert key not in marshal.loads(path.read_bytes())


def test_no_name_from_the_articles_or_the_command_line_is_kept(tmp_path: Path) -> None:
    # People's names (the aligner's person terms) and the --speaker query were matched with
    # patterns built from them, which the cache then kept on disk: a user's reading list
    # in the cache folder. Names are matched by string search now.
    article = tmp_path / "quarantapoulos_fr.txt"
    article.write_text(
        "Le ministre Zénon Quarantapoulos a parlé mardi à Valmont.\n\n"
        "Quarantapoulos a déclaré que le pont rouvrirait lundi.\n",
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    for args in (["diff", str(article), "000"], ["claims", str(article), "--speaker", "Zénon"]):
        assert _run(args, cache).returncode == 0
    table = marshal.loads(_cache_file(cache).read_bytes())
    leaked = [p for p, _ in table if re.search("quarantapoulos|zenon|zénon", p, re.I)]
    assert leaked == []
