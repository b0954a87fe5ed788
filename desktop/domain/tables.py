"""A table to export: what a page shows, or what a CLI export writes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Table:
    name: str  # file-name stem, e.g. "gap-table"
    title: str  # human title, e.g. "Skill gaps: Cooks → Chefs"
    columns: list[str]
    rows: Iterable[Sequence[Any]]  # may be a generator: exports stream it
    metadata: dict[str, Any] = field(default_factory=dict)  # release, filters…
