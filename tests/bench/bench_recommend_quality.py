"""How good are the recommendations? Every rated occupation as a prefilled client.

Run from the repository root:
    python -m tests.bench.bench_recommend_quality [--data-dir DIR] [--latency-runs 5]

Each of the ~894 occupations with skill ratings becomes a client prefilled from it (ratings
= its levels rounded to 0–4), with it as the current occupation and nothing else stated.
For the new ``level-aware`` model and, beside it, the pre-issue-9 one (reproduced below:
tiers from match ≥ 75 & gap ≤ 25 / match ≥ 50 or gap ≤ 55, ordered by (match + 100 ·
skill-profile relatedness) / 2) and the seed's ``skillsprout``, it prints self-match, tier
sizes, ΔJob Zone by tier, the share of the first 20 recommendations (tier order) in the
client's SOC minor group, and how often long reskill is empty. Then latency: the first
recommendation in a fresh process (stores opened as at start-up) and warm calls, with
``skillsprout`` as the peer. Targets are checked and printed as PASS/FAIL.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from desktop.domain import recommend as rec
from desktop.domain import scoring
from desktop.domain.profiles import ProfileMatrix
from tests.conftest import RELEASE

FIRST = 20
RETAIL = "41-2031.00"


def old_level_aware(matrix: ProfileMatrix, vector: np.ndarray, current: int
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The level-aware model before issue 9: (tier index, order key, self-match ok)."""
    p = scoring.prepare(matrix)
    client = vector * scoring.STEP
    coverage = np.minimum(1.0, client * p.inverse_level)
    shortfall = np.clip((p.level - client) / scoring.STEP, 0.0, 1.0)
    gaps = p.required & (p.level - client > scoring.STEP / 2)
    match = np.round(100 * np.einsum("ij,ij->i", p.weight, coverage), 2)
    gap = np.round(100 * np.einsum("ij,ij->i", p.weight, shortfall), 2)
    related = np.clip((scoring.relatedness(matrix, client)
                       + p.unit_deviation @ p.unit_deviation[current]) / 2, 0.0, 1.0)
    tiers = scoring.tier_index(match, gap, scoring.Thresholds())
    return tiers, (match + 100 * related) / 2, (match == 100) & ~gaps.any(axis=1)


def evaluate(release: rec.Release, model: str) -> dict[str, Any]:
    matrix = release.matrix
    codes = np.array(matrix.codes)
    minor = np.array([c[:4] for c in matrix.codes])
    zones = matrix.job_zones
    rows: dict[str, list[Any]] = {k: [] for k in (
        "self", "sizes", "delta", "share", "empty", "zone", "ready_above")}
    for current, code in enumerate(matrix.codes):
        ratings = {e: scoring_rating(matrix, current, j) for j, e in enumerate(matrix.element_ids)}
        ratings = {e: r for e, r in ratings.items() if r is not None}
        if model == "old level-aware":
            vector = scoring.rating_vector(matrix, ratings)
            tier, key, self_ok = old_level_aware(matrix, vector, current)
            self_match = bool(self_ok[current])
            last = np.zeros(len(matrix))
        else:
            r = rec.rank(release, rec.Client(ratings, code), model)
            tier, key = r.tier, r.fit
            self_match = bool(r.scores.match[current] == 100 and r.scores.missing[current] == 0)
            last = r.ready.over_qualified.astype(float) if r.ready else np.zeros(len(matrix))
        others = np.arange(len(matrix)) != current
        order = np.lexsort((codes, -key, last, tier))
        order = order[others[order]]
        rows["self"].append(self_match)
        rows["sizes"].append([int(((tier == k) & others).sum()) for k in range(3)])
        delta = zones - zones[current]
        rows["delta"].append([delta[(tier == k) & others] for k in range(3)])
        rows["share"].append(float((minor[order[:FIRST]] == minor[current]).mean()))
        rows["empty"].append(not ((tier == 2) & others).any())
        rows["zone"].append(zones[current])
        rows["ready_above"].append(int(((tier == 0) & others & (delta > 0)).sum()))
    return rows


def scoring_rating(matrix: ProfileMatrix, row: int, column: int) -> int | None:
    """The prefill rule (services.casework.occupation_ratings), on the matrix."""
    from desktop.domain.ratings import level_to_rating

    if matrix.not_relevant[row, column]:
        return 0
    level = matrix.level[row, column]
    return None if np.isnan(level) else level_to_rating(float(level))


def quartiles(values: list[int]) -> str:
    q1, median, q3 = np.percentile(values, [25, 50, 75])
    return f"{median:5.0f} ({q1:.0f}–{q3:.0f})"


