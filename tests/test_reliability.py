"""Reliability: what a hostile user does to the CLI (issue 17), each case a regression test.

Output onto devices, FIFOs, symlinks and read-only files; a full disk; duplicate and many
repeated ids; one enormous sentence; Ctrl-C at start-up and while writing to a slow reader;
control characters in file names; two reports written at once; ``--debug`` tracebacks.

Device cases use device nodes made in the test's own folder (``mknod``, root only): the
system's /dev/null and /dev/full are never an output target here.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

NATOCMP = Path(sys.executable).parent / "natocmp"
ARTICLE = (
    "La Russie et l’OTAN se sont réunies mercredi à Bruxelles. Le secrétaire général a "
    "déclaré que le dialogue continuerait. Moscou a rejeté les propositions de l’alliance.\n"
)


def run_cli(*args: str, **kw) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR",)}
    kw.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [str(NATOCMP), *args],
        stderr=subprocess.PIPE,
        env={**env, "NO_COLOR": "1"},
        timeout=120,
        **kw,
    )


def error_lines(stderr: str) -> list[str]:
    return [x for x in stderr.splitlines() if not x.startswith("natocmp: warning:")]


def assert_one_error(stderr: str, *, mentions: str) -> None:
    """`natocmp: error: …` naming what failed, a `hint:` line, no traceback."""
    lines = error_lines(stderr)
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 2, stderr
    assert lines[0].startswith("natocmp: error: ") and mentions in lines[0], lines[0]
    assert lines[1].startswith("hint: ")


@pytest.fixture(scope="module")
def seeds_page() -> str:
    from natocmp.corpus import load_articles
    from natocmp.render.html import render_html
    from natocmp.report import build_report

    return render_html(build_report(load_articles(["000", "001"])))


def _mknod(path: Path, minor: int) -> None:
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here ({exc}); the FIFO test covers the rule")


# --- output onto what is already there -----------------------------------------------------


def test_output_onto_a_device_writes_into_it_and_never_replaces_it(invoke, tmp_path):
    null = tmp_path / "null"
    _mknod(null, 3)  # a /dev/null of our own
    result = invoke("report", "000", "001", "-o", str(null))
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(null.stat().st_mode), "the device node was replaced by a file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"], "no temporary file left"


def test_output_onto_a_full_device_is_one_error_naming_it(invoke, tmp_path):
    full = tmp_path / "full"
    _mknod(full, 7)  # a /dev/full of our own: every write fails with ENOSPC
    result = invoke("report", "000", "001", "-o", str(full))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_one_error(result.stderr, mentions=f"cannot write {full}: No space left")
    assert stat.S_ISCHR(full.stat().st_mode)


def test_output_into_a_fifo_is_written_through_it(invoke, tmp_path, seeds_page):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as fh:
            got.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    result = invoke("report", "000", "001", "-o", str(fifo))
    thread.join(timeout=20)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO was replaced by a file"
    assert got == [seeds_page.encode("utf-8")], "the reader got the whole page"


def test_output_through_a_symlink_writes_its_target(invoke, tmp_path, seeds_page):
    target = tmp_path / "kept.html"
    target.write_text("old", "utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(target.name)
    dangling = tmp_path / "dangling.html"
    dangling.symlink_to("new.html")
    for path in (link, dangling):
        result = invoke("report", "000", "001", "-o", str(path))
        assert result.exit_code == 0, result.stderr
        assert path.is_symlink(), "the link stays a link"
    assert target.read_text("utf-8") == seeds_page
    assert (tmp_path / "new.html").read_text("utf-8") == seeds_page
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "dangling.html",
        "kept.html",
        "link.html",
        "new.html",
    ]


def test_output_onto_a_read_only_file_is_an_error_naming_it(invoke, tmp_path):
    ro = tmp_path / "ro.html"
    ro.write_text("keep me", "utf-8")
    ro.chmod(0o444)
    result = invoke("report", "000", "001", "-o", str(ro))
    assert result.exit_code == 1
    assert_one_error(result.stderr, mentions=f"cannot write {ro}: the file is read-only")
    assert ro.read_text("utf-8") == "keep me"
    assert stat.S_IMODE(ro.stat().st_mode) == 0o444


def test_a_regular_file_is_replaced_atomically_keeping_its_mode(invoke, tmp_path, seeds_page):
    out = tmp_path / "r.html"
    out.write_text("old", "utf-8")
    out.chmod(0o640)
    before = out.stat().st_ino
    result = invoke("report", "000", "001", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_text("utf-8") == seeds_page
    assert out.stat().st_ino != before, "replaced by a rename, not rewritten in place"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640, "the file keeps its mode"


# --- a full disk -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args", [("list",), ("report", "000", "001", "-o", "-"), ("compare", "-f", "json")]
)
def test_full_disk_on_stdout_is_one_error(args):
    with open("/dev/full", "wb") as full:  # opened for writing, as `> /dev/full` does
        result = run_cli(*args, stdout=full)
    assert result.returncode == 1
    assert_one_error(result.stderr.decode(), mentions="cannot write to stdout: No space left")


# --- ids -----------------------------------------------------------------------------------


def test_duplicate_ids_in_one_json_array_are_made_unique(invoke, tmp_path):
    texts = [ARTICLE, ARTICLE.replace("mercredi", "jeudi"), ARTICLE.replace("Moscou", "Kiev")]
    dup = tmp_path / "dup.json"
    dup.write_text(json.dumps([{"id": "x", "text": t} for t in texts]), "utf-8")
    listed = invoke("list", str(dup), "-f", "json")
    assert [a["id"] for a in json.loads(listed.stdout)] == ["x", "x-2", "x-3"]
    for args in (["compare"], ["report", "-o", "-"], ["timeline"], ["claims"]):
        result = invoke(*args, str(dup))
        assert result.exit_code == 0, (args, result.stderr)
    # The same file named twice is the same articles: their ids do not change.
    twice = invoke("list", str(dup), str(dup), "-f", "json")
    assert [a["id"] for a in json.loads(twice.stdout)] == ["x", "x-2", "x-3"] * 2


def _lines_run(func, *args) -> int:
    """Line events executed inside ``func``'s own frames: a count of the work, not a time."""
    code = func.__code__
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if frame.f_code is not code:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        func(*args)
    finally:
        sys.settrace(None)
    return count


