"""The Content-Security-Policy meta tag (views.csp) as Chromium obeys it: nothing from another host,
while inline scripts and data: images (which Folium and pyvis need) still work. Uses the suite's one
browser (a second sync Playwright inside the same test session would clash with its event loop)."""
from __future__ import annotations

from views import csp


def test_chromium_obeys_the_meta_tag(browser, tmp_path):
    page_html = csp.with_csp(
        "<html><head><title>t</title></head><body>"
        "<img id=far src='http://127.0.0.2:9/beacon.png'>"
        "<img id=near src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='>"
        "<script>fetch('http://127.0.0.2:9/x').catch(() => {}); document.title = 'ran';</script>"
        "</body></html>")
    (tmp_path / "page.html").write_text(page_html)
    finished, failed, violations = [], [], []
    context = browser.new_context()
    page = context.new_page()
    page.on("requestfinished", lambda r: finished.append(r.url))
    page.on("requestfailed", lambda r: failed.append((r.url, r.failure)))
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto((tmp_path / "page.html").as_uri())
    page.wait_for_timeout(300)
    title = page.title()
    near = page.evaluate("document.getElementById('near').naturalWidth")
    context.close()
    assert title == "ran"  # inline scripts still run (Folium and pyvis need them)
    assert near == 1  # data: images still load
    assert not [u for u in finished if "127.0.0.2" in u], finished
    assert all("csp" in (why or "").lower() for u, why in failed if "127.0.0.2" in u), failed
    assert len(violations) >= 2, violations  # the image and the fetch, each refused by the policy
