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
    loadVis(data.vis_url);
    const frame = primeFrame(data.frame_scripts || [], 2)
      .then(() => Promise.all((data.fetch || []).map((u) => fetch(u).then((r) => r.blob()).catch(() => {}))))
      .then(() => rehearseMap(data.frame_scripts || [], data.map || null));
    Promise.all([modules, frame, window.__atlasVisLoading]).catch(() => {}).finally(() => { window.__atlasPreloadDone = true; });
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

// ---- the map's rehearsal: its drawing code run once on the basemap, out of sight ------------------------
// A first visit used to run Leaflet's drawing code for the first time in this page load: each function was
// compiled, then ran in V8's interpreter until it had been called often enough to be optimised. A later
// visit found that work done. The rehearsal does it while the first page is read.

function loadScripts(doc, scripts) {
  let next = Promise.resolve();
  scripts.forEach((src) => {
    next = next.then(() => new Promise((done) => {
      const s = doc.createElement("script");
      s.src = src;
      s.onload = s.onerror = done;
      doc.head.appendChild(s);
    }));
  });
  return next;
}

function rehearseMap(scripts, plan) {
  // The map's frame is a document of its own on every visit, but this page's frames share compiled
  // code: a frame of the map's size, out of sight, draws the basemap's files and a few marks with the
  // same scripts, then goes away.
  if (!plan || !scripts.length) return Promise.resolve();
  const frame = document.createElement("iframe");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.style.cssText = "position:fixed;left:-20000px;top:0;width:1280px;height:520px;border:0;visibility:hidden;pointer-events:none";
  document.body.appendChild(frame);
  const doc = frame.contentDocument;
  (plan.styles || []).forEach((href) => {
    const l = doc.createElement("link");
    l.rel = "stylesheet";
    l.href = href;
    doc.head.appendChild(l);
  });
  const div = doc.createElement("div");
  div.style.cssText = "width:1280px;height:520px";
  doc.body.appendChild(div);
  return loadScripts(doc, scripts).then(() => {
    const w = frame.contentWindow, L = w.L;
    if (!L) return undefined;
    const map = L.map(div, { zoomSnap: 0.25, zoomDelta: 0.5, zoomAnimation: false, maxZoom: 18, minZoom: 2,
                             worldCopyJump: true, attributionControl: false });
    Object.entries(plan.panes || {}).forEach(([name, z]) => { map.createPane(name).style.zIndex = z; });
    if (w.AtlasMap) w.AtlasMap.init(map, { names: true, outside: [] });
    map.fitBounds([[5, -100], [33, -60]]);
    const layer = (d, pane, style, names) => {
      const g = L.geoJson(d, { pane, interactive: !!names,
        pointToLayer: (f, ll) => L.circleMarker(ll, Object.assign({ pane }, f.properties.style || {}, style)),
        style: (f) => Object.assign({}, f.properties.style || {}, style),
        onEachFeature: (f, l) => { if (names && f.properties.name) l.bindTooltip(String(f.properties.name), { sticky: true }); } });
      g.addTo(map);
      if (w.AtlasMap) w.AtlasMap.register(g, { pick: !!names, names: !!names });
      return g;
    };
    return Promise.all((plan.layers || []).map((l) => fetch(l.url).then((r) => r.json())
      .then((d) => ({ ...l, d })).catch(() => null)))
      .then((loaded) => {
        loaded.filter(Boolean).forEach((l) => layer(l.d, l.pane, l.style || {}, l.names));
        const cities = loaded.find((l) => l && l.names);
        if (cities && L.markerClusterGroup) {  // the places: points in clusters, as the map draws them
          const cluster = L.markerClusterGroup({ maxClusterRadius: 28, spiderfyOnMaxZoom: true, showCoverageOnHover: false });
          layer({ type: "FeatureCollection", features: cities.d.features.slice(0, 300) }, "atlas-points", { radius: 6 }, true)
            .eachLayer((m) => cluster.addLayer(m));
          map.addLayer(cluster);
        }
        map.setZoom(map.getZoom() + 0.5);
        window.__atlasRehearsed = { ...window.__atlasRehearsed, map: true };
        return new Promise((done) => w.requestAnimationFrame(() => w.setTimeout(done, 50)));
      })
      .finally(() => { map.remove(); frame.remove(); });
  }).catch(() => { frame.remove(); });
}
