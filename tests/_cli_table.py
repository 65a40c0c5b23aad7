"""The one table of sample arguments for CLI-wide tests (contract, robustness, docs).

CLI-wide tests iterate over the commands registered on the Typer app, so a new command is
covered the moment it is registered; the arguments it needs come from ``CASES``. A command
missing from ``CASES`` fails a test saying "add it to the table" instead of being skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

FORMATS = ("table", "json", "jsonl", "csv", "tsv")
SRC = "{src}"
_VERIFY = Path(__file__).parent / "fixtures" / "verify"
ALLIANCE = str(_VERIFY / "transcript-alliance.txt")


@dataclass(frozen=True)
class Case:
    """How to call one command.

    ``with_source`` puts one source where ``{src}`` is (a bad one, in robustness tests);
    the other arguments make the call valid (a second article for commands that need two).
    ``rich`` are calls whose output exercises every documented field (docs test).
    """

    with_source: tuple[str, ...]
    rich: tuple[tuple[str, ...], ...]
    needs_two: bool = False


CASES: dict[str, Case] = {
    "list": Case((SRC,), ((),)),
    "show": Case((SRC,), (("001", "--dropped"),)),
    "diff": Case(("000", SRC), (("000", "001"), ("001", "004")), needs_two=True),
    "claims": Case(("000", SRC), ((),)),
    "speakers": Case(("000", SRC), ((),)),
    "compare": Case(("000", SRC), ((),), needs_two=True),
    "stories": Case(("000", SRC), ((),)),
    "framing": Case(("000", SRC), ((),)),
    "timeline": Case(("000", SRC), ((),)),
    "verify": Case(
        ("--against", ALLIANCE, str(_VERIFY / "en-northwire.txt"), SRC),
        (
            ("--against", ALLIANCE, *(str(_VERIFY / f) for f in (
                "en-northwire.txt", "en-ledger.txt", "fr-quotidien.txt"))),
            ("--against", str(_VERIFY / "speech-bridge.txt"), str(_VERIFY / "en-gazette.txt")),
        ),
    ),
}


# Commands outside the scripting contract, each with the reason. Listed by name so that a
# new command that forgets --format fails the CLI-wide tests instead of being skipped.
NO_FORMAT = {"report": "writes one HTML page (tests/test_report.py covers errors, hostile text)"}


def registered_commands() -> list[str]:
    """Names of the commands registered on the app, in order, but those in ``NO_FORMAT``."""
    from natocmp.app import app

    names = []
    for info in app.registered_commands:
        if info.hidden:
            continue
        assert info.callback is not None
        name = info.name or info.callback.__name__.replace("_", "-")
        if name not in NO_FORMAT:
            names.append(name)
    return names


def case(command: str) -> Case:
    if command not in CASES:
        pytest.fail(
            f"natocmp {command} is registered but has no sample arguments: "
            f"add it to the table CASES in tests/_cli_table.py"
        )
    return CASES[command]


def args_with(command: str, source: str = "001") -> list[str]:
    """The command called on ``source`` (and whatever else it needs to be valid)."""
    return [command, *(source if a == SRC else a for a in case(command).with_source)]
