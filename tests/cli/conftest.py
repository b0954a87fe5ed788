import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run_main(capsys, data_dir: str, *argv: str) -> tuple[int, object, str]:
    """The command line in this process: exit code, output (parsed when JSON) and errors."""
    from desktop.app import main

    code = main([*argv, "--data-dir", data_dir])
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except ValueError:
        return code, out, err


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def skillnav(_isolated_data):
    """Run the real command line (`python -m desktop`) on this test's data folder."""

    def run(*args: str) -> Result:
        done = subprocess.run([sys.executable, "-m", "desktop", *args,
                               "--data-dir", str(_isolated_data)],
                              capture_output=True, text=True, cwd=REPO, timeout=120)
        assert "Traceback" not in done.stderr, done.stderr
        return Result(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def imported(_isolated_data, imported_cache):
    """This test's data folder already holds the real 30.1 release."""
    _isolated_data.mkdir(parents=True, exist_ok=True)
    (_isolated_data / "cache.sqlite").write_bytes(imported_cache.read_bytes())
