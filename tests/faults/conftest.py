"""Fault injection with real files and processes: the command line as a person runs it.

``cli`` runs ``python -m desktop`` on the test's data folder. ``namespaced`` runs a shell
script in a private user and mount namespace (``unshare -rm``), where it may mount a small
tmpfs that fills up or remount a folder read-only without touching the machine; everything
it mounted vanishes with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(data: Path, *args: str, env: dict[str, str] | None = None,
            timeout: float = 120) -> Run:
    done = subprocess.run([sys.executable, "-m", "desktop", *args, "--data-dir", str(data)],
                          capture_output=True, text=True, cwd=REPO, timeout=timeout,
                          env={**os.environ, **(env or {})})
    return Run(done.returncode, done.stdout, done.stderr)


def one_line_error(run: Run, code: int) -> str:
    """The run failed with ``code`` and one error line (after any progress lines)."""
    assert run.code == code, (run.code, run.out, run.err)
    lines = run.err.strip().splitlines()
    assert [x for x in lines if x.startswith("skillnav:")] == lines[-1:], run.err
    for noise in ("Traceback", "Exception ignored", "internal error", "[SQL:"):
        assert noise not in run.err, run.err
    return lines[-1]


@pytest.fixture
def cli(_isolated_data: Path):
    def run(*args: str, **options) -> Run:
        return run_cli(_isolated_data, *args, **options)

    return run


SKILLNAV = f"{sys.executable} -m desktop"


def namespaced(script: str, timeout: float = 180) -> Run:
    """``script`` (sh) as root of a private user+mount namespace; $SKILLNAV runs the CLI."""
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                          text=True, cwd=REPO, timeout=timeout,
                          env={**os.environ, "SKILLNAV": SKILLNAV})
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def imported(_isolated_data: Path, imported_cache: Path) -> Path:
    """This test's data folder already holds the real 30.1 release."""
    _isolated_data.mkdir(parents=True, exist_ok=True)
    (_isolated_data / "cache.sqlite").write_bytes(imported_cache.read_bytes())
    return _isolated_data
