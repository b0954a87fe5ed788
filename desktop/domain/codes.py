"""O*NET-SOC occupation codes."""

from __future__ import annotations

import re

from desktop.domain.errors import InvalidArgument

_SOC_CODE = re.compile(r"\d{2}-\d{4}\.\d{2}")


def is_soc_code(text: str) -> bool:
    return bool(_SOC_CODE.fullmatch(text))


def require_soc_code(text: str) -> str:
    """Return ``text`` stripped, or raise ``InvalidArgument`` for a malformed code."""
    code = text.strip()
    if not is_soc_code(code):
        raise InvalidArgument(f"'{text}' is not an O*NET-SOC code (expected e.g. 15-1252.00)")
    return code
