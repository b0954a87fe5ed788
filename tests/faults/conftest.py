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
    """The run failed with ``code`` and exactly one line on stderr, no traceback."""
    assert run.code == code, (run.code, run.out, run.err)
    assert len(run.err.strip().splitlines()) == 1 and "Traceback" not in run.err, run.err
    assert "internal error" not in run.err
    return run.err.strip()


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
