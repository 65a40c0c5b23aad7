"""`natocmp list` and `natocmp show`: every format, the error contract, untrusted text."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from natocmp import __version__

FORMATS = ["table", "json", "jsonl", "csv", "tsv"]
LIST_KEYS = {"id", "title", "outlet", "date", "language", "sentences", "words"}
SENTENCE_KEYS = {"index", "text", "kind", "start", "end"}
DROPPED_KEYS = {"text", "reason"}
ROOT = Path(__file__).parent.parent
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _rows(stdout: str, fmt: str) -> list[dict[str, str]]:
    assert "\r" not in stdout
    assert stdout.endswith("\n")
    delimiter = "\t" if fmt == "tsv" else ","
    return list(csv.DictReader(io.StringIO(stdout), delimiter=delimiter))


# --- list --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_list_every_format(invoke, fmt: str) -> None:
    result = invoke("list", "--format", fmt)
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    if fmt == "table":
        assert "\x1b" not in out
        for seed_id in ("000", "001", "002", "003", "004"):
            assert re.search(rf"^{seed_id}\s", out, re.M)
        assert "Norway Today (NTB)" in out
    elif fmt == "json":
        data = json.loads(out)
        assert [a["id"] for a in data] == ["000", "001", "002", "003", "004"]
        assert all(LIST_KEYS <= set(a) for a in data)
        assert all(isinstance(a["sentences"], int) and a["sentences"] > 0 for a in data)
        assert "’" in out  # UTF-8, not \u2019 escapes
    elif fmt == "jsonl":
        lines = out.splitlines()
        assert len(lines) == 5
        assert all(LIST_KEYS <= set(json.loads(line)) for line in lines)
    else:
        rows = _rows(out, fmt)
        assert [r["id"] for r in rows] == ["000", "001", "002", "003", "004"]
        assert LIST_KEYS <= set(rows[0])
        assert out.split("\n", 1)[0].startswith("id" + ("\t" if fmt == "tsv" else ",") + "title")


def test_list_formats_agree(invoke) -> None:
    as_json = json.loads(invoke("list", "-f", "json").stdout)
    as_jsonl = [json.loads(line) for line in invoke("list", "-f", "jsonl").stdout.splitlines()]
    as_csv = _rows(invoke("list", "-f", "csv").stdout, "csv")
    assert as_json == as_jsonl
    assert [str(a["words"]) for a in as_json] == [r["words"] for r in as_csv]
    assert [a["title"] for a in as_json] == [r["title"] for r in as_csv]


def test_list_is_deterministic(invoke) -> None:
    assert invoke("list", "-f", "json").stdout == invoke("list", "-f", "json").stdout


# --- show --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_show_every_format(invoke, fmt: str) -> None:
    result = invoke("show", "001", "--dropped", "--format", fmt)
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    if fmt == "table":
        assert out.startswith("The New York Times  L’OTAN et la Russie se parlent franchement")
        assert "dropped from the page" in out
        assert "Share Post:" in out
    elif fmt == "json":
        data = json.loads(out)
        assert set(data) == {"article", "sentences", "dropped"}
        assert data["article"]["id"] == "001"
        assert LIST_KEYS <= set(data["article"])
        assert all(SENTENCE_KEYS <= set(s) for s in data["sentences"])
        assert [s["index"] for s in data["sentences"]] == list(range(len(data["sentences"])))
        assert {s["kind"] for s in data["sentences"]} <= {"sentence", "heading"}
        assert data["dropped"] and all(DROPPED_KEYS <= set(d) for d in data["dropped"])
        assert data["article"]["sentences"] == len(data["sentences"])
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        kinds = {r["kind"] for r in rows}
        assert "dropped" in kinds and "sentence" in kinds
        assert all(r["article"] == "001" for r in rows)
    else:
        rows = _rows(out, fmt)
        assert {"article", "kind", "index", "start", "end", "reason", "text"} <= set(rows[0])
        assert any(r["kind"] == "dropped" and r["reason"] for r in rows)


def test_show_offsets_index_the_cleaned_text(invoke) -> None:
    from natocmp.corpus import load_articles

    (article,) = load_articles(["000"])
    data = json.loads(invoke("show", "000", "-f", "json").stdout)
    for s in data["sentences"]:
        assert article.text[s["start"] : s["end"]] == s["text"]


def test_show_without_dropped_flag_has_no_dropped_rows(invoke) -> None:
    rows = _rows(invoke("show", "003", "-f", "csv").stdout, "csv")
    assert rows and all(r["kind"] != "dropped" for r in rows)
    assert "dropped from the page" not in invoke("show", "003").stdout


def test_show_nothing_dropped_is_still_valid(invoke, tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("Une phrase propre. Une autre phrase.\n", encoding="utf-8")
    data = json.loads(invoke("show", str(path), "--dropped", "-f", "json").stdout)
    assert data["dropped"] == []
    assert "nothing dropped" in invoke("show", str(path), "--dropped").stdout


def test_show_reads_stdin(invoke) -> None:
    result = invoke("show", "-", "-f", "json", input="Le chef a parlé. Moscou hésite.".encode())
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [s["text"] for s in data["sentences"]] == ["Le chef a parlé.", "Moscou hésite."]


def test_cp1252_warning_goes_to_stderr_only(invoke, tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("« Été », a-t-il dit. Fin.".encode("cp1252"))
    result = invoke("show", str(path), "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["sentences"][0]["text"] == "« Été », a-t-il dit."
    assert result.stderr.startswith("natocmp: warning: ") and "cp1252" in result.stderr


# --- errors ------------------------------------------------------------------------------


def _assert_error(result, code: int, *needles: str) -> None:
    assert result.exit_code == code, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("natocmp: error: ")
    assert "\nhint: " in result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_source_is_a_usage_error(invoke, fmt: str) -> None:
    _assert_error(invoke("show", "999", "-f", fmt), 2, "'999'")
    _assert_error(invoke("list", "000", "999", "-f", fmt), 2, "'999'")


def test_ambiguous_prefix(invoke) -> None:
    _assert_error(invoke("show", "00"), 2, "ambiguous", "000", "004")


def test_missing_file(invoke, tmp_path: Path) -> None:
    _assert_error(invoke("list", str(tmp_path / "gone.txt")), 2, "file not found", "gone.txt")


def test_empty_folder(invoke, tmp_path: Path) -> None:
    _assert_error(invoke("list", str(tmp_path)), 2, "no article files")


def test_binary_file_is_a_data_error(invoke, tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x02")
    _assert_error(invoke("show", str(path), "-f", "json"), 1, "binary file", "image.txt")


def test_empty_file_is_a_data_error(invoke, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _assert_error(invoke("list", str(path), "-f", "csv"), 1, "empty file", "empty.txt")


def test_malformed_json_is_a_data_error(invoke) -> None:
    _assert_error(invoke("list", str(ROOT / "tests/fixtures/bad/broken.json")), 1, "invalid JSON")


def test_show_needs_exactly_one_article(invoke) -> None:
    folder = ROOT / "tests/fixtures/formats"
    _assert_error(invoke("show", str(folder)), 2, "show takes one")


def test_bad_option_value_is_a_usage_error(invoke) -> None:
    result = invoke("list", "--format", "xml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "xml" in result.stderr


def test_debug_shows_the_traceback(invoke) -> None:
    from natocmp.errors import SourceError

    with pytest.raises(SourceError):
        invoke("show", "999", "--debug")


# --- untrusted text ----------------------------------------------------------------------

HOSTILE = (
    "Titre [bold]gras[/] et [link=https://evil.example]lien[/link]\n"
    "Il a dit [red]rouge[/red] et \x1b[5m\x1b[41mclignote\x1b[0m "
    "et \x1b]8;;https://evil.example\x07ici\x1b]8;;\x07.\n"
)


@pytest.mark.parametrize("color", ["never", "always"])
def test_markup_and_escapes_in_articles_are_never_interpreted(
    invoke, tmp_path: Path, color: str
) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    for command in (("show", str(path), "--dropped"), ("list", str(path))):
        result = invoke(*command, "--color", color, "--width", "200")
        assert result.exit_code == 0
        out = result.stdout
        visible = _SGR.sub("", out)
        assert "[bold]gras[/]" in visible
        assert "[link=https://evil.example]lien[/link]" in visible
        assert "\x1b]" not in out  # no OSC: no hyperlink, no window title
        assert "\x1b[5m" not in out and "\x1b[41m" not in out  # the article's own escapes
        if command[0] == "show":
            assert "[red]rouge[/red]" in visible
            assert "clignote et ici." in visible
        if color == "never":
            assert "\x1b" not in out
    data = json.loads(invoke("show", str(path), "-f", "json").stdout)
    assert (
        data["sentences"][0]["text"]
        == "Titre [bold]gras[/] et [link=https://evil.example]lien[/link]"
    )
    assert "\x1b" not in json.dumps(data, ensure_ascii=False)


# --- real processes ----------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT / "cli"))
    env.pop("FORCE_COLOR", None)
    return env


def test_python_m_natocmp_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "natocmp", "--version"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout == f"natocmp {__version__}\n"
    assert done.stderr == ""


@pytest.mark.parametrize("big", [False, True], ids=["show-001", "larger-than-a-pipe-buffer"])
def test_closed_pipe_exits_quietly(tmp_path: Path, big: bool) -> None:
    source = "001"
    if big:
        # 001 fits in a pipe buffer; this makes sure the write really hits a closed pipe.
        path = tmp_path / "long.txt"
        path.write_text("Une phrase de test assez longue. " * 20000, encoding="utf-8")
        source = str(path)
    proc = subprocess.Popen(
        f'"{sys.executable}" -m natocmp show {source} | head -n 1',
        shell=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
        executable="/bin/bash",
    )
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert len(out.decode().splitlines()) == 1
    assert err.decode() == ""
