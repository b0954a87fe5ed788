"""The ratings page names, beside O*NET's English title, the ESCO occupation the Compass bridge
linked to the client's current occupation, as Brújula stored it (Spanish)."""

from __future__ import annotations

import pytest

from desktop.ui.pages.client import ClientPage
from tests.fixtures.compass_docs import PERSON, insert_person
from tests.sync.test_compass_sync import target

pytestmark = pytest.mark.mongo


def test_the_esco_label_stands_beside_the_onet_title(qtbot, release_services, mongo_db,
                                                     monkeypatch) -> None:
    from desktop.services import casework
    from desktop.services.sync import sync_compass
    from tests.ui.conftest import open_window

    insert_person(mongo_db)
    sync_compass(release_services, target(mongo_db))
    linked = casework.create_client(release_services, "K-103", "41-1011.00",
                                    compass_user_id=PERSON)
    unlinked = casework.create_client(release_services, "K-104", "41-1011.00")
    root = release_services.paths.root
    release_services.close()
    window = open_window(qtbot, root, monkeypatch)
    page = window.open_page(ClientPage)
    page.open_client(linked.id)
    qtbot.waitUntil(lambda: "ESCO in Compass" in page.occupation.text(), timeout=20000)
    assert page.occupation.text() == (
        "Current occupation: First-Line Supervisors of Retail Sales Workers (41-1011.00) · "
        "ESCO in Compass: supervisor de tienda/supervisora de tienda / ocupación")
    page.open_client(unlinked.id)
    qtbot.waitUntil(lambda: page.client.id == unlinked.id, timeout=20000)
    assert "ESCO" not in page.occupation.text()  # no Compass link, no label
    window.bridge.wait()
