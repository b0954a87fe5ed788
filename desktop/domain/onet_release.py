"""Reading an O*NET text release (``db_XX_Y_text`` folder or zip), keyed on column names.

Each file we use is described by a ``FileSpec``: which headers we need and what kind of
value each holds. ``read_rows`` returns the wanted columns of every data row as tuples of
strings, raising ``BadInput`` naming the file and line for anything malformed. Turning
``n/a`` into NULL and text into numbers happens in the store, in SQLite's C code.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path, PurePosixPath

from desktop.domain.errors import BadInput

TEXT, REAL, INT, FLAG = "text", "real", "int", "flag"


@dataclass(frozen=True)
class Column:
    header: str
    name: str
    kind: str = TEXT


@dataclass(frozen=True)
class FileSpec:
    filename: str
    table: str
    columns: tuple[Column, ...]
    required: bool = False
    constants: dict[str, str] = field(default_factory=dict)

    @property
    def numeric_columns(self) -> list[str]:
        return [c.name for c in self.columns if c.kind in (REAL, INT)]


_CODE = Column("O*NET-SOC Code", "code")
_ELEMENT = Column("Element ID", "element_id")
_SCALE = Column("Scale ID", "scale_id")
_STATS = (
    Column("Data Value", "data_value", REAL),
    Column("N", "n", INT),
    Column("Standard Error", "standard_error", REAL),
    Column("Lower CI Bound", "lower_ci", REAL),
    Column("Upper CI Bound", "upper_ci", REAL),
    Column("Recommend Suppress", "recommend_suppress", FLAG),
)
_DATED = (Column("Date", "date"), Column("Domain Source", "domain_source"))
_RATING_COLUMNS = (_CODE, _ELEMENT, _SCALE, *_STATS, Column("Not Relevant", "not_relevant", FLAG),
                   *_DATED)


def _ratings(filename: str, domain: str, required: bool = False) -> FileSpec:
    return FileSpec(filename, "element_rating", _RATING_COLUMNS, required, {"domain": domain})


# Element names of rating files feed the element table when Content Model Reference is absent.
RATING_ELEMENT_NAME = Column("Element Name", "element_name")

RELEASE_FILES: tuple[FileSpec, ...] = (
    FileSpec("Occupation Data.txt", "occupation",
             (_CODE, Column("Title", "title"), Column("Description", "description")), True),
    FileSpec("Scales Reference.txt", "scale",
             (_SCALE, Column("Scale Name", "name"), Column("Minimum", "minimum", REAL),
              Column("Maximum", "maximum", REAL)), True),
    _ratings("Skills.txt", "skills", required=True),
    _ratings("Knowledge.txt", "knowledge"),
    _ratings("Abilities.txt", "abilities"),
    _ratings("Work Activities.txt", "work_activities"),
    FileSpec("Content Model Reference.txt", "element",
             (_ELEMENT, Column("Element Name", "name"), Column("Description", "description"))),
    FileSpec("Job Zones.txt", "job_zone", (_CODE, Column("Job Zone", "job_zone", INT), *_DATED)),
    FileSpec("Job Zone Reference.txt", "job_zone_reference",
             (Column("Job Zone", "job_zone", INT), Column("Name", "name"),
              Column("Experience", "experience"), Column("Education", "education"),
              Column("Job Training", "job_training"), Column("Examples", "examples"),
              Column("SVP Range", "svp_range"))),
    FileSpec("Alternate Titles.txt", "alternate_title",
             (_CODE, Column("Alternate Title", "title"), Column("Short Title", "short_title"),
              Column("Source(s)", "sources"))),
    FileSpec("Technology Skills.txt", "technology_skill",
             (_CODE, Column("Example", "example"), Column("Commodity Code", "commodity_code", INT),
              Column("Commodity Title", "commodity_title"),
              Column("Hot Technology", "hot", FLAG), Column("In Demand", "in_demand", FLAG))),
    FileSpec("Education, Training, and Experience.txt", "ete",
             (_CODE, _ELEMENT, _SCALE, Column("Category", "category", INT), *_STATS, *_DATED)),
    FileSpec("Education, Training, and Experience Categories.txt", "ete_category",
             (_ELEMENT, _SCALE, Column("Category", "category", INT),
              Column("Category Description", "description"))),
    FileSpec("Interests.txt", "interest",
             (_CODE, _ELEMENT, _SCALE, Column("Data Value", "data_value", REAL), *_DATED)),
    FileSpec("Related Occupations.txt", "related_occupation",
             (_CODE, Column("Related O*NET-SOC Code", "related_code"),
              Column("Relatedness Tier", "tier"), Column("Index", "position", INT))),
    FileSpec("Level Scale Anchors.txt", "level_anchor",
             (_ELEMENT, _SCALE, Column("Anchor Value", "anchor_value", INT),
              Column("Anchor Description", "description"))),
)

# The published ranges of the rating scales (Scales Reference gives the others).
PUBLISHED_SCALES = {"IM": (1.0, 5.0), "LV": (0.0, 7.0)}

README = "Read Me.txt"
_RELEASE_LINE = re.compile(r"O\*NET\s+(\d+\.\d+)\s+Database")
_FOLDER_NAME = re.compile(r"db_(\d+)_(\d+)")


class ReleaseSource:
    """The files of one release, from an unpacked folder or a zip archive."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._zip: zipfile.ZipFile | None = None
        self._members: dict[str, str] = {}
        if self.path.is_dir():
            self._members = {p.name: str(p) for p in self.path.iterdir() if p.is_file()}
        elif self.path.is_file():
            try:
                self._zip = zipfile.ZipFile(self.path)
            except (zipfile.BadZipFile, OSError) as exc:
                raise BadInput(
                    f"{self.path.name}: not a readable O*NET release zip ({exc})") from exc
            self._members = {PurePosixPath(n).name: n for n in self._zip.namelist()
                             if not n.endswith("/")}
        else:
            raise BadInput(f"{self.path}: no such file or folder")

    def __enter__(self) -> ReleaseSource:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._zip is not None:
            self._zip.close()

    def has(self, filename: str) -> bool:
        return filename in self._members

    def read_text(self, filename: str) -> str:
        member = self._members[filename]
        try:
            data = self._zip.read(member) if self._zip else Path(member).read_bytes()
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise BadInput(f"{filename}: cannot be read ({exc})") from exc
        except Exception as exc:  # zlib.error and friends from a damaged archive
            raise BadInput(f"{filename}: damaged in the archive ({exc})") from exc
        try:
            return data.decode("utf-8").removeprefix("\ufeff")  # a BOM an editor may add
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise BadInput(f"{filename}, line {line}: not UTF-8 text") from exc

    def release_name(self) -> str:
        """'30.1' from Read Me.txt, else from a db_30_1_text name, else 'unknown'."""
        if self.has(README):
            match = _RELEASE_LINE.search(self.read_text(README))
            if match:
                return match.group(1)
        for name in (self.path.stem, *(PurePosixPath(m).parts[0] for m in self._members.values())):
            match = _FOLDER_NAME.search(name)
            if match:
                return f"{match.group(1)}.{match.group(2)}"
        return "unknown"

    def release_title(self) -> str:
        if self.has(README):
            lines = [ln.strip() for ln in self.read_text(README).splitlines() if ln.strip()]
            if len(lines) >= 2 and _RELEASE_LINE.search(lines[0]):
                return f"{lines[0]}, {lines[1]}"
        return f"O*NET {self.release_name()} Database"


