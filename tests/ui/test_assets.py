"""Static files (vendored scripts, basemap) written once per version of their sources: a later start
checks a stamp instead of reading the packages' data again."""
import ui.assets
from ui.assets import ensure_static


def test_written_once_then_left_alone_until_a_file_is_missing_or_the_sources_change(tmp_path, monkeypatch):
    assert ensure_static(tmp_path)
    assert (tmp_path / "vendor" / "leaflet" / "leaflet.js").exists() and (tmp_path / "basemap.geojson").exists()
    monkeypatch.setattr(ui.assets, "ensure_basemap", lambda *a: (_ for _ in ()).throw(AssertionError("rewritten")))
    assert not ensure_static(tmp_path)  # the stamp matches: nothing read, nothing written
    monkeypatch.undo()
    (tmp_path / "cities.geojson").unlink()
    assert ensure_static(tmp_path) and (tmp_path / "cities.geojson").exists()
    monkeypatch.setattr(ui.assets, "static_key", lambda: "other sources")
    assert ensure_static(tmp_path)
    assert (tmp_path / ".written").read_text() == "other sources"
