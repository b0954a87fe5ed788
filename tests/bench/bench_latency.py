"""Interactive latency on the O*NET 30.1 release against the SQLite floor (issue 10 §5).

Run from the repository root:  python -m tests.bench.bench_latency [--calls 200] [--restarts 5]

The release is imported into a temporary data folder as File ▸ Import does (precomputation
included) and a client is added: a retail salesperson rated from the occupation, with a few
ratings changed. Each interaction then runs in ``--restarts`` fresh processes: the first call
right after the stores open, then more calls (``--calls`` in all), timed in process through
the service functions the page calls. Beside each call, the floor: the same rows the call
returns, fetched by a bare ``sqlite3`` query on an open connection. Prints median and p95 in
milliseconds, the ratio of our p95 to the floor's, and the first call after a restart.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.conftest import RELEASE

if TYPE_CHECKING:
    from desktop.domain.recommend import Recommendations

CLIENT_OCCUPATION = "41-2031.00"  # Retail Salespersons
RAISED = {"2.A.1.a": 4, "2.A.2.a": 3, "2.B.1.f": 4, "2.B.2.i": 3}
# What a counsellor types, keystroke by keystroke (every prefix is one search).
TYPED = ["nurse", "cook", "retail", "rn", "software developer", "teacher", "electrician",
         "truck driver", "cashier", "accountant", "welder", "chef", "sales", "mechanic",
         "data", "lpn", "customer service", "carpenter", "pharmacy", "security guard"]


@dataclass(frozen=True)
class Interaction:
    name: str
    target_ms: float
    first_target_ms: float | None  # the first call after a restart, where the issue sets one


INTERACTIONS = [
    Interaction("occupation detail", 20, None),
    Interaction("search per keystroke", 30, None),
    Interaction("similar occupations (top 10)", 20, 20),
    Interaction("client's recommendations", 50, 300),
    Interaction("client gap table", 20, None),
    Interaction("opening the client page", 50, None),
]


def keystrokes() -> list[str]:
    return [word[:n] for word in TYPED for n in range(1, len(word) + 1)]


def _rows_of(db: sqlite3.Connection, codes: list[str]) -> list[Any]:
    marks = ",".join("?" * len(codes))
    return db.execute(f"SELECT o.code, o.title, z.job_zone FROM occupation o LEFT JOIN job_zone "
                      f"z ON z.code = o.code WHERE o.code IN ({marks})", codes).fetchall()


def _skill_rows(db: sqlite3.Connection, code: str) -> list[Any]:
    return db.execute("SELECT element_id, scale_id, data_value, not_relevant FROM element_rating "
                      "WHERE code = ? AND domain = 'skills'", (code,)).fetchall()


def _client_rows(casework: sqlite3.Connection, client_id: int) -> list[Any]:
    return (casework.execute("SELECT * FROM client WHERE id = ?", (client_id,)).fetchall()
            + casework.execute("SELECT element_id, rating FROM rating WHERE client_id = ?",
                               (client_id,)).fetchall())


def _cases(data: Path) -> dict[str, tuple[Callable[[int], Any], Callable[[int, Any], Any]]]:
    """Per interaction: (call number → our call, (call number, our result) → the floor)."""
    from desktop.services import casework, catalog, gaps, recommend, similar
    from desktop.services.context import open_services
    from desktop.services.profiles import profiles

    services = open_services(data)
    services.cache.meta(), casework.list_clients(services, True)  # what the window does at start
    cache = sqlite3.connect(data / "cache.sqlite")
    work = sqlite3.connect(data / "casework.sqlite")
    with sqlite3.connect(data / "cache.sqlite") as db:
        codes = [c for (c,) in db.execute(
            "SELECT DISTINCT code FROM element_rating WHERE domain = 'skills' ORDER BY code")]
    codes = codes[::3]  # a spread of occupations
    typed = keystrokes()
    client_id = 1

    def code(n: int) -> str:
        return codes[n % len(codes)]

    def detail(n: int) -> Any:  # the Occupations page: the detail and O*NET's related list
        return catalog.occupation(services, code(n)), similar.onet_related(services, code(n))

    def detail_floor(n: int, _result: Any) -> Any:
        c = code(n)
        return (_rows_of(cache, [c]),
                cache.execute("SELECT description FROM occupation WHERE code = ?", (c,)).fetchall(),
                cache.execute("SELECT r.element_id, e.name, r.scale_id, r.data_value, "
                              "r.not_relevant, r.recommend_suppress FROM element_rating r JOIN "
                              "element e ON e.element_id = r.element_id WHERE r.code = ?",
                              (c,)).fetchall(),
                cache.execute("SELECT example, commodity_code, commodity_title, hot, in_demand "
                              "FROM technology_skill WHERE code = ?", (c,)).fetchall(),
                cache.execute("SELECT title FROM alternate_title WHERE code = ?", (c,)).fetchall(),
                cache.execute("SELECT related_code FROM related_occupation WHERE code = ?",
                              (c,)).fetchall())

    def search_floor(n: int, _result: Any) -> Any:  # every title with a word starting so
        text = typed[n % len(typed)]
        return cache.execute(
            "SELECT code, title FROM occupation WHERE title LIKE ?1 OR title LIKE ?2 UNION ALL "
            "SELECT code, title FROM alternate_title WHERE title LIKE ?1 OR title LIKE ?2",
            (f"{text}%", f"% {text}%")).fetchall()

    def page_open(_n: int) -> Any:  # ClientPage.load's calls
        client = casework.get_client(services, client_id)
        matrix = profiles(services, "skills")
        detail = catalog.occupation(services, client.current_code)
        gap = gaps.client_gap(services, client_id, client.current_code)
        return client, matrix.element_ids, detail, gap, casework.get_ratings(services, client_id)

    def listed(result: Recommendations) -> list[str]:
        return [item.code for item in result.listed()]

    return {
        "occupation detail": (detail, detail_floor),
        "search per keystroke": (lambda n: catalog.search(services, typed[n % len(typed)], 200),
                                 search_floor),
        "similar occupations (top 10)": (
            lambda n: similar.similar(services, code(n), 10),
            lambda _n, result: _rows_of(cache, [n.code for n in result])),
        "client's recommendations": (
            lambda _n: recommend.recommend_for_client(services, client_id, limit_per_bucket=25),
            lambda _n, result: (_client_rows(work, client_id), _rows_of(cache, listed(result)))),
        "client gap table": (
            lambda n: gaps.client_gap(services, client_id, code(n)),
            lambda n, _result: (_client_rows(work, client_id), _skill_rows(cache, code(n)))),
        "opening the client page": (
            page_open,
            lambda _n, _result: (_client_rows(work, client_id),
                                 _skill_rows(cache, CLIENT_OCCUPATION))),
    }


def child(data: Path, name: str, calls: int, offset: int) -> None:
    """In a fresh process: the first call, then ``calls`` more, each with its floor."""
    started = time.perf_counter()
    ours, floor = _cases(data)[name]
    opened = time.perf_counter() - started
    times: dict[str, Any] = {"opened": opened, "ours": [], "floor": []}
    for n in range(offset, offset + calls + 1):
        began = time.perf_counter()
        result = ours(n)
        times["ours"].append(time.perf_counter() - began)
        began = time.perf_counter()
        floor(n, result)
        times["floor"].append(time.perf_counter() - began)
    print(json.dumps(times))


def prepare(data: Path) -> None:
    """Import the release and add the client, as a counsellor would."""
    from desktop.services import casework, catalog
    from desktop.services.context import open_services

    services = open_services(data)
    catalog.import_release(services, RELEASE)
    client = casework.create_client(services, "R-1 retail", CLIENT_OCCUPATION)
    casework.prefill_from_occupation(services, client.id, CLIENT_OCCUPATION)
    casework.set_ratings(services, client.id, RAISED)
    services.close()


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--restarts", type=int, default=5)
    parser.add_argument("--child", nargs=4, metavar=("DATA", "NAME", "CALLS", "OFFSET"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        data, name, calls, offset = args.child
        child(Path(data), name, int(calls), int(offset))
        return
    work = Path(tempfile.mkdtemp(prefix="bench-latency-"))
    try:
        prepare(work)
        per_process = -(-args.calls // args.restarts)
        print(f"Interaction latency on {RELEASE.name}: {args.restarts} fresh processes, "
              f"{per_process * args.restarts} calls after the first (ms)")
        print(f"  {'interaction':<30} {'target':>7} {'median':>7} {'p95':>7} {'floor':>7} "
              f"{'fl.p95':>7} {'ratio':>7}   first after restart (median, max; target)")
        for interaction in INTERACTIONS:
            ours: list[float] = []
            floor: list[float] = []
            first: list[float] = []
            for restart in range(args.restarts):
                done = subprocess.run(
                    [sys.executable, "-m", "tests.bench.bench_latency", "--child", str(work),
                     interaction.name, str(per_process), str(restart * per_process)],
                    capture_output=True, text=True)
                if done.returncode:
                    raise SystemExit(f"{interaction.name} failed:\n{done.stderr}")
                times = json.loads(done.stdout.splitlines()[-1])
                first.append(times["ours"][0])
                ours += times["ours"][1:]
                floor += times["floor"][1:]
            ms = 1000
            ratio = p95(ours) / p95(floor)
            target = f"<= {interaction.target_ms:g}"
            first_target = (f"<= {interaction.first_target_ms:g}"
                            if interaction.first_target_ms else "-")
            print(f"  {interaction.name:<30} {target:>7} "
                  f"{statistics.median(ours) * ms:7.1f} {p95(ours) * ms:7.1f} "
                  f"{statistics.median(floor) * ms:7.2f} {p95(floor) * ms:7.2f} "
                  f"{ratio:6.1f}x   {statistics.median(first) * ms:6.1f} {max(first) * ms:6.1f}"
                  f"  ({first_target})", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
