"""Presenter clickers send PageDown/PageUp: a tiny in-page listener turns them into tour steps.

Streamlit's button shortcuts cover the arrow keys; this covers the clicker keys. It is a
components-v2 element (mounted in the page, not an iframe), so it hears keys pressed anywhere on
the page except inside form fields. Its only output is a trigger: +1 or -1.
"""
from __future__ import annotations

KEYS_JS = """
export default function (component) {
    const { setTriggerValue } = component;
    const steps = { PageDown: 1, PageUp: -1 };
    const onKey = (event) => {
        const target = event.target;
        if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) {
            return;
        }
        const step = steps[event.key];
        if (!step) { return; }
        event.preventDefault();
        setTriggerValue("step", step);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
}
"""