@dataclass
class ParsedFile:
    spec: FileSpec
    rows: list[tuple[str, ...]]
    element_names: dict[str, str] = field(default_factory=dict)


def read_rows(source: ReleaseSource, spec: FileSpec) -> ParsedFile:
    """Parse one file: header keyed by name, every data row checked for its field count."""
    text = source.read_text(spec.filename)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise BadInput(f"{spec.filename}, line 1: the file is empty")
    if spec.required and len(lines) < 2:
        raise BadInput(f"{spec.filename}, line 2: no data, only a header (truncated file?)")
    header = lines[0].rstrip("\r").split("\t")
    position = {name: i for i, name in enumerate(header)}
    missing = [c.header for c in spec.columns if c.header not in position]
    if missing:
        raise BadInput(f"{spec.filename}, line 1: missing column(s) {', '.join(missing)}")
    width = len(header)
    wanted = [position[c.header] for c in spec.columns]
    pick = itemgetter(*wanted)
    rows: list[tuple[str, ...]] = []
    append = rows.append
    name_at = position.get(RATING_ELEMENT_NAME.header) if spec.table == "element_rating" else None
    names: dict[str, str] = {}
    element_at = position.get(_ELEMENT.header)
    for number, line in enumerate(lines[1:], start=2):
        fields = line.rstrip("\r").split("\t")
        if len(fields) != width:
            raise BadInput(f"{spec.filename}, line {number}: expected {width} tab-separated "
                           f"fields, found {len(fields)} (truncated or garbled file?)")
        append(pick(fields))
        if name_at is not None and element_at is not None:
            names[fields[element_at]] = fields[name_at]
    return ParsedFile(spec, rows, names)