def test_renaming_repeated_ids_is_linear():
    from natocmp.corpus import RawDocument, _unique_ids

    def docs(n: int) -> list[RawDocument]:
        return [RawDocument("x", "t", f"folder{i}/x.txt") for i in range(n)]

    small, big = _lines_run(_unique_ids, docs(500)), _lines_run(_unique_ids, docs(2000))
    assert big / small < 5, f"4× the ids cost {big / small:.1f}× the work (quadratic: 16×)"
    ids = [d.id for d in _unique_ids(docs(2000))]
    assert len(set(ids)) == 2000 and ids[:3] == ["x", "x-2", "x-3"]


# --- one enormous sentence -------------------------------------------------------------------

_WORDS = (
    "la Russie et l'OTAN ont dit que le ministre Lavrov a déclaré mercredi 12 janvier à "
    "Bruxelles « non » selon Moscou les troupes 100 000 soldats frontière réunion du Conseil"
).split()


def _long_article(n: int):
    import random

    from natocmp.corpus import RawDocument, build_article

    rng = random.Random(n)
    words: list[str] = []
    size = 0
    while size < n:
        words.append(rng.choice(_WORDS))
        size += len(words[-1]) + 1
    text = "Un titre\n\n" + " ".join(words) + ".\n"
    meta = (("date", "2022-01-12"), ("outlet", "X"))
    return build_article(RawDocument(f"long{n}", text, f"long{n}.txt", meta))


def _calls(monkeypatch, module, name: str) -> list[int]:
    real = getattr(module, name)
    counter = [0]

    def counted(*a, **k):
        counter[0] += 1
        return real(*a, **k)

    monkeypatch.setattr(module, name, counted)
    return counter


def test_a_long_sentence_is_cut_into_bounded_pieces():
    from natocmp.segment import MAX_SENTENCE_CHARS

    article = _long_article(50_000)
    assert max(len(s.text) for s in article.sentences) <= MAX_SENTENCE_CHARS
    assert all(s.text == article.text[s.start : s.end] for s in article.sentences)
    assert sum(len(s.text) for s in article.sentences) > 49_000, "nothing is lost"


def test_timeline_work_and_output_grow_linearly_on_one_long_sentence(monkeypatch):
    from natocmp import segment, timeline
    from natocmp.render.timeline import timeline_output
    from natocmp.render.writers import to_json

    # Without the cut into pieces, so the timeline's own lookups are what is measured.
    monkeypatch.setattr(segment, "MAX_SENTENCE_CHARS", 10**9, raising=False)
    seed = __import__("natocmp.corpus", fromlist=["x"]).load_articles(["000"])
    sizes, work = [], []
    for n in (10_000, 40_000):
        article = _long_article(n)
        assert len(article.sentences) <= 3
        calls = _calls(monkeypatch, timeline, "_distance")
        result = timeline.build_timeline([article, *seed])
        work.append(calls[0])
        sizes.append(len(to_json(timeline_output(result))))
    assert work[1] / work[0] < 6, f"date-to-noun distances grew {work[1] / work[0]:.1f}× for 4×"
    assert sizes[1] / sizes[0] < 6, f"JSON grew {sizes[1] / sizes[0]:.1f}× for 4× the input"


