"""Full O*NET release import vs `sqlite-utils insert --tsv` and the sqlite3 CLI's `.import`.

Run from the repository root:  python -m tests.bench.bench_import [--repeats 5] [--utils-repeats 1]
The peers load the same files as plain text tables; our import also converts types,
validates every line and builds indexes. Targets: <= 0.5 x sqlite-utils, <= 2 x sqlite3 CLI.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.domain.onet_release import RELEASE_FILES
from desktop.domain.progress import TaskState
from desktop.store.onet_import import build_release_cache
from tests.bench.common import median_seconds, report
from tests.conftest import RELEASE


def _files() -> list[Path]:
    return [RELEASE / s.filename for s in RELEASE_FILES if (RELEASE / s.filename).exists()]


def _table(path: Path) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in path.stem)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--utils-repeats", type=int, default=1,
                        help="sqlite-utils takes about a minute per run")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    target = work / "ours.sqlite"
    cli_db = work / "cli.sqlite"
    utils_db = work / "utils.sqlite"
    sqlite_utils = Path(sys.executable).with_name("sqlite-utils")
    script = "".join(f'.mode tabs\n.import "{f}" {_table(f)}\n' for f in _files())

    def ours() -> None:
        build_release_cache(RELEASE, target, TaskState())

    def cli() -> None:
        subprocess.run(["sqlite3", str(cli_db)], input=script, text=True, check=True)

    def utils() -> None:
        for f in _files():
            subprocess.run([str(sqlite_utils), "insert", str(utils_db), _table(f), str(f),
                            "--tsv"], check=True, stdout=subprocess.DEVNULL)

    try:
        times: dict[str, list[float]] = {"ours": [], "cli": []}
        for _ in range(args.repeats):  # taking turns, so machine drift hits both alike
            times["ours"].append(median_seconds(ours, 1))
            times["cli"].append(median_seconds(cli, 1,
                                               setup=lambda: cli_db.unlink(missing_ok=True)))
        ours_s, cli_s = (statistics.median(times[k]) for k in ("ours", "cli"))
        utils_s = median_seconds(utils, args.utils_repeats,
                                 setup=lambda: utils_db.unlink(missing_ok=True))
        report(f"O*NET release import ({len(_files())} files, {args.repeats} repeats)",
               ("skillnav import-onet", ours_s),
               [("sqlite3 CLI .import", cli_s, "<= 2 x"),
                ("sqlite-utils insert --tsv", utils_s, "<= 0.5 x")])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
