"""The scripting contract of every command: formats, encoding, colour, pipes, exit codes, help.

Commands come from the Typer app (tests/_cli_table.py), so a new command is held to the
same contract as soon as it is registered. In-process runs (CliRunner) for the formats;
real subprocesses for what only a process shows: pipes, colour detection, signals.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from _cli_table import CASES, FORMATS, args_with, case, registered_commands
from natocmp.render.writers import cell

COMMANDS = registered_commands()
NATOCMP = Path(sys.executable).parent / "natocmp"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run_cli(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return subprocess.run(
        [str(NATOCMP), *args], capture_output=True, env={**base, **(env or {})}, timeout=60, **kw
    )


def test_every_registered_command_has_sample_arguments():
    for command in COMMANDS:
        case(command)  # fails with "add it to the table" if missing
    stale = sorted(set(CASES) - set(COMMANDS))
    assert not stale, f"CASES lists commands the app no longer has: {stale}"


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_command_every_format(invoke, command, fmt):
    result = invoke(*args_with(command), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    out = result.stdout_bytes.decode("utf-8")  # UTF-8, or this raises
    assert "\x1b" not in out, "no escape sequences when NO_COLOR is set and stdout is a pipe"
    assert "error" not in result.stderr
    assert out.endswith("\n")
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t",
                               quoting=csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE))
        assert rows, "a header row always"
        assert {len(r) for r in rows} == {len(rows[0])}, "every row as wide as the header"
    else:
        assert out.strip()


@pytest.mark.parametrize("command", COMMANDS)
def test_row_formats_carry_the_same_rows(invoke, command):
    """jsonl, csv and tsv: same fields, same order, same values (one record builder)."""
    args = args_with(command)
    jsonl = [json.loads(x) for x in invoke(*args, "-f", "jsonl").stdout.splitlines()]
    csv_rows = list(csv.reader(io.StringIO(invoke(*args, "-f", "csv").stdout)))
    tsv_rows = [x.split("\t") for x in invoke(*args, "-f", "tsv").stdout.splitlines()]
    header = csv_rows[0]
    assert tsv_rows[0] == header
    assert all(list(row) == header for row in jsonl), "jsonl keys = csv header, in order"
    assert len(jsonl) == len(csv_rows) - 1 == len(tsv_rows) - 1
    for row, c, t in zip(jsonl, csv_rows[1:], tsv_rows[1:], strict=True):
        expected = [cell(v) for v in row.values()]
        assert c == expected
        assert t == [x.replace("\t", " ").replace("\n", " ") for x in expected]


@pytest.mark.parametrize("command", COMMANDS)
def test_output_is_deterministic(invoke, command):
    for fmt in ("json", "table"):
        first = invoke(*args_with(command), "-f", fmt, "--width", "120").stdout_bytes
        assert invoke(*args_with(command), "-f", fmt, "--width", "120").stdout_bytes == first


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("width", [40, 72, 160])
def test_width_bounds_table_lines(invoke, command, width):
    out = invoke(*args_with(command), "--width", str(width)).stdout
    assert max(len(line) for line in out.splitlines()) <= width


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(invoke, command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout, f"natocmp {command} --help needs an 'Example:' line"


def test_version(invoke):
    from natocmp import __version__

    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"natocmp {__version__}\n"


def test_show_completion_prints_a_script():
    result = run_cli("--show-completion", "bash")
    assert result.returncode == 0, result.stderr
    assert b"_natocmp_completion" in result.stdout
    assert b"complete " in result.stdout


def test_completion_completes_command_names():
    env = {"_NATOCMP_COMPLETE": "complete_bash", "COMP_WORDS": "natocmp sh", "COMP_CWORD": "1"}
    result = run_cli(env=env)
    assert result.returncode == 0
    assert "show" in result.stdout.decode().split()


def test_install_completion_is_offered(invoke):
    assert "--install-completion" in invoke("--help").stdout


# --- exit codes ------------------------------------------------------------------------------


def test_exit_codes(invoke):
    from natocmp.errors import ExitCode

    assert [int(c) for c in ExitCode] == [0, 1, 2, 70, 130]
    assert invoke("list").exit_code == ExitCode.OK
    assert invoke("show", "nope").exit_code == ExitCode.USAGE
    assert invoke("list", "--format", "xml").exit_code == ExitCode.USAGE
    assert invoke("diff", "000", "001", "--exit-code").exit_code == ExitCode.ERROR
    assert invoke("diff", "000", "001").exit_code == ExitCode.OK


def test_exit_code_zero_when_articles_agree(invoke):
    assert invoke("diff", "000", "000", "--exit-code").exit_code == 0


def test_usage_error_is_one_line_and_a_hint(invoke):
    result = invoke("list", "--format", "xml")
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("natocmp: error: ") and "'xml'" in lines[0]
    assert lines[1] == "hint: see `natocmp list --help`"
    assert len(lines) == 2


# --- real processes: pipes, colour, signals ---------------------------------------------------


def test_closed_pipe_ends_quietly_with_head():
    result = subprocess.run(
        f"'{NATOCMP}' show 001 | head -n 1; exit ${{PIPESTATUS[0]}}",
        shell=True, executable="/bin/bash", capture_output=True, timeout=60,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 0
    assert result.stdout.decode().startswith("The New York Times")
    assert result.stdout.count(b"\n") == 1
    assert result.stderr == b""


@pytest.mark.parametrize("command", COMMANDS)
def test_reader_gone_before_output_is_quiet(command):
    """The pipe is closed before natocmp writes: BrokenPipeError must end quietly, status 0."""
    proc = subprocess.Popen(
        [str(NATOCMP), *args_with(command), "-f", "jsonl"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert err == b""


@pytest.mark.parametrize(
    ("env", "flag", "coloured"),
    [
        ({}, None, False),  # piped: never colour by default
        ({"NO_COLOR": "1"}, None, False),
        ({"FORCE_COLOR": "1"}, None, True),
        ({}, "always", True),
        ({"NO_COLOR": "1"}, "always", True),  # an explicit flag wins
        ({"FORCE_COLOR": "1"}, "never", False),
    ],
)
def test_colour_only_when_asked(env, flag, coloured):
    args = ["list", *(["--color", flag] if flag else [])]
    result = run_cli(*args, env=env)
    assert result.returncode == 0
    assert (b"\x1b[" in result.stdout) is coloured
    assert b"\x1b" not in run_cli(*args, "-f", "json", env=env).stdout, "JSON is never coloured"


def _wait_reading_stdin(pid: int, timeout: float = 20.0) -> None:
    """Block until the process sits in a read on its stdin pipe (Linux /proc)."""
    wchan = Path(f"/proc/{pid}/wchan")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if "pipe_read" in wchan.read_text():
                return
        except OSError:
            pass
        time.sleep(0.05)
    pytest.fail(f"natocmp never blocked reading stdin ({wchan} unavailable or timeout)")


def test_sigint_while_reading_stdin_exits_130():
    proc = subprocess.Popen(
        [str(NATOCMP), "list", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        _wait_reading_stdin(proc.pid)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert out == b""
    assert err.decode().splitlines() == ["natocmp: interrupted"]
