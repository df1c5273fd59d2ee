"""Every download button in the app asks for no rerun.

A click on a download whose bytes are made on demand sends the file's request and, by default, a rerun;
when the rerun wins the race the button is drawn anew and the answer is lost: it spins for ever
(2 of 12 clicks on the Corpus page's JSON with two busy cores; 0 of 16 with ``on_click="ignore"``).
"""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _download_calls():
    for path in sorted([*ROOT.glob("app_pages/*.py"), *ROOT.glob("ui/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "download_button":
                yield f"{path.relative_to(ROOT)}:{node.lineno}", {k.arg: k.value for k in node.keywords}


def test_every_download_button_ignores_the_click_for_reruns():
    calls = list(_download_calls())
    assert len(calls) >= 7
    rerunning = [where for where, kw in calls
                 if not (isinstance(kw.get("on_click"), ast.Constant) and kw["on_click"].value == "ignore")]
    assert rerunning == []
