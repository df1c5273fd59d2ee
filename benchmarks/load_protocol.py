"""A viewer that speaks Streamlit's own websocket protocol, as the browser does, without drawing.

It opens the page (HTTP, for the XSRF cookie), connects to ``/_stcore/stream``, and sends the
``BackMsg`` a browser sends for each action — a page switch, a widget change, a click on the map
or the network (the component's value, as its JavaScript would set it) — then reads ``ForwardMsg``s
until the script run finishes. The response time is the server's: from the message sent to the
end of the run, every element of the new page received. Widget values the client has seen are
sent back with each rerun, as the browser's widget manager does.
"""
from __future__ import annotations

import asyncio
import json
import re
import socket
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

FEATURE_ID = re.compile(r'"properties":\{"id":"([^"]+)"')


@dataclass
class RunResult:
    seconds: float
    bytes: int
    exceptions: list[str] = field(default_factory=list)
    status: str = ""


class Viewer:
    """One session. ``await v.open()``, then ``await v.page("Map")``, ``await v.toggle("undated_box")``…"""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.url, self.timeout = url.rstrip("/"), timeout
        self.pages: dict[str, str] = {}  # page title → script hash
        self.page_hash = ""
        self.query = ""
        self.widgets: dict[str, WidgetState] = {}  # id → last value sent or seen
        self.labels: dict[str, tuple[str, Any]] = {}  # label → (widget id, element proto) on the current page
        self.components: dict[str, Any] = {}  # component name → element proto
        self.ws = None

    async def open(self) -> RunResult:
        import websockets

        cookie, token = await asyncio.to_thread(self._xsrf)
        ws_url = self.url.replace("http", "ws", 1) + "/_stcore/stream"
        self.ws = await websockets.connect(ws_url, subprotocols=["streamlit", token] if token else ["streamlit"],
                                           additional_headers={"Cookie": cookie, "Origin": self.url},
                                           max_size=None, open_timeout=self.timeout)
        sock = self.ws.transport.get_extra_info("socket")
        if sock is not None:  # as browsers do: no Nagle delay on small messages
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return await self._rerun()

    def _xsrf(self) -> tuple[str, str]:
        with urllib.request.urlopen(self.url + "/", timeout=self.timeout) as r:
            cookies = r.headers.get_all("Set-Cookie") or []
        for c in cookies:
            name, _, rest = c.partition("=")
            if name.strip() == "_streamlit_xsrf":
                value = rest.split(";", 1)[0]
                return f"_streamlit_xsrf={value}", value
        return "", ""

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    # -- actions --------------------------------------------------------------------------------
    async def page(self, title: str) -> RunResult:
        """Switch page from the sidebar navigation (its widgets go; the shared sidebar's stay)."""
        self.page_hash = self.pages[title]
        for proto in self.components.values():  # a component's last value belongs to its page
            self.widgets.pop(proto.id, None)
        return await self._rerun()

    async def toggle(self, label: str) -> RunResult:
        wid, proto = self.labels[label]
        state = self.widgets.get(wid) or WidgetState(id=wid, bool_value=bool(proto.default))
        self.widgets[wid] = WidgetState(id=wid, bool_value=not state.bool_value)
        return await self._rerun()

    async def slide(self, label: str, values: list[float]) -> RunResult:
        wid, _ = self.labels[label]
        state = WidgetState(id=wid)
        state.double_array_value.data.extend(values)
        self.widgets[wid] = state
        return await self._rerun()

    def slider_range(self, label: str) -> tuple[float, float]:
        _, proto = self.labels[label]
        return proto.min, proto.max

    async def set_component(self, name: str, value: dict[str, Any]) -> RunResult:
        """What a component's JavaScript does on a click: set its value, which reruns the script."""
        proto = self.components[name]
        wid = proto.id
        self.widgets[wid] = WidgetState(id=wid, json_value=json.dumps(value))
        return await self._rerun()

    def map_places(self) -> list[str]:
        args = json.loads(self.components["streamlit_folium.st_folium"].json_args)
        return list(dict.fromkeys(FEATURE_ID.findall(args.get("script", ""))))

    def network_actors(self) -> list[str]:
        data = json.loads(self.components["policy_atlas.network"].json)
        if "network" not in data:  # the page before compact rows (to measure older versions too)
            return [node["id"] for node in data.get("nodes", [])]
        return [row[0] for row in json.loads(data["network"])["nodes"]]

    # -- protocol -------------------------------------------------------------------------------
    async def _rerun(self) -> RunResult:
        msg = BackMsg()
        rerun = msg.rerun_script
        rerun.query_string = self.query
        rerun.page_script_hash = self.page_hash
        rerun.widget_states.widgets.extend(self.widgets.values())
        self.labels, self.components = {}, {}  # every element of the page comes again
        t0 = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        return await asyncio.wait_for(self._until_finished(t0), self.timeout)

    async def _until_finished(self, t0: float) -> RunResult:
        result = RunResult(0.0, 0)
        while True:
            raw = await self.ws.recv()
            result.bytes += len(raw)
            fwd = ForwardMsg()
            fwd.ParseFromString(raw)
            kind = fwd.WhichOneof("type")
            if kind == "new_session":
                self._pages(fwd.new_session.app_pages)
            elif kind == "navigation":
                self._pages(fwd.navigation.app_pages)
                self.page_hash = self.page_hash or fwd.navigation.page_script_hash
            elif kind == "page_info_changed":
                self.query = fwd.page_info_changed.query_string
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                self._element(fwd.delta.new_element, result)
            elif kind == "session_event" and fwd.session_event.WhichOneof("type") == "script_compilation_exception":
                result.exceptions.append("script compilation exception")
            elif kind == "script_finished":
                status = ForwardMsg.ScriptFinishedStatus.Name(fwd.script_finished)
                if status == "FINISHED_EARLY_FOR_RERUN":
                    continue  # the script asked for a rerun (st.rerun): the answer is the next run
                result.seconds, result.status = time.perf_counter() - t0, status
                return result

    def _pages(self, pages) -> None:
        for p in pages:
            self.pages[p.page_name] = p.page_script_hash

    def _element(self, el, result: RunResult) -> None:
        kind = el.WhichOneof("type")
        if kind == "exception":
            result.exceptions.append(f"{el.exception.type}: {el.exception.message[:200]}")
        elif kind in ("checkbox", "slider", "selectbox", "multiselect", "radio", "number_input", "text_input"):
            proto = getattr(el, kind)
            self.labels[proto.label] = (proto.id, proto)
        elif kind == "component_instance":
            self.components[el.component_instance.component_name] = el.component_instance
        elif kind == "bidi_component":
            self.components[el.bidi_component.component_name] = el.bidi_component
