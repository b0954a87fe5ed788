"""The README's first command, and what the self-test claims."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.faults.conftest import REPO


def test_ci_app_installs_the_app_and_runs_it(tmp_path):
    done = subprocess.run(["bash", ".ci/app", "--version", "--data-dir", str(tmp_path)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("skillnav ")


def ci_list(name: str) -> set[str]:
    done = subprocess.run(["bash", "-c", f'source .ci/lib.sh; echo ${name}'], cwd=REPO,
                          capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_ci_scripts_install_what_a_bare_debian_lacks():
    assert "python3-venv" in ci_list("APT_PYTHON")
    assert "binutils" in ci_list("APT_BUILD")  # PyInstaller's objdump
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0"} <= ci_list("APT_XCB")
    for script, lists in ((".ci/app", ("$APT_PYTHON", "$APT_XCB")),
                          (".ci/test", ("$APT_PYTHON", "$APT_XCB", "$APT_TEST")),
                          (".ci/run", ("$APT_BUILD",))):
        text = (REPO / script).read_text()
        assert all(name in text for name in lists), script


def test_ci_run_starts_the_app_like_the_readme_says():
    text = (REPO / ".ci" / "run").read_text()
    assert "SKILLNAV_QUIT_AFTER_PAINT=1" in text and "bash .ci/app --data-dir" in text


@pytest.mark.gui  # builds the main window offscreen
def test_self_test_without_display_is_quiet_and_honest(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    done = subprocess.run([sys.executable, "-m", "desktop", "--self-test",
                           "--data-dir", str(tmp_path)],
                          cwd=REPO, capture_output=True, text=True, timeout=240, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""  # no Qt chatter without a display
    keyring_line = next(x for x in done.stdout.splitlines() if x.startswith("self-test: keyring"))
    assert keyring_line.startswith("self-test: keyring: unavailable (no OS keychain here "
                                   "(backend keyring.backends.fail.Keyring)")
    assert ("self-test: scikit-learn: ok" in done.stdout
            and "nearest to Software Developers: Computer Programmers" in done.stdout)
    log = (tmp_path / "logs" / "skillnav.log").read_text()
    assert "HTTP Request" not in log and "example.test" not in log
