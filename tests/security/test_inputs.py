"""Untrusted input on the way in and on the way out: Markdown sinks, blank lines in HTML blocks,
bidirectional controls, deep HTML, one size limit."""
from __future__ import annotations

import pytest

from documents.load import LoadError, load_bytes, max_bytes
from ui.text import plain
from views.html import esc

HOSTILE_NAMES = ["up_![b](https:127.0.0.2:9).txt", "[click](javascript:alert(1)).md", "<img src=x onerror=alert(1)>.txt",
                 "# heading **bold** `code`.txt", "a\u202egnp.exe", "x<script>alert(1)</script>.pdf"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_markdown_sinks_show_names_literally(name):
    """``plain`` leaves no unescaped Markdown or HTML character that could make a link, an image or a tag."""
    shown = plain(name)
    i = 0
    while i < len(shown):
        if shown[i] == "\\":
            i += 2
            continue
        assert shown[i] not in "![]()<>`*_#", (name, shown, i)
        i += 1
    assert "\u202e" not in shown and "\n" not in shown


def test_markdown_sink_renders_the_name_as_text():
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(f"Added {plain(HOSTILE_NAMES[0])}")
    assert "<img" not in html and "<a " not in html and "127.0.0.2" in html


def test_escaped_text_never_ends_an_html_block():
    """A title with a blank line inside st.markdown(unsafe_allow_html=True) would end the HTML block and
    let the rest be Markdown (an image that loads from outside): esc keeps it one block."""
    out = esc("Title\n\n![b](https://127.0.0.2/x.png)\n \n\nmore")
    assert "\n\n" not in out and "\n \n" not in out


def test_bidirectional_controls_are_removed_on_the_way_in():
    doc = load_bytes("re\u202eport.txt", "The Minister met the Secretary on 2020\u202e-03-08 in Tegucigalpa, Honduras."
                     .encode())
    assert "\u202e" not in doc.text and doc.source == "report.txt"
    assert "\u202e" not in esc("a\u202eb") and "\u2066" not in plain("a\u2066b")


def test_deeply_nested_html_is_refused_quickly():
    """Refused with a message (before the depth check it took minutes; ``python -m benchmarks.nested_html``
    times it)."""
    raw = ("<div>" * 100_000 + "words" + "</div>" * 100_000).encode()
    with pytest.raises(LoadError, match="nested 100,000 elements deep"):
        load_bytes("deep.html", raw)
    assert load_bytes("ok.html", ("<div>" * 200 + "The Minister spoke in Honduras." + "</div>" * 200).encode())


def test_one_size_limit_from_the_streamlit_setting(monkeypatch):
    monkeypatch.delenv("ATLAS_MAX_FILE_MB", raising=False)
    monkeypatch.delenv("STREAMLIT_SERVER_MAX_UPLOAD_SIZE", raising=False)
    import tomllib
    from pathlib import Path

    config = tomllib.loads((Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml").read_text())
    assert max_bytes() == config["server"]["maxUploadSize"] * 2**20
    with pytest.raises(LoadError, match=f"over the {config['server']['maxUploadSize']} MB limit"):
        load_bytes("big.txt", b"a" * (max_bytes() + 1))
