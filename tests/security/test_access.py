"""A shared room: the app listens on 127.0.0.1 unless the presenter shares it; a shared app asks for the
passcode before anything that writes, and writes nothing without one. Driven through AppTest."""
from __future__ import annotations

import tomllib

import pytest
from streamlit.testing.v1 import AppTest

import ui.access
from corpus.store import Store
from tests.conftest import ROOT
from ui.access import is_local_address, passcode_ok


def _writer_script():
    import streamlit as st

    from ui.access import require_writer

    if require_writer("add documents"):
        st.text("WRITE OK")


def _panel_script():
    from ui.corrections_panel import corrections_panel

    corrections_panel(expanded=True)


def _texts(at) -> list[str]:
    return [t.value for t in at.text]


def test_default_config_listens_on_this_machine_only():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert is_local_address(config["server"]["address"])
    assert config["client"]["showErrorDetails"] == "none" and config["client"]["showErrorLinks"] is False


@pytest.mark.parametrize("address, local", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                            ("[::1]", True), ("127.0.1.1", True), ("0.0.0.0", False),
                                            ("192.168.1.20", False), ("::", False), ("example.org", False)])
def test_local_addresses(address, local):
    assert is_local_address(address) is local


def test_passcode_comparison():
    assert passcode_ok("s3cret", "s3cret") and not passcode_ok("s3cre", "s3cret")
    assert not passcode_ok("", None) and not passcode_ok("", "")


def test_local_app_writes_without_passcode(monkeypatch):
    monkeypatch.setattr(ui.access, "is_shared", lambda: False)
    at = AppTest.from_function(_writer_script).run()
    assert "WRITE OK" in _texts(at) and not at.text_input


def test_shared_app_without_passcode_writes_nothing(monkeypatch):
    monkeypatch.setattr(ui.access, "is_shared", lambda: True)
    monkeypatch.delenv("ATLAS_PASSCODE", raising=False)
    at = AppTest.from_function(_writer_script).run()
    assert "WRITE OK" not in _texts(at)
    assert "has no passcode" in at.warning[0].value


def test_shared_app_asks_for_the_passcode(monkeypatch):
    monkeypatch.setattr(ui.access, "is_shared", lambda: True)
    monkeypatch.setenv("ATLAS_PASSCODE", "blue-heron")
    at = AppTest.from_function(_writer_script).run()
    assert "WRITE OK" not in _texts(at) and len(at.text_input) == 1
    at.text_input[0].input("red-heron").run()
    assert "WRITE OK" not in _texts(at) and at.error[0].value == "Wrong passcode."
    at.text_input[0].input("blue-heron").run()
    assert "WRITE OK" in _texts(at)
    at.run()  # unlocked for the rest of the session
    assert "WRITE OK" in _texts(at)


def test_shared_app_stops_asking_after_too_many_wrong_passcodes(monkeypatch):
    monkeypatch.setattr(ui.access, "is_shared", lambda: True)
    monkeypatch.setenv("ATLAS_PASSCODE", "blue-heron")
    at = AppTest.from_function(_writer_script).run()
    for i in range(ui.access.MAX_ATTEMPTS):
        at.text_input[0].input(f"guess-{i}").run()
    assert not at.text_input and "Too many wrong passcodes" in at.error[0].value


def _store_with_corrections(path) -> None:
    with Store(path) as store:
        store.add_correction("actor", "rename", {"id": "official:a", "name": "![b](https://127.0.0.2/x) <b>A</b>"})
        store.add_correction("place", "not-a-place", {"place": "geonames:9"})
        store.add_correction("actor", "delete", {"id": "organization:z"})


def test_corrections_panel_lists_undoes_and_removes(tmp_store_path, monkeypatch):
    monkeypatch.setattr(ui.access, "is_shared", lambda: False)
    _store_with_corrections(tmp_store_path)
    at = AppTest.from_function(_panel_script, default_timeout=60).run()
    assert not at.exception
    texts = _texts(at)
    assert len(texts) == 3 and texts[0].startswith("#3 ") and "actor delete organization:z" in texts[0]
    assert "actor rename official:a → ![b](https://127.0.0.2/x) <b>A</b>" in texts[2]  # st.text: shown, not rendered
    at.button(key="corrections_remove_2").click().run()
    with Store(tmp_store_path) as store:
        assert [c.id for c in store.corrections()] == [1, 3]
    at.button(key="corrections_undo").click().run()
    with Store(tmp_store_path) as store:
        assert [c.id for c in store.corrections()] == [1]
    assert len(_texts(at)) == 1


def test_corrections_panel_on_a_shared_app_needs_the_passcode(tmp_store_path, monkeypatch):
    monkeypatch.setattr(ui.access, "is_shared", lambda: True)
    monkeypatch.setenv("ATLAS_PASSCODE", "blue-heron")
    _store_with_corrections(tmp_store_path)
    at = AppTest.from_function(_panel_script, default_timeout=60).run()
    at.button(key="corrections_undo").click().run()
    with Store(tmp_store_path) as store:
        assert len(store.corrections()) == 3  # nothing removed yet: the passcode is asked for
    at.text_input[0].input("blue-heron").run()
    with Store(tmp_store_path) as store:
        assert [c.id for c in store.corrections()] == [1, 2]
