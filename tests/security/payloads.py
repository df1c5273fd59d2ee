"""Hostile strings for document text, titles, names and file names.

Every payload that could run code does something a test can see: it sets ``window.__pwned``, calls
``alert``/``confirm``/``prompt`` (a Playwright dialog), or loads something from ``pwned.invalid``
(a non-local host the browser harness logs). Each carries its own number, so a failure names the
payload that got through. Some are not code at all (very long tokens, bidi and zero-width
characters): they must break no layout and no offset.
"""
from __future__ import annotations

from dataclasses import dataclass

EVIL_HOST = "pwned.invalid"  # RFC 2606: never resolves; any request to it is logged by the harness


@dataclass(frozen=True)
class Payload:
    id: str
    text: str
    why: str  # the context it attacks


def _p(n: int) -> str:
    return f"window.__pwned={n}"


PAYLOADS: tuple[Payload, ...] = (
    Payload("script-tag", f"<script>{_p(1)};alert('PWN1')</script>", "raw HTML anywhere"),
    Payload("script-upper", f"<SCRIPT>{_p(2)}</SCRIPT>", "case-insensitive filters"),
    Payload("img-onerror", f'<img src=x onerror="{_p(3)};alert(3)">', "HTML popups, cards"),
    Payload("svg-onload", f"<svg onload={_p(4)}>", "HTML popups"),
    Payload("svg-script", f"<svg><script>{_p(5)}</script></svg>", "SVG-in-HTML"),
    Payload("body-onload", f"<body onload={_p(6)}>", "exported standalone pages"),
    Payload("iframe-srcdoc", f"<iframe srcdoc=\"<script>parent.{_p(7)}</script>\"></iframe>", "HTML popups"),
    Payload("js-link", f"<a href=\"javascript:{_p(8)}\">click PWN8</a>", "links in the reader"),
    Payload("js-link-bare", f"javascript:{_p(9)}//PWN9", "href built from text"),
    Payload("attr-breakout-dq", f'" onmouseover="{_p(10)}" x="', "double-quoted attributes"),
    Payload("attr-breakout-sq", f"' onfocus='{_p(11)}' autofocus x='", "single-quoted attributes"),
    Payload("tag-breakout", f'"><img src=x onerror={_p(12)}>', "attribute then tag"),
    Payload("textarea-close", f"</textarea><img src=x onerror={_p(13)}>", "text areas"),
    Payload("script-close", f"</script><script>{_p(14)}</script>", "JSON inside <script>"),
    Payload("style-close", f"</style><img src=x onerror={_p(15)}>", "<style> blocks"),
    Payload("style-inject", f"<style>body{{display:none}}*{{background:url(//{EVIL_HOST}/16)}}</style>",
            "layout and exfiltration via CSS"),
    Payload("style-attr", f'<div style="position:fixed;inset:0;z-index:99999;background:red" '
                          f'onclick="{_p(17)}">PWN17</div>', "page-covering overlay"),
    Payload("css-import", f"<style>@import url(http://{EVIL_HOST}/18.css);</style>", "remote CSS"),
    Payload("remote-img", f'<img src="http://{EVIL_HOST}/19.png">', "remote requests"),
    Payload("leaflet-tooltip", f"<b onmouseover={_p(20)}>Tegucigalpa</b><img src=x onerror={_p(20)}>",
            "Leaflet tooltip/popup HTML"),
    Payload("vis-title", f"<div><img src=x onerror={_p(21)}>vis title PWN21</div>", "vis-network title HTML"),
    Payload("md-link", f"[click PWN22](javascript:{_p(22)})", "Markdown links"),
    Payload("md-image", f"![PWN23](http://{EVIL_HOST}/23.png)", "Markdown images"),
    Payload("md-html", f"**bold** <img src=x onerror={_p(24)}> _PWN24_", "Markdown with HTML"),
    Payload("template", "{{7*7}} ${7*7} #{7*7} <%= 7*7 %> {{constructor.constructor('" + _p(25) + "')()}}",
            "template engines"),
    Payload("template-literal", f"`${{{_p(26)}}}` ${{alert(26)}}", "JS template literals"),
    Payload("json-break", f"\"}}]);{_p(27)};([{{\"", "JSON embedded in JS"),
    Payload("js-string-break", f"';{_p(28)};//\\';{_p(28)};//", "JS single-quoted strings"),
    Payload("data-uri", f"<a href=\"data:text/html,<script>{_p(29)}</script>\">PWN29</a>", "data: links"),
    Payload("object-embed", f"<object data=\"javascript:{_p(30)}\"></object><embed src=//{EVIL_HOST}/30>",
            "plugins"),
    Payload("meta-refresh", f"<meta http-equiv=refresh content=\"0;url=http://{EVIL_HOST}/31\">", "navigation"),
    Payload("base-href", f"<base href=\"http://{EVIL_HOST}/32/\">", "relative URLs rewritten"),
    Payload("html-entity", f"&lt;script&gt;{_p(33)}&lt;/script&gt; &#60;img src=x onerror={_p(33)}&#62;",
            "double unescaping"),
    Payload("math-mxss", f"<math><mtext><table><mglyph><style><img src=x onerror={_p(34)}>", "mutation XSS"),
    Payload("details-ontoggle", f"<details open ontoggle={_p(35)}>", "auto-firing events"),
    Payload("unicode-rtl", "Ministry \u202eof Evil\u202c and \u202dLeft\u202c PWN36", "bidi override"),
    Payload("zero-width", "Te\u200bgu\u200ccigal\u200dpa\u2060 Hon\ufeffduras PWN37", "zero-width inside names"),
    Payload("long-token", "PWN38" + "A" * 5000, "one huge unbreakable word"),
    Payload("long-url", f"http://{EVIL_HOST}/39/" + "x" * 3000, "long links"),
    Payload("combining", "Z\u0351\u0352\u0353\u0354\u0355" * 200 + " PWN40", "stacked combining marks"),
    Payload("null-ctl", "Embassy\x00\x07\x1b[31m PWN41", "control characters"),
    Payload("emoji-surrogates", "🇭🇳👩🏽‍⚖️ 𝕿𝖊𝖌𝖚𝖈𝖎𝖌𝖆𝖑𝖕𝖆 PWN42", "astral plane, ZWJ sequences"),
)

# Words that look like the things the extractors look for, so payloads land in names and places.
LURES = ("Secretary of State John Kerry", "President Juan Orlando Hernández", "Tegucigalpa", "Honduras",
         "the Department of State", "San Pedro Sula", "USAID", "Ambassador James Nealon", "Guatemala City")


def executable_markers() -> tuple[str, ...]:
    """Raw fragments that must never appear unescaped in HTML built from document text."""
    return ("<script", "<img", "<svg", "<iframe", "<body", "<object", "<embed", "<meta", "<base", "<math",
            "<details", "<style", "<a href", "<div style", "<b onmouseover")
