"""A seeded generator of hostile articles, and one fuzz case run through the CLI.

Used by tests/test_fuzz.py (a modest, fixed number of cases in the suite) and by
benchmarks/fuzz.py (thousands, with the slowest case's time per KB). Articles mix French,
English and other scripts with bidi controls, zero-width and combining marks, C0/C1
controls and NUL, terminal escapes, Rich markup, page-debris lines, stray quotes and
dates; JSON inputs carry unpaired surrogates (``"\\ud800"``) and hostile metadata.
"""

from __future__ import annotations

import csv
import io
import json
import random
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

FR = (
    "la le les des une un et à de du en pour que qui a ont été selon Moscou l’OTAN Russie "
    "Bruxelles ministre président réunion sommet troupes soldats frontière accord refus "
    "« non » déclaré affirmé indiqué mercredi jeudi janvier 2022 12 100 000 millions "
    "dialogue sécurité crise Ukraine Kiev Washington Stoltenberg Lavrov Sherman"
).split()
EN = (
    "the a of and to in said that NATO Russia talks meeting minister troops border deal "
    "Monday January 10 2022 officials according statement rejected proposal security "
    "president Biden Putin would could may reportedly percent million"
).split()
OTHER = ["Россия", "НАТО", "переговоры", "السلام", "محادثات", "会谈", "北约", "Ελλάδα", "😀", "🇫🇷"]
SPECIAL = [
    "\u202e",
    "\u202d",
    "\u202a",
    "\u2066",
    "\u2069",
    "\u200e",
    "\u200f",  # bidi
    "\u200b",
    "\u200c",
    "\u200d",
    "\ufeff",
    "\u2060",  # zero-width
    "\u0301",
    "\u0308\u0323\u0301",
    "e\u0301",
    "\u0338",  # combining
    "\x00",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9b",  # controls
    "\x1b[31m",
    "\x1b]8;;http://x\x07",
    "\x1b[2J",
    "\r",
    "\r\n",
    "\t",
    "[bold red]",
    "[/]",
    "[link=http://x]",
    "\\[",
    "<script>",
    "&amp;",
    "\u2028",
    "\u2029",
    "\u00a0",
    "\u202f",
    "«",
    "»",
    "“",
    "”",
    '"',
    "’",
    "…",
    "—",
]
DEBRIS = [
    "Partager",
    "Share Post:",
    "Article précédent",
    "Lire aussi :",
    "© 2022 Tous droits réservés",
    "Publié le 12 janvier 2022 à 10h30",
    "Abonnez-vous",
    "Accept cookies",
    "Newsletter",
    "Mis à jour le 13/01/2022",
    "Par Jean Dupont",
    "Advertisement",
    "Tweet",
    "Facebook",
    "À lire aussi",
    "Related articles",
    "Photo: AFP",
    "Commentaires (12)",
    "#",
    "* * *",
]
COMMANDS = [
    "list",
    "show",
    "diff",
    "compare",
    "claims",
    "speakers",
    "framing",
    "timeline",
    "stories",
    "report",
]
FORMATS = ["table", "json", "jsonl", "csv", "tsv"]


def _sentence(rng: random.Random, hostile: float = 0.5) -> str:
    lang = rng.random()
    pool = FR if lang < 0.45 else EN if lang < 0.85 else FR + EN + OTHER
    words = [rng.choice(pool) for _ in range(rng.randint(1, 30))]
    for _ in range(rng.randint(0, 3)):
        if rng.random() < hostile:
            words.insert(rng.randrange(len(words) + 1), rng.choice(SPECIAL))
    if rng.random() < 0.1:
        words = ["".join(words)]  # one long "word"
    end = rng.choice([".", ".", ".", "!", "?", "", "…", " »", ".»", ":"])
    return " ".join(words) + end


def text(rng: random.Random, max_chars: int) -> str:
    """Article text of a random length (log-uniform up to ``max_chars``)."""
    target = int(max_chars ** rng.random())
    hostile = rng.choice([0.0, 0.05, 0.2, 0.6])  # NUL or many controls: a "binary" file
    parts: list[str] = []
    size = 0
    while size < target:
        r = rng.random()
        if r < 0.15:
            piece = rng.choice(DEBRIS)
        elif r < 0.2:
            piece = "# " + _sentence(rng, hostile)
        elif r < 0.23:
            piece = _sentence(rng, hostile) * rng.randint(2, 50)  # a very long sentence
        else:
            piece = " ".join(_sentence(rng, hostile) for _ in range(rng.randint(1, 6)))
        parts.append(piece)
        size += len(piece) + 1
    return "\n".join(parts)[: max(1, max_chars)]


def _json_string(rng: random.Random, value: str) -> str:
    dumped = json.dumps(value, ensure_ascii=rng.random() < 0.5)
    if rng.random() < 0.15:  # an unpaired surrogate, as JSON allows in its escapes
        cut = rng.randrange(1, max(2, len(dumped) - 1))
        if dumped[cut - 1] != "\\":
            dumped = dumped[:cut] + rng.choice(["\\ud800", "\\udfff", "\\ud83d"]) + dumped[cut:]
    return dumped


