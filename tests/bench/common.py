"""Shared helpers of the benchmark scripts: repeat, take medians, print ratios."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(run: Callable[[], object], repeats: int,
                   setup: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(repeats):
        setup()
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def report(title: str, ours: tuple[str, float], peers: list[tuple[str, float, str]]) -> None:
    """Print our median, each peer's, and the ratio against each target."""
    name, seconds = ours
    print(f"\n{title}")
    print(f"  {name:<40} {seconds:8.3f} s (median)")
    for peer, peer_seconds, target in peers:
        ratio = seconds / peer_seconds
        print(f"  {peer:<40} {peer_seconds:8.3f} s (median)   ratio {ratio:.2f} x  "
              f"(target {target})")
