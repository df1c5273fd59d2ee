// The actor network: vis-network (served by the app itself) in a Streamlit v2 component.
// Data arrives from Python; clicks go back as the "selection" state value. On new data the
// DataSets are patched in place, so the view and the node positions survive filter changes.
const VIS_URL = "/app/static/vendor/vis/vis-network.min.js";
const SVG = "http://www.w3.org/2000/svg";

function loadVis() {
  if (window.vis && window.vis.Network) return Promise.resolve(window.vis);
  if (!window.__atlasVisLoading) {
    window.__atlasVisLoading = new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = VIS_URL;
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
  for (const [title, items, isEdge] of [["Actors · size = mentions", legend.actors, false],
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
  const [id, name, kind, x, y, size, mentions, documents, titles] = row;
  const s = styles.actors[kind] || styles.actors[""];
  const lines = [name, s.label];
  if (titles) lines.push(titles);
  lines.push(`${plural(mentions, "mention")} in ${plural(documents, "document")}`);
  return { color: { background: s.color, border: "#ffffff", highlight: { background: s.color, border: "#111111" } },
           title: lines.join("\n"), size, x, y, id, label: short(name || id) || id, shape: s.shape };
}

function toEdge(row, styles, names) {
  const [id, from, to, kind, width, evidence] = row;
  const s = styles.relations[kind] || styles.relations[""];
  const smooth = s.roundness ? { enabled: true, type: "curvedCW", roundness: s.roundness } : { enabled: false };
  return { id, title: `${names.get(from) ?? from} — ${s.label.toLowerCase()} — ${names.get(to) ?? to}\n` +
             `${plural(evidence, "excerpt")} of evidence · click to read`,
           color: { color: s.color, highlight: "#111111" }, width, dashes: s.dashes, smooth,
           arrows: { to: { enabled: s.arrow, scaleFactor: 0.6 } }, from, to };
}

function expand(data, st) {
  const rows = typeof data.network === "string" ? JSON.parse(data.network) : data.network;
  st.rows = data.network;  // the browser tests compare what was sent with what is drawn
  const names = new Map(rows.nodes.map((r) => [r[0], r[1]]));
  return { nodes: rows.nodes.map((r) => toNode(r, data.styles)),
           edges: rows.edges.map((r) => toEdge(r, data.styles, names)) };
}

function patch(dataset, items, sigs) {
  const want = new Set(items.map((x) => x.id));
  dataset.remove(dataset.getIds().filter((id) => !want.has(id)));
  const changed = [];
  for (const item of items) {
    const sig = JSON.stringify(item);
    if (sigs.get(item.id) !== sig) { sigs.set(item.id, sig); changed.push(item); }
  }
  for (const id of Array.from(sigs.keys())) if (!want.has(id)) sigs.delete(id);
  dataset.update(changed);
}

function select(st, sel) {
  const { net, nodes, edges } = st;
  if (sel && sel.type === "actor" && nodes.get(sel.id)) net.setSelection({ nodes: [sel.id], edges: [] });
  else if (sel && sel.type === "edge" && edges.get(sel.id)) net.setSelection({ nodes: [], edges: [sel.id] });
  else net.unselectAll();
}

export default function (component) {
  const { data, parentElement, setStateValue } = component;
  const root = parentElement.querySelector(".atlas-net");
  if (!root || !data) return undefined;
  const canvas = root.querySelector(".canvas");
  const status = root.querySelector(".status");
  canvas.style.height = `${data.height || 600}px`;
  let alive = true;
  loadVis().then((vis) => {
    if (!alive) return;
    let st = root.__atlas;
    if (!st) {
      const nodes = new vis.DataSet(), edges = new vis.DataSet();
      const net = new vis.Network(canvas, { nodes: [], edges: [] }, data.options);
      st = root.__atlas = { net, nodes, edges, nodeSigs: new Map(), edgeSigs: new Map(), physics: false, fit: null };
      net.on("click", (p) => {
        if (p.nodes.length) setStateValue("selection", { type: "actor", id: String(p.nodes[0]) });
        else if (p.edges.length) setStateValue("selection", { type: "edge", id: String(p.edges[0]) });
      });
      for (const ev of ["hoverNode", "hoverEdge"]) net.on(ev, () => { canvas.style.cursor = "pointer"; });
      for (const ev of ["blurNode", "blurEdge"]) net.on(ev, () => { canvas.style.cursor = "default"; });
      net.once("afterDrawing", () => { status.textContent = ""; root.dataset.ready = "1"; });
      net.setData({ nodes, edges });
      buildLegend(root.querySelector(".legend"), data.legend);
      window.__atlasNetwork = st;  // the browser tests find nodes on the canvas through this
      st.canvas = canvas;
    }
    const { nodes, edges } = expand(data, st);
    patch(st.nodes, nodes, st.nodeSigs);
    patch(st.edges, edges, st.edgeSigs);
    if (st.physics !== Boolean(data.physics)) {
      st.physics = Boolean(data.physics);
      st.net.setOptions({ physics: { enabled: st.physics } });
    }
    select(st, data.selected);
    if (st.fit !== data.fit) {
      st.fit = data.fit;
      const ids = nodes.map((n) => n.id);
      st.net.fit({ nodes: ids, animation: false });
    }
    status.textContent = nodes.length ? "" : "No actors match these filters.";
    root.dataset.nodes = String(nodes.length);
  }).catch((err) => { status.textContent = `The network could not be drawn: ${err.message}`; });
  return () => { alive = false; };
}
