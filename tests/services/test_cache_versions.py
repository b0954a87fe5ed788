"""In-memory caches of the cache store (title index, profile matrices, similarities) follow
its change counter: any write, by any writer, makes the next read see it."""

from __future__ import annotations

from desktop.services import catalog
from desktop.services.profiles import profiles
from desktop.services.similar import similarities
from desktop.store import sync_store

ZEPPELIN = sync_store.ApiOccupation("53-2011.99", "Zeppelin Pilots", None, {}, None)


def test_a_write_refreshes_the_title_index_and_the_matrices(services):
    assert catalog.search(services, "zeppelin") == []
    similarities(services)  # the demo data has none stored: computed and saved (a write)
    before = services.cache.version()
    matrix, scores = profiles(services), similarities(services)
    assert profiles(services) is matrix and similarities(services) is scores  # kept
    with services.cache.write() as db:
        sync_store.save_api_occupation(db, ZEPPELIN)
    assert services.cache.version() > before
    assert [r.code for r in catalog.search(services, "zeppelin")] == [ZEPPELIN.code]
    assert profiles(services) is not matrix and similarities(services) is not scores


def test_an_import_replaces_the_file_and_what_was_indexed_from_it(services, release_dir,
                                                                  tmp_path):
    from tests.release_files import copy_release

    assert catalog.search(services, "dishwashers") == []
    before = services.cache.version()
    catalog.import_release(services, copy_release(
        release_dir, tmp_path / "release",
        ["Occupation Data.txt", "Scales Reference.txt", "Skills.txt"]))
    assert services.cache.version() != before
    assert catalog.search(services, "dishwashers")[0].code == "35-9021.00"


def test_the_title_index_is_kept_in_the_cache_and_loads_after_a_restart(release_services,
                                                                       monkeypatch):
    from desktop.services.sync import _record
    from desktop.store import catalog as store_catalog

    def no_rebuild(_db):
        raise AssertionError("the title index was built again")

    catalog._indexes.clear()  # a restart: nothing in memory
    with monkeypatch.context() as patched:
        patched.setattr(store_catalog, "titles", no_rebuild)
        assert catalog.search(release_services, "RN")[0].title == "Registered Nurses"
        _record(release_services, "compass", "ok", {"added": 1})  # a write that keeps titles
        assert catalog.search(release_services, "cook")[0].title == "Cooks, Restaurant"
    with release_services.cache.write() as db:  # a title changes: the kept index is dropped
        sync_store.save_api_occupation(db, ZEPPELIN)
    assert [r.code for r in catalog.search(release_services, "zeppelin")] == [ZEPPELIN.code]
