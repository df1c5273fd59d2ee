"""An actor's page: every mention with date and sentence, titles over time, relations by kind, and corrections."""
import streamlit as st

from ui.data import current_view
from ui.network_panels import corrections_form
from ui.text import plain
from views.actor_page import actor_page, actor_page_html

corpus = current_view()
names = {a.id: a.name for a in corpus.actors}
ids = sorted(names, key=lambda i: names[i].casefold())
wanted = st.query_params.get("id")
picked = st.selectbox("Actor", ids, format_func=names.get, index=ids.index(wanted) if wanted in ids else None,
                      placeholder="Type a name…", key=f"actor_pick:{wanted}")
if picked and picked != wanted:
    st.query_params["id"] = picked
    st.rerun()
page = actor_page(corpus, wanted) if wanted else None
if page is None:
    if wanted:
        st.warning("That actor is not in the current view (check the year filter, or it was merged or deleted).")
    st.info("Choose an actor, or follow a name from the network, the reader or the map.")
else:
    st.title(plain(page.name))
    st.html(actor_page_html(page))
    corrections_form(corpus, page.id)
