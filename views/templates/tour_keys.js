// The presenter tour's keys: →/←, PageDown/PageUp (what a clicker sends), space, Home/End and Esc.
// A components-v2 element: it runs in the page (no iframe of its own). It listens on the page and
// inside the map's frame (same origin), in the capture phase, so a click in the map never steals
// the keys: Leaflet's own pan keys work only with Shift (or +/- for zoom). Every tour key is
// prevented, so a clicker never scrolls the page. It keeps its own stop index, so quick presses
// add up before the server answers, and sends the stop to go to (a trigger) or an exit request.
// In presentation mode it also shrinks the quotation until the card fits the screen.
const FRAME = 'iframe[title="streamlit_folium.st_folium"]';
const MOVES = { ArrowRight: 1, PageDown: 1, " ": 1, Spacebar: 1, ArrowDown: 1,
                ArrowLeft: -1, PageUp: -1, ArrowUp: -1, Home: "first", End: "last" };
const PENDING_MS = 4000;

// Widgets whose own arrow keys edit a value (the year slider, the tour table, lists, text): keys
// pressed there stay theirs. Everything else, the map included, belongs to the tour.
const EDITING = '[role="slider"], [role="grid"], [role="listbox"], [role="combobox"], [role="spinbutton"], ' +
                '[role="textbox"], [role="menu"], [data-testid="stDataFrame"], [data-testid="stDataFrameResizable"]';

function typing(target) {
    if (!target || !target.tagName) { return false; }
    return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
        Boolean(target.closest && target.closest(EDITING));
}

function tour() {
    if (!window.__atlasTour) {
        window.__atlasTour = { ids: [], index: 0, present: false, pending: null, sentAt: 0,
                               go: null, exit: null, docs: new WeakSet(), frames: new WeakSet() };
    }
    return window.__atlasTour;
}

function move(state, how) {
    const n = state.ids.length;
    if (!n || !state.go) { return; }
    const i = how === "first" ? 0 : how === "last" ? n - 1 : Math.max(0, Math.min(n - 1, state.index + how));
    if (i === state.index) { return; }
    state.index = i;
    state.pending = state.ids[i];
    state.sentAt = Date.now();
    state.go(state.ids[i]);
}

function onKey(event) {
    const state = tour();
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || typing(event.target)) { return; }
    if (event.key === "Escape") {
        if (state.present && state.exit) { event.preventDefault(); state.exit(); }
        return;
    }
    const how = MOVES[event.key];
    if (how === undefined) { return; }
    event.preventDefault();
    event.stopImmediatePropagation();
    move(state, how);
}

function hookDocument(doc) {
    const state = tour();
    if (!doc || state.docs.has(doc)) { return; }
    state.docs.add(doc);
    doc.addEventListener("keydown", onKey, true);
}

function hookFrames() {
    const state = tour();
    document.querySelectorAll(FRAME).forEach((frame) => {
        const attach = () => { try { hookDocument(frame.contentDocument); } catch (e) { /* another origin */ } };
        attach();
        if (!state.frames.has(frame)) {
            state.frames.add(frame);
            frame.addEventListener("load", attach);
        }
    });
}

function fit() {
    const state = tour();
    const card = document.querySelector(".tour-stop");
    if (!card) { return; }
    const quote = card.querySelector(".tour-quote");
    const full = card.querySelector(".tour-full");
    if (!quote || (full && full.open)) { return; }
    quote.style.fontSize = "";
    if (!state.present) { return; }
    let size = parseFloat(getComputedStyle(quote).fontSize);
    for (let i = 0; i < 30 && card.scrollHeight > card.clientHeight + 1 && size > 14; i++) {
        size *= 0.94;
        quote.style.fontSize = `${size}px`;
    }
}

export default function (component) {
    const { data, setTriggerValue } = component;
    const state = tour();
    const ids = (data && data.ids) || [];
    const index = (data && data.index) || 0;
    const settled = !state.pending || Date.now() - state.sentAt > PENDING_MS || ids[index] === state.pending;
    state.ids = ids;
    if (settled) {
        state.index = index;
        state.pending = null;
    }
    state.present = Boolean(data && data.present);
    state.go = (id) => setTriggerValue("go", id);
    state.exit = () => setTriggerValue("exit", true);
    hookDocument(document);
    hookFrames();
    if (!state.observer) {
        let queued = false;
        state.observer = new MutationObserver(() => {
            if (queued) { return; }
            queued = true;
            requestAnimationFrame(() => { queued = false; hookFrames(); fit(); });
        });
        state.observer.observe(document.body, { childList: true, subtree: true });
        window.addEventListener("resize", fit);
        document.addEventListener("toggle", (e) => { if (e.target.classList && e.target.classList.contains("tour-full") && !e.target.open) { fit(); } }, true);
    }
    requestAnimationFrame(fit);
}
