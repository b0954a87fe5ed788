"""Secrets live only in the OS keychain: never in settings, the log, or error messages."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import keyring
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from desktop.app import main
from desktop.services import secrets
from desktop.services.sync import MongoTarget, save_target, saved_target

PASSWORD = "s3cr3t-Pa55word"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend, in memory: CI has no OS keychain.

    Installed only by the fixture: an unreadable priority keeps keyring from choosing it
    by itself for the rest of the test session (subclasses register automatically).
    """

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("installed explicitly with keyring.set_keyring")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def uri(port: int = 27017) -> str:
    return f"mongodb://counsellor:{PASSWORD}@127.0.0.1:{port}/?directConnection=true"


def test_saved_connection_keeps_the_uri_in_the_keychain_only(services, memory_keyring):
    save_target(services, "compass", MongoTarget(uri(), "brujula-dev", uri(), "taxonomy"),
                remember=True)
    assert memory_keyring.entries[(secrets.SERVICE, secrets.COMPASS_URI)] == uri()
    text = services.paths.settings.read_text()
    assert PASSWORD not in text and "counsellor" not in text and "brujula-dev" in text
    again = saved_target(services, "compass")
    assert (again.uri, again.database, again.taxonomy_database) == (
        uri(), "brujula-dev", "taxonomy")


def test_not_remembering_forgets(services, memory_keyring):
    save_target(services, "analyses", MongoTarget(uri(), "proof_of_talent"), remember=True)
    save_target(services, "analyses", MongoTarget(uri(), "proof_of_talent"), remember=False)
    assert memory_keyring.entries == {}
    assert saved_target(services, "analyses").uri == ""


def test_without_a_keychain_one_clear_message_and_names_still_saved(services, no_keyring):
    assert not secrets.available()
    with pytest.raises(secrets.KeychainUnavailable, match="No OS keychain") as error:
        save_target(services, "compass", MongoTarget(uri(), "brujula-dev"), remember=True)
    assert PASSWORD not in str(error.value)
    assert services.settings.compass_db == "brujula-dev"
    assert secrets.get(secrets.COMPASS_URI) is None


def test_cli_uses_the_keychain_uri_and_never_leaks_it(capsys, caplog, services, memory_keyring,
                                                      monkeypatch, _isolated_data):
    import socket

    caplog.set_level(logging.INFO)
    monkeypatch.delenv("APPLICATION_MONGODB_URI", raising=False)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    save_target(services, "compass", MongoTarget(uri(dead), "brujula-dev"), remember=True)
    services.close()
    assert main(["sync", "compass"]) == 5  # URI from the keychain, database from settings
    error = capsys.readouterr().err
    assert "counsellor:***@127.0.0.1" in error
    assert PASSWORD not in error and PASSWORD not in caplog.text
    for path in _isolated_data.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_mask_hides_uri_passwords_and_keys():
    text = f"failed {uri()} with key abc123"
    masked = secrets.mask(text, "abc123")
    assert masked == ("failed mongodb://counsellor:***@127.0.0.1:27017/?directConnection=true "
                      "with key ***")
    assert secrets.mask("mongodb+srv://u:p@h/?tls=true&password=x") == (
        "mongodb+srv://u:***@h/?tls=true&password=***")
