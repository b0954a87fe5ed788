"""``skillnav --self-test`` from source: the same command the frozen build is checked with."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop import selftest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.gui  # builds the main window (offscreen, or xcb in CI's Xvfb pass)
def test_self_test_passes_from_source(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--self-test",
                           "--data-dir", str(tmp_path)],
                          cwd=REPO, capture_output=True, text=True, timeout=240)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines[-1] == selftest.OK_MARKER
    checked = [line.split(":")[1].strip() for line in lines[1:-1]]
    assert checked == [name for name, _ in selftest.CHECKS]
    assert all(": ok in " in line or line.startswith("self-test: keyring: unavailable (")
               for line in lines[1:-1])


def test_a_failing_check_fails_the_run_and_says_which(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    def broken(services: object) -> str:
        raise ModuleNotFoundError("No module named 'sklearn'")

    monkeypatch.setattr(selftest, "CHECKS", [("search", selftest.check_search),
                                             ("scikit-learn", broken)])
    assert selftest.run_self_test() == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("self-test: search: ok in ")
    assert out[2] == ("self-test: scikit-learn: FAILED: ModuleNotFoundError: "
                      "No module named 'sklearn'")
    assert out[3] == f"{selftest.FAILED_MARKER} (1 of 2 checks)"
