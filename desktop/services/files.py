"""Atomic file writes: a temporary file beside the target, renamed onto it only when complete,
so a crash, an error or a Cancel never leaves half a file and keeps the previous one."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from desktop.domain.errors import InvalidArgument


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed onto it only if the block succeeds."""
    target = Path(path)
    if not target.parent.is_dir():
        raise InvalidArgument(f"cannot write {target}: the folder {target.parent} does not exist")
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise InvalidArgument(f"cannot write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(path: str | Path) -> Iterator[TextIO]:
    with atomic_path(path) as temporary, open(temporary, "x", encoding="utf-8",
                                              newline="") as stream:
        yield stream
        stream.flush()
        os.fsync(stream.fileno())
