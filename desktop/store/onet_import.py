"""Bulk-load an O*NET release into a fresh cache file.

The whole load is one transaction on a file nobody else has open: parsed rows go in with
``executemany``; SQLite turns ``n/a`` into NULL and text into numbers; indexes come last.
Tables that are not O*NET's (synced Compass and CV data) are copied over from the previous
cache, so an import never loses a sync. The caller swaps the file in only on success.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateTable

from desktop.domain.errors import BadInput
from desktop.domain.onet_release import (
    FLAG,
    INT,
    PUBLISHED_SCALES,
    REAL,
    RELEASE_FILES,
    FileSpec,
    ParsedFile,
    ReleaseSource,
    read_rows,
)
from desktop.domain.progress import TaskState
from desktop.store.onet_tables import ONET_INDEXES, ONET_TABLE_NAMES, ONET_TABLES

# Key of each file's row count in the import report.
REPORT_KEYS = {
    "Occupation Data.txt": "occupations",
    "Scales Reference.txt": "scales",
    "Skills.txt": "skills",
    "Knowledge.txt": "knowledge",
    "Abilities.txt": "abilities",
    "Work Activities.txt": "work_activities",
    "Content Model Reference.txt": "content_model_elements",
    "Job Zones.txt": "job_zones",
    "Job Zone Reference.txt": "job_zone_reference",
    "Alternate Titles.txt": "alternate_titles",
    "Technology Skills.txt": "technology_skills",
    "Education, Training, and Experience.txt": "education_training_experience",
    "Education, Training, and Experience Categories.txt": "ete_categories",
    "Interests.txt": "interests",
    "Related Occupations.txt": "related_occupations",
    "Level Scale Anchors.txt": "level_scale_anchors",
}


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import loaded: the release and the rows read from each file it has."""

    release: str
    title: str
    rows: dict[str, int]  # by REPORT_KEYS' names, only the files the release holds
    seconds: float

    @property
    def occupations(self) -> int:
        return self.rows["occupations"]

    def flat(self) -> dict[str, object]:
        """release, title, each file's rows, seconds: one flat JSON object."""
        return {"release": self.release, "title": self.title, **self.rows,
                "seconds": self.seconds}


def _value_sql(kind: str, number: int) -> str:
    if kind == FLAG:  # anything but Y/N/n/a stays text and fails the type check below
        return (f"CASE ?{number} WHEN 'Y' THEN 1 WHEN 'N' THEN 0 WHEN 'n/a' THEN NULL "
                f"ELSE ?{number} END")
    return f"NULLIF(?{number}, 'n/a')"


def _insert_sql(spec: FileSpec) -> str:
    names = [c.name for c in spec.columns] + list(spec.constants)
    values = [_value_sql(c.kind, i) for i, c in enumerate(spec.columns, start=1)]
    values += [f"'{v}'" for v in spec.constants.values()]
    return f"INSERT INTO {spec.table} ({', '.join(names)}) VALUES ({', '.join(values)})"


def _check_types(db: sqlite3.Connection, parsed: ParsedFile, first_rowid: int) -> None:
    """Find the first row whose number or Y/N flag did not parse, and name its line."""
    typed = [c for c in parsed.spec.columns if c.kind in (REAL, INT, FLAG)]
    if not typed:
        return
    bad = " OR ".join(f"typeof({c.name}) = 'text'" for c in typed)
    row = db.execute(
        f"SELECT rowid, {', '.join(c.name for c in typed)} FROM {parsed.spec.table} "
        f"WHERE rowid >= ? AND ({bad}) ORDER BY rowid LIMIT 1", (first_rowid,)).fetchone()
    if row:
        line = row[0] - first_rowid + 2
        column, value = next((c, v) for c, v in zip(typed, row[1:], strict=True)
                             if isinstance(v, str))
        raise BadInput(f"{parsed.spec.filename}, line {line}: {column.header} "
                       f"'{value}' is not a valid "
                       f"{'Y/N flag' if column.kind == FLAG else 'number'}")


def _check_scales(db: sqlite3.Connection, parsed: ParsedFile, first_rowid: int) -> None:
    """Every rating lies on its scale: IM 1–5 and LV 0–7 as published, the others as the
    release's Scales Reference says; infinities (1e309) never pass."""
    if parsed.spec.table != "element_rating":
        return
    published = " ".join(f"WHEN '{scale}' THEN r.data_value NOT BETWEEN {low} AND {high}"
                         for scale, (low, high) in PUBLISHED_SCALES.items())
    row = db.execute(
        f"SELECT r.rowid, r.scale_id, r.data_value, s.minimum, s.maximum FROM element_rating r "
        f"LEFT JOIN scale s ON s.scale_id = r.scale_id WHERE r.rowid >= ? AND "
        f"r.data_value IS NOT NULL AND (abs(r.data_value) > 1e308 OR CASE r.scale_id {published} "
        f"ELSE r.data_value NOT BETWEEN coalesce(s.minimum, r.data_value) "
        f"AND coalesce(s.maximum, r.data_value) END) ORDER BY r.rowid LIMIT 1",
        (first_rowid,)).fetchone()
    if row:
        rowid, scale, value, low, high = row
        low, high = PUBLISHED_SCALES.get(scale, (low, high))
        raise BadInput(f"{parsed.spec.filename}, line {rowid - first_rowid + 2}: Data Value "
                       f"{value} is outside the {scale} scale ({low:g}–{high:g})")


