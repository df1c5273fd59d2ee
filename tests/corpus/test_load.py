"""Loading: formats detected by content, robust decoding, clear errors for bad files."""
import io

import pytest

from documents.load import LoadError, decode, detect_format, load_bytes


def test_txt_utf8_and_cp1252():
    assert "Hernández" in load_bytes("a.txt", "Juan Orlando Hernández spoke today.".encode()).text
    assert "Hernández" in load_bytes("a.txt", "Juan Orlando Hernández spoke today.".encode("cp1252")).text


def test_utf16_with_bom():
    assert "Tegucigalpa" in load_bytes("a.txt", "Meeting in Tegucigalpa.".encode("utf-16")).text


def test_markdown_front_matter_is_metadata():
    doc = load_bytes("a.md", b"---\ntitle: A Title\ndate: 2020-05-04\n---\n# Heading\n\nBody text here.\n")
    assert doc.format == "md" and doc.metadata["title"] == "A Title" and doc.metadata["date"] == "2020-05-04"
    assert "title:" not in doc.text and "Body text here." in doc.text


def test_broken_front_matter_is_kept_as_text():
    doc = load_bytes("a.md", b"---\n: [unclosed\n---\nBody text here.\n")
    assert "Body text here." in doc.text


def test_html_main_text_without_navigation():
    html = b"""<html><head><title>Page | Site</title><meta property="article:published_time" content="2018-02-03">
    <meta charset="utf-8"></head><body><nav>Home About Contact</nav><header>Site banner</header>
    <main><h1>The Headline</h1><p>The <a href="#">Secretary</a> met the Minister in Guatemala City.</p></main>
    <footer>Privacy policy</footer><script>alert(1)</script></body></html>"""
    doc = load_bytes("page.html", html)
    assert doc.format == "html" and doc.metadata["date"] == "2018-02-03" and doc.metadata["title"] == "The Headline"
    assert "The Secretary met the Minister in Guatemala City." in doc.text
    for junk in ("Home About", "Site banner", "Privacy", "alert"):
        assert junk not in doc.text


def test_html_declared_charset():
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Peña Nieto habló.</p></body></html>'.encode("latin-1")
    assert "Peña Nieto" in load_bytes("x.html", html).text


def test_rss_pubdate():
    rss = b"""<?xml version="1.0"?><rss><channel><item><title>Release title</title>
    <pubDate>Tue, 10 Jun 2014 04:00:00 GMT</pubDate><description>&lt;p&gt;The Ambassador spoke.&lt;/p&gt;</description>
    </item></channel></rss>"""
    doc = load_bytes("feed.xml", rss)
    assert doc.format == "rss" and doc.metadata["date"].startswith("Tue, 10 Jun 2014")
    assert "The Ambassador spoke." in doc.text


def test_an_rss_items_link_names_its_publisher():
    """A saved State Department feed item names no department in its text; its link does, and an untitled
    "Assistant Secretary" in it serves the publisher."""
    from corpus.pipeline import analyse_document

    rss = b"""<?xml version="1.0"?><rss><channel><item><title>Honduras' General Elections</title>
    <link>https://www.state.gov/honduras-general-elections/</link><pubDate>Tue, 30 Nov 2021 21:14:00 +0000</pubDate>
    <description>The United States congratulates the people of Honduras. Assistant Secretary Brian A. Nichols will
    lead a delegation to Tegucigalpa.</description></item></channel></rss>"""
    doc = load_bytes("feed.xml", rss)
    assert doc.metadata["link"] == "https://www.state.gov/honduras-general-elections/"
    nichols = next(a for a in analyse_document(doc).actors if a.name == "Brian A. Nichols")
    assert nichols.affiliation == "agency:us-department-of-state", nichols


