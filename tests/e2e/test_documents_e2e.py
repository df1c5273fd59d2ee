"""The documents page in headless Chromium: a deep link opens the reader at the excerpt, highlights
link to the network, full-text search finds sentences, and nothing is fetched from outside."""
from __future__ import annotations

from urllib.parse import quote

from tests.e2e.conftest import screenshot


def _errors(page) -> list[str]:
    return [e for e in page.errors if "404" not in e]


def _warm(page, app_url: str) -> None:
    page.goto(f"{app_url}/")
    page.wait_for_selector("text=Policy Atlas", timeout=60_000)


def _late_excerpt_with_actor(corpus):
    """A document and a sentence far down it that names an actor (so the reader must scroll)."""
    for doc in corpus.documents:
        named = {m.excerpt for a in corpus.actors for m in a.mentions if m.document == doc.id}
        late = [e for e in doc.excerpts[len(doc.excerpts) // 2:] if e.id in named]
        if len(doc.excerpts) > 12 and late:
            return doc, late[-1]
    raise AssertionError("no long document with an actor in its second half")


def test_deep_link_opens_the_reader_scrolled_to_the_excerpt(page, app_url, shipped_corpus):
    doc, ex = _late_excerpt_with_actor(shipped_corpus)
    _warm(page, app_url)
    page.goto(f"{app_url}/documents?doc={quote(doc.id)}&excerpt={quote(ex.id)}")
    page.wait_for_selector(".atlas-reader .page[data-scrolled='1']", timeout=60_000)
    page.wait_for_timeout(400)
    marked = "".join(m.inner_text() for m in page.locator(".atlas-reader mark.target").all())
    assert " ".join(marked.split()) == " ".join(ex.text.split())
    box = page.locator(".atlas-reader .page")
    assert box.evaluate("b => b.scrollTop") > 0
    spot, frame = page.locator("#target").bounding_box(), box.bounding_box()
    assert frame["y"] <= spot["y"] <= frame["y"] + frame["height"]
    assert page.locator(".atlas-reader h2").inner_text() == doc.title
    assert page.locator(".atlas-reader .meta .lang").inner_text() == "English"  # the detected language, marked
    screenshot(page, "reader_deep_link")
    assert page.external_requests == [] and _errors(page) == [] and page.dialogs == []


def test_a_highlighted_actor_opens_the_network_card(page, app_url, shipped_corpus):
    doc, _ = _late_excerpt_with_actor(shipped_corpus)
    _warm(page, app_url)
    page.goto(f"{app_url}/documents?doc={quote(doc.id)}")
    link = page.locator(".atlas-reader a.hl[href*='network?actor=']").first
    link.wait_for(timeout=60_000)
    link.click()
    page.wait_for_url("**/network?actor=*", timeout=20_000)
    card = page.locator('[data-testid="actor-card"]')
    card.wait_for(timeout=30_000)
    assert card.locator("ul.excerpts li").count() >= 1
    assert page.external_requests == [] and _errors(page) == [] and page.dialogs == []


def test_full_text_search_links_into_the_reader(page, app_url):
    _warm(page, app_url)
    page.goto(f"{app_url}/documents")
    box = page.get_by_label("Search the text of every document")
    box.wait_for(timeout=60_000)
    box.fill("Honduras security")
    box.press("Enter")
    hit = page.locator("ul.excerpts li").first
    hit.wait_for(timeout=20_000)
    assert hit.locator("mark.hl-match").count() >= 2
    screenshot(page, "documents_search")
    hit.locator("a.open").click()
    page.wait_for_url("**/documents?doc=*&excerpt=*", timeout=20_000)
    page.locator(".atlas-reader mark.target").first.wait_for(timeout=30_000)
    assert page.external_requests == [] and _errors(page) == [] and page.dialogs == []


def test_upload_shows_each_file_result_and_lists_the_new_document(page, app_url, tmp_path):
    good = tmp_path / "e2e_note.txt"
    good.write_text("Press statement, June 3, 2019.\n\nThe U.S. Department of State met with the Government of "
                    "Guatemala in Guatemala City to discuss migration.\n", encoding="utf-8")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    _warm(page, app_url)
    page.goto(f"{app_url}/documents")
    page.get_by_text("Add documents (.txt").click()
    page.locator("input[type=file]").set_input_files([str(good), str(bad)])
    page.get_by_role("button", name="Analyse and add").click()
    page.get_by_text("Added e2e_note.txt").wait_for(timeout=60_000)
    assert page.locator("[data-testid='stAlertContentError']").filter(has_text="broken.pdf").count() == 1
    page.get_by_text("All documents (6)").wait_for(timeout=10_000)  # listed in the same run
    screenshot(page, "documents_upload")
    assert page.external_requests == []
