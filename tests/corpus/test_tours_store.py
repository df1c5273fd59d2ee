"""Named tours in the store: save, replace, read back, list, delete, names checked."""
from __future__ import annotations

import pytest

from corpus.store import Store, delete_tour, load_tour, save_tour, tour_names


def test_a_tour_is_saved_read_back_replaced_and_deleted(tmp_path):
    path = tmp_path / "atlas.db"
    stops = [{"place": "country:HN", "note": "Start here — «Honduras»"}, {"place": "country:MX", "hidden": True}]
    with Store(path) as store:
        assert save_tour(store, "  Board   meeting ", stops) == "Board meeting"
        save_tour(store, "Alpha", [])
    with Store(path) as store:  # persisted
        assert load_tour(store, "Board meeting") == stops
        assert tour_names(store) == ["Alpha", "Board meeting"]
        save_tour(store, "Board meeting", stops[:1])
        assert load_tour(store, "Board meeting") == stops[:1]
        delete_tour(store, "Board meeting")
        assert load_tour(store, "Board meeting") is None and tour_names(store) == ["Alpha"]


def test_tours_do_not_change_the_store_revision(tmp_path):
    with Store(tmp_path / "atlas.db") as store:
        before = store.revision()
        save_tour(store, "x", [{"place": "country:HN"}])
        assert store.revision() == before


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_bad_names_are_refused(tmp_path, name):
    with Store(tmp_path / "atlas.db") as store, pytest.raises(ValueError, match="tour name"):
        save_tour(store, name, [])


def test_an_unknown_tour_is_none(tmp_path):
    with Store(tmp_path / "atlas.db") as store:
        assert load_tour(store, "nothing") is None and tour_names(store) == []
