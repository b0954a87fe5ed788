"""MongoDB fixtures: one server per test session, one database per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.mongo_server import MongoServer, external_uri

_names = itertools.count()


@pytest.fixture(scope="session")
def mongo_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real mongod from DESKTOP_TEST_MONGO_URI, else a SecantusDB process."""
    uri = external_uri()
    if uri:
        yield uri
        return
    server = MongoServer(tmp_path_factory.mktemp("mongo")).start()
    try:
        yield server.uri
    finally:
        server.stop()


@pytest.fixture
def mongo_db(mongo_uri: str) -> Iterator[Any]:
    """A fresh database for one test, dropped before and after."""
    from pymongo import MongoClient

    client: MongoClient = MongoClient(mongo_uri, serverSelectionTimeoutMS=5000)
    name = f"t{next(_names)}_{Path(__file__).parent.name}"
    client.drop_database(name)
    try:
        yield client[name]
    finally:
        client.drop_database(name)
        client.close()
