"""Errors a user can act on, each with the exit code the CLI reports.

0 ok; 2 usage or invalid argument; 3 not found; 4 bad input data; 5 connection failure;
6 storage (disk full, read-only, busy, locked or damaged store).
Anything else is a bug and is reported as such.
"""

from __future__ import annotations


class AppError(Exception):
    """A failure with a clear one-line message for the user."""

    exit_code = 1


class InvalidArgument(AppError):
    exit_code = 2


class NotFound(AppError):
    exit_code = 3


class BadInput(AppError):
    exit_code = 4


class ConnectionFailed(AppError):
    exit_code = 5


class Cancelled(Exception):
    """The user cancelled a long job; the previous good state is kept."""


class StorageFailed(AppError):
    """The disk is full, a folder or file is read-only, a store is busy, locked or damaged."""

    exit_code = 6
