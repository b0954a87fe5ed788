"""Update the window's translation catalogue and build it, with Qt's own tools.

``python packaging/translations.py`` runs ``pyside6-lupdate`` over ``desktop/ui`` (new strings
arrive in ``resources/i18n/*.ts`` as unfinished, strings no longer used are dropped), then
``pyside6-lrelease`` builds the ``.qm`` files beside them, which are committed: the app and the
PyInstaller bundle (which ships ``resources/`` whole) read them without a build step, and a test
checks that they match their ``.ts``. Translate the unfinished entries with Qt Linguist
(``pyside6-linguist resources/i18n/skillnav_es_AR.ts``) or any text editor, then run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("es_AR",)
# The client report and the export dialogs translate their own texts (desktop.domain vocabulary).
SKIPPED = ("report.py", "report_dialog.py", "exports.py")


def tool(name: str) -> str:
    """``pyside6-lupdate`` beside this Python (a virtualenv), else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this Python")
    return found


def sources() -> list[str]:
    ui = ROOT / "desktop" / "ui"
    return [str(path) for path in sorted(ui.rglob("*.py")) if path.name not in SKIPPED]


def catalogue(language: str) -> Path:
    return CATALOGUES / f"skillnav_{language}.ts"


def update(ts_file: Path) -> None:
    """Bring ``ts_file`` up to date with the strings in the sources (no line numbers, so the
    catalogue only changes when a string does)."""
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", ts_file.stem.split("_", 1)[1],
                    "-ts", str(ts_file)], check=True, capture_output=True, text=True)


def build(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True, capture_output=True, text=True)


def main() -> int:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = catalogue(language)
        update(ts_file)
        build(ts_file, ts_file.with_suffix(".qm"))
        print(f"{ts_file.relative_to(ROOT)} and its .qm updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
