"""The ``natocmp`` console script: Ctrl-C during start-up exits 130 with one line.

Importing the app (typer, the commands) takes tens of milliseconds, longer than a script
that sends SIGINT right after starting waits. Until the app is imported, SIGINT ends the
process at once with ``natocmp: interrupted`` and status 130 (nothing needs cleaning up
yet); then Python's KeyboardInterrupt is restored, for the commands' own clean-up (a
temporary report file is removed). ``--debug`` keeps Python's behaviour: a traceback.
"""

from __future__ import annotations

import os
import signal
import sys


def _interrupted_at_start_up(signum: int, frame: object) -> None:
    os.write(2, b"natocmp: interrupted\n")
    os._exit(130)


def main() -> None:
    previous = signal.getsignal(signal.SIGINT)
    # An ignored SIGINT (a job started in the background) stays ignored.
    guard = "--debug" not in sys.argv[1:] and previous is signal.default_int_handler
    if guard:
        signal.signal(signal.SIGINT, _interrupted_at_start_up)
    from natocmp import _recache

    _recache.install()  # compiled regexes from the previous run (natocmp._recache)
    from natocmp.app import main as app_main

    if guard:
        signal.signal(signal.SIGINT, previous)
    app_main()