def test_an_international_bodys_page_title_names_its_publisher():
    """An OAS page's <title> ("OAS - Organization of American States: Press Release - …") says whose it is; an
    untitled "Assistant Secretary General" in it is the OAS's."""
    from corpus.pipeline import analyse_document

    html = ("<html><head><title>OAS - Organization of American States: Press Release - Secretary General Visits Haiti"
            "</title></head><body><h1>Secretary General Visits Haiti</h1><p>July 17, 2025</p><p>The Secretary General "
            "visited Port-au-Prince. He was accompanied by the Assistant Secretary General, Laura Gil.</p></body>"
            "</html>").encode()
    doc = load_bytes("page.html", html)
    gil = next(a for a in analyse_document(doc).actors if a.name == "Laura Gil")
    assert gil.affiliation == "organization:organization-of-american-states", gil


def _pdf(text: str | None, password: str | None = None) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    page = w.add_blank_page(612, 792)
    if text:
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): w._add_object(font)})})
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode())
        page[NameObject("/Contents")] = w._add_object(stream)
    if password:
        w.encrypt(password)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_pdf_text_layer():
    assert "Secretary met the Minister" in load_bytes("a.pdf", _pdf("The Secretary met the Minister in Mexico City.")).text


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n", "empty"),
    ("garbage.txt", bytes(range(256)) * 10, "binary"),
    ("a.zip", b"PK\x03\x04" + b"\x00" * 100, "archive"),
    ("img.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "binary"),
    ("scan.pdf", None, "no text layer"),
    ("locked.pdf", "locked", "encrypted"),
    ("broken.pdf", b"%PDF-1.4\n garbage", "PDF"),
    ("nobody.html", b"<html><head><title>x</title></head><body><nav>menu</nav></body></html>", "no"),
    ("digits.txt", b"1234 5678 9012", "no readable text"),
])
def test_bad_files_get_clear_errors(name, data, message):
    if data is None:
        data = _pdf(None)
    elif data == "locked":
        data = _pdf("Secret text here.", password="pw")
    with pytest.raises(LoadError) as exc:
        load_bytes(name, data)
    assert name in str(exc.value) or message in str(exc.value)
    assert message.lower() in str(exc.value).lower()


def test_size_limit(monkeypatch):
    monkeypatch.setenv("ATLAS_MAX_FILE_MB", "0.001")
    with pytest.raises(LoadError, match="limit"):
        load_bytes("big.txt", b"word " * 1000)


