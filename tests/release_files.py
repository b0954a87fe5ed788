"""Helpers for tests that need a release folder variant (a copy under tmp_path, never committed)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path


def copy_release(source: Path, target: Path, only: list[str] | None = None) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in source.iterdir():
        if only is None or path.name in only:
            shutil.copyfile(path, target / path.name)
    return target


def raw_rows(path: Path) -> list[dict[str, str]]:
    """An independent reading of a release file with the csv module."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
