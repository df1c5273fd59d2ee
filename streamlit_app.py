"""Policy Atlas: ``streamlit run streamlit_app.py``.

This file is read two ways. ``streamlit run`` first finds ``app`` below (an ASGI ``st.App``: it reads the
source for it) and serves Streamlit through it, importing this file as the module ``streamlit_app``: the same
server, routes and ``.streamlit/config.toml``, with the security headers of ``ui.security_headers`` on every
response, the first page included. Streamlit then runs this same file as ``__main__`` for every run of every
session (AppTest too), and that draws the app (``ui.shell``).
"""
import streamlit as st

if __name__ == "__main__":  # a script run: the app's frame and the page in the URL
    from ui.shell import main

    main()
else:  # the server, before any session: Streamlit's own ASGI app with the headers' middleware (ui.asgi)
    from ui.asgi import lifespan, middleware

    app = st.App(__file__, middleware=middleware(), lifespan=lifespan)
