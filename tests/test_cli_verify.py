"""`natocmp verify`: the command, its exit codes, its errors, every format."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

VERIFY = Path(__file__).parent / "fixtures" / "verify"
SOURCE = str(VERIFY / "transcript-alliance.txt")
WIRE = str(VERIFY / "en-northwire.txt")
FRENCH = str(VERIFY / "fr-quotidien.txt")


def test_table_shows_verdicts_passages_and_per_outlet_counts(invoke):
    result = invoke("verify", "--against", SOURCE, WIRE, "--width", "160")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for text in ("misattributed", "not found", "trimmed", "verbatim", "altered",
                 "dropped: any threat against [the security of] our members",
                 "number: 2 → 3", "quotes of the source per outlet",
                 "a journalist's question said them"):
        assert text in out, text


def test_exit_code_when_a_quote_is_altered_misattributed_or_not_found(invoke):
    assert invoke("verify", "--against", SOURCE, WIRE, "--exit-code").exit_code == 1
    assert invoke("verify", "--against", SOURCE, WIRE).exit_code == 0
    # a French article without --semantic: every quote unchecked, nothing failing
    assert invoke("verify", "--against", SOURCE, FRENCH, "--exit-code").exit_code == 0


def test_json_counts_per_outlet(invoke):
    doc = json.loads(invoke("verify", "--against", SOURCE, WIRE, FRENCH, "-f", "json").stdout)
    counts = {o["article"]: {k: n for k, n in o["counts"].items() if n} for o in doc["outlets"]}
    assert counts["fr-quotidien"] == {"unchecked": 5}
    assert counts["en-northwire"]["misattributed"] == 2
    assert doc["params"]["source_speakers"] == ["Maria Lindqvist", "Tomas Reyes"]
    assert [t["role"] for t in doc["source"]["turns"]][:3] == ["moderator", "official", "question"]


def test_source_in_another_format(invoke, tmp_path):
    text = (VERIFY / "transcript-alliance.txt").read_text("utf-8")
    (tmp_path / "t.json").write_text(json.dumps({"id": "t", "text": text}), "utf-8")
    as_json = invoke("verify", "--against", str(tmp_path / "t.json"), WIRE, "-f", "csv")
    as_text = invoke("verify", "--against", SOURCE, WIRE, "-f", "csv")
    assert as_json.exit_code == 0, as_json.stderr
    assert as_json.stdout == as_text.stdout


def test_the_source_is_not_checked_against_itself(invoke):
    doc = json.loads(invoke("verify", "--against", SOURCE, SOURCE, WIRE, "-f", "json").stdout)
    assert [o["article"] for o in doc["outlets"]] == ["en-northwire"]


@pytest.mark.parametrize(("make", "mentions", "code"), [
    (lambda d: d / "missing.txt", "missing.txt", 2),
    (lambda d: d, "documents", 2),
    (lambda d: (d / "empty.txt").write_bytes(b"") and d / "empty.txt" or d / "empty.txt",
     "empty.txt", 1),
    (lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02" * 50) and d / "bin.txt",
     "bin.txt", 1),
])
def test_bad_source_is_one_line_naming_the_file_and_the_fix(invoke, tmp_path, make, mentions,
                                                           code):
    (tmp_path / "a.txt").write_text("One article\n\nIt says something today.", "utf-8")
    (tmp_path / "b.txt").write_text("Another one\n\nIt says something else.", "utf-8")
    bad = make(tmp_path)
    result = invoke("verify", "--against", str(bad), WIRE)
    assert result.exit_code == code
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("natocmp: error: --against ") and mentions in lines[0]
    assert lines[1].startswith("hint: ") and len(lines) == 2


def test_against_is_required(invoke):
    result = invoke("verify", WIRE)
    assert result.exit_code == 2
    assert "--against" in result.stderr


def test_semantic_without_the_extra_says_how_to_install_it(invoke, monkeypatch):
    monkeypatch.setitem(sys.modules, "natocmp.embed", None)  # as if not installed
    result = invoke("verify", "--against", SOURCE, FRENCH, "--semantic")
    assert result.exit_code == 2
    hint = "hint: install the extra: pip install 'natocmp[semantic]'"
    assert result.stderr.splitlines()[1] == hint
    assert result.stdout == ""


def test_report_gets_a_verify_section_with_against(invoke, tmp_path):
    out = tmp_path / "r.html"
    result = invoke("report", WIRE, str(VERIFY / "en-ledger.txt"), "--against", SOURCE,
                    "-o", str(out))
    assert result.exit_code == 0, result.stderr
    page = out.read_text("utf-8")
    assert '<section id="verify">' in page and 'href="#verify"' in page
    assert "misattributed" in page and "the security of" in page
    plain = tmp_path / "p.html"
    invoke("report", WIRE, str(VERIFY / "en-ledger.txt"), "-o", str(plain))
    assert '<section id="verify">' not in plain.read_text("utf-8")


def test_report_section_escapes_article_and_source_text(invoke, tmp_path):
    src = tmp_path / "src.txt"
    src.write_text("Briefing on tags\n\nJANE MOOR: We will not allow <script>alert(1)</script> "
                   "in our pages today.", "utf-8")
    for n in (1, 2):
        (tmp_path / f"a{n}.txt").write_text(
            f"Article {n} on tags\n\n\"We will not allow <script>alert(1)</script> in our "
            f"pages today,\" Jane Moor said on Monday.", "utf-8")
    out = tmp_path / "r.html"
    result = invoke("report", str(tmp_path / "a1.txt"), str(tmp_path / "a2.txt"),
                    "--against", str(src), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    section = out.read_text("utf-8").split('<section id="verify">')[1].split("</section>")[0]
    assert "<script>" not in section and "&lt;script&gt;" in section
    assert "✓ verbatim" in section


def test_real_pages_as_a_source_without_labels(invoke, realdev):
    # realdev holds news pages only, no official transcript: one outlet's reaction piece
    # stands in for a source without labels (nobody named, so nothing is misattributed).
    event = realdev / "world-cup-final-2022"
    pages = sorted(str(p) for p in event.glob("*.txt"))
    args = ("verify", "--against", str(event / "tf1info_fr.txt"), *pages, "-f", "json")
    first, second = invoke(*args), invoke(*args)
    assert first.exit_code == 0, first.stderr
    assert first.stdout == second.stdout
    doc = json.loads(first.stdout)
    assert [t["role"] for t in doc["source"]["turns"]] == ["unknown"]
    verdicts = {q["verdict"] for q in doc["quotes"]}
    assert verdicts and "misattributed" not in verdicts and "not_found" not in verdicts


def test_source_speaker_names_who_speaks_in_an_unlabelled_source(invoke, tmp_path):
    statement = tmp_path / "statement.txt"
    statement.write_text("A statement on the harbour\n\nThe harbour will reopen on Monday, "
                         "and no ship will be turned away.", "utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Harbour reopens\n\n\"The harbour will reopen on Monday,\" the port "
                       "director Ines Vale said.\n\n\"No ship will be turned away,\" said "
                       "the mayor, Tom Reed.", "utf-8")
    def verdicts(*extra):
        doc = json.loads(invoke("verify", "--against", str(statement), str(article),
                                *extra, "-f", "json").stdout)
        return [(q["credited"], q["verdict"]) for q in doc["quotes"]]
    assert verdicts() == [("Ines Vale", "verbatim"), ("Tom Reed", "verbatim")]
    assert verdicts("--source-speaker", "Ines Vale") == [
        ("Ines Vale", "verbatim"), ("Tom Reed", "misattributed")]


def test_verify_semantic_goes_through_the_embedding_cache(invoke, monkeypatch, tmp_path) -> None:
    """--semantic (or NATOCMP_SEMANTIC=1) embeds through the persistent cache, as the other
    commands do; --no-cache leaves it alone; the verdicts are the same either way."""
    monkeypatch.setenv("NATOCMP_EMBEDDER", "hashing")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    args = ["verify", "--against", str(VERIFY / "transcript-alliance.txt"),
            str(VERIFY / "fr-quotidien.txt"), "-f", "json"]
    uncached = invoke(*args, "--semantic", "--no-cache")
    assert not (tmp_path / "cache").exists()
    monkeypatch.setenv("NATOCMP_SEMANTIC", "1")
    cached = invoke(*args)
    assert (tmp_path / "cache" / "natocmp" / "embeddings.sqlite3").is_file()
    assert cached.stdout == uncached.stdout
