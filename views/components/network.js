// The actor network: vis-network (served by the app itself) in a Streamlit v2 component.
// Data arrives from Python (views/network_view.py rows, the style table, the vendor URLs); clicks
// go back as the "selection" state value. On new data the DataSets are patched in place, so the
// view and the node positions survive filter changes.
//
// Readable by default: the canvas fills the window's height; labels are drawn at a fixed size on
// screen (data.label_px) and only where they do not overlap a label already placed, the most
// mentioned actors first (the rest appear as you zoom in, and every node names itself on hover);
// a selection widens and keeps its relation colours while the rest fades.
const SVG = "http://www.w3.org/2000/svg";

function loadVis(url) {
  if (window.vis && window.vis.Network) return Promise.resolve(window.vis);
  if (!window.__atlasVisLoading) {
    window.__atlasVisLoading = new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = url;
      s.onload = () => resolve(window.vis);
      s.onerror = () => { window.__atlasVisLoading = null; reject(new Error("vis-network did not load")); };
      document.head.appendChild(s);
    });
  }
  return window.__atlasVisLoading;
}

function svgEl(tag, attrs) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function symbol(entry, isEdge) {
  const svg = svgEl("svg", { width: isEdge ? 26 : 14, height: 14, viewBox: isEdge ? "0 0 26 14" : "0 0 14 14" });
  if (isEdge) {
    svg.appendChild(svgEl("line", { x1: 1, y1: 7, x2: entry.arrow ? 19 : 25, y2: 7, stroke: entry.color,
      "stroke-width": 2.5, "stroke-dasharray": entry.dashes ? "4 3" : "none" }));
    if (entry.arrow) svg.appendChild(svgEl("path", { d: "M18 3 L25 7 L18 11 Z", fill: entry.color }));
    return svg;
  }
  const c = entry.color, shapes = {
    dot: ["circle", { cx: 7, cy: 7, r: 6 }], square: ["rect", { x: 1.5, y: 1.5, width: 11, height: 11 }],
    diamond: ["path", { d: "M7 0.5 L13.5 7 L7 13.5 L0.5 7 Z" }], triangle: ["path", { d: "M7 1 L13.5 13 L0.5 13 Z" }],
    star: ["path", { d: "M7 .5 8.8 5 13.5 5.3 9.9 8.4 11 13.2 7 10.6 3 13.2 4.1 8.4 .5 5.3 5.2 5Z" }],
  };
  const [tag, attrs] = shapes[entry.shape] || shapes.dot;
  svg.appendChild(svgEl(tag, { ...attrs, fill: c }));
  return svg;
}

function buildLegend(box, legend) {
  box.replaceChildren();
  for (const [title, items, isEdge] of [[legend.actors_title || "Actors · size = mentions", legend.actors, false],
                                        ["Relations · width = evidence", legend.relations, true]]) {
    if (isEdge) { const br = document.createElement("div"); br.className = "break"; box.appendChild(br); }
    const t = document.createElement("div");
    t.className = "title";
    t.textContent = title;
    box.appendChild(t);
    for (const entry of items) {
      const item = document.createElement("div");
      item.className = "item";
      const label = document.createElement("span");
      label.textContent = entry.label;
      item.append(symbol(entry, isEdge), label);
      box.appendChild(item);
    }
  }
}

// Rows from Python (views/network_view.py: NODE_FIELDS, EDGE_FIELDS) → vis-network objects, the
// format pyvis makes. Tooltips are plain text (vis-network sets string titles with innerText).
function short(label, limit = 32) {
  const chars = Array.from(label);
  return chars.length <= limit ? label : chars.slice(0, limit - 1).join("") + "…";
}

const plural = (n, word) => `${n} ${word}${n !== 1 ? "s" : ""}`;

function toNode(row, styles) {
  const [id, name, kind, x, y, size, mentions, documents, titles, color] = row;
  const s = styles.actors[kind] || styles.actors[""];
  const fill = color || s.color;
  const lines = [name, s.label];
  if (titles) lines.push(titles);
  lines.push(`${plural(mentions, "mention")} in ${plural(documents, "document")}`);
  return { color: { background: fill, border: "#ffffff", highlight: { background: fill, border: "#111111" } },
           title: lines.join("\n"), size, x, y, id, label: short(name || id) || id, shape: s.shape, opacity: 1 };
}

