"""The Content-Security-Policy (views.csp): its directives, the meta tag's placement, that Chromium obeys
it (a non-local image in a page with the tag is never requested), and that the GEXF/GraphML/CSV
downloads of a hostile corpus hold nothing a program would fetch or run."""
from __future__ import annotations

import pytest

from corpus.export import export
from tests.security.hostile_model import hostile_model
from views import csp
from views.network_export import csv_zip, gexf_bytes, graphml_bytes


def test_policy_limits_everything_to_the_own_origin():
    directives = dict(d.split(" ", 1) for d in csp.POLICY.split("; "))
    assert directives["default-src"] == "'self'" and directives["connect-src"] == "'self'"
    assert directives["img-src"] == "'self' data: blob:" and directives["frame-ancestors"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert not any("http" in v or "*" in v for v in directives.values())
    assert "frame-ancestors" not in csp.meta_policy()  # ignored (and logged as an error) in a <meta>


@pytest.mark.parametrize("page, start", [
    ("<!DOCTYPE html><html><head><title>t</title></head><body>x</body></html>",
     "<!DOCTYPE html><html><head><meta http-equiv"),
    ("<html lang='en'><body>x</body></html>", "<html lang='en'><head><meta http-equiv"),
    ("<div>fragment</div>", "<head><meta http-equiv")])
def test_meta_tag_goes_first_in_head(page, start):
    assert csp.with_csp(page).startswith(start)
    assert csp.with_csp(page).count("Content-Security-Policy") == 1


@pytest.fixture(scope="module")
def hostile():
    return hostile_model()


def test_corpus_downloads_are_inert(hostile):
    import io
    import zipfile

    for fmt in ("gexf", "graphml"):
        assert csp.inert_download(export(hostile, fmt), fmt), fmt
    with zipfile.ZipFile(io.BytesIO(export(hostile, "csv"))) as z:
        for name in z.namelist():
            assert csp.inert_download(z.read(name), "csv"), name


def test_network_downloads_are_inert(hostile):
    import io
    import zipfile

    from corpus.graph import actor_graph

    g = actor_graph(hostile)
    assert csp.inert_download(gexf_bytes(g), "gexf") and csp.inert_download(graphml_bytes(g), "graphml")
    with zipfile.ZipFile(io.BytesIO(csv_zip(g, hostile))) as z:
        for name in z.namelist():
            assert csp.inert_download(z.read(name), "csv"), name


def test_inert_download_catches_what_it_should():
    assert not csp.inert_download(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "http://h/">]><x/>', "gexf")
    assert not csp.inert_download(b'<?xml-stylesheet href="http://h/s.xsl"?><graphml/>', "graphml")
    assert not csp.inert_download(b'a,b\n1,"=HYPERLINK(""http://h"",""x"")"\n', "csv")
    assert csp.inert_download(b'a,b\n-1.5,"\'=SUM(A1)"\n', "csv")
