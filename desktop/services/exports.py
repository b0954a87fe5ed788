"""Exports to CSV, JSON and XLSX: atomic, streamed, spreadsheet-safe.

Every file is written to a temporary file in the target folder and renamed over the target
only when complete, so a crash or a Cancel leaves the previous file (or none), never half a
file. Rows stream from the cache in batches: memory stays flat however large the export.
CSV files get a sidecar ``<file>.meta.json`` (title, columns, row count, export time, O*NET
release…), so the CSV itself stays plain for other tools; XLSX files carry the same facts in
an "About" sheet, JSON files in a "metadata" object.
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.domain import export_formats as fmt
from desktop.domain import vocabulary
from desktop.domain.errors import BadInput, InvalidArgument
from desktop.domain.progress import TaskState
from desktop.domain.tables import Table
from desktop.domain.vocabulary import ENGLISH
from desktop.services.context import Services
from desktop.services.files import atomic_path, atomic_text
from desktop.store import exports as queries
from desktop.store.analytics import filter_clause

if TYPE_CHECKING:
    from desktop.domain.recommend import Recommendation, TopGap

XLSX_MAX_ROWS = 1_048_575  # Excel's sheet limit, less the header row
PROGRESS_EVERY = 5000
CONTACTS_NOTE = {"mask": "e-mail addresses and phone numbers masked",
                 "keep": "e-mail addresses and phone numbers kept (internal use only)"}



@dataclass(frozen=True)
class Exported:
    """What an export wrote: how many records (rows, or analyses), where, in which format."""

    count: int
    path: str
    file_format: str


# --- files -------------------------------------------------------------------------------------

def sidecar_path(path: str | Path) -> Path:
    return Path(f"{path}.meta.json")


def chunked(rows: Iterable[Any], size: int = PROGRESS_EVERY) -> Iterator[list[Any]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _progress(task: TaskState, total: int | None, what: str) -> Callable[[int], None]:
    def step(done: int) -> None:
        task.check()
        task.report(done, total, f"{done:,} {what}")
    return step


# --- tabular writers ---------------------------------------------------------------------------

def write_rows(path: str | Path, file_format: str, columns: Sequence[str],
               batches: Iterable[Sequence[Sequence[Any]]], metadata: dict[str, Any],
               task: TaskState | None = None, *, total: int | None = None,
               neutralised: bool = False) -> int:
    """Write rows (given in batches) as CSV (+ sidecar), JSON or XLSX; returns the row count.

    ``neutralised`` says the rows' formula-looking text is already escaped (done in SQL).
    """
    task = task or TaskState()
    step = _progress(task, total, "rows")
    if not neutralised and file_format != "json":
        batches = ([fmt.neutralise_row(r) for r in batch] for batch in batches)
    writer = {"csv": _write_csv, fmt.EXCEL_ES: _write_excel_es, "json": _write_json,
              "xlsx": _write_xlsx}[file_format]
    count = writer(Path(path), list(columns), batches, metadata, step)
    if file_format in ("csv", fmt.EXCEL_ES):
        write_sidecar(path, dict(metadata, columns=list(columns), rows=count))
    task.report(count, count, f"{count:,} rows written")
    return count


def _write_csv(path: Path, columns: list[str], batches: Iterable[Sequence[Sequence[Any]]],
               metadata: dict[str, Any], step: Callable[[int], None]) -> int:
    count = 0
    with atomic_text(path) as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(columns)
        for batch in batches:
            if not _write_plain(stream, batch, len(columns)):
                writer.writerows(batch)
            count += len(batch)
            step(count)
    return count


def _write_excel_es(path: Path, columns: list[str],
                    batches: Iterable[Sequence[Sequence[Any]]], metadata: dict[str, Any],
                    step: Callable[[int], None]) -> int:
    """CSV as Excel in Spanish opens it with a double click: ';' between fields, decimal
    commas, and a byte-order mark so that accents read as UTF-8."""
    count = 0
    with atomic_text(path) as stream:
        stream.write("\ufeff")
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(columns)
        for batch in batches:
            writer.writerows([fmt.decimal_comma(value) for value in row] for row in batch)
            count += len(batch)
            step(count)
    return count


def _write_plain(stream: TextIO, batch: Sequence[Sequence[Any]], width: int) -> bool:
    """Fast path: a batch of all-text rows none of which needs CSV quoting, joined in C.

    Returns False (nothing written) when any value is not text or holds a comma, quote or
    line break: csv.writer then writes the batch with its quoting.
    """
    try:
        body = "\r\n".join([",".join(row) for row in batch])
    except TypeError:
        return False
    lines = len(batch)
    if (width < 2 or '"' in body or body.count(",") != (width - 1) * lines
            or body.count("\n") != lines - 1 or body.count("\r") != lines - 1):
        return False
    stream.write(body)
    stream.write("\r\n")
    return True


def _write_json(path: Path, columns: list[str], batches: Iterable[Sequence[Sequence[Any]]],
                metadata: dict[str, Any], step: Callable[[int], None]) -> int:
    counter = [0]

    def records() -> Iterator[dict[str, Any]]:
        for batch in batches:
            for row in batch:
                yield dict(zip(columns, row, strict=True))
            counter[0] += len(batch)
            step(counter[0])

    write_json_document(path, {"metadata": metadata, "columns": columns}, "rows", records())
    return counter[0]


def _write_xlsx(path: Path, columns: list[str], batches: Iterable[Sequence[Sequence[Any]]],
                metadata: dict[str, Any], step: Callable[[int], None]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def cell(value: Any) -> Any:  # control characters are not allowed in XLSX text
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    with atomic_path(path) as temporary:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(_sheet_title(metadata.get("title") or "Export"))
        try:
            sheet.append(columns)
            count = 0
            for batch in batches:
                count += len(batch)
                if count > XLSX_MAX_ROWS:
                    raise BadInput(f"{count:,} rows do not fit in one Excel sheet "
                                   f"({XLSX_MAX_ROWS:,} at most): export to CSV instead")
                for row in batch:
                    sheet.append([cell(value) for value in row])
                step(count)
            about = book.create_sheet("About")
            for key, value in dict(metadata, columns=", ".join(columns), rows=count).items():
                if not isinstance(value, int | float | str):
                    value = json.dumps(value, ensure_ascii=False)
                about.append([key, fmt.neutralise(value)])
            _save_book(book, temporary)
        except BaseException:
            sheets: list[Any] = book.worksheets  # write-only: their private _writer is reached
            for open_sheet in sheets:  # end openpyxl's streams, drop its temp files
                if not open_sheet.closed and open_sheet._writer is not None:
                    open_sheet.close()
                    open_sheet._writer.cleanup()
            raise
    return count


def _save_book(book: Any, path: Path) -> None:
    """``book.save``, except that a failed write (disk full) closes the archive here, quietly,
    instead of in a garbage-collected ``ZipFile`` that prints "Exception ignored"."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(book, archive).save()
    except BaseException:
        with contextlib.suppress(OSError, ValueError):
            archive.close()
        raise


