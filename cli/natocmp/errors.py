"""Error types of the natocmp library and the exit codes the CLI maps them to.

The core raises these; only the CLI (``natocmp.app``) turns them into a message on stderr
and an exit status. No typer or rich here.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit statuses of the ``natocmp`` command (documented in docs/cli.md)."""

    OK = 0
    ERROR = 1  # bad input data, or differences found with --exit-code
    USAGE = 2  # wrong arguments: unknown source, ambiguous prefix, bad option value
    INTERNAL = 70  # a bug in natocmp (sysexits' EX_SOFTWARE): one line; --debug shows it
    INTERRUPTED = 130


class NatocmpError(Exception):
    """Base error: a message naming what went wrong, and a hint saying how to fix it."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class SourceError(NatocmpError):
    """A source argument names nothing we can load (unknown id, missing path, ambiguous prefix)."""

    exit_code = ExitCode.USAGE


class InputError(NatocmpError):
    """A source exists but its content cannot be used (binary, empty, undecodable, malformed)."""

    exit_code = ExitCode.ERROR


class UsageError(NatocmpError):
    """Arguments that parse but make no sense together (one article where two are needed)."""

    exit_code = ExitCode.USAGE


class OutputError(NatocmpError):
    """The result cannot be written where it goes (disk full, read-only file, missing folder)."""

    exit_code = ExitCode.ERROR


class OutputInterrupted(NatocmpError):
    """Ctrl-C while the result was being written into a stream: what was written is cut short.

    Files are never half-written (they are replaced atomically); a stream (stdout, a pipe, a
    device) already holds what was written before the interrupt, and the message says so.
    """

    exit_code = ExitCode.INTERRUPTED