function toEdge(row, styles, names) {
  const [id, from, to, kind, width, evidence] = row;
  const s = styles.relations[kind] || styles.relations[""];
  const smooth = s.roundness ? { enabled: true, type: "curvedCW", roundness: s.roundness } : { enabled: false };
  return { id, title: `${names.get(from) ?? from} — ${s.label.toLowerCase()} — ${names.get(to) ?? to}\n` +
             `${plural(evidence, "excerpt")} of evidence · click to read`,
           // selected or hovered, a line keeps its relation's colour: the colour is what it means
           color: { color: s.color, highlight: s.color, hover: s.color, opacity: 1 }, width, dashes: s.dashes, smooth,
           arrows: { to: { enabled: s.arrow, scaleFactor: 0.6 } }, from, to };
}

function expand(data, st) {
  const rows = typeof data.network === "string" ? JSON.parse(data.network) : data.network;
  st.rows = data.network;  // the browser tests compare what was sent with what is drawn
  const names = new Map(rows.nodes.map((r) => [r[0], r[1]]));
  // label priority: most mentioned first, then most documents, then name (stable between visits)
  st.priority = rows.nodes.slice().sort((a, b) => (b[6] - a[6]) || (b[7] - a[7]) || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map((r) => r[0]);
  return { nodes: rows.nodes.map((r) => toNode(r, data.styles)),
           edges: rows.edges.map((r) => toEdge(r, data.styles, names)) };
}

function same(a, b) {
  // Deep equality of two items made by toNode/toEdge (plain objects, arrays, strings, numbers, booleans).
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!same(a[k], b[k])) return false;
  return true;
}

function patch(dataset, items, sent) {
  // The items that are new or differ from what was sent last time (``sent``: id → item) are added or
  // updated, the others left alone; ids no longer sent are removed. Returns the ids added or changed.
  const want = new Set(items.map((x) => x.id));
  const gone = Array.from(sent.keys()).filter((id) => !want.has(id));
  if (gone.length) dataset.remove(gone);
  for (const id of gone) sent.delete(id);
  const changed = [];
  for (const item of items) {
    if (!same(sent.get(item.id), item)) { sent.set(item.id, item); changed.push(item); }
  }
  if (changed.length) dataset.update(changed);
  return changed.map((x) => x.id);
}

// vis-network draws the whole network again, synchronously, after every DataSet change and on
// setSize and unselectAll: a visit's nodes, edges, size, selection and labels drew it five times
// over (~0.6 s of a Network visit at 1,000 documents). Its renderer's own switch (allowRedraw, which
// its clustering and physics use) holds the drawing while they change; one frame draws the result.
function held(st, change) {
  const renderer = st.net.renderer, nested = !renderer.allowRedraw;
  if (nested) { change(); return; }  // within another held change: it draws
  renderer.allowRedraw = false;
  try { change(); } finally { renderer.allowRedraw = true; }
  st.net.body.emitter.emit("_requestRedraw");  // one frame (none more if one is already asked for)
}

// ---- labels: the most important first, never two overlapping ----------------------------------

