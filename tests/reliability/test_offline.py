"""Offline, proved: the whole analysis, the store, every export and every page run with outbound
connections blocked, and make zero attempts to reach a non-local host. The guard itself is checked
against a real attempt first, so a zero means something."""
from __future__ import annotations

import urllib.request

import pytest

from corpus.export import FORMATS, export
from corpus.ingest import ingest, load_corpus
from corpus.pipeline import analyse_paths
from corpus.store import Store
from tests.conftest import ROOT, SHIPPED
from tests.reliability.socket_guard import is_local, socket_guard
from tests.security.hostile_corpus import write_hostile_corpus

PAGES = ["home.py", "map.py", "tour.py", "network.py", "documents.py"]


@pytest.mark.parametrize("host, local", [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                         ("127.8.9.1", True), ("10.0.0.1", False), ("example.com", False),
                                         ("pwned.invalid", False), ("8.8.8.8", False), (b"localhost", True)])
def test_what_counts_as_local(host, local):
    assert is_local(host) is local


def test_the_guard_catches_a_real_attempt():
    with socket_guard() as attempts:
        with pytest.raises(OSError):
            urllib.request.urlopen("http://example.com/", timeout=2)
    assert attempts and "example.com" in attempts[0]


def test_the_guard_sees_the_online_geocoder_when_switched_on():
    """The only code that may go online, and only when asked: the guard records it, the analysis keeps
    the offline answer and notes the failure."""
    from geo.geocoder import ChainGeocoder

    with socket_guard() as attempts:
        chain = ChainGeocoder(use_online=True)
        chain.geocode("Zzyzx Springs Nowhere", exactly_one=True)
    assert attempts, "the online geocoder should have tried to connect"
    assert any("online geocoder failed" in n for n in chain.notes)
    with socket_guard() as attempts:
        ChainGeocoder(use_online=False).geocode("Zzyzx Springs Nowhere", exactly_one=True)
    assert attempts == []


def test_analysis_store_and_exports_make_no_connection(tmp_path):
    hostile = write_hostile_corpus(tmp_path / "hostile")
    with socket_guard() as attempts:
        corpus, errors = analyse_paths([SHIPPED, *hostile])
        assert not errors and len(corpus.documents) == 5 + len(hostile)
        assert corpus.places and corpus.actors
        for fmt in FORMATS:
            assert export(corpus, fmt)
        with Store(tmp_path / "atlas.db") as store:
            report = ingest(store, [(p.name, p.read_bytes()) for p in sorted(SHIPPED.iterdir())])
            assert len(report.added) == 5
            assert len(load_corpus(store).documents) == 5
    assert attempts == []


def test_every_page_makes_no_connection(tmp_store_path):
    from streamlit.testing.v1 import AppTest

    with socket_guard() as attempts:
        at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=180).run()
        assert not at.exception, at.exception
        for page in PAGES[1:]:
            at.switch_page(str(ROOT / "app_pages" / page)).run()
            assert not at.exception, (page, at.exception)
    assert attempts == []


def test_standalone_map_download_has_no_remote_links(shipped_corpus):
    """The exported HTML map works offline: no http(s) script, stylesheet or tile URL inside."""
    import re

    from ui.assets import VENDOR, ensure_vendor
    from views.map_build import build_map
    from views.offline_html import standalone_html

    ensure_vendor()
    with socket_guard() as attempts:
        html = standalone_html(build_map(shipped_corpus), VENDOR)
    assert attempts == []
    # Fetched resources only (the attribution link to leafletjs.com inside leaflet.js is not fetched).
    remote = re.findall(r"""<(?:script|img|iframe|link|source)\b[^>]*?\s(?:src|href)\s*=\s*["']?(https?://[^"'\s>]+)"""
                        r"""|url\(\s*["']?(https?://[^"')\s]+)""", html)
    assert remote == [], remote[:5]
    assert not re.search(r"https?://[^\"'\s]*\{[sxyz]\}", html), "a tile URL template"
