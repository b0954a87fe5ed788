"""Benchmark: the user-skills CSV export against `sqlite3 -csv` of the same join.

    python -m tests.bench.bench_export [--rows 1000000] [--repeat 3]

Builds a temporary cache with ROWS explored top-skill rows (sessions × 5 experiences × 8
skills), then, in the same run and alternately, times
  - ours:  `python -m desktop export user-skills --format csv` (a fresh process: start-up,
           neutralisation, UTC times, e-mail masking, atomic write, sidecar included),
  - peer:  `sqlite3 -csv -header` running the same SELECT (UTC times, no neutralisation),
and prints medians, the ratio (target ≤ 2×) and each process's peak RSS, at ROWS and at a
tenth of ROWS, to show that memory stays flat.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.store.exports import user_skills_sql

TIME = "/usr/bin/time"  # GNU time: the child's own peak RSS (Debian package "time")
EXPERIENCES = 5
SKILLS = 8


def build_cache(data_dir: Path, rows: int) -> Path:
    from desktop.services.context import open_services

    services = open_services(data_dir)  # the demo cache
    services.cache.meta()  # opening the engine creates the sync tables
    path = services.cache.path
    services.close()
    sessions = rows // (EXPERIENCES * SKILLS)
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO compass_session (session_id, user_id, user_created_at, "
            "session_timestamp, legacy, source_db) VALUES (?, ?, ?, ?, 0, 'bench')",
            ((10_000 + s, f"user{s // 2:08d}", "2025-11-03T14:21:55.123",
              f"2025-11-{1 + s % 28:02d}T15:02:44.512+00:00") for s in range(sessions)))
        db.executemany(
            "INSERT INTO compass_experience (session_id, view, experience_uuid, position, "
            "title) VALUES (?, 'explored', ?, ?, ?)",
            ((10_000 + s, f"{s:08d}-exp-{e}", e, f"Experience {e} of session {s}")
             for s in range(sessions) for e in range(EXPERIENCES)))
        db.executemany(
            "INSERT INTO compass_skill (session_id, view, experience_uuid, kind, rank, "
            "order_index, skill_uuid, model_id, preferred_label, skill_type) "
            "VALUES (?, 'explored', ?, 'top', ?, ?, ?, '673b3fc9b52651611ad13a80', ?, '')",
            ((10_000 + s, f"{s:08d}-exp-{e}", k + 1, k, f"skill-{(s * 7 + e * 3 + k) % 3000}",
              f"skill label {(s * 7 + e * 3 + k) % 3000}")
             for s in range(sessions) for e in range(EXPERIENCES) for k in range(SKILLS)))
    return path


def run(command: list[str], stdout_path: Path | None = None) -> tuple[float, ...]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one process, measured by GNU time;
    then what the process printed on stdout (ours: the export call's own wall and CPU)."""
    with tempfile.NamedTemporaryFile("r") as report:
        if stdout_path:
            with open(stdout_path, "wb") as out:
                subprocess.run([TIME, "-f", "%e %U %S %M", "-o", report.name, *command],
                               stdout=out, check=True)
            printed = ""
        else:
            printed = subprocess.run([TIME, "-f", "%e %U %S %M", "-o", report.name, *command],
                                     capture_output=True, text=True, check=True).stdout
        wall, user, system, rss_kb = report.read().split()
    return (float(wall), float(user) + float(system), int(rss_kb) / 1024,
            *(float(v) for v in printed.split()))

def child(data_dir: str, output: str) -> None:
    """One export, as `skillnav export user-skills --format csv` runs it; prints its times."""
    from desktop.services.context import open_services
    from desktop.services.exports import export_user_skills

    services = open_services(data_dir)
    wall, cpu = time.perf_counter(), time.process_time()
    export_user_skills(services, output, "csv")
    print(time.perf_counter() - wall, time.process_time() - cpu)
    services.close()


def line_count(path: Path) -> int:
    with open(path, "rb") as stream:
        return sum(1 for _ in stream)


def measure(rows: int, repeat: int, work: Path) -> dict[str, list[tuple[float, ...]]]:
    data_dir = work / f"data-{rows}"
    cache = build_cache(data_dir, rows)
    ours_out, peer_out = work / "ours.csv", work / "peer.csv"
    ours = [sys.executable, "-m", "tests.bench.bench_export", "--child", str(data_dir),
            str(ours_out)]
    peer = ["sqlite3", "-csv", "-header", str(cache), user_skills_sql("explored", False)]
    results: dict[str, list[tuple[float, ...]]] = {"ours": [], "peer": []}
    for _ in range(repeat):
        results["ours"].append(run(ours))
        results["peer"].append(run(peer, peer_out))
    assert line_count(ours_out) == line_count(peer_out) == rows + 1
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("DATA_DIR", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    sqlite = subprocess.run(["sqlite3", "-version"], capture_output=True, text=True).stdout
    print(f"python {sys.version.split()[0]}, sqlite3 CLI {sqlite.split()[0]}, "
          f"{args.repeat} alternating runs each")
    with tempfile.TemporaryDirectory() as folder:
        for rows in (args.rows // 10, args.rows):
            results = measure(rows, args.repeat, Path(folder))
            ours, peer = results["ours"], results["peer"]
            wall, cpu, rss, own_wall, own_cpu = (statistics.median(r[i] for r in ours)
                                                 for i in range(5))
            peer_wall, peer_cpu = (statistics.median(r[i] for r in peer) for i in range(2))
            print(f"{rows:>9,} rows")
            print(f"  sqlite3 -csv        {peer_wall:6.2f} s wall {peer_cpu:6.2f} s CPU   "
                  f"peak RSS {max(r[2] for r in peer):4.0f} MB")
            print(f"  ours, whole process {wall:6.2f} s wall {cpu:6.2f} s CPU   peak RSS "
                  f"{max(r[2] for r in ours):4.0f} MB   ratio {wall / peer_wall:4.2f}x wall, "
                  f"{cpu / peer_cpu:4.2f}x CPU")
            print(f"  ours, export call   {own_wall:6.2f} s wall {own_cpu:6.2f} s CPU"
                  f"{'':23}ratio {own_wall / peer_wall:4.2f}x wall, {own_cpu / peer_cpu:4.2f}x CPU")
            del rss

if __name__ == "__main__":
    main()