def _work(func) -> int:
    """Python and C function calls made by ``func()``: a deterministic count of the work,
    which grows with the algorithm, not with the machine's load."""
    import sys

    count = [0]

    def profile(frame, event, arg):
        if event in ("call", "c_call"):
            count[0] += 1

    sys.setprofile(profile)
    try:
        func()
    finally:
        sys.setprofile(None)
    return count[0]


@pytest.mark.parametrize("what", ["framing", "claims", "report"])
def test_analyses_grow_linearly_on_one_long_sentence(what):
    """The work at 4× the size within 8× (linear 4×, quadratic 16×), counted in function
    calls: a ratio of two sizes, not a time."""
    from natocmp.attribute import extract_claims
    from natocmp.corpus import load_articles
    from natocmp.framing import frame_articles
    from natocmp.render.html import render_html
    from natocmp.report import build_report

    seed = load_articles(["000"])
    run = {
        "framing": lambda a: frame_articles([a, *seed]),
        "claims": lambda a: extract_claims(a),
        "report": lambda a: render_html(build_report([a, *seed])),
    }[what]
    run(_long_article(2_000))  # warm what is built once (lexicons, compiled patterns)
    small = _work(lambda: run(_long_article(10_000)))
    big = _work(lambda: run(_long_article(40_000)))
    assert big / small < 8, f"{what}: 4× the text made {big / small:.1f}× the calls"


# --- Ctrl-C --------------------------------------------------------------------------------

_INTERRUPT_AT_IMPORT = textwrap.dedent(
    """
    import builtins, os, signal, sys
    from importlib.metadata import entry_points

    real_import = builtins.__import__
    fired = []

    def importing(name, *args, **kwargs):
        if name == "typer" and not fired:  # Ctrl-C while the app is being imported
            fired.append(name)
            os.kill(os.getpid(), signal.SIGINT)
        return real_import(name, *args, **kwargs)

    builtins.__import__ = importing
    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "natocmp"]
    sys.argv = ["natocmp", *sys.argv[1:]]
    sys.exit(script.load()())
    """
)


def test_ctrl_c_during_start_up_exits_130_with_one_line():
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_AT_IMPORT, "compare"],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 130, result.stderr.decode()
    assert result.stdout == b""
    assert result.stderr.decode() == "natocmp: interrupted\n"


def test_ctrl_c_during_start_up_with_debug_shows_the_traceback():
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_AT_IMPORT, "compare", "--debug"],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert b"Traceback" in result.stderr and b"KeyboardInterrupt" in result.stderr


def _big_article(tmp_path: Path) -> Path:
    big = tmp_path / "big.txt"
    big.write_text("Titre\n\n" + ARTICLE * 3000, "utf-8")  # show -f json: ~2 MB
    return big


def _wait_blocked_writing(proc: subprocess.Popen, timeout: float = 60.0) -> None:
    """Block until the process sits in a write on its stdout pipe (Linux /proc)."""
    wchan = Path(f"/proc/{proc.pid}/wchan")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if "pipe_write" in wchan.read_text():
                return
        except OSError:
            pass
        if proc.poll() is not None:
            pytest.fail("natocmp ended before it blocked on its output")
        time.sleep(0.05)
    pytest.skip(f"cannot see natocmp block on its pipe ({wchan})")


