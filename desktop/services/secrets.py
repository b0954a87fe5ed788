"""Secrets in the OS keychain (``keyring``): MongoDB URIs and the O*NET API key.

Plain settings hold only the non-secret parts (database names). A URI is always kept in the
keychain, since it may carry a user and password. Where no keychain exists (headless Linux,
CI: keyring's "fail" backend) ``remember`` raises one clear ``KeychainUnavailable`` and a
sync can still run with credentials typed in for that run only.
"""

from __future__ import annotations

import logging

from desktop import APP_NAME
from desktop.domain.errors import AppError

log = logging.getLogger(__name__)

SERVICE = APP_NAME
COMPASS_URI = "compass.uri"
TAXONOMY_URI = "compass.taxonomy-uri"
ANALYSES_URI = "analyses.uri"
ONET_API_KEY = "onet-api.key"

NO_KEYCHAIN = ("No OS keychain is available here, so credentials cannot be remembered. "
               "They can still be used for this sync only (typed in, or from environment "
               "variables).")


class KeychainUnavailable(AppError):
    exit_code = 5


def available() -> bool:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    chained = getattr(backend, "backends", None)
    return chained is None or bool(chained)


def get(name: str) -> str | None:
    """The stored secret, or None (nothing stored, or no keychain)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError as exc:
        log.info("keychain not readable: %s", type(exc).__name__)
        return None


def remember(name: str, value: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    if not available():
        raise KeychainUnavailable(NO_KEYCHAIN)
    try:
        keyring.set_password(SERVICE, name, value)
    except KeyringError as exc:  # never echo the value
        raise KeychainUnavailable(f"The keychain refused to store {name} "
                                  f"({type(exc).__name__}). {NO_KEYCHAIN}") from None


def forget(name: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass
    except KeyringError as exc:
        log.info("keychain not writable: %s", type(exc).__name__)


def mask(text: str, *secrets: str | None) -> str:
    """Mask URI credentials (parsed), ``secrets`` and the passwords of URIs among them."""
    from urllib.parse import unquote

    from desktop.sync.mongo import mask_uri, uri_password

    text = mask_uri(text)
    for secret in filter(None, secrets):
        password = uri_password(secret)
        for hidden in (secret, password, unquote(password)):
            if len(hidden) >= 4:  # a shorter one would mask ordinary words
                text = text.replace(hidden, "***")
    return text
