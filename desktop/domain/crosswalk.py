"""ESCO occupation → O*NET-SOC 2019 occupations, offline, from two public crosswalk tables.

``esco_onet_crosswalk_Nov2020.csv`` (Nesta) gives each level-5 ESCO occupation its best O*NET-SOC
**2010** code with a confidence of 0.5, 1 or 2; ``onet_soc_2010_to_2019_crosswalk.csv`` (O*NET
Resource Center) brings 2010 codes to the 2019 taxonomy of current releases, one row per pair.

An occupation from Compass resolves, in order: by any of its UUIDs (``UUID``, ``originUUID``,
``UUIDHistory``) against the concept URI's UUID; by the level-5 parent of a deeper ESCO code
(``2166.1.2`` → ``2166.1``, whose UUIDs the caller knows from other synced occupations), which
inherits the parent's match by the crosswalk authors' design; else by the ISCO unit group (the
code's four digits), whose rows become candidates for the counsellor to choose from.

Each candidate's confidence (0–1) multiplies the crosswalk's own confidence, the share of a
2010 code split into several 2019 codes, and the fallback used; its reason says so in words.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

ESCO_FILE = "esco_onet_crosswalk_Nov2020.csv"
SOC_FILE = "onet_soc_2010_to_2019_crosswalk.csv"
ATTRIBUTION = (
    "ESCO → O*NET occupation crosswalk: Nesta, Mapping Career Causeways (2020), MIT License, "
    "© 2021 Nesta; ESCO © European Union, CC BY 4.0. O*NET-SOC 2010 → 2019 crosswalk: O*NET "
    "Resource Center, USDOL/ETA, CC BY 4.0.")

CROSSWALK_WEIGHT = {2.0: 1.0, 1.0: 0.75, 0.5: 0.5}  # the authors' 0.5 / 1 / 2 (highest)
CROSSWALK_WORDS = {2.0: "high", 1.0: "medium", 0.5: "low"}
PARENT_FACTOR = 0.8  # a deeper ESCO occupation inherits its level-5 parent's match
ISCO_FACTOR = 0.5  # only the unit group is known: one of several candidates


def confidence_label(confidence: float) -> str:
    return "high" if confidence >= 0.8 else "medium" if confidence >= 0.55 else "low"


@dataclass(frozen=True)
class EscoRow:
    uuid: str  # lower case
    label: str
    isco: str
    code_2010: str
    title_2010: str
    confidence: float  # 0.5, 1 or 2


@dataclass(frozen=True)
class Candidate:
    code: str  # O*NET-SOC 2019
    title: str
    confidence: float  # 0–1
    reason: str

    @property
    def label(self) -> str:
        return confidence_label(self.confidence)


@dataclass(frozen=True)
class Resolution:
    method: str  # uuid | parent | isco | none
    candidates: tuple[Candidate, ...]  # best first
    note: str  # one line: how it resolved, or why it did not


def uuid_of(concept_uri: str) -> str:
    return concept_uri.rstrip("/").rsplit("/", 1)[-1].strip().lower()


def level5_parent(code: str) -> str | None:
    """``2166.1.2`` → ``2166.1``; None for a level-5 code or anything shorter."""
    parts = code.strip().split(".")
    return ".".join(parts[:2]) if len(parts) > 2 else None


class Crosswalk:
    def __init__(self, rows: Iterable[EscoRow], soc_2019: Mapping[str, Sequence[tuple[str, str]]]
                 ) -> None:
        self.rows = list(rows)
        self.by_uuid = {row.uuid: row for row in self.rows}
        self.by_isco: dict[str, list[EscoRow]] = defaultdict(list)
        for row in self.rows:
            self.by_isco[row.isco].append(row)
        self.soc_2019 = soc_2019

    @classmethod
    def from_texts(cls, esco_csv: str, soc_csv: str) -> Crosswalk:
        """The two files' text (the second may start with a byte-order mark)."""
        rows = [EscoRow(uuid_of(r["concept_uri"]), r["esco_occupation"], r["isco_code"].strip(),
                        r["onet_code"].strip(), r["onet_occupation"], float(r["confidence"]))
                for r in csv.DictReader(io.StringIO(esco_csv))]
        soc: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for r in csv.DictReader(io.StringIO(soc_csv.lstrip("\ufeff")), delimiter=";"):
            soc[r["soc2010_code"].strip()].append((r["soc2019_code"].strip(),
                                                   r["soc2019_title"].strip()))
        return cls(rows, dict(soc))

    def targets(self, row: EscoRow) -> list[tuple[str, str]]:
        """The 2019 codes of a row's 2010 code (the 2010 code itself if the table lacks it)."""
        return list(self.soc_2019.get(row.code_2010, [(row.code_2010, row.title_2010)]))

    def _row_candidates(self, row: EscoRow, factor: float, prefix: str) -> list[Candidate]:
        targets = self.targets(row)
        found = []
        for code, title in targets:
            reason = (f"{prefix}ESCO ‘{row.label}’ → O*NET-SOC 2010 {row.code_2010} "
                      f"‘{row.title_2010}’, crosswalk confidence "
                      f"{CROSSWALK_WORDS.get(row.confidence, row.confidence)}")
            if len(targets) > 1:
                reason += f"; the 2010 code split into {len(targets)} occupations in 2019"
            elif code != row.code_2010:
                reason += f"; now {code} in the 2019 taxonomy"
            found.append(Candidate(code, title, round(
                CROSSWALK_WEIGHT.get(row.confidence, 0.5) * factor / len(targets), 3), reason))
        return found

    def resolve(self, uuids: Iterable[str], code: str = "",
                known: Mapping[str, Sequence[str]] | None = None) -> Resolution:
        """``uuids``: the occupation's UUID, originUUID and UUIDHistory; ``code``: its ESCO
        code; ``known``: ESCO code → UUIDs seen on other synced occupations (for parents)."""
        for uuid in uuids:
            row = self.by_uuid.get(uuid.strip().lower())
            if row is not None:
                return Resolution("uuid", tuple(self._row_candidates(row, 1.0, "")),
                                  "matched by its ESCO UUID")
        parent = level5_parent(code)
        for uuid in (known or {}).get(parent or "", ()):
            row = self.by_uuid.get(uuid.strip().lower())
            if row is not None:
                prefix = f"inherits its level-5 parent {parent}: "
                return Resolution("parent", tuple(self._row_candidates(
                    row, PARENT_FACTOR, prefix)), f"matched by its level-5 parent {parent}")
        isco = code.strip()[:4]
        group = self.by_isco.get(isco, []) if isco.isdigit() else []
        if not group:
            why = (f"unknown ISCO unit group {isco}" if isco.isdigit()
                   else "no ESCO code" if not code.strip() else f"unreadable ESCO code ‘{code}’")
            return Resolution("none", (), f"not in the crosswalk: UUID unknown and {why}")
        return Resolution("isco", self._isco_candidates(isco, group),
                          f"UUID not in the crosswalk: candidates from the {len(group)} ESCO "
                          f"occupations of ISCO unit group {isco}; check before use")

    def _isco_candidates(self, isco: str, group: list[EscoRow]) -> tuple[Candidate, ...]:
        weight: dict[str, float] = defaultdict(float)
        rows: dict[str, int] = defaultdict(int)
        titles: dict[str, str] = {}
        for row in group:
            targets = self.targets(row)
            for code, title in targets:
                weight[code] += CROSSWALK_WEIGHT.get(row.confidence, 0.5) / len(targets)
                rows[code] += 1
                titles[code] = title
        found = [Candidate(code, titles[code], round(ISCO_FACTOR * w / len(group), 3),
                           f"fallback by ISCO unit group {isco}: {rows[code]} of its "
                           f"{len(group)} ESCO occupations map here")
                 for code, w in weight.items()]
        return tuple(sorted(found, key=lambda c: (-c.confidence, c.code)))
