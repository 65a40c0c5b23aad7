"""Bad input, for every command: a one-line error and a hint on stderr, nothing on stdout.

Each case names the problem it is about; the commands come from the Typer app, so a new
command is tested against every bad input as soon as it is registered. Hostile article text
(escape sequences, control characters, Rich markup) must come out inert in every command,
every format, with colour forced on.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from _cli_table import CASES, FORMATS, args_with, registered_commands
from natocmp.errors import ExitCode

COMMANDS = registered_commands()
SGR = re.compile(r"\x1b\[[0-9;]*m")  # our own colours, when asked for


def assert_clean_error(result, *, code: int, mentions: str) -> None:
    """Exit ``code``; stdout empty; stderr exactly `natocmp: error: …` + `hint: …`."""
    assert result.exit_code == code, result.stderr
    assert result.stdout == "", "never a partial output on stdout"
    lines = [x for x in result.stderr.splitlines() if not x.startswith("natocmp: warning:")]
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith("natocmp: error: "), lines[0]
    assert mentions in lines[0], (mentions, lines[0])
    assert lines[1].startswith("hint: ") and len(lines[1]) > len("hint: ")
    assert "Traceback" not in result.stderr


# --- files on disk, built per test ----------------------------------------------------------

ARTICLE = (
    "La Russie et l’OTAN se sont réunies mercredi à Bruxelles. Le secrétaire général a "
    "déclaré que le dialogue continuerait. Moscou a rejeté les propositions de l’alliance.\n"
)


def _bad_files(tmp: Path) -> dict[str, tuple[Path, int, str]]:
    """name → (path, exit code, what the message must mention)."""
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_bytes(b"  \n\t\n")
    (tmp / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    # Neither UTF-8 nor cp1252: 0x81 and 0x8d are unassigned in cp1252.
    (tmp / "undecodable.txt").write_bytes(b"Le pr\xe9sident \x81\x8d a dit non.\n")
    huge = tmp / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    (tmp / "debris.txt").write_text("Share Post:\nArticle précédent\nPartager\n", "utf-8")
    (tmp / "no_articles").mkdir()
    (tmp / "no_articles" / "photo.png").write_bytes(b"\x89PNG")
    (tmp / "empty_folder").mkdir()
    return {
        "empty": (tmp / "empty.txt", ExitCode.ERROR, "empty"),
        "blank": (tmp / "blank.txt", ExitCode.ERROR, "empty"),
        "binary": (tmp / "binary.txt", ExitCode.ERROR, "binary"),
        "undecodable": (tmp / "undecodable.txt", ExitCode.ERROR, "cannot decode"),
        "huge": (huge, ExitCode.ERROR, "too large"),
        "missing": (tmp / "missing.txt", ExitCode.USAGE, "not found"),
        "folder without articles": (tmp / "no_articles", ExitCode.USAGE, "no article files"),
        "empty folder": (tmp / "empty_folder", ExitCode.USAGE, "no article files"),
        "glob matching nothing": (tmp / "*.nothing", ExitCode.USAGE, "no article files match"),
    }


BAD_NAMES = [
    "empty", "blank", "binary", "undecodable", "huge", "missing",
    "folder without articles", "empty folder", "glob matching nothing",
]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("bad", BAD_NAMES)
def test_bad_file(invoke, tmp_path, command, bad):
    path, code, mentions = _bad_files(tmp_path)[bad]
    result = invoke(*args_with(command, str(path)), "-f", "json")
    assert_clean_error(result, code=code, mentions=mentions)
    if bad not in ("folder without articles", "empty folder", "glob matching nothing"):
        assert str(path) in result.stderr, "the message names the file"


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("source", "mentions"),
    [("nope", "no such seed or file"), ("00", "ambiguous"), ("9", "no such seed")],
)
def test_unknown_and_ambiguous_sources(invoke, command, source, mentions):
    result = invoke(*args_with(command, source))
    assert_clean_error(result, code=ExitCode.USAGE, mentions=mentions)


def test_huge_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    """The size check comes before any read: 100 MB is refused without touching the bytes."""
    from natocmp import corpus
    from natocmp.errors import InputError

    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)

    def no_reading(*_a, **_k):
        raise AssertionError("the loader read a file it should have refused by its size")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(InputError, match="too large"):
        corpus.load_articles([str(huge)])


def test_huge_stdin_is_refused(invoke):
    from natocmp.corpus import MAX_FILE_BYTES

    result = invoke("list", "-", input=b"a" * (MAX_FILE_BYTES + 1))
    assert_clean_error(result, code=ExitCode.ERROR, mentions="too large")


@pytest.mark.parametrize("command", COMMANDS)
def test_article_with_no_sentences(invoke, tmp_path, command):
    debris = tmp_path / "debris.txt"
    debris.write_text("Share Post:\nArticle précédent\nPartager\n", "utf-8")
    result = invoke(*args_with(command, str(debris)), "-f", "json")
    if command in ("list", "show"):
        # They describe articles rather than analyse them: a warning, and the (empty) article,
        # so `show FILE --dropped` can show what was removed.
        assert result.exit_code == 0
        assert "no sentences left after cleaning" in result.stderr
        assert result.stderr.count("\n") == 1, "one warning, not a language guess on nothing"
        json.loads(result.stdout)
    else:
        assert_clean_error(result, code=ExitCode.ERROR, mentions="no sentences")
        assert "--dropped" in result.stderr


@pytest.mark.parametrize("command", [c for c in COMMANDS if c in CASES and CASES[c].needs_two])
def test_one_article_where_two_are_needed(invoke, tmp_path, command):
    args = {"diff": ["diff", str(tmp_path / "pair.json"), "000"]}.get(command, [command, "000"])
    # diff takes exactly two sources: a source holding two articles is the same mistake.
    (tmp_path / "pair.json").write_text(
        json.dumps([{"text": ARTICLE}, {"text": ARTICLE.replace("mercredi", "jeudi")}]), "utf-8"
    )
    result = invoke(*args)
    assert_clean_error(result, code=ExitCode.USAGE, mentions="two")


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    "option",
    [
        ("--format", "xml"),
        ("--color", "purple"),
        ("--width", "10"),
        ("--width", "wide"),
        ("--no-such-option",),
    ],
)
def test_invalid_option_values(invoke, command, option):
    result = invoke(*args_with(command), *option)
    assert_clean_error(result, code=ExitCode.USAGE, mentions=option[0].lstrip("-").split("-")[0])
    assert f"natocmp {command} --help" in result.stderr


def test_missing_argument_and_unknown_command(invoke):
    assert_clean_error(invoke("diff", "000"), code=ExitCode.USAGE, mentions="Missing argument")
    assert_clean_error(invoke("frobnicate"), code=ExitCode.USAGE, mentions="No such command")


def test_debug_shows_the_traceback(runner):
    from natocmp.app import app
    from natocmp.errors import SourceError

    result = runner.invoke(app, ["show", "nope", "--debug"])
    assert isinstance(result.exception, SourceError)


def test_unhandled_language_warns_then_does_its_best(invoke, tmp_path):
    german = tmp_path / "de.txt"
    german.write_text(
        "Die NATO und Russland haben am Mittwoch in Brüssel verhandelt. Der Generalsekretär "
        "sagte, der Dialog werde fortgesetzt. Moskau wies die Vorschläge zurück.\n", "utf-8"
    )
    for command in COMMANDS:
        result = invoke(*args_with(command, str(german)), "-f", "json")
        assert result.exit_code == 0, (command, result.stderr)
        assert "natocmp: warning:" in result.stderr and "best effort" in result.stderr
        json.loads(result.stdout)


def test_error_messages_do_not_pass_escapes_to_the_terminal(invoke, tmp_path):
    name = tmp_path / "evil\x1b]8;;http://x\x07name.txt"
    result = invoke("show", str(name))
    assert result.exit_code == ExitCode.USAGE
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\\x1b" in result.stderr, "shown escaped, so the user sees the odd name"


# --- hostile article text -------------------------------------------------------------------

HOSTILE = (
    "[bold red]Boom[/] : le ministre Sergueï Lavrov a déclaré « [link=http://evil.test]nous "
    "refusons[/link] \x1b[31mtout\x1b[0m ».\n"
    "Le secrétaire général Jens Stoltenberg a affirmé que l’OTAN \x1b]8;;http://evil.test\x07"
    "restait\x1b]8;;\x07 ouverte au dialogue avec la Russie.\x07\x08\x1b[2J\x1b]0;title\x07\n"
    "Selon Moscou, la réunion de mercredi à Bruxelles n’a rien donné \u009b31m de concret.\n"
)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_article_text_is_data(invoke, tmp_path, command, fmt):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE, "utf-8")
    result = invoke(*args_with(command, str(hostile)), "-f", fmt, "--color", "always",
                    "--width", "1000")
    assert result.exit_code == 0, result.stderr
    out = SGR.sub("", result.stdout) if fmt == "table" else result.stdout
    # Nothing that could drive a terminal: no escape, no control character but line ends
    # (and tabs, in TSV's own field separators).
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out.replace("\t", "")), repr(out)
    if fmt != "table":
        assert "\x1b" not in result.stdout, "machine formats never carry escapes"
    # Markup is text: if the words it wraps are shown, the brackets are shown with them.
    if "Boom" in out:
        assert "[bold red]Boom[/]" in out
    if "nous refusons" in out:
        assert "[link=http://evil.test]nous refusons[/link]" in out
    assert "\x1b]8;" not in result.stdout, "no hyperlinks smuggled in"


def test_hostile_markup_round_trips_in_json(invoke, tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE, "utf-8")
    doc = json.loads(invoke("show", str(hostile), "-f", "json").stdout)
    texts = " ".join(s["text"] for s in doc["sentences"])
    assert "[bold red]Boom[/]" in texts and "[link=http://evil.test]nous refusons[/link]" in texts
    assert "\x1b" not in texts and "\x07" not in texts


def test_environment_is_pinned():
    assert os.environ.get("NO_COLOR") == "1" and "FORCE_COLOR" not in os.environ


def test_file_name_with_escape_sequences_gives_a_clean_id(tmp_path, invoke):
    path = tmp_path / "evil\x1b[31mred\x07.txt"
    path.write_text("Le ministre a démissionné mardi soir à Paris.", encoding="utf-8")
    result = invoke("list", str(path), "--format", "csv")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "evil" in result.stdout


def test_a_bug_is_one_line_with_its_own_exit_code(invoke, monkeypatch):
    # An unexpected exception inside a command is natocmp's fault, not the user's: one line
    # naming it, exit 70 (EX_SOFTWARE), nothing on stdout; --debug shows the traceback.
    import natocmp.diff

    def broken(*args, **kwargs):
        raise KeyError("the unexpected")

    monkeypatch.setattr(natocmp.diff, "diff_articles", broken)
    result = invoke("diff", "000", "001")
    assert result.exit_code == 70
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "natocmp: error: internal error: KeyError: 'the unexpected'"
    assert lines[1].startswith("hint: this is a bug") and len(lines) == 2
    with pytest.raises(KeyError):
        invoke("diff", "000", "001", "--debug")
