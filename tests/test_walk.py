"""Folders read recursively and globs through links: each real file once, quickly, in order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from natocmp.corpus import load_articles
from natocmp.errors import InputError, SourceError
from natocmp.walk import glob_files, walk_folder

HTML = Path(__file__).parent / "fixtures" / "html"


def _write(path: Path, text: str = "NATO offered talks on Wednesday. Russia said no.") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _ids(*sources: str | Path) -> list[str]:
    return [a.id for a in load_articles([str(s) for s in sources])]


def _any(name: str) -> bool:
    return name.endswith(".txt")


def test_folders_are_read_at_every_depth_with_ids_relative_to_the_folder(tmp_path: Path) -> None:
    _write(tmp_path / "top.txt")
    _write(tmp_path / "event-b" / "outlet_en.txt")
    _write(tmp_path / "event-a" / "outlet_fr.txt")
    _write(tmp_path / "event-a" / "deeper" / "wire_fr.md")
    assert _ids(tmp_path) == [
        "event-a/deeper/wire_fr",
        "event-a/outlet_fr",
        "event-b/outlet_en",
        "top",
    ]
    # The folder given is the root of the ids: one level down, the same files read shorter.
    assert _ids(tmp_path / "event-a") == ["deeper/wire_fr", "outlet_fr"]


def test_same_name_in_two_subfolders_stays_apart(tmp_path: Path) -> None:
    _write(tmp_path / "x" / "a.txt")
    _write(tmp_path / "y" / "a.txt")
    assert _ids(tmp_path) == ["x/a", "y/a"]


def test_hidden_entries_and_notes_are_skipped_at_every_depth(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt")
    _write(tmp_path / ".git" / "story.txt")
    _write(tmp_path / "ev" / ".cache" / "story.txt")
    _write(tmp_path / "ev" / ".draft.txt")
    for name in ("README.md", "LICENSE.txt", "CHANGELOG.md", "COPYING.txt", "readme.fr.md"):
        _write(tmp_path / "ev" / name, "# Notes\n\nThis folder holds articles.")
    _write(tmp_path / "ev" / "license-plates_en.txt")  # an article whose name starts so
    assert _ids(tmp_path) == ["a", "ev/license-plates_en"]


def test_a_folder_named_on_the_command_line_is_read_even_if_hidden(tmp_path: Path) -> None:
    _write(tmp_path / ".stash" / "a.txt")
    assert _ids(tmp_path / ".stash") == ["a"]


def test_folder_without_articles_at_any_depth_is_one_clear_error(tmp_path: Path) -> None:
    _write(tmp_path / "sub" / "README.md")
    (tmp_path / "sub" / "deeper").mkdir()
    (tmp_path / "sub" / "deeper" / "scan.pdf").write_bytes(b"%PDF-1.4")
    _write(tmp_path / ".hidden" / "a.txt")
    with pytest.raises(SourceError) as err:
        load_articles([str(tmp_path)])
    message = err.value.message
    assert "\n" not in message
    assert str(tmp_path) in message and "subfolders" in message
    assert ".txt" in (err.value.hint or "") and ".html" in (err.value.hint or "")


def test_symlink_loops_in_a_folder_are_walked_once(tmp_path: Path) -> None:
    _write(tmp_path / "ev" / "a.txt")
    os.symlink(".", tmp_path / "ev" / "self")
    os.symlink("..", tmp_path / "ev" / "up")
    os.symlink(tmp_path, tmp_path / "ev" / "root")
    assert _ids(tmp_path) == ["ev/a"]


def test_a_file_reached_by_two_links_is_read_once(tmp_path: Path) -> None:
    _write(tmp_path / "real" / "a.txt")
    os.symlink(tmp_path / "real", tmp_path / "alias")  # sorts before "real"
    os.symlink(tmp_path / "real" / "a.txt", tmp_path / "real" / "b.txt")
    # A folder reached as itself and through a link is walked under its own name.
    assert _ids(tmp_path) == ["real/a"]


def test_a_link_to_a_folder_outside_is_followed(tmp_path: Path) -> None:
    _write(tmp_path / "elsewhere" / "a.txt")
    (tmp_path / "corpus").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "corpus" / "linked")
    assert _ids(tmp_path / "corpus") == ["linked/a"]


def test_a_saved_pages_resource_folder_is_skipped(tmp_path: Path) -> None:
    """Browsers save Name.html with Name_files/ (scripts, saved iframes): not articles."""
    page = (HTML / "en_daily.html").read_bytes()
    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story.html").write_bytes(page)
    (tmp_path / "Story_files" / "saved_resource.html").write_bytes(b"<html><body></body></html>")
    _write(tmp_path / "notes_files" / "kept.txt")  # no notes.html beside it: an ordinary folder
    assert _ids(tmp_path) == ["Story", "notes_files/kept"]
    assert _ids(tmp_path / "**" / "*.html") == ["Story"]
    # Asked for by name, it is read (and this empty iframe page is an error).
    with pytest.raises(InputError, match="saved_resource.html"):
        load_articles([str(tmp_path / "Story_files" / "*.html")])


def test_broken_links_are_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "gone", tmp_path / "sub")
    assert _ids(tmp_path) == ["a"]


# --- globs -------------------------------------------------------------------------------


def test_glob_ids_are_relative_to_the_fixed_part_of_the_pattern(tmp_path: Path) -> None:
    _write(tmp_path / "news" / "a.txt")
    _write(tmp_path / "news" / "fr" / "b.txt")
    _write(tmp_path / "news" / "fr" / "c.md")
    assert _ids(tmp_path / "news" / "**" / "*.txt") == ["a", "fr/b"]
    assert _ids(tmp_path / "news" / "*" / "*.txt") == ["fr/b"]
    assert _ids(tmp_path / "news" / "**") == ["a", "fr/b", "fr/c"]
    assert _ids(tmp_path / "n*s" / "fr" / "?.txt") == ["news/fr/b"]


def test_glob_skips_hidden_names_unless_the_pattern_asks(tmp_path: Path) -> None:
    _write(tmp_path / ".old" / "a.txt")
    _write(tmp_path / "b.txt")
    assert [i for _, i in glob_files(str(tmp_path / "**" / "*.txt"), accept=_any)] == ["b"]
    assert [i for _, i in glob_files(str(tmp_path / ".*" / "*.txt"), accept=_any)] == [".old/a"]


def test_glob_matches_what_the_standard_glob_matches_without_links(tmp_path: Path) -> None:
    import glob

    for rel in ("a.txt", "x/b.txt", "x/y/c.txt", "x/y/z/d.txt", "w/e.txt", "w/f.md"):
        _write(tmp_path / rel)
    for pattern in ("**/*.txt", "*/*.txt", "x/**/*.txt", "**/y/*.txt", "*/**/*.txt", "**"):
        full = str(tmp_path / pattern)
        ours = sorted(str(p) for p, _ in glob_files(full, accept=_any))
        theirs = sorted(p for p in glob.glob(full, recursive=True) if p.endswith(".txt"))
        assert ours == theirs, pattern


_LIST = "import sys; from natocmp.app import main; sys.argv = ['natocmp', *sys.argv[1:]]; main()"


@pytest.mark.parametrize("links", [1, 2])
def test_glob_through_a_symlink_loop_lists_each_file_once_and_ends(
    tmp_path: Path, links: int
) -> None:
    """Issue 17: with two self-links glob.glob(recursive=True) ran until killed (294 MB at
    60 s); with one it listed one file 41 times. The timeout guards the hang, not speed."""
    _write(tmp_path / "loop" / "a.txt")
    _write(tmp_path / "loop" / "sub" / "b.txt")
    for name in ("self", "again")[:links]:
        os.symlink(".", tmp_path / "loop" / name)
    result = subprocess.run(
        [sys.executable, "-c", _LIST, "list", "-f", "json", "loop/**/*.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in json.loads(result.stdout)] == ["a", "sub/b"]


def test_walk_folder_through_a_loop_and_a_glob_agree(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt")
    _write(tmp_path / "s" / "b.txt")
    os.symlink("..", tmp_path / "s" / "up")
    walked = [i for _, i in walk_folder(tmp_path, accept=_any)]
    globbed = [i for _, i in glob_files(str(tmp_path / "**" / "*"), accept=_any)]
    assert walked == globbed == ["a", "s/b"]


# --- determinism ---------------------------------------------------------------------------


def test_order_and_mtimes_do_not_change_the_output(tmp_path: Path, invoke) -> None:
    """Two copies of one tree, written in opposite orders with opposite mtimes: same bytes."""
    files = {
        "ev1/outlet_fr.txt": "L'OTAN a proposé un dialogue mercredi. Moscou a refusé.",
        "ev1/outlet_en.txt": "NATO offered talks on Wednesday. Moscow refused.",
        "ev2/page_en.html": (HTML / "en_daily.html").read_text(encoding="utf-8"),
        "top.md": "# A heading\n\nA short article. It has two sentences.",
    }
    outputs = []
    for name, order in (("one", sorted(files)), ("two", sorted(files, reverse=True))):
        for n, rel in enumerate(order):
            path = tmp_path / name / rel
            _write(path, files[rel])
            os.utime(path, (1_600_000_000 + n * 1000, 1_600_000_000 + n * 1000))
        result = invoke("list", "-f", "json", str(tmp_path / name))
        assert result.exit_code == 0, result.stderr
        outputs.append(result.stdout.replace(str(tmp_path / name), "ROOT"))
    assert outputs[0] == outputs[1]
    assert [r["id"] for r in json.loads(outputs[0])] == [
        "ev1/outlet_en",
        "ev1/outlet_fr",
        "ev2/page_en",
        "top",
    ]


def test_realdev_folder_of_event_folders_lists_every_article(realdev: Path, invoke) -> None:
    expected = sorted(
        f"{p.parent.name}/{p.stem}" for p in realdev.glob("*/*.txt") if not p.name[0] == "."
    )
    result = invoke("list", "-f", "json", str(realdev))
    assert result.exit_code == 0, result.stderr
    ids = [r["id"] for r in json.loads(result.stdout)]
    assert ids == expected and len(ids) == len(set(ids)) >= 60
