"""The action plan: compare 10 targets + "unlocks most", a what-if re-tier, a report PDF.

Run from the repository root:  python -m tests.bench.bench_action_plan [--repeats 15]
Peer: the seed's per-occupation loop (``bench_scoring.seed_loop``: one occupation and one
skill at a time) doing the same re-tiering — 35 raised ratings for "unlocks most", one for a
what-if — with the ``skillsprout`` model, which that loop implements; ours is timed with the
same model and with the default ``level-aware`` one.
Targets on O*NET 30.1: compare + unlocks ≤ 150 ms warm, what-if ≤ 50 ms, report PDF ≤ 2 s.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import numpy as np

from tests.bench.bench_scoring import median_ms, seed_loop
from tests.conftest import RELEASE

RETAIL = "41-2031.00"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    from desktop.domain.scoring import SKILLSPROUT, TIERS, Thresholds
    from desktop.services import action_plan, casework, shortlist
    from desktop.services.catalog import import_release
    from desktop.services.context import open_services
    from desktop.services.profiles import profiles
    from desktop.ui.report import save_pdf

    app = QGuiApplication(["bench", "-platform", "offscreen"])
    work = Path(tempfile.mkdtemp(prefix="bench-plan-"))
    try:
        services = open_services(work, bootstrap=False)
        import_release(services, RELEASE)
        matrix = profiles(services, "skills")
        client = casework.create_client(services, "K-1", RETAIL)
        ratings = {e: max(0, r - 1) for e, r in
                   casework.occupation_ratings(services, RETAIL).items()}
        casework.set_ratings(services, client["id"], ratings)
        similar = matrix.codes[::90][:10]  # ten targets spread over the release
        for code in similar:
            shortlist.pin(services, client["id"], code)
        changes = {"2.A.2.a": 4, "2.B.1.a": 3}
        t = Thresholds()
        occupations = [{e: float(matrix.importance[i, j])
                        for j, e in enumerate(matrix.element_ids)
                        if not np.isnan(matrix.importance[i, j])} for i in range(len(matrix))]

        def loop_retier(raised: dict[str, int]) -> list[str]:
            return [tier for _, _, tier in seed_loop(occupations, raised, t)]

        def loop_unlocks() -> dict[str, int]:
            base = loop_retier(ratings)
            counts = {}
            for element_id in matrix.element_ids:
                if ratings.get(element_id, 0) < 4:
                    after = loop_retier({**ratings, element_id: ratings.get(element_id, 0) + 1})
                    counts[element_id] = sum(TIERS.index(a) < TIERS.index(b)
                                             for a, b in zip(after, base, strict=True))
            return counts

        def ours_unlocks(model: str) -> dict[str, int]:
            plan = action_plan.compare(services, client["id"], model=model)
            return {u.element_id: u.count for u in plan.unlocks.all}

        expected = loop_unlocks()
        top = dict(sorted(expected.items(), key=lambda kv: -kv[1])[:5])
        assert {k: v for k, v in ours_unlocks(SKILLSPROUT).items()} == \
            {k: v for k, v in top.items() if v}, "the loop and ours disagree"

        loop_compare = median_ms(loop_unlocks, max(3, args.repeats // 5))
        sprout_compare = median_ms(lambda: ours_unlocks(SKILLSPROUT), args.repeats)
        level_compare = median_ms(lambda: ours_unlocks("level-aware"), args.repeats)
        loop_whatif = median_ms(lambda: loop_retier({**ratings, **changes}), args.repeats)
        sprout_whatif = median_ms(lambda: action_plan.what_if(
            services, client["id"], changes, model=SKILLSPROUT), args.repeats)
        level_whatif = median_ms(lambda: action_plan.what_if(
            services, client["id"], changes, model="level-aware"), args.repeats)
        pdf = work / "plan.pdf"
        report_ms = median_ms(lambda: save_pdf(action_plan.report(services, client["id"]),
                                               str(pdf)), max(3, args.repeats // 3))
        services.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    app.quit()
    print(f"occupations: {len(matrix)}, targets compared: {len(similar)}")
    print(f"compare + unlocks, per-occupation loop (skillsprout): median {loop_compare:9.1f} ms")
    print(f"compare + unlocks, ours (skillsprout):                median {sprout_compare:9.1f} ms"
          f"  ratio {loop_compare / sprout_compare:6.1f} x")
    print(f"compare + unlocks, ours (level-aware, default):       median {level_compare:9.1f} ms"
          f"  (target <= 150 ms)")
    print(f"what-if re-tier, per-occupation loop (skillsprout):   median {loop_whatif:9.1f} ms")
    print(f"what-if re-tier, ours (skillsprout):                  median {sprout_whatif:9.1f} ms"
          f"  ratio {loop_whatif / sprout_whatif:6.1f} x")
    print(f"what-if re-tier, ours (level-aware, default):         median {level_whatif:9.1f} ms"
          f"  (target <= 50 ms)")
    print(f"report: gather the plan and write the PDF:            median {report_ms:9.1f} ms"
          f"  (target <= 2000 ms)")


if __name__ == "__main__":
    main()
