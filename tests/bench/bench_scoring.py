"""Scoring every occupation for one client: vectorised models vs the seed's per-occupation loop.

Run from the repository root:  python -m tests.bench.bench_scoring [--repeats 30]
The peer is a straightforward Python loop over occupations and skills, as SkillSprout's
BaselineScorer does it; both compute match, gap and tier for all ~900 occupations.
Target: >= 100 x faster. Also times a full recommend() call (items, gaps, advice).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from desktop.domain import scoring
from desktop.domain.scoring import Thresholds, level_aware, rating_vector, skillsprout, tier_index
from tests.conftest import RELEASE

SOFTWARE = "15-1252.00"


def median_ms(fn: Callable[[], Any], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def seed_loop(occupations: list[dict[str, float]], ratings: dict[str, int],
              t: Thresholds) -> list[tuple[float, float, str]]:
    """The seed's way: one occupation at a time, one skill at a time."""
    results = []
    for skills in occupations:
        importance = {e: (im - 1) / 4 * 100 for e, im in skills.items()}
        total = sum(importance.values())
        weights = {e: (v / total if total else 1 / len(importance)) for e, v in importance.items()}
        match = gap = 0.0
        for element_id, weight in weights.items():
            capability = ratings.get(element_id, 0) / 4
            match += weight * capability
            if capability <= 0.25:
                gap += weight
        match, gap = round(100 * match, 2), round(100 * gap, 2)
        if match >= t.ready_now_match and gap <= t.ready_now_gap:
            tier = "ready_now"
        elif match >= t.trainable_match or gap <= t.trainable_gap:
            tier = "trainable"
        else:
            tier = "long_reskill"
        results.append((match, gap, tier))
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    from desktop.services import casework, recommend
    from desktop.services.context import open_services
    from desktop.services.profiles import profiles

    work = Path(tempfile.mkdtemp(prefix="bench-scoring-"))
    try:
        services = open_services(work, bootstrap=False)
        from desktop.services.catalog import import_release

        import_release(services, RELEASE)
        matrix = profiles(services, "skills")
        ratings = casework.occupation_ratings(services, SOFTWARE)
        vector = rating_vector(matrix, ratings)
        t = Thresholds()
        occupations = [{e: float(matrix.importance[i, j])
                        for j, e in enumerate(matrix.element_ids)
                        if not np.isnan(matrix.importance[i, j])} for i in range(len(matrix))]

        def vectorised() -> Any:
            s = skillsprout(matrix, vector)
            return tier_index(s.match, s.gap, t)

        ours = vectorised()
        peer = seed_loop(occupations, ratings, t)
        tiers = ["ready_now", "trainable", "long_reskill"]
        assert [tiers[k] for k in ours] == [p[2] for p in peer], "the two disagree"

        loop_ms = median_ms(lambda: seed_loop(occupations, ratings, t), args.repeats)
        skillsprout_ms = median_ms(vectorised, args.repeats * 10)

        def cold() -> Any:  # including the per-release preparation of weights
            scoring._prepared.clear()
            return vectorised()

        cold_ms = median_ms(cold, args.repeats)
        level_ms = median_ms(lambda: level_aware(matrix, vector),
                             args.repeats * 10)
        full_ms = median_ms(lambda: recommend.recommend(services, ratings, SOFTWARE),
                            args.repeats)
        services.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"occupations scored: {len(matrix)}, skills: {len(matrix.element_ids)}")
    print(f"seed per-occupation loop (skillsprout): median {loop_ms:8.3f} ms")
    print(f"vectorised skillsprout:                 median {skillsprout_ms:8.3f} ms  "
          f"ratio {loop_ms / skillsprout_ms:6.1f} x (target >= 100 x)")
    print(f"vectorised skillsprout, cold (weights prepared in the call): median {cold_ms:8.3f} ms"
          f"  ratio {loop_ms / cold_ms:6.1f} x")
    print(f"vectorised level-aware:                 median {level_ms:8.3f} ms  "
          f"ratio {loop_ms / level_ms:6.1f} x")
    print(f"full recommend() (3 tiers, 10 each):    median {full_ms:8.3f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
