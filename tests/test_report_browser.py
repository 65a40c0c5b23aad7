"""`natocmp report` in a real browser: headless Chromium builds the page, we check the DOM.

Skipped, with the reason, when no Chromium binary is installed (Debian: `apt-get install -y
chromium`). Every run uses a fresh profile folder, no network features, and a timeout.
Screenshots at a desktop and a phone width are saved in the test's tmp folder for a person
to look at (pytest --basetemp=DIR keeps them in a known place).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from test_report import Page

BROWSER = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no chromium binary on PATH (Debian/Ubuntu: apt-get install -y chromium)",
)
TIMEOUT = 120  # seconds; a cold start of Chromium on a busy CI runner takes a few


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    return subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--hide-scrollbars", *args],
        capture_output=True, text=True, timeout=TIMEOUT, check=False,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seeds' report written by the command, and the result it was built from."""
    from typer.testing import CliRunner

    from natocmp.app import app
    from natocmp.corpus import load_articles
    from natocmp.report import build_report

    folder = tmp_path_factory.mktemp("browser")
    target = folder / "report.html"
    result = CliRunner().invoke(app, ["report", "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return folder, target, build_report(load_articles([]))


@pytest.fixture(scope="module")
def dom(built) -> Page:
    folder, target, _ = built
    proc = chromium(folder / "profile-dom", "--dump-dom", target.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "</html>" in proc.stdout
    return Page(proc.stdout)


def test_browser_builds_every_claim_and_outlet(built, dom):
    _, _, report = built
    claims = dom.find("details", "claim")
    assert len(claims) == len(report.compare.groups)
    assert len(dom.find("span", "col")) == 2 * len(report.articles)  # both grids' headers
    assert len(dom.find("article", "card")) == len(report.articles)
    assert len(dom.find("rect")) == len(report.articles) ** 2
    assert not dom.find("script")


def test_browser_shows_a_claims_sentences(built, dom):
    _, _, report = built
    group = next(g for g in report.compare.groups if g.label == "diverge")
    words = dom.words
    for m in group.members:
        assert " ".join(m.text.split()) in words, (group.id, m.article)
    assert sum(1 for t, _ in dom.tags if t == "mark") >= sum(len(m.spans) for m in group.members)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize(("name", "size"), [("desktop", (1280, 2000)), ("phone", (390, 2000))])
def test_screenshots(built, name, size):
    folder, target, _ = built
    shot = folder / f"shot-{name}.png"
    proc = chromium(folder / f"profile-{name}", f"--screenshot={shot}",
                    f"--window-size={size[0]},{size[1]}", target.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert _png_size(shot) == size
    assert shot.stat().st_size > 20_000, "a blank page compresses to almost nothing"


PROBE = """<!DOCTYPE html><html><body>
<iframe id="f" src="report.html" style="width:390px;height:800px;border:0"></iframe>
<script>
document.getElementById("f").addEventListener("load", function () {
  var d = this.contentDocument, w = d.documentElement.clientWidth, wide = [];
  d.querySelectorAll("details").forEach(function (x) { x.open = true; });
  d.querySelectorAll("h1,h2,h3,h4,p,li,dd,summary,.gist,.member,.card").forEach(function (e) {
    if (e.getBoundingClientRect().right > w + 1) wide.push(e.tagName + "." + e.className);
  });
  document.body.setAttribute("data-client", w);
  document.body.setAttribute("data-wide", wide.slice(0, 10).join(" "));
});
</script></body></html>
"""


def test_text_fits_a_phone_screen(built):
    """At 390 px, with every <details> open, no text block runs past the right edge.

    The report itself runs no scripts (its CSP forbids them); this probe page frames it
    and measures the laid-out boxes. Wide tables scroll inside their own box by design,
    so only text blocks are measured.
    """
    folder, _, _ = built
    probe = folder / "probe.html"
    probe.write_text(PROBE, "utf-8")
    proc = chromium(folder / "profile-probe", "--allow-file-access-from-files",
                    "--virtual-time-budget=10000", "--dump-dom", probe.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    body = next(a for t, a in Page(proc.stdout).tags if t == "body")
    assert body.get("data-client"), "the probe did not run"
    assert body.get("data-wide") == "", f"text wider than the phone: {body.get('data-wide')}"


def test_browser_builds_the_verify_section(tmp_path):
    """`report --against`: Chromium builds one list item per checked quote, no script."""
    from typer.testing import CliRunner

    from natocmp.app import app
    from natocmp.corpus import load_articles
    from natocmp.verify import verify_quotes

    fixtures = Path(__file__).parent / "fixtures" / "verify"
    articles = [str(fixtures / f) for f in ("en-northwire.txt", "en-ledger.txt")]
    source = str(fixtures / "transcript-alliance.txt")
    target = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", *articles, "--against", source,
                                      "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    proc = chromium(tmp_path / "profile", "--dump-dom", target.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = Page(proc.stdout)
    checks = verify_quotes(load_articles([source])[0], load_articles(articles)).checks
    assert len(dom.find("li", "vq")) == len(checks) > 0
    assert not dom.find("script")
