"""The Windows version resource (VERSIONINFO), built from desktop.__version__ and the app names.

Imported by desktop.spec on Windows only (PyInstaller's versioninfo needs pefile, which
it installs on Windows only); Explorer shows these fields under Properties > Details.
"""

from __future__ import annotations

import re
from typing import Any

LANGUAGE_US_UNICODE = (0x0409, 1200)  # U.S. English, Unicode code page


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); pre-release suffixes ('1.2.0rc1') are dropped."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    return (*numbers, *[0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_info(version: str, app_name: str, app_id: str, exe_name: str) -> Any:
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = {
        "CompanyName": app_name,
        "FileDescription": app_name,
        "FileVersion": version,
        "InternalName": app_id,
        "LegalCopyright": f"© {app_name} contributors",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": app_name,
        "ProductVersion": version,
    }
    language, codepage = LANGUAGE_US_UNICODE
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable(f"{language:04X}{codepage:04X}",
                                        [StringStruct(k, v) for k, v in strings.items()])]),
            VarFileInfo([VarStruct("Translation", [language, codepage])]),
        ],
    )
