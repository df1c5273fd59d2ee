"""The app's frame, drawn on every script run: page setup, the shared year filter and its timeline, and
navigation. Pages live in app_pages/ (not pages/: see README); the sidebar's year filter and timeline are drawn
here, so every page has them. ``streamlit_app.py`` calls ``main()`` on every run.

Functions are looked up in their modules on each run (``ui.data.current_corpus()``), as the script's own
``from … import`` lines were re-run on each run when this lived in ``streamlit_app.py``: a test that patches
``ui.data.current_corpus`` sees its patch whatever ran before it."""
import streamlit as st

import ui.assets
import ui.data
import ui.filters
import ui.geocoding
import ui.preload
import ui.prepare
import ui.timeline
import ui.warmup

# The map emoji (🗺️) as the tab icon, drawn by the browser from this SVG, written in ASCII: given as the
# emoji itself, Streamlit first loads its whole emoji catalogue (0.2-0.6 s of the first run) to check it.
ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">&#x1F5FA;&#xFE0F;</text></svg>'


def main() -> None:
    """One run of the app: the page chosen in the URL inside the shared frame."""
    st.set_page_config(page_title="Policy Atlas", page_icon=ICON, layout="wide")
    ui.prepare.preparation(ui.data.store_path())  # a new store's analysis starts now, in the background (ui.prepare)

    pages = [
        st.Page("app_pages/home.py", title="Corpus", icon=":material/library_books:", default=True),
        st.Page("app_pages/map.py", title="Map", icon=":material/map:", url_path="map"),
        st.Page("app_pages/tour.py", title="Presenter tour", icon=":material/slideshow:", url_path="tour"),
        st.Page("app_pages/network.py", title="Network", icon=":material/hub:", url_path="network"),
        st.Page("app_pages/documents.py", title="Documents", icon=":material/article:", url_path="documents"),
        st.Page("app_pages/actor.py", title="Actor", icon=":material/person:", url_path="actor"),
    ]
    page = st.navigation(pages)
    if page.url_path:  # every page but the Corpus page loads vendored scripts or the basemap (written once)
        ui.assets.static_files()
    st.sidebar.title("Policy Atlas")
    st.sidebar.markdown("**Years**")
    timeline_slot = st.sidebar.container()  # drawn after the page, which may select a place or an actor
    corpus = ui.data.current_corpus()
    ui.filters.year_filter_sidebar(corpus)
    with st.sidebar:
        play_slot = ui.timeline.play_controls(corpus)
    ui.geocoding.online_switch()
    with ui.data.open_store() as store:
        skipped = ui.data.invalid_corrections(str(ui.data.store_path()), store.revision())
    if skipped:
        st.sidebar.warning(f"{len(skipped)} stored correction(s) no longer fit the corrections schema and are "
                           "skipped; every view and export works without them.")
    page.run()
    with timeline_slot:
        ui.timeline.draw_timeline(corpus)
    ui.warmup.warm_pages()  # the other pages' imports, once per server, while this page is read
    if not page.url_path:  # a newcomer's first page, the Corpus: the other pages' code loads in the browser meanwhile
        with st.sidebar:
            ui.preload.preload_scripts()
    ui.timeline.play_wait(corpus, play_slot)  # while playing: the next year after a pause