function labelBoxes(st) {
  // Which nodes get a label at this zoom: walk the priority list and keep a label only where its
  // screen box (with a small margin) meets no box already kept. Returns {id: fontSizeInCanvasUnits}.
  const net = st.net, scale = net.getScale(), px = st.labelPx;
  const font = Math.max(px / scale, 1);
  const w = st.canvas.clientWidth, h = st.canvas.clientHeight;
  const sel = st.selectedNode;
  const order = sel && st.nodes.get(sel) ? [sel, ...st.priority.filter((id) => id !== sel)] : st.priority;
  const ids = order.filter((id) => st.nodes.get(id));
  const pos = net.getPositions(ids);
  const ctx = st.measure;
  ctx.font = `bold ${px}px ${st.labelFace}`;  // bold: a selected label is drawn bold, so measure the wider
  const cell = 64, grid = new Map(), kept = {};
  const hit = (b) => {
    for (let gx = Math.floor(b.x0 / cell); gx <= Math.floor(b.x1 / cell); gx++) {
      for (let gy = Math.floor(b.y0 / cell); gy <= Math.floor(b.y1 / cell); gy++) {
        for (const o of grid.get(`${gx},${gy}`) || []) {
          if (o.id !== b.id && b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return true;
        }
      }
    }
    return false;
  };
  const add = (b) => {
    for (let gx = Math.floor(b.x0 / cell); gx <= Math.floor(b.x1 / cell); gx++) {
      for (let gy = Math.floor(b.y0 / cell); gy <= Math.floor(b.y1 / cell); gy++) {
        const k = `${gx},${gy}`;
        if (!grid.has(k)) grid.set(k, []);
        grid.get(k).push(b);
      }
    }
  };
  // A kept label's own node is an obstacle for the labels after it, so no label covers an actor
  // that is named (which would make the name seem to belong to the wrong shape).
  const shape = (id, d, r) => ({ x0: d.x - r, x1: d.x + r, y0: d.y - r, y1: d.y + r, id });
  for (const id of ids) {
    const p = pos[id];
    if (!p) continue;
    const d = net.canvasToDOM(p);
    if (d.x < 0 || d.y < 0 || d.x > w || d.y > h) continue;  // off screen: shown when panned into view
    const node = st.base.get(id);
    const text = node ? node.label : String(id);
    const tw = ctx.measureText(text).width;
    const r = (node ? node.size : 10) * scale;
    const pad = 3;
    const b = { x0: d.x - tw / 2 - pad, x1: d.x + tw / 2 + pad, y0: d.y + r - 1, y1: d.y + r + px * 1.35 + pad, id };
    if (b.x0 < 0 || b.x1 > w || b.y1 > h) continue;  // a label cut by the canvas edge is not readable
    const own = shape(id, d, r);
    if (hit(b) || hit({ ...own, id: null })) continue;
    add(b);
    add(own);
    kept[id] = font;
  }
  return kept;
}

function relabel(st) {
  if (!st.nodes.length) return;
  const kept = labelBoxes(st);
  const updates = [];
  for (const id of st.nodes.getIds()) {
    const node = st.base.get(id);
    const want = kept[id] ? { label: node.label, size: kept[id] } : { label: "", size: 0 };
    const have = st.labelState.get(id);
    if (!have || have.label !== want.label || Math.abs(have.size - want.size) > 0.01) {
      st.labelState.set(id, want);
      updates.push(kept[id] ? { id, label: want.label, font: { size: want.size } } : { id, label: "" });
    }
  }
  if (updates.length) held(st, () => st.nodes.update(updates));
  st.root.dataset.labels = String(Object.keys(kept).length);
}

// ---- selection: wider, full colour; the rest fades --------------------------------------------

function emphasise(st, sel) {
  let nodesOn = null, edgesOn = null;
  if (sel && sel.type === "actor" && st.nodes.get(sel.id)) {
    nodesOn = new Set([sel.id, ...st.net.getConnectedNodes(sel.id)]);
    edgesOn = new Set(st.net.getConnectedEdges(sel.id));
  } else if (sel && sel.type === "edge" && st.edges.get(sel.id)) {
    const e = st.edges.get(sel.id);
    nodesOn = new Set([e.from, e.to]);
    edgesOn = new Set([sel.id]);
  }
  st.selectedNode = sel && sel.type === "actor" ? sel.id : null;
  const nodeUpdates = [], edgeUpdates = [];
  for (const id of st.nodes.getIds()) {
    const want = nodesOn && !nodesOn.has(id) ? 0.25 : 1;
    if (st.nodes.get(id).opacity !== want) nodeUpdates.push({ id, opacity: want });
  }
  for (const id of st.edges.getIds()) {
    const base = st.baseEdges.get(id);
    if (!base) continue;
    const want = edgesOn && !edgesOn.has(id) ? 0.12 : 1;
    if (st.edges.get(id).color.opacity !== want) edgeUpdates.push({ id, color: { ...base.color, opacity: want } });
  }
  if (nodeUpdates.length) st.nodes.update(nodeUpdates);
  if (edgeUpdates.length) st.edges.update(edgeUpdates);
}

function select(st, sel) {
  const { net, nodes, edges } = st;
  if (sel && sel.type === "actor" && nodes.get(sel.id)) net.setSelection({ nodes: [sel.id], edges: [] });
  else if (sel && sel.type === "edge" && edges.get(sel.id)) net.setSelection({ nodes: [], edges: [sel.id] });
  else net.unselectAll();
  emphasise(st, sel);
}

function fitView(st, fit) {
  const ids = (fit && fit.ids && fit.ids.filter((id) => st.nodes.get(id))) || [];
  // vis-network fits each node's box with its label's box where the label was last drawn. The drawing
  // is held (see held), so the labels are first placed as drawing places them: centred under the node.
  const ctx = st.net.canvas.getContext();
  for (const id of ids.length ? ids : st.nodes.getIds()) {
    const node = st.net.body.nodes[id];
    if (node && node.options.label !== undefined && node.labelModule.calculateLabelSize) {
      node.labelModule.calculateLabelSize(ctx, node.selected, node.hover, node.x, node.y, "hanging");
    }
  }
  if (ids.length) st.net.fit({ nodes: ids, animation: false, maxZoomLevel: 1.4 });
  else st.net.fit({ animation: false, maxZoomLevel: 1.4 });
}

function sizeCanvas(st, data) {
  // As tall as the window allows below the canvas's top, leaving the legend in view.
  const top = st.canvas.getBoundingClientRect().top;
  const legend = st.root.querySelector(".legend").offsetHeight || 0;
  const room = window.innerHeight - Math.max(top, 0) - legend - 14;
  const height = Math.round(Math.max(data.min_height || 420, Math.min(room, data.max_height || 1100)));
  if (st.canvas.style.height !== `${height}px`) {
    st.canvas.style.height = `${height}px`;
    st.net.setSize("100%", `${height}px`);
  }
}

export default function (component) {
  const { data, parentElement, setStateValue } = component;
  const root = parentElement.querySelector(".atlas-net");
  if (!root || !data) return undefined;
  const canvas = root.querySelector(".canvas");
  const status = root.querySelector(".status");
  if (data.css_url && !parentElement.querySelector("link.atlas-vis-css")) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.className = "atlas-vis-css";
    link.href = data.css_url;
    parentElement.prepend(link);
  }
  if (!canvas.style.height) canvas.style.height = `${data.min_height || 420}px`;
  let alive = true;
  loadVis(data.vis_url).then((vis) => {
    if (!alive) return;
    let st = root.__atlas;
    if (!st) {
      const nodes = new vis.DataSet(), edges = new vis.DataSet();
      const net = new vis.Network(canvas, { nodes: [], edges: [] }, data.options);
      st = root.__atlas = { net, nodes, edges, sentNodes: new Map(), sentEdges: new Map(), physics: false, fit: null,
                            base: new Map(), baseEdges: new Map(), labelState: new Map(), priority: [],
                            labelPx: data.label_px || 13, labelFace: (data.options.nodes.font || {}).face || "sans-serif",
                            measure: document.createElement("canvas").getContext("2d"), root, canvas,
                            selectedNode: null, selected: null };
      net.on("click", (p) => {
        if (p.nodes.length) setStateValue("selection", { type: "actor", id: String(p.nodes[0]) });
        else if (p.edges.length) setStateValue("selection", { type: "edge", id: String(p.edges[0]) });
      });
      net.on("select", (p) => {
        const sel = p.nodes.length ? { type: "actor", id: p.nodes[0] } : p.edges.length ? { type: "edge", id: p.edges[0] } : null;
        // vis-network emits "select" before "click": fading thousands of items first would hold the
        // click back from Python (0.45 s at 2,000 actors), so the emphasis follows in the next task
        setTimeout(() => held(st, () => { emphasise(st, sel); relabel(st); }), 0);
      });
      let timer = null;
      const later = () => { clearTimeout(timer); timer = setTimeout(() => relabel(st), 120); };
      for (const ev of ["zoom", "dragEnd", "resize", "stabilized"]) net.on(ev, later);
      net.on("hoverNode", (p) => {
        canvas.style.cursor = "pointer";
        const node = st.base.get(p.node);  // a hovered actor always names itself (on top of the others)
        if (node && st.labelState.get(p.node)?.label === "") {
          held(st, () => st.nodes.update({ id: p.node, label: node.label, font: { size: st.labelPx / st.net.getScale() } }));
          st.labelState.set(p.node, { label: "__hover__", size: 0 });
        }
      });
      net.on("blurNode", () => { canvas.style.cursor = "default"; later(); });
      net.on("hoverEdge", () => { canvas.style.cursor = "pointer"; });
      net.on("blurEdge", () => { canvas.style.cursor = "default"; });
      net.once("afterDrawing", () => { status.textContent = ""; });
      net.setData({ nodes, edges });
      window.__atlasNetwork = st;  // the browser tests find nodes on the canvas through this
    }
    buildLegend(root.querySelector(".legend"), data.legend);
    const { nodes, edges } = expand(data, st);
    st.base = new Map(nodes.map((n) => [n.id, n]));
    st.baseEdges = new Map(edges.map((e) => [e.id, e]));
    st.net.once("afterDrawing", () => { root.dataset.ready = "1"; });  // drawn, labels placed
    held(st, () => {  // drawn once, when everything below is in place
      for (const id of patch(st.nodes, nodes, st.sentNodes)) st.labelState.delete(id);
      patch(st.edges, edges, st.sentEdges);
      for (const id of Array.from(st.labelState.keys())) if (!st.base.has(id)) st.labelState.delete(id);
      if (st.physics !== Boolean(data.physics)) {
        st.physics = Boolean(data.physics);
        st.net.setOptions({ physics: { enabled: st.physics } });
      }
      sizeCanvas(st, data);
      select(st, data.selected);
      const fitKey = JSON.stringify(data.fit || null);
      if (st.fit !== fitKey) {
        st.fit = fitKey;
        fitView(st, data.fit);
      }
      relabel(st);
    });
    status.textContent = nodes.length ? "" : "No actors match these filters.";
    root.dataset.nodes = String(nodes.length);
  }).catch((err) => { status.textContent = `The network could not be drawn: ${err.message}`; });
  return () => { alive = false; };
}