def _interrupt_while_writing(tmp_path: Path, *extra: str) -> tuple[int, bytes, str]:
    proc = subprocess.Popen(
        [str(NATOCMP), "show", str(_big_article(tmp_path)), "-f", "json", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_blocked_writing(proc)  # the reader is slow: it has read nothing yet
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, out, err.decode()


def test_ctrl_c_while_writing_to_a_slow_reader_says_the_output_is_cut(tmp_path):
    code, out, err = _interrupt_while_writing(tmp_path)
    assert code == 130
    assert 0 < len(out) < len(ARTICLE) * 3000, "a partial output (what the pipe took)"
    assert err.splitlines() == [
        "natocmp: error: interrupted while writing to stdout: the output is cut short",
        "hint: run it again to get the whole output",
    ]


def test_ctrl_c_while_writing_with_debug_shows_the_traceback(tmp_path):
    code, _, err = _interrupt_while_writing(tmp_path, "--debug")
    assert code != 0
    assert "Traceback" in err and "OutputInterrupted" in err


def test_ctrl_c_while_writing_a_report_never_leaves_half_a_file(invoke, tmp_path, monkeypatch):
    out = tmp_path / "r.html"
    out.write_text("the previous report", "utf-8")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    result = invoke("report", "000", "001", "-o", str(out))
    assert result.exit_code == 130
    assert result.stderr == "natocmp: interrupted\n"
    assert out.read_text("utf-8") == "the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"], "the temp file is removed"


# --- control characters in a file name ----------------------------------------------------

EVIL = "evil\n\x1b[31mRED\u202e\t.txt"


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "tsv"])
@pytest.mark.parametrize("command", ["list", "compare", "framing", "timeline"])
def test_control_characters_in_a_file_name_never_reach_an_id_or_label(
    invoke, tmp_path, command, fmt
):
    (tmp_path / EVIL).write_text(ARTICLE, "utf-8")
    (tmp_path / "other.txt").write_text(ARTICLE.replace("mercredi", "jeudi 13 janvier"), "utf-8")
    result = invoke(command, str(tmp_path / EVIL), str(tmp_path / "other.txt"), "-f", fmt)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert not any(c in out for c in "\x1b\u202e\r"), repr(out[:300])
    if fmt in ("json", "jsonl"):
        docs = [json.loads(out)] if fmt == "json" else [json.loads(x) for x in out.splitlines()]

        def strings(value):
            if isinstance(value, dict):
                for v in value.values():
                    yield from strings(v)
            elif isinstance(value, list):
                for v in value:
                    yield from strings(v)
            elif isinstance(value, str):
                yield value

        labels = [s for d in docs for s in strings(d) if "evil" in s or "RED" in s]
        assert labels or command not in ("list", "compare"), "the article is in the output"
        assert all("\n" not in s and "\t" not in s for s in labels), labels
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert all("\n" not in cell for row in rows for cell in row if "evil" in cell)
        if fmt == "tsv":
            assert all(len(row) == len(rows[0]) for row in rows), "one record a line"
    elif command == "list":  # other tables may wrap "evil RED" in a narrow column header
        assert not any(line.lstrip().startswith("RED") for line in out.splitlines())
    if command == "list":
        assert "evil RED" in out


def test_control_characters_in_a_file_name_inside_a_folder(invoke, tmp_path):
    (tmp_path / "event").mkdir()
    (tmp_path / "event" / EVIL).write_text(ARTICLE, "utf-8")
    result = invoke("list", str(tmp_path / "event"), "-f", "json")
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout)
    assert not any(c in row["id"] + row["source"] for c in "\n\t\x1b\u202e"), row


# --- two processes, one file -------------------------------------------------------------


def test_two_reports_at_once_leave_one_complete_page(tmp_path, seeds_page):
    out = tmp_path / "same.html"
    procs = [
        subprocess.Popen(
            [str(NATOCMP), "report", "000", "001", "-o", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    assert out.read_text("utf-8") == seeds_page
    assert [p.name for p in tmp_path.iterdir()] == ["same.html"], "no temporary file left"


# --- --debug ---------------------------------------------------------------------------------


def test_debug_shows_the_traceback_of_output_errors(tmp_path):
    ro = tmp_path / "ro.html"
    ro.write_text("keep", "utf-8")
    ro.chmod(0o444)
    result = run_cli("report", "000", "001", "-o", str(ro), "--debug")
    assert result.returncode != 0
    assert b"Traceback" in result.stderr and b"OutputError" in result.stderr
    with open("/dev/full", "wb") as full:
        result = run_cli("list", "--debug", stdout=full)
    assert result.returncode != 0
    assert b"Traceback" in result.stderr and b"No space left" in result.stderr


def test_aligning_two_very_long_articles_scores_a_linear_number_of_pairs(monkeypatch) -> None:
    """Past ALL_PAIRS_LIMIT the candidates come from an index of shared terms: the pairs
    scored grow with the sentences, not with their product (word soup, the worst case: every
    sentence shares terms with every other)."""
    import random

    from natocmp import align
    from natocmp.models import Sentence

    calls = {"n": 0}
    real = align.score_profiles

    def counting(*args, **kwargs):
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(align, "score_profiles", counting)
    rnd = random.Random(3)
    vocab = [f"terme{i}" for i in range(400)]

    def soup(n: int) -> list[Sentence]:
        out = []
        for k in range(n):
            text = " ".join(rnd.choice(vocab) for _ in range(12)).capitalize() + "."
            out.append(Sentence(index=k, text=text, kind="sentence", start=0, end=len(text),
                                paragraph=k))
        return out

    scored = []
    for n in (600, 1200):
        calls["n"] = 0
        align.align_sentences(soup(n), soup(n))
        scored.append(calls["n"])
    assert scored[0] > 0
    assert scored[1] <= 2.5 * scored[0], scored
    assert scored[1] <= 2 * align.MAX_CANDIDATES * 1200