def _sheet_title(title: str) -> str:
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title).strip()
    return cleaned[:31] or "Export"


def write_json_document(path: str | Path, head: dict[str, Any], array_key: str,
                        items: Iterable[Any],
                        tail: Callable[[], dict[str, Any]] | None = None) -> None:
    """``{**head, array_key: [items…], **tail()}`` streamed item by item, indented."""
    def dump(value: Any, indent: str) -> str:
        return json.dumps(value, ensure_ascii=False, indent=2, default=str).replace(
            "\n", "\n" + indent)

    with atomic_text(path) as out:
        out.write("{\n")
        for key, value in head.items():
            out.write(f"  {json.dumps(key)}: {dump(value, '  ')},\n")
        out.write(f"  {json.dumps(array_key)}: [")
        for index, item in enumerate(items):
            out.write(("," if index else "") + "\n    " + dump(item, "    "))
        out.write("\n  ]")
        for key, value in (tail() if tail else {}).items():
            out.write(f",\n  {json.dumps(key)}: {dump(value, '  ')}")
        out.write("\n}\n")


def write_sidecar(path: str | Path, metadata: dict[str, Any]) -> None:
    with atomic_text(sidecar_path(path)) as out:
        json.dump(metadata, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")


def write_table(table: Table, path: str | Path, file_format: str,
                task: TaskState | None = None, contacts: str = "mask") -> int:
    """Any exportable Table (a page's, or a CLI export's) as CSV, JSON or XLSX; e-mail
    addresses and phone numbers in its text masked unless ``contacts`` is "keep"."""
    mask = fmt.contacts_transform(contacts)
    metadata = {"title": table.title, **table.metadata, "contacts": CONTACTS_NOTE[contacts],
                "exported_at": table.metadata.get("exported_at") or fmt.utc_now()}
    rows = ([mask(value) for value in row] for row in table.rows)
    return write_rows(path, file_format, table.columns, chunked(rows), metadata, task)


def release_metadata(services: Services) -> dict[str, Any]:
    """What every O*NET-based export names: the release in the cache and the export time."""
    from desktop.services.catalog import release_label

    meta = services.cache.meta()
    return {"onet_release": release_label(services), "onet_release_id": meta.get("release"),
            "exported_at": fmt.utc_now()}


# --- Compass user skills (seed 000) ------------------------------------------------------------

def export_user_skills(services: Services, path: str | Path, file_format: str = "csv",
                       titles: str = "keep", source: str = "explored",
                       task: TaskState | None = None, contacts: str = "mask") -> Exported:
    """Seed 000's JSON or CSV (or XLSX) of sessions, experiences and their top skills;
    e-mail addresses and phone numbers in titles and skill labels masked unless
    ``contacts`` is "keep"."""
    task = task or TaskState()
    if source not in fmt.SOURCES:
        raise InvalidArgument(f"--source must be one of {', '.join(fmt.SOURCES)}")
    transform = fmt.title_transform(titles, services.casework.install_salt(), contacts)
    with services.cache.read() as db:
        counts = queries.user_skills_counts(db, source)
        queries.register_function(db, "export_title", transform)
        batches: Iterator[Sequence[tuple[Any, ...]]] = queries.batches(db, queries.user_skills_sql(
            source, file_format != "json", titles, "export_title", file_format == "csv"))
        if contacts == "mask":
            batches = mask_column(batches, fmt.USER_SKILLS_COLUMNS.index("skill_preferred_label"))
        summary = {
            "export_date": fmt.utc_now(), "total_users": counts.users,
            "total_sessions": counts.sessions,
            "database": ", ".join(counts.databases) or services.settings.compass_db or None,
        }
        if file_format == "json":
            rows = _Counted((row for batch in batches for row in batch), task, counts.rows)
            write_json_document(path, summary, "data", fmt.nest_user_skills(rows))
            count = rows.count
        else:
            metadata = dict(summary, title="Compass user skills", source=source, titles=titles,
                            contacts=CONTACTS_NOTE[contacts])
            count = write_rows(path, file_format, fmt.USER_SKILLS_COLUMNS, batches, metadata,
                               task, total=counts.rows, neutralised=True)
    return Exported(count, str(path), file_format)


def mask_column(batches: Iterable[Sequence[tuple[Any, ...]]], column: int
                ) -> Iterator[Sequence[tuple[Any, ...]]]:
    """Contacts masked in one text column of each batch, once per distinct value (skill
    labels repeat: a million rows hold a few thousand), so plain rows pass untouched."""
    for batch in batches:
        changed = {value: masked for value in {row[column] for row in batch}
                   if isinstance(value, str) and (masked := fmt.mask_cell(value)) != value}
        if changed:
            batch = [(*row[:column], changed[row[column]], *row[column + 1:])
                     if row[column] in changed else row for row in batch]
        yield batch


class _Counted:
    """Rows passed through one by one, counted, with progress and Cancel every few thousand."""

    def __init__(self, rows: Iterable[Any], task: TaskState, total: int | None) -> None:
        self.rows, self.step, self.count = rows, _progress(task, total, "rows"), 0

    def __iter__(self) -> Iterator[Any]:
        for row in self.rows:
            self.count += 1
            if self.count % PROGRESS_EVERY == 0:
                self.step(self.count)
            yield row
        self.step(self.count)  # a Cancel up to the last row still keeps the previous file


# --- CV analyses (seed 001) --------------------------------------------------------------------

def export_analyses(services: Services, path: str | Path, file_format: str = "json",
                    task: TaskState | None = None, contacts: str = "mask",
                    field: str | None = None, status: str | None = "completed"
                    ) -> Exported:
    """Seed 001's {dataset, count, exported_at}, or flat metric rows, of the analyses in
    ``field`` and ``status`` (None: any; by default every completed analysis, as upstream);
    e-mail addresses and phone numbers in every text masked unless ``contacts`` is "keep"."""
    task = task or TaskState()
    mask = fmt.contacts_transform(contacts)
    exported_at = fmt.utc_now()
    where, params = filter_clause(field, status), {"field": field, "status": status}
    selection = {"field": field or "all", "status": status or "all"}
    with services.cache.read() as db:
        total = queries.analyses_count(db, where, params)
        queries.register_function(db, "export_contacts", fmt.mask_contacts)
        function = "export_contacts" if contacts == "mask" else None
        if file_format == "json":
            rows = (row for batch in queries.batches(
                db, queries.analyses_sql(False, True, where), params) for row in batch)
            dataset = (mask(analysis_document(row)) for row in _Counted(rows, task, total))
            write_json_document(path, {}, "dataset", dataset,  # the seed's keys, no more
                                lambda: {"count": total, "exported_at": exported_at})
        else:
            write_rows(path, file_format, queries.ANALYSIS_COLUMNS,
                       queries.batches(db, queries.analyses_sql(True, False, where, function),
                                       params),
                       {"title": "CV analyses", "exported_at": exported_at,
                        "selection": selection, "contacts": CONTACTS_NOTE[contacts]}, task,
                       total=total, neutralised=True)
    return Exported(total, str(path), file_format)


def analysis_document(row: Sequence[Any]) -> dict[str, Any]:
    """The stored document (plain JSON, ``_id`` as text) with the cache's metrics on top.

    Upstream's top-level metrics are null or 0 (its defect); the cache holds the metrics
    derived from ``analysis_results``, and ``derived_metrics`` names which ones were derived.
    """
    values = dict(zip([*queries.ANALYSIS_COLUMNS, "raw_json"], row, strict=True))
    document = fmt.plain_json(json.loads(values["raw_json"])) if values["raw_json"] else {}
    document["_id"] = values["id"]
    for key in queries.ANALYSIS_COLUMNS[1:-1]:
        if values[key] is not None or key not in document:
            document[key] = values[key]
    document["derived_metrics"] = json.loads(values["derived"]) if values["derived"] else []
    return document


# --- counselling tables: gaps, recommendations, caseload -----------------------------------------

RELEASE_COLUMN = "O*NET release"  # filled in by the export with the release in the cache
RECOMMENDATION_COLUMNS = ["Client", "Tier", "Rank", "O*NET-SOC code", "Occupation",
                          "Match (%)", "Gap severity (%)", "Job Zone", "Job Zone change",
                          "Top skill gaps", "Training suggestion", "Why", RELEASE_COLUMN]
CASELOAD_COLUMNS = ["Client", "Current occupation", "O*NET-SOC code", "Compass user",
                    "Compass session", "Notes", "Created", "Last change", "Status",
                    RELEASE_COLUMN]


def gaps_text(gaps: list[TopGap], language: str = ENGLISH) -> str:
    """Top gaps as a counsellor reads them: "Persuasion (needs level 4.1, rated 2); …"."""
    return "; ".join(vocabulary.text(language, "gap.needs", skill=vocabulary.skill(
        g.element_id, g.name), level=g.level, rating=g.client_rating) for g in gaps)


def recommendations_export(items: list[Recommendation], client: str,
                           metadata: dict[str, Any], language: str = ENGLISH) -> Table:
    """Recommended occupations (in the order shown) as a table for a counsellor; tiers and
    skills in ``language`` (the items' sentences already are)."""
    rows = [[client, vocabulary.tier_name(language, i.tier), i.rank, i.code, i.title,
             round(i.match_score, 1), round(i.gap_severity, 1), i.job_zone, i.job_zone_diff,
             gaps_text(i.top_gaps, language), i.training_suggestion, i.explanation, None]
            for i in items]
    return Table("recommendations", f"Recommendations for {client}", RECOMMENDATION_COLUMNS,
                 rows, {"client": client, **metadata})


def localised(table: Table, language: str) -> Table:
    """The table's column headers in ``language`` (its rows are built in it)."""
    table.columns = [vocabulary.column(language, c) for c in table.columns]
    return table


def _name_release(table: Table, release: str) -> Table:
    """Write the release into the table's RELEASE_COLUMN, so the file itself names it."""
    if RELEASE_COLUMN in table.columns:
        at = table.columns.index(RELEASE_COLUMN)
        table.rows = [[*row[:at], release, *row[at + 1:]] for row in table.rows]
    return table


def export_page_table(services: Services, table: Table, path: str | Path, file_format: str,
                      task: TaskState | None = None, contacts: str = "mask",
                      language: str = ENGLISH) -> int:
    """What a page shows, naming the O*NET release in the cache and the export time; the
    headers in ``language``."""
    table.metadata = {**release_metadata(services), **table.metadata}
    named = _name_release(table, table.metadata["onet_release"])
    return write_table(localised(named, language), path, file_format, task, contacts)


def gap_table(services: Services, from_code: str, to_code: str) -> Table:
    from desktop.services import gaps

    table = gaps.gap_table(gaps.occupation_gap(services, from_code, to_code))
    table.metadata = {**release_metadata(services), **table.metadata}
    return _name_release(table, table.metadata["onet_release"])


def recommendations_table(services: Services, ratings: dict[str, int],
                          current_code: str | None = None, model: str = "level-aware",
                          limit_per_bucket: int = 10, client: str = "ratings file") -> Table:
    from desktop.services.recommend import recommend

    result = recommend(services, ratings, current_code, model, limit_per_bucket)
    metadata = {**release_metadata(services), "model": result.model,
                "current_code": current_code, "ratings": len(ratings),
                "limit_per_tier": limit_per_bucket}
    table = recommendations_export(result.listed(), client, metadata)
    return _name_release(table, metadata["onet_release"])


def caseload_table(services: Services, include_archived: bool = True) -> Table:
    from desktop.services.casework import list_clients

    clients = list_clients(services, include_archived=include_archived)
    metadata = release_metadata(services)
    rows = [[c.label, c.current_title, c.current_code, c.compass_user_id,
             c.compass_session_id, c.notes, c.created_at, c.updated_at,
             "archived" if c.archived else "active", metadata["onet_release"]]
            for c in clients]
    return Table("caseload", "Caseload", CASELOAD_COLUMNS, rows,
                 {**metadata, "clients": len(clients), "archived_included": include_archived})
