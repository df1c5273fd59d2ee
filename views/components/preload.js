// What the other pages load, fetched and compiled once the first page is drawn, its script run has ended
// and the browser is idle, so that a page's first visit does not wait for it (a later visit never does):
// - Streamlit's own code for the elements those pages use (its select box, the frame of a component,
//   HTML in Markdown…), which its front end imports only when an element first appears. Imported here
//   from the same URLs, they are already in the document's module map when the page asks for them.
// - The map's frame's scripts, run twice in a hidden frame of this origin: Chromium keeps a script's
//   compiled code from its second run out of the HTTP cache (V8's "warm run"; the first is compiled and
//   not kept), so the map's own frame then takes their code from that cache ("hot run"). Its styles and
//   the basemap's data are fetched into the HTTP cache.
// - vis-network for the Network page, in this document (the same promise as network.js's loadVis).
export default function (component) {
  const { data } = component;
  if (window.__atlasPreloaded) return;  // once per page load: every session's later runs skip it
  window.__atlasPreloaded = true;
  afterTheRun(() => {
    const modules = importModules(data.modules || []);
    linkStyles(data.styles || []);
    loadVis(data.vis_url);
    const frame = primeFrame(data.frame_scripts || [], 2)
      .then(() => Promise.all((data.fetch || []).map((u) => fetch(u).then((r) => r.blob()).catch(() => {}))));
    Promise.all([modules, frame, window.__atlasVisLoading]).finally(() => { window.__atlasPreloadDone = true; });
  });
}

function afterTheRun(work) {
  // Only once the script run that drew the page has ended and the browser is idle: the first page's own
  // drawing and the server's answer to it come first (the app marks its state on stApp; without that
  // mark, or while runs follow each other, as when the years play, twenty seconds at most).
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 500));
  const started = Date.now();
  const poll = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    const state = app && app.getAttribute("data-test-script-state");
    if (state === "notRunning" || Date.now() - started > 20000) idle(work);
    else setTimeout(poll, 200);
  };
  poll();
}

function streamlitBase() {
  // Streamlit's chunks sit beside its entry module; a chunk must be imported by the very URL its front
  // end will use, or the module map would hold a second copy.
  const entry = document.querySelector('script[type="module"][src*="/static/js/index."]');
  return entry ? new URL(".", entry.src) : null;
}

function importModules(names) {
  const base = streamlitBase();
  if (!base) return Promise.resolve();
  // a module that fails is imported again by its page when needed
  return Promise.all(names.map((name) => import(new URL(name, base).href).catch(() => {})));
}

function linkStyles(names) {
  // An element's own styles (the data grid's) come with its import in the front end's build, which adds
  // them as <link> elements unless one with the same URL is in the document already: link them now.
  const base = streamlitBase();
  if (!base) return;
  for (const name of names) {
    const href = new URL(`../css/${name}`, base).href;
    if (document.querySelector(`link[href="${href}"]`)) continue;
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }
}

function loadVis(url) {
  if (!url || (window.vis && window.vis.Network) || window.__atlasVisLoading) return;
  window.__atlasVisLoading = new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = url;
    s.onload = () => resolve(window.vis);
    s.onerror = () => { window.__atlasVisLoading = null; reject(new Error("vis-network did not load")); };
    document.head.appendChild(s);
  });
  window.__atlasVisLoading.catch(() => {});  // the Network page tries again and says so
}

function primeFrame(scripts, runs) {
  // Each run: a hidden, empty frame of this origin loads the scripts in order (a script may need the one
  // before: a plugin needs Leaflet), then goes away.
  let chain = Promise.resolve();
  for (let i = 0; i < runs && scripts.length; i++) {
    chain = chain.then(() => new Promise((resolve) => {
      const frame = document.createElement("iframe");
      frame.hidden = true;
      frame.setAttribute("aria-hidden", "true");
      frame.tabIndex = -1;
      document.body.appendChild(frame);
      const doc = frame.contentDocument;
      let next = Promise.resolve();
      scripts.forEach((src) => {
        next = next.then(() => new Promise((done) => {
          const s = doc.createElement("script");
          s.src = src;
          s.onload = s.onerror = done;
          doc.head.appendChild(s);
        }));
      });
      next.then(() => { frame.remove(); resolve(); });
    }));
  }
  return chain;
}
