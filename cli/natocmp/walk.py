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
from collections.abc import Callable
from fnmatch import fnmatchcase
from pathlib import Path

from natocmp.errors import InputError

_MAGIC = re.compile(r"[*?[]")
_PAGES = (".html", ".htm")


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
    found: list[tuple[tuple[str, ...], str, tuple[int, int]]] = []
    # (device, inode, pattern position): each folder is walked once per point of the
    # pattern, so the work is bounded by folders x pattern length, loops or not.
    seen: set[tuple[int, int, int]] = set()
    stack: list[tuple[str, tuple[str, ...], int]] = [(str(base), (), 0)]
    while stack:
        folder, rel, i = stack.pop()
        try:
            st = os.stat(folder)
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
        files = pat != "**" and last or pat == "**" and i + 1 == len(pats)
        subfolders: list[tuple[bool, tuple[str, ...], str]] = []
        entries = _entries(folder)
        pages = {e.name.rsplit(".", 1)[0] for e in entries if e.name.lower().endswith(_PAGES)}
        for entry in entries:
            name = entry.name
            if name[0] == "." and not (hidden is None and pat[0] == "."):
                continue
            if pat not in ("*", "**") and not fnmatchcase(name, pat):
                continue
            try:
                is_dir = entry.is_dir()
                if not is_dir and files and entry.is_file() and accept(name):
                    # A link's target is stat-ed; any other entry's inode is already known.
                    fst = entry.stat() if entry.is_symlink() else None
                    ino = (fst.st_dev, fst.st_ino) if fst else (st.st_dev, entry.inode())
                    found.append(((*rel, name), entry.path, ino))
                elif is_dir and not last:
                    if pat == "**" and name.endswith("_files") and name[:-6] in pages:
                        continue  # a saved page's resources
                    subfolders.append((entry.is_symlink(), (*rel, name), entry.path))
            except OSError:
                continue  # a broken link, or an entry gone meanwhile
        # Popped in sorted order; at each level real folders before links, so a folder
        # reached both ways is walked under its own name.
        subfolders.sort()
        stack.extend((path, sub, nxt) for _, sub, path in reversed(subfolders))
    found.sort()
    out: list[tuple[Path, str]] = []
    files_seen: set[tuple[int, int]] = set()
    for parts, path, ino in found:
        if ino not in files_seen:
            files_seen.add(ino)
            out.append((Path(path), _file_id(parts)))
    return out


def _entries(folder: str) -> list[os.DirEntry[str]]:
    """A folder's entries in name order; none if it vanished or is not a folder."""
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except PermissionError as exc:
        raise InputError(
            f"cannot read folder {folder}: permission denied", hint="check its permissions"
        ) from exc
    except OSError:
        return []


def _file_id(rel: tuple[str, ...]) -> str:
    """The id of a file from its path parts below the base.

    >>> _file_id(("event", "outlet_fr.txt")), _file_id(("a.txt",)), _file_id(("notes",))
    ('event/outlet_fr', 'a', 'notes')
    """
    *folders, name = rel
    stem = os.path.splitext(name)[0] or name
    return "/".join([*folders, stem])
