"""Policy Atlas: page setup, the shared year filter and its timeline, and navigation. Pages live in app_pages/
(not pages/: see README); the sidebar's year filter and timeline are drawn here, so every page has them."""
import streamlit as st

from ui.assets import static_files
from ui.data import current_corpus, invalid_corrections, open_store, store_path
from ui.filters import year_filter_sidebar
from ui.geocoding import online_switch
from ui.preload import preload_scripts
from ui.prepare import preparation
from ui.timeline import draw_timeline, play_controls, play_wait
from ui.warmup import warm_pages

# The map emoji (🗺️) as the tab icon, drawn by the browser from this SVG, written in ASCII: given as the
# emoji itself, Streamlit first loads its whole emoji catalogue (0.2-0.6 s of the first run) to check it.
ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">&#x1F5FA;&#xFE0F;</text></svg>'
st.set_page_config(page_title="Policy Atlas", page_icon=ICON, layout="wide")
preparation(store_path())  # a new store's analysis starts now, in the background (ui.prepare)

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
    static_files()
st.sidebar.title("Policy Atlas")
st.sidebar.markdown("**Years**")
timeline_slot = st.sidebar.container()  # drawn after the page, which may select a place or an actor
corpus = current_corpus()
year_filter_sidebar(corpus)
with st.sidebar:
    play_slot = play_controls(corpus)
online_switch()
with open_store() as _store:
    _skipped = invalid_corrections(str(store_path()), _store.revision())
if _skipped:
    st.sidebar.warning(f"{len(_skipped)} stored correction(s) no longer fit the corrections schema and are "
                       "skipped; every view and export works without them.")
page.run()
with timeline_slot:
    draw_timeline(corpus)
warm_pages()  # the other pages' imports, once per server, while this page is read
if not page.url_path:  # a newcomer's first page, the Corpus: the other pages' code loads in the browser meanwhile
    with st.sidebar:
        preload_scripts()
play_wait(corpus, play_slot)  # while playing: the next year after a pause