def table(results: dict[str, dict[str, Any]]) -> list[tuple[str, bool]]:
    names = list(results)
    width = 24
    print("\n" + "metric".ljust(34) + "".join(n.rjust(width) for n in names))

    def line(label: str, cells: list[str]) -> None:
        print(label.ljust(34) + "".join(c.rjust(width) for c in cells))

    line("clients", [str(len(r["self"])) for r in results.values()])
    line("self-match 100 %, no key gap", [f"{100 * np.mean(r['self']):.1f} %"
                                          for r in results.values()])
    for k, tier in enumerate(("ready now", "trainable", "long reskill")):
        line(f"{tier}: median size (Q1–Q3)",
             [quartiles([s[k] for s in r["sizes"]]) for r in results.values()])
    for k, tier in enumerate(("ready now", "trainable", "long reskill")):
        deltas = [np.concatenate([d[k] for d in r["delta"]]) for r in results.values()]
        deltas = [d[~np.isnan(d)] for d in deltas]
        line(f"{tier}: mean ΔJob Zone", [f"{d.mean():+.2f}" if len(d) else "—" for d in deltas])
        line(f"{tier}: share Δ>0 / Δ≥2", [f"{(d > 0).mean():.2f} / {(d >= 2).mean():.2f}"
                                          if len(d) else "—" for d in deltas])
    line("ready-now targets above zone", [str(sum(r["ready_above"])) for r in results.values()])
    line(f"same minor group, first {FIRST}", [f"{np.mean(r['share']):.3f}"
                                             for r in results.values()])
    line("long reskill empty: all", [f"{100 * np.mean(r['empty']):.1f} %"
                                     for r in results.values()])
    low = [[e for e, z in zip(r["empty"], r["zone"], strict=True) if z <= 3]
           for r in results.values()]
    line("long reskill empty: Job Zone 1–3", [f"{100 * np.mean(x):.1f} %" for x in low])
    new = results["level-aware (new)"]
    new_low = low[names.index("level-aware (new)")]
    return [("self-match 100 % for every occupation", all(new["self"])),
            ("no Ready-now target above the client's Job Zone (education not stated)",
             sum(new["ready_above"]) == 0),
            ("long reskill non-empty for ≥ 90 % of Job Zone 1–3 clients",
             1 - np.mean(new_low) >= 0.90),
            (f"same-minor-group share in the first {FIRST} ≥ 0.25", np.mean(new["share"]) >= 0.25)]


LATENCY = """
import sys, time
from desktop.services.context import open_services
from desktop.services import casework, recommend
services = open_services(sys.argv[1])
services.cache.meta()  # as at start-up: the window shows the release
ratings = casework.occupation_ratings(services, sys.argv[2])
started = time.perf_counter()
recommend.recommend(services, ratings, sys.argv[2], limit_per_bucket=25)
print(time.perf_counter() - started)
"""


def latency(data: Path, runs: int) -> None:
    from desktop.services import casework, recommend
    from desktop.services.context import open_services

    first = [float(subprocess.run([sys.executable, "-c", LATENCY, str(data), RETAIL],
                                  check=True, capture_output=True, text=True).stdout)
             for _ in range(runs)]
    services = open_services(data)
    ratings = casework.occupation_ratings(services, RETAIL)
    warm = {}
    for model in ("level-aware", "skillsprout"):
        recommend.recommend(services, ratings, RETAIL, model, 25)
        times = []
        for _ in range(30):
            started = time.perf_counter()
            recommend.recommend(services, ratings, RETAIL, model, 25)
            times.append(time.perf_counter() - started)
        warm[model] = statistics.median(times) * 1000
    services.close()
    print(f"\nlatency, Retail Salespersons client, 25 per tier ({runs} fresh processes):")
    print(f"  first call after start: median {1000 * statistics.median(first):6.1f} ms, "
          f"max {1000 * max(first):6.1f} ms (target ≤ 300 ms)")
    print(f"  warm level-aware:       median {warm['level-aware']:6.1f} ms (target ≤ 50 ms)")
    print(f"  warm skillsprout (peer): median {warm['skillsprout']:6.1f} ms   ratio "
          f"{warm['level-aware'] / warm['skillsprout']:.2f} x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", help="a data folder with the release imported "
                        "(default: import the shared 30.1 release into a temporary one)")
    parser.add_argument("--latency-runs", type=int, default=5)
    args = parser.parse_args()
    from desktop.services import recommend
    from desktop.services.catalog import import_release
    from desktop.services.context import open_services

    work = None if args.data_dir else Path(tempfile.mkdtemp(prefix="bench-quality-"))
    data = Path(args.data_dir) if args.data_dir else work
    try:
        services = open_services(data, bootstrap=False)
        if work is not None:
            import_release(services, RELEASE)
        release = recommend.release(services)
        services.close()
        results = {"level-aware (new)": evaluate(release, "level-aware"),
                   "old level-aware": evaluate(release, "old level-aware"),
                   "skillsprout (seed)": evaluate(release, "skillsprout")}
        checks = table(results)
        print()
        for text, ok in checks:
            print(f"  {'PASS' if ok else 'FAIL'}  {text}")
        latency(data, args.latency_runs)
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
