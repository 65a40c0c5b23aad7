"""Find the files a folder or a glob names: recursively, each real file once, in sorted order.

A folder is read at every depth; a glob's ``**`` matches any number of folders. Symbolic
links are followed, but a folder already visited (same device and inode) is not entered again
at the same point of the pattern, so a link loop (``loop/self -> .``) is walked once and a glob
through it ends quickly (``glob.glob(recursive=True)`` follows such a loop until the path is
too long: minutes and hundreds of MB for two self-links). A file reached by two links is listed
once, under the first path in sorted order. Hidden entries (``.git``, ``.DS_Store``) are
skipped, as ``glob`` skips them unless the pattern itself starts with a dot. So is the folder
a browser writes beside a saved page (``Name_files/`` next to ``Name.html``: scripts, images
and saved iframes, not articles) when a folder is read or a ``**`` descends.

Each file comes with an id: its path relative to the folder given (or to the glob's fixed
leading folders), without suffix, parts joined by ``/`` (``event/outlet_fr``), so files of the
same name in two subfolders stay apart and readable.

This module only finds files: which suffixes are articles, and reading them, is corpus.py's.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from fnmatch import fnmatchcase
from pathlib import Path

from natocmp.errors import InputError

_MAGIC = re.compile(r"[*?[]")
_PAGE_SUFFIXES = (".html", ".htm")


def has_magic(pattern: str) -> bool:
    """Whether a source is a glob pattern.

    >>> has_magic("loop/**/*.txt"), has_magic("event/a.txt")
    (True, False)
    """
    return _MAGIC.search(pattern) is not None


def walk_folder(root: Path, *, accept: Callable[[str], bool]) -> list[tuple[Path, str]]:
    """Every file under ``root`` at any depth whose name ``accept`` takes, with its id.

    Hidden files and folders are skipped. Returns ``(path, id)`` pairs in sorted order.

    Raises:
        InputError: a folder cannot be listed (permission denied).
    """
    return _expand(root, ["**", "*"], accept=accept, hidden=False)


def glob_files(pattern: str, *, accept: Callable[[str], bool]) -> list[tuple[Path, str]]:
    """The files a glob pattern matches (``*``, ``?``, ``[...]``, ``**`` for any depth).

    Ids are relative to the pattern's fixed leading folders: ``news/**/*.txt`` gives
    ``fr/a`` for ``news/fr/a.txt``. Returns ``(path, id)`` pairs in sorted order.
    """
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) - 1 and not has_magic(parts[fixed]):
        fixed += 1
    base = Path(*parts[:fixed]) if fixed else Path(".")
    pats = list(parts[fixed:])
    # "a/**/**/b" is "a/**/b": fewer states to walk, the same matches.
    pats = [p for i, p in enumerate(pats) if not (p == "**" and i and pats[i - 1] == "**")]
    if not base.is_dir():
        return []
    return _expand(base, pats, accept=accept, hidden=None)


def _expand(
    base: Path, pats: list[str], *, accept: Callable[[str], bool], hidden: bool | None
) -> list[tuple[Path, str]]:
    """Match ``pats`` (path segments, ``**`` among them) under ``base``.

    ``hidden``: False never matches a dot-name; None matches one only where the segment's
    pattern starts with a dot (glob's rule).
    """
    found: list[tuple[tuple[str, ...], Path]] = []
    # (device, inode, pattern position): each folder is walked once per point of the
    # pattern, so the work is bounded by folders x pattern length, loops or not.
    seen: set[tuple[int, int, int]] = set()
    stack: list[tuple[Path, tuple[str, ...], int]] = [(base, (), 0)]
    while stack:
        folder, rel, i = stack.pop()
        try:
            st = folder.stat()
        except OSError:
            continue
        key = (st.st_dev, st.st_ino, i)
        if key in seen:
            continue
        seen.add(key)
        pat = pats[i]
        if pat == "**":
            if i + 1 < len(pats):
                stack.append((folder, rel, i + 1))  # ** matching no folder
            nxt = i  # ** matching one more folder: stay on it
        else:
            nxt = i + 1
        last = nxt == len(pats)
        subfolders: list[tuple[Path, tuple[str, ...], int]] = []
        entries = list(_entries(folder))
        pages = {n.rsplit(".", 1)[0] for n, *_ in entries if n.lower().endswith(_PAGE_SUFFIXES)}
        for name, path, is_dir, is_file in entries:
            if name.startswith(".") and not (hidden is None and pat.startswith(".")):
                continue
            if pat != "**" and not fnmatchcase(name, pat):
                continue
            if pat == "**":
                if is_dir and name.endswith("_files") and name[: -len("_files")] in pages:
                    continue  # a saved page's resources
                if is_dir:
                    subfolders.append((path, (*rel, name), nxt))
                elif is_file and i + 1 == len(pats) and accept(name):
                    found.append(((*rel, name), path))  # a trailing ** matches files too
            elif last:
                if is_file and accept(name):
                    found.append(((*rel, name), path))
            elif is_dir:
                subfolders.append((path, (*rel, name), nxt))
        # Popped in sorted order; at each level real folders before links, so a folder
        # reached both ways is walked under its own name.
        subfolders.sort(key=lambda s: (s[0].is_symlink(), s[1]))
        stack.extend(reversed(subfolders))
    found.sort()
    out: list[tuple[Path, str]] = []
    files_seen: set[tuple[int, int]] = set()
    for rel, path in found:
        try:
            st = path.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in files_seen:
            continue
        files_seen.add((st.st_dev, st.st_ino))
        out.append((path, _file_id(rel)))
    return out


def _entries(folder: Path) -> Iterator[tuple[str, Path, bool, bool]]:
    """A folder's entries in name order: (name, path, is a folder, is a file), links followed."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except PermissionError as exc:
        raise InputError(
            f"cannot read folder {folder}: permission denied", hint="check its permissions"
        ) from exc
    except OSError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError:
            continue
        yield entry.name, folder / entry.name, is_dir, is_file


def _file_id(rel: tuple[str, ...]) -> str:
    """The id of a file from its path parts below the base.

    >>> _file_id(("event", "outlet_fr.txt")), _file_id(("a.txt",)), _file_id(("notes",))
    ('event/outlet_fr', 'a', 'notes')
    """
    *folders, name = rel
    stem = Path(name).stem or name
    return "/".join([*folders, stem])
