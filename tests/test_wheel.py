"""The built wheel ships the seeds: install it elsewhere and load them from another folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)


def test_wheel_ships_the_seeds(tmp_path: Path) -> None:
    dist, target, elsewhere = tmp_path / "dist", tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("natocmp-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "natocmp/_seeds/manifest.toml" in names
    assert sum(n.startswith("natocmp/_seeds/") and n.endswith(".txt") for n in names) == 5

    installed = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr

    env = dict(os.environ, PYTHONPATH=str(target), NO_COLOR="1")
    env.pop("FORCE_COLOR", None)
    listed = _run(
        [sys.executable, "-m", "natocmp", "list", "--format", "json"], cwd=elsewhere, env=env
    )
    assert listed.returncode == 0, listed.stderr
    assert listed.stderr == ""
    data = json.loads(listed.stdout)
    assert [a["id"] for a in data] == ["000", "001", "002", "003", "004"]
    assert all(a["sentences"] > 0 for a in data)
    # The package really came from the wheel, not from the checkout.
    where = _run(
        [sys.executable, "-c", "import natocmp, sys; sys.stdout.write(natocmp.__file__)"],
        cwd=elsewhere,
        env=env,
    )
    assert where.stdout.startswith(str(target))