def _meta_value(rng: random.Random, key: str) -> str:
    if rng.random() < 0.7:  # mostly plausible values, so most cases reach the analyses
        return {
            "date": rng.choice(["2022-01-12", "12 janvier 2022", "Jan 10, 2022"]),
            "language": rng.choice(["fr", "en", "fr-FR", "de"]),
            "id": rng.choice(["x", "a\nb", "000", "\x1b[1mz"]),
        }.get(key, "Le Monde")
    return rng.choice(
        [
            "Le Monde",
            "evil\nline",
            "\x1b[31mRED",
            "a\u202eb",
            "",
            " ",
            "2022-01-12",
            "12 janvier 2022",
            "not a date",
            "fr",
            "en",
            "xx",
            "[bold]x[/bold]",
            "x" * 300,
            "000",
        ]
    )


def article_file(rng: random.Random, folder: Path, n: int, max_chars: int) -> tuple[Path, int]:
    """Write one article file (txt, md, json or jsonl) and return it with its size in bytes."""
    kind = rng.choice(["txt", "txt", "md", "json", "jsonl"])
    name = rng.choice(["a", "évènement", "evil\nname", "x\x1b[1m", "b\u202ec", "[red]r", "n"])
    path = folder / f"{n}_{name}.{kind}"
    body = text(rng, max_chars)
    if kind == "md":
        front = "".join(
            f"{k}: {_meta_value(rng, k)}\n"
            for k in ("title", "outlet", "date")
            if rng.random() < 0.5
        )
        data = (f"---\n{front}---\n" if front else "") + body
        raw = data.encode("utf-8", "surrogatepass")
    elif kind in ("json", "jsonl"):
        records = []
        for _ in range(rng.randint(1, 3)):
            fields = {"text": body if not records else text(rng, max_chars // 4 + 1)}
            for k in ("id", "title", "outlet", "date", "language", "url"):
                if rng.random() < 0.4:
                    fields[k] = _meta_value(rng, k)
            records.append(
                "{"
                + ", ".join(f"{json.dumps(k)}: {_json_string(rng, v)}" for k, v in fields.items())
                + "}"
            )
        if kind == "json":
            data = (
                records[0]
                if len(records) == 1 and rng.random() < 0.5
                else ("[" + ",\n".join(records) + "]")
            )
        else:
            data = "\n".join(records) + "\n"
        raw = data.encode("utf-8")
    else:
        raw = body.encode("utf-8", "surrogatepass")
        if rng.random() < 0.05:
            raw = body.encode("cp1252", "replace")
    path.write_bytes(raw)
    return path, len(raw)


@dataclass
class Outcome:
    command: list[str]
    exit_code: int
    seconds: float
    kilobytes: float
    problem: str | None  # a traceback or a broken output; None when the case is fine


def run_case(seed: int, folder: Path, *, max_chars: int) -> Outcome:
    """Generate one case from ``seed``, run it in-process, and check what came out."""
    from typer.testing import CliRunner

    from natocmp.app import app

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    command = rng.choice(COMMANDS)
    fmt = rng.choice(FORMATS)
    count = 1 if command == "show" else 2 if command == "diff" else rng.randint(1, 3)
    files = [article_file(rng, folder, i, max_chars) for i in range(count)]
    args = [command, *(str(p) for p, _ in files)]
    if command == "report":
        args += ["-o", str(folder / "out.html")]
    else:
        args += ["-f", fmt]
    kb = sum(size for _, size in files) / 1024
    start = time.perf_counter()
    result = CliRunner().invoke(app, args, catch_exceptions=True)
    seconds = time.perf_counter() - start
    problem = None
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        problem = "".join(traceback.format_exception(result.exception))
    elif "Traceback" in result.stderr:
        problem = result.stderr
    elif result.exit_code not in (0, 1, 2):
        problem = f"exit {result.exit_code}: {result.stderr}"
    elif result.exit_code != 0:
        lines = [x for x in result.stderr.splitlines() if not x.startswith("natocmp: warning:")]
        if (
            not (
                len(lines) == 2
                and lines[0].startswith("natocmp: error: ")
                and lines[1].startswith("hint: ")
            )
            or result.stdout
        ):
            problem = f"not a one-line error: {result.stderr!r} stdout={result.stdout[:200]!r}"
    else:
        problem = _check_output(result.stdout, fmt if command != "report" else "html")
        if command == "report" and problem is None:
            page = (folder / "out.html").read_text("utf-8")
            problem = None if page.rstrip().endswith("</html>") else "report page incomplete"
    return Outcome(args, result.exit_code, seconds, kb, problem)


def _check_output(out: str, fmt: str) -> str | None:
    if "\x1b" in out or "\r" in out:
        return "an escape sequence or carriage return in the output"
    try:
        if fmt == "json":
            json.loads(out)
        elif fmt == "jsonl":
            for line in out.splitlines():
                json.loads(line)
        elif fmt in ("csv", "tsv"):
            rows = list(
                csv.reader(
                    io.StringIO(out),
                    delimiter="," if fmt == "csv" else "\t",
                    quoting=csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE,
                )
            )
            if rows and any(len(r) != len(rows[0]) for r in rows):
                return f"{fmt}: rows of different widths"
    except ValueError as exc:
        return f"invalid {fmt}: {exc}"
    return None
