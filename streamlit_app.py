"""Policy Atlas: page setup, the shared year filter and navigation. Pages live in app_pages/ (not pages/: see README)."""
import streamlit as st

from ui.assets import ensure_vendor
from ui.data import current_corpus
from ui.filters import year_filter_sidebar
from ui.geocoding import online_switch

st.set_page_config(page_title="Policy Atlas", page_icon="🗺️", layout="wide")
ensure_vendor()

pages = [
    st.Page("app_pages/home.py", title="Corpus", icon=":material/library_books:", default=True),
    st.Page("app_pages/map.py", title="Map", icon=":material/map:", url_path="map"),
    st.Page("app_pages/tour.py", title="Presenter tour", icon=":material/slideshow:", url_path="tour"),
    st.Page("app_pages/network.py", title="Network", icon=":material/hub:", url_path="network"),
    st.Page("app_pages/documents.py", title="Documents", icon=":material/article:", url_path="documents"),
]
page = st.navigation(pages)
st.sidebar.title("Policy Atlas")
year_filter_sidebar(current_corpus())
online_switch()
page.run()