def _check_pairs(parsed: ParsedFile) -> None:
    """Every (occupation, element) of a rating file has one IM and one LV row (counted on
    the parsed rows: a GROUP BY over the table costs more than the whole insert)."""
    if parsed.spec.table != "element_rating":
        return
    names = [c.name for c in parsed.spec.columns]
    key = itemgetter(names.index("code"), names.index("element_id"), names.index("scale_id"))
    counts = Counter(map(key, parsed.rows))
    lacking = [(code, element) for code, element in {k[:2] for k in counts}
               if counts[code, element, "IM"] != 1 or counts[code, element, "LV"] != 1]
    if lacking:
        code, element = min(lacking)
        raise BadInput(f"{parsed.spec.filename}: {code} / {element} lacks its IM/LV pair "
                       "(truncated file?)")


def _copy_foreign_tables(db: sqlite3.Connection, previous: Path) -> None:
    db.execute("ATTACH DATABASE ? AS previous", (str(previous),))
    try:
        tables = db.execute(
            "SELECT name, sql FROM previous.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'").fetchall()
        copied = [(n, sql) for n, sql in tables if n not in ONET_TABLE_NAMES]
        for name, sql in copied:
            db.execute(sql)
            db.execute(f'INSERT INTO main."{name}" SELECT * FROM previous."{name}"')
        names = [n for n, _ in copied]
        if names:
            marks = ", ".join("?" * len(names))
            for (sql,) in db.execute(
                    f"SELECT sql FROM previous.sqlite_master WHERE type = 'index' "
                    f"AND sql IS NOT NULL AND tbl_name IN ({marks})", names).fetchall():
                db.execute(sql)
        db.commit()
    finally:
        db.execute("DETACH DATABASE previous")


def create_onet_schema(db: sqlite3.Connection) -> None:
    dialect = sqlite_dialect.dialect()
    for table in ONET_TABLES:
        db.execute(str(CreateTable(table).compile(dialect=dialect)))


def build_release_cache(source_path: Path, target: Path, task: TaskState,
                        previous: Path | None = None) -> ImportReport:
    """Load the release at ``source_path`` into a new SQLite file ``target``."""
    started = time.perf_counter()
    target.unlink(missing_ok=True)
    with ReleaseSource(source_path) as source:
        missing = [s.filename for s in RELEASE_FILES if s.required and not source.has(s.filename)]
        if missing:
            raise BadInput(f"{source_path.name}: required file(s) missing: {', '.join(missing)} "
                           "(is this an O*NET text release?)")
        specs = [s for s in RELEASE_FILES if source.has(s.filename)]
        release, title = source.release_name(), source.release_title()
        rows: dict[str, int] = {}
        db = sqlite3.connect(target, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            db.execute("BEGIN")
            create_onet_schema(db)
            element_names: dict[str, str] = {}
            for done, spec in enumerate(specs):
                task.check()
                task.report(done, len(specs), f"Reading {spec.filename}")
                parsed = read_rows(source, spec)
                first = (db.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {spec.table}")
                         .fetchone()[0])
                try:
                    db.executemany(_insert_sql(spec), parsed.rows)
                except sqlite3.IntegrityError as exc:
                    raise BadInput(f"{spec.filename}: duplicate or missing key ({exc})") from exc
                _check_types(db, parsed, first)
                _check_scales(db, parsed, first)
                _check_pairs(parsed)
                element_names.update(parsed.element_names)
                rows[REPORT_KEYS[spec.filename]] = len(parsed.rows)
            db.executemany("INSERT OR IGNORE INTO element (element_id, name) VALUES (?, ?)",
                           element_names.items())
            meta = {"release": release, "release_title": title,
                    "source_name": source_path.name, "demo": "0",
                    "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "files": json.dumps([s.filename for s in specs])}
            db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
            task.report(len(specs), len(specs), "Indexing")
            for statement in ONET_INDEXES:
                db.execute(statement)
            db.execute("COMMIT")
            if previous is not None and previous.exists():
                _copy_foreign_tables(db, previous)
            db.execute("PRAGMA journal_mode=WAL")
        except BaseException:
            db.close()
            target.unlink(missing_ok=True)
            raise
        db.close()
    return ImportReport(release, title, rows, round(time.perf_counter() - started, 3))
