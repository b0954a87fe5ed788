"""Fail if a built bundle holds anything that must never ship, or lacks a data file it needs.

``python packaging/check_bundle.py dist/SkillNavigator`` looks at every file name in the
folder (the spec keeps modules as .pyc files) and every entry in the programs' own archives.
SecantusDB (the MongoDB-wire test server, GPL-2.0) above all; the other test tools would only
bloat the bundle.
"""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

# Top-level module names, and distribution names (as in "secantusdb-0.7.0b3.dist-info").
FORBIDDEN = {"secantus", "wiredtiger", "secantusdb", "pytest", "_pytest", "pytestqt", "pytest_qt",
             "hypothesis", "importlinter", "import_linter", "grimp", "ruff", "sqlite_utils",
             "tkinter", "_tkinter"}

# Data files the program reads at run time (the spec bundles resources/ whole).
REQUIRED = ("resources/demo/demo.json", "resources/esco_onet/esco_onet_crosswalk_Nov2020.csv",
            "resources/esco_onet/onet_soc_2010_to_2019_crosswalk.csv",
            "resources/i18n/skillnav_es_AR.qm")


def bundled_names(folder: Path) -> list[str]:
    """Relative file paths, plus ``program:module`` for each module in a program's archive."""
    from PyInstaller.archive.readers import NotAnArchiveError, pkg_archive_contents

    names = [path.relative_to(folder).as_posix() for path in sorted(folder.rglob("*"))]
    programs = [*folder.glob("*"), *folder.glob("Contents/MacOS/*")]  # onedir, or a .app
    for program in (p for p in programs if p.is_file()):
        with contextlib.suppress(NotAnArchiveError, OSError, ValueError):  # not a program
            names += [f"{program.name}:{module}" for module in pkg_archive_contents(str(program))]
    return names


def forbidden(names: list[str]) -> list[str]:
    """Names with a path part or a top-level module in FORBIDDEN."""
    def parts(name: str) -> list[str]:
        if ":" in name:  # program:module.sub
            return [name.split(":", 1)[1].split(".")[0]]
        return [re.split(r"[.-]", part)[0] for part in name.split("/")]

    return [name for name in names if any(p.lower() in FORBIDDEN for p in parts(name))]


def missing(names: list[str]) -> list[str]:
    return [path for path in REQUIRED if not any(name.endswith(path) for name in names)]


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python packaging/check_bundle.py DIST_FOLDER", file=sys.stderr)
        return 2
    names = bundled_names(Path(argv[0]))
    bad = forbidden(names)
    modules = sum(":" in name for name in names)
    if not modules:
        print(f"check-bundle: no program archive found in {argv[0]}", file=sys.stderr)
        return 1
    for name in bad:
        print(f"check-bundle: must not be bundled: {name}", file=sys.stderr)
    absent = missing(names)
    for path in absent:
        print(f"check-bundle: missing from the bundle: {path}", file=sys.stderr)
    print(f"check-bundle: {len(names) - modules} files and {modules} archive entries checked, "
          f"{len(bad)} forbidden, {len(absent)} missing")
    return 1 if bad or absent else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