def test_detect_format_by_content_not_extension():
    assert detect_format("report.txt", b"%PDF-1.7 ...") == "pdf"
    assert detect_format("page.txt", b"<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert detect_format("notes.html", b"plain words only") == "txt"


def test_decode_falls_back_without_crashing():
    assert isinstance(decode(bytes(range(128, 256))), str)


def test_one_saved_feed_item_with_the_article_after_it():
    raw = (b"<item>\n<title>Girl dies as boat sinks off Panama</title>\n<link>https://x.com/a</link>\n"
           b"<pubDate>Sun, 23 Feb 2025 22:18:46 GMT</pubDate>\n<description><![CDATA[\nPANAMA CITY, Feb 23 - A girl "
           b"drowned when a boat capsized.\n]]></description>\n</item>\n\nThe navy said the search went on near Colon.\n")
    doc = load_bytes("k.txt", raw)
    assert doc.format == "rss" and doc.metadata["date"].startswith("Sun, 23 Feb 2025")
    assert "A girl drowned" in doc.text and "search went on" in doc.text and "<item>" not in doc.text


def test_a_saved_feed_item_opening_with_an_xml_declaration_is_read_without_a_warning():
    import warnings

    from documents.load import load_bytes

    raw = ('<?xml-saved-item source="https://www.ice.gov/rss/news/all" ?>\nICE News Releases (RSS)\n\n'
           "Title: ERO removes a fugitive\nPubDate: Tue, 05 Mar 2024 14:00:00 GMT\n\nERO New Orleans removed him.")
    with warnings.catch_warnings(record=True) as caught:  # the filters in force, as in the app
        loaded = load_bytes("item.txt", raw.encode())
    assert "ERO New Orleans removed him." in loaded.text
    assert not [w for w in caught if "XML document" in str(w.message)], [str(w.message) for w in caught]


def test_a_readers_text_rendering_of_a_feed_item_is_text_not_a_feed():
    """A reader's "save as text" of one item opens with "<rss>" but holds no feed elements: it is text, with its
    date line, not a feed that "has no items"."""
    raw = ("<rss> ICE News Releases - Homeland Security Investigations\nFeed: https://www.ice.gov/rss/news/hsi\n\nItem\n"
           "Title: HSI New York returns 18 pre-Columbian artifacts to Guatemala\nPub Date: Thu, 22 Sep 2022 15:10:00 "
           "-0400\n\nNEW YORK - HSI returned 18 artifacts to the Republic of Guatemala on Sept. 21.\n")
    loaded = load_bytes("item.txt", raw.encode())
    assert loaded.format == "txt" and "returned 18 artifacts" in loaded.text


def test_a_feed_item_saved_below_lines_of_plain_text_is_read():
    """An XML declaration, then the saver's own lines ("Saved from feed: …"), then one well-formed <item>: the XML
    parser stops at the plain lines, so the item is read on its own instead of the file being refused."""
    raw = ('<?xml version="1.0" encoding="UTF-8"?>\nSaved from feed: U.S. Department of State -- Press Releases\n'
           "Feed URL: https://www.state.gov/rss-feed/press-releases/feed/\n\n<item>\n<title>Dominica's General "
           "Election</title>\n<link>https://www.state.gov/dominicas-general-election/</link>\n<dc:creator>Ned Price, "
           "Department Spokesperson</dc:creator>\n<pubDate>Wed, 07 Dec 2022 16:12:00 -0500</pubDate>\n<description>"
           "<![CDATA[\nThe United States congratulates the people of Dominica.\n]]></description>\n</item>\n")
    loaded = load_bytes("item.txt", raw.encode())
    assert loaded.format == "rss" and loaded.metadata["date"].startswith("Wed, 07 Dec 2022")
    assert loaded.metadata["title"] == "Dominica's General Election"
    assert "congratulates the people of Dominica" in loaded.text


def test_a_feed_item_whose_fields_are_plain_lines_is_read_with_its_date():
    """The whole article saved inside one <item> as "Title: …", "PubDate: …" lines and paragraphs, with no XML
    elements: its text is the document, and its fields are the metadata, as in a plain-text saved item."""
    raw = ('<?xml version="1.0" encoding="UTF-8"?>\nSaved from feed: U.S. Department of State -- Press Releases\n\n'
           "<item>\nTitle: Nicaragua: Detention of a Bishop\nLink: https://www.state.gov/nicaragua-detention/\n"
           "PubDate: Fri, 19 Aug 2022 21:42:00 -0400\nCreator: Ned Price, Department Spokesperson\n\nDescription:\n"
           "The United States condemns the raid on the curia of the Diocese of Matagalpa.\n</item>\n")
    loaded = load_bytes("item.txt", raw.encode())
    assert loaded.format == "rss" and loaded.metadata["date"].startswith("Fri, 19 Aug 2022")
    assert loaded.metadata["title"] == "Nicaragua: Detention of a Bishop"
    assert loaded.metadata["link"] == "https://www.state.gov/nicaragua-detention/"
    assert "condemns the raid on the curia" in loaded.text and "Ned Price" in loaded.text


def test_a_feed_items_date_as_a_plain_line_between_its_elements():
    """<title> and <link> as elements, then "Pub Date: …" and "Category: …" as plain lines inside the item: the
    date line is the item's date."""
    raw = ("<item>\n<title>Security Alert – U.S. Embassy Port-au-Prince – Fuel Protests</title>\n"
           "<link>https://ht.usembassy.gov/security-alert-fuel-protests/</link>\nPub Date: Mon, 18 Jul 2022 14:25:09 +0000\n"
           "Category: Alerts, Haiti\n<description>\n\nProtests over fuel shortages continue in Port-au-Prince."
           "\n</description>\n</item>\n")
    loaded = load_bytes("alert.txt", raw.encode())
    assert loaded.format == "rss" and loaded.metadata["date"].startswith("Mon, 18 Jul 2022"), loaded.metadata
    assert "Protests over fuel shortages" in loaded.text
