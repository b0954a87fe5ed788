"""Benchmark: Compass sync vs a bare pymongo drain of the same documents (the floor).

    python -m tests.bench.bench_sync [--sessions 100000] [--repeat 3]

Against a SecantusDB process (or $DESKTOP_TEST_MONGO_URI), filled by the upstream-shaped
generator (about 15 skills per session). Each round, in alternating order: a bare drain of
the three collections the sync reads (find, no projection, same batch size), a first sync
into an empty cache, and a no-change resync. Peak RSS is that of a separate
``skillnav sync compass`` process doing a first sync. Targets: sync ≤ 1.5 × drain,
resync ≤ 2 s, peak RSS ≤ 400 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop.sync.mongo import BATCH_SIZE, CONNECT_TIMEOUT_MS
from tests.fixtures.compass_docs import insert_compass
from tests.fixtures.mongo_server import MongoServer, external_uri

COLLECTIONS = ("explore_experiences_director_state", "user_preferences", "agent_director_state")


def drain(uri: str, database: str) -> int:
    """The floor: every document of the three collections, nothing done with them. Same
    heartbeat timeout as the sync's client (the test server can take a while to answer)."""
    from pymongo import MongoClient

    with MongoClient(uri, connectTimeoutMS=CONNECT_TIMEOUT_MS) as client:
        return sum(1 for name in COLLECTIONS
                   for _ in client[database][name].find({}, batch_size=BATCH_SIZE))


def sync_once(uri: str, database: str, data_dir: Path) -> Any:
    from desktop.services.context import open_services
    from desktop.services.sync import MongoTarget, sync_compass

    services = open_services(data_dir)
    try:
        return sync_compass(services, MongoTarget(uri, database))
    finally:
        services.close()


def timed(fn, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - started, result


def peak_rss_of_cli_sync(uri: str, database: str, data_dir: Path) -> float:
    """Peak resident memory (MB) of a separate CLI process doing a first sync."""
    subprocess.run([sys.executable, "-m", "desktop", "sync", "compass", "--uri", uri, "--db",
                    database, "--data-dir", str(data_dir), "--json"], check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": os.getcwd()})
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--server-dir", type=Path,
                        help="keep the test server's data here and reuse it on the next run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
        root = Path(folder)
        server = None
        uri = external_uri()
        if uri is None:
            server = MongoServer(args.server_dir or root / "mongo").start()
            uri = server.uri
        try:
            from pymongo import MongoClient

            database = f"bench_compass_{args.sessions}"
            with MongoClient(uri) as client:
                states = client[database].explore_experiences_director_state
                if states.estimated_document_count() != args.sessions:
                    client.drop_database(database)
                    started = time.perf_counter()
                    insert_compass(client[database], args.sessions, batch=2000)
                    print(f"generated {args.sessions:,} sessions (about 15 skills each) in "
                          f"{time.perf_counter() - started:.1f} s", flush=True)
            drains, syncs, resyncs = [], [], []
            for round_ in range(args.repeat):
                data_dir = root / f"data{round_}"
                steps = [("drain", lambda: timed(drain, uri, database)),
                         ("sync", lambda d=data_dir: timed(sync_once, uri, database, d))]
                for name, step in steps if round_ % 2 == 0 else steps[::-1]:
                    seconds, result = step()
                    if name == "drain":
                        drains.append(seconds)
                    else:
                        assert result.added == args.sessions, result
                        syncs.append(seconds)
                    print(f"  round {round_ + 1}: {name} {seconds:.2f} s", flush=True)
                seconds, result = timed(sync_once, uri, database, data_dir)
                assert (result.added, result.updated, result.deleted) == (0, 0, 0)
                resyncs.append(seconds)
                print(f"  round {round_ + 1}: no-change resync {seconds:.3f} s "
                      f"({result.mode})", flush=True)
            rss = peak_rss_of_cli_sync(uri, database, root / "rss")
        finally:
            if server is not None:
                server.stop()
    drain_s, sync_s, resync_s = (statistics.median(x) for x in (drains, syncs, resyncs))
    print(f"\nsessions {args.sessions:,}, {args.repeat} rounds, medians:")
    print(f"  bare pymongo drain  {drain_s:8.2f} s")
    print(f"  first sync          {sync_s:8.2f} s   ratio {sync_s / drain_s:.2f} x drain "
          f"(target <= 1.5)")
    print(f"  no-change resync    {resync_s:8.3f} s   (target <= 2 s)")
    print(f"  peak RSS (CLI sync) {rss:8.0f} MB  (target <= 400 MB)")


if __name__ == "__main__":
    main()
