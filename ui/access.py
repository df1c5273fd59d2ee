"""Who may write (upload documents, store corrections, save a tour) when the app is shared in a room.

By default the app listens on 127.0.0.1 (``.streamlit/config.toml``): only the presenter's machine
reaches it and everyone may write. Sharing is the presenter's choice, one flag:
``streamlit run streamlit_app.py --server.address 0.0.0.0``. A shared app lets visitors read
everything, and asks for the passcode in ``$ATLAS_PASSCODE`` before anything that writes; with no
passcode set, a shared app writes nothing at all. Error details never reach visitors
(``client.showErrorDetails = "none"``); Streamlit logs them on the server.
"""
from __future__ import annotations

import hmac
import ipaddress
import os

import streamlit as st

PASSCODE_ENV = "ATLAS_PASSCODE"
MAX_ATTEMPTS = 5  # wrong passcodes per session before it stops asking
_LOCAL = {"", "localhost"}


def is_local_address(address: str) -> bool:
    """Does a listening address reach only this machine (127.0.0.0/8, ::1, localhost)?"""
    address = (address or "").strip().strip("[]").lower()
    if address in _LOCAL:
        return True  # Streamlit's default "" is refused by the config; treat a missing value as local
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def is_shared() -> bool:
    """Is the server listening beyond this machine?"""
    return not is_local_address(str(st.get_option("server.address") or ""))


def passcode_ok(given: str, expected: str | None) -> bool:
    """A constant-time comparison; no passcode configured means no passcode is right."""
    return bool(expected) and hmac.compare_digest(given.encode(), expected.encode())


def can_write() -> bool:
    """May this session write? Always on a local app; on a shared one after the passcode."""
    return not is_shared() or bool(st.session_state.get("_atlas_writer"))


def require_writer(action: str) -> bool:
    """True when this session may ``action`` (e.g. "add documents"); otherwise shows why, or asks for the
    passcode, and returns False. Pages call it right before anything that writes."""
    if can_write():
        return True
    expected = os.environ.get(PASSCODE_ENV)
    if not expected:
        st.warning(f"This app is shared on the network and has no passcode, so nobody can {action} here. "
                   f"The presenter can set {PASSCODE_ENV} and restart it to allow changes.")
        return False
    if st.session_state.get("_atlas_attempts", 0) >= MAX_ATTEMPTS:
        st.error("Too many wrong passcodes in this session.")
        return False
    key = f"_atlas_passcode_{action}"
    st.text_input(f"Passcode to {action}", type="password", key=key, on_change=_check_passcode, args=(key,))
    if st.session_state.pop("_atlas_wrong", False):
        st.error("Wrong passcode.")
    else:
        st.info(f"This app is shared: enter the presenter's passcode to {action}.")
    return False


def _check_passcode(key: str) -> None:
    """On entering a passcode (once per entry, not on every rerun): unlock the session or count a wrong one.
    The field is emptied either way, so the passcode is not kept in the page."""
    given = st.session_state.get(key) or ""
    st.session_state[key] = ""
    if passcode_ok(given, os.environ.get(PASSCODE_ENV)):
        st.session_state["_atlas_writer"] = True
    elif given:
        st.session_state["_atlas_attempts"] = st.session_state.get("_atlas_attempts", 0) + 1
        st.session_state["_atlas_wrong"] = True
