"""Cold start to the first painted window: `python -m desktop` and the frozen app vs a bare
PySide6 window (the floor), in one run, taking turns so machine drift hits all three alike.

Run from the repository root:  python -m tests.bench.bench_startup [--repeats 7]
Each start is a new process (SKILLNAV_QUIT_AFTER_PAINT=1 prints `first-paint <time>` and
quits); the time is from just before the process starts to that mark. The frozen app is
dist/SkillNavigator/SkillNavigator, built first with packaging/build-linux.sh if missing.
Targets: source <= 1.3 x the floor, frozen <= 1.5 x. Qt runs offscreen unless
QT_QPA_PLATFORM says otherwise. Also prints the bundle size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import report

REPO = Path(__file__).resolve().parents[2]
FROZEN = REPO / "dist" / "SkillNavigator" / "SkillNavigator"
# The floor: an empty main window of the same size, with the same first-paint mark.
FLOOR = ("import sys\n"
         "from PySide6.QtWidgets import QApplication, QMainWindow\n"
         "from desktop.ui.first_paint import quit_after_first_paint\n"
         "app = QApplication(sys.argv[:1])\n"
         "window = QMainWindow()\n"
         "window.resize(1200, 780)\n"
         "quit_after_first_paint(window)\n"
         "window.show()\n"
         "app.exec()\n")


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    marks = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    if not marks:
        raise RuntimeError(f"no first-paint mark from {command}: {done.stdout}{done.stderr}")
    return float(marks[0].split()[1]) - started


def bundle_megabytes(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    if not FROZEN.exists():
        print("== no frozen build yet: packaging/build-linux.sh", flush=True)
        subprocess.run(["bash", "packaging/build-linux.sh"], cwd=REPO, check=True,
                       env=dict(os.environ, PYTHON=sys.executable))
    data = tempfile.mkdtemp(prefix="bench-startup-")
    env = dict(os.environ, SKILLNAV_QUIT_AFTER_PAINT="1",
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    commands = {
        "floor": [sys.executable, "-c", FLOOR],
        "source": [sys.executable, "-m", "desktop", "--data-dir", data],
        "frozen": [str(FROZEN), "--data-dir", data],
    }
    for command in commands.values():  # first start: demo cache built, files in page cache
        time_to_first_paint(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.repeats):
        for name, command in commands.items():
            times[name].append(time_to_first_paint(command, env))
    median = {name: statistics.median(values) for name, values in times.items()}
    floor = ("bare PySide6 window (floor)", median["floor"])
    print(f"Start to first paint, {args.repeats} runs each, {env['QT_QPA_PLATFORM']}; "
          f"all runs (s): " + "; ".join(
              f"{n} {' '.join(f'{t:.2f}' for t in v)}" for n, v in times.items()))
    report("Start-up from source", ("python -m desktop", median["source"]), [(*floor, "<= 1.3 x")])
    report("Start-up, frozen onedir", ("dist/SkillNavigator/SkillNavigator", median["frozen"]),
           [(*floor, "<= 1.5 x")])
    print(f"\nBundle: dist/SkillNavigator {bundle_megabytes(FROZEN.parent):.0f} MB")


if __name__ == "__main__":
    main()
