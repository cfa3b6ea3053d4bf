// unkg web page: search, draw a neighbourhood with cytoscape.js, expand
// nodes, read the evidence of edges. Everything comes from this server.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const state = { lang: params.get("lang") || "en", loaded: new Set() };
  const T = () => window.UNKG_TEXT[state.lang] || window.UNKG_TEXT.en;
  const colors = {
    Organization: "#1f77b4", Country: "#2ca02c", Person: "#9467bd", Meeting: "#d62728",
    Document: "#7f7f7f", Proposal: "#ff7f0e", Subject: "#17becf",
  };

  // Bidi: a right-to-left label is isolated right to left (RLI … PDI) and
  // its ISO dates and ids left to right (LRI … PDI), so that the canvas,
  // which lays out a line with one base direction, shapes "مجلس الأمن
  // 2003-04-11" as a reader expects; the lists use dir="auto" and <bdi>.
  const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  const LTR_RUN = /[0-9A-Za-z][0-9A-Za-z:/\-.() ]*[0-9A-Za-z)]|[0-9A-Za-z]/g;
  function bidi(s) {
    if (!s) return "";
    if (!RTL.test(s)) return "\u2066" + s + "\u2069"; // left to right in a right-to-left page too
    return "\u2067" + s.replace(LTR_RUN, (m) => "\u2066" + m + "\u2069") + "\u2069";
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
    }
    for (const c of children) if (c != null) e.append(c);
    return e;
  }
  function status(msg, error) { const s = $("status"); s.textContent = msg; s.className = error ? "error" : ""; }

  async function api(path, q) {
    const url = path + "?" + new URLSearchParams(q).toString();
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await r.json().catch(() => ({ error: r.statusText }));
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  }

  const cy = cytoscape({
    container: $("cy"),
    wheelSensitivity: 0.3,
    maxZoom: 2.2,
    minZoom: 0.05,
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", "label": "data(shown)", "font-size": 12, "min-zoomed-font-size": 0,
        "font-family": "Noto Sans, Noto Sans Arabic, Noto Sans CJK SC, DejaVu Sans, sans-serif",
        "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "ellipsis", "text-max-width": 130,
        "width": "mapData(degree, 0, 30, 16, 40)", "height": "mapData(degree, 0, 30, 16, 40)", "color": "#222",
        "text-background-color": "#fafafa", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "node[type = 'Meeting']", style: { "shape": "diamond" } },
      { selector: "node[type = 'Document']", style: { "shape": "round-rectangle", "font-size": 9, "color": "#555" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#000" } },
      { selector: "node.expanded", style: { "border-width": 2, "border-color": "#333" } },
      { selector: "edge", style: {
        "width": "mapData(count, 1, 10, 1, 6)", "line-color": "#c4c4c4", "target-arrow-color": "#c4c4c4",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "label": "data(label)",
        "font-size": 8, "color": "#888", "text-rotation": "autorotate", "text-background-color": "#fafafa", "text-background-opacity": 0.7 } },
      { selector: "edge:selected", style: { "line-color": "#d62728", "target-arrow-color": "#d62728", "width": 4, "color": "#d62728" } },
    ],
  });

  // Layout: rings around the node last expanded (its neighbours on the
  // first ring, the rest further out), so that an expanded neighbourhood is
  // always on the canvas, then the view is fitted to the whole graph.
  function layout(center) {
    return new Promise((resolve) => {
      cy.resize(); // the canvas takes the size its grid cell has now
      const dist = new Map([[center.id(), 0]]);
      cy.elements().bfs({ roots: center, directed: false, visit: (v, e, u, i, depth) => { dist.set(v.id(), depth); } });
      const far = Math.max(...dist.values()) + 1;
      const l = cy.layout({ name: "concentric", animate: false, fit: true, padding: 30, avoidOverlap: true, minNodeSpacing: 46, spacingFactor: 1,
        nodeDimensionsIncludeLabels: false, startAngle: -Math.PI / 2, levelWidth: () => 1,
        concentric: (n) => far - (dist.has(n.id()) ? dist.get(n.id()) : far) });
      l.one("layoutstop", () => resolve());
      l.run();
    });
  }

  function typeName(t) { return T().typeNames[t] || t || ""; }

  function nodeLine(d) {
    return [el("span", { class: "dot", style: "background:" + (d.color || colors[d.type] || "#bcbd22") }),
      el("bdi", { class: "label" }, bidi(d.label || d.id)), " ",
      d.date ? el("bdi", { class: "date", dir: "ltr" }, d.date) : null, " ",
      el("span", { class: "type" }, typeName(d.type))];
  }

  function renderNodes() {
    const ul = $("nodes");
    ul.replaceChildren();
    const ns = cy.nodes().map((n) => n.data()).sort((a, b) => (a.type + a.label).localeCompare(b.type + b.label));
    for (const d of ns) {
      ul.append(el("li", { "data-id": d.id, "data-date": d.date || "", onclick: () => focus(d.id) }, ...nodeLine(d)));
    }
  }

  function renderText() {
    const t = T();
    document.documentElement.lang = state.lang;
    document.documentElement.dir = t.dir;
    $("q").placeholder = t.placeholder;
    $("go").textContent = t.search;
    $("lang").title = t.labels;
    $("h-results").textContent = t.results;
    $("h-nodes").textContent = t.inGraph;
    const hint = $("hint");
    if (hint) hint.textContent = t.hint;
    $("cy").setAttribute("aria-label", t.hint);
    const div = $("legend");
    div.replaceChildren(el("h2", {}, t.types));
    for (const [k, c] of Object.entries(colors)) div.append(el("div", {}, el("span", { class: "dot", style: "background:" + c }), typeName(k)));
  }

  function showNode(d) {
    const f = T().fields;
    const dl = el("dl", {});
    const add = (k, v, ltr) => { if (v) dl.append(el("dt", {}, f[k] || k), el("dd", ltr ? { dir: "ltr" } : { dir: "auto" }, ltr ? v : bidi(v))); };
    add("id", d.id, true); add("type", typeName(d.type)); add("name", d.name); add("label", d.label); add("date", d.date, true);
    add("until", d.end_date, true); add("organ", d.organ, true); add("number", d.number, true); add("symbol", d.symbol, true);
    add("doc_type", d.doc_type); add("language", d.doc_lang); add("title", d.title); add("path", d.path, true);
    const names = el("ul", {});
    for (const n of d.names || []) names.append(el("li", { dir: "auto", lang: n.lang || "" }, el("bdi", {}, bidi(n.text)), n.lang ? " (" + n.lang + ")" : ""));
    $("details").replaceChildren(el("h2", {}, typeName(d.type) || "node"), el("h3", { dir: "auto" }, el("bdi", {}, bidi(d.name || d.label || d.id))), dl,
      (d.names || []).length ? el("h2", {}, T().names) : null, names);
  }

  // An edge of the canvas is every relation from one node to another: its
  // predicates are listed, and the evidence of each is shown.
  async function showEdge(d) {
    const t = T();
    const box = $("details");
    box.replaceChildren(el("h2", {}, t.relation),
      el("p", { dir: "auto" }, el("bdi", {}, bidi(labelOf(d.source))), " → ", el("bdi", {}, bidi(labelOf(d.target)))));
    for (const r of d.relations) {
      const sec = el("section", {}, el("h3", {}, r.predicate), el("p", { class: "date" }, t.documents(r.count)), el("p", {}, t.loadingEvidence));
      box.append(sec);
      try {
        const ev = await api("/api/evidence", { s: d.source, p: r.predicate, o: d.target });
        sec.lastChild.remove();
        if (!ev.evidence.length) sec.append(el("p", {}, t.noEvidence));
        for (const e of ev.evidence) {
          sec.append(el("div", { class: "evidence" },
            el("div", { dir: "auto", lang: e.lang || "" }, e.text || t.noText),
            el("div", { class: "where", dir: "ltr" }, e.document + (e.path ? " · " + e.path : "") + (e.page ? " · " + t.page + " " + e.page : "") + " · " + t.bytes + " " + e.start + "–" + e.end + (e.rule ? " · " + t.rule + " " + e.rule : ""))));
        }
      } catch (err) { sec.lastChild.replaceWith(el("p", { class: "error" }, err.message)); }
    }
  }

  function labelOf(id) { const n = cy.getElementById(id); return n.nonempty() ? n.data("label") : id; }

  function edgeLabel(rels) { return bidi(rels.map((r) => r.predicate + (r.count > 1 ? " (" + r.count + ")" : "")).join(", ")); }

  async function expand(id) {
    if (state.loaded.has(id)) return;
    status(T().loading + " " + id + "…");
    const g = await api("/api/graph", { id, lang: state.lang, depth: 1 });
    state.loaded.add(id);
    const nodes = [], edges = new Map();
    for (const n of g.elements.nodes) {
      if (cy.getElementById(n.data.id).empty()) nodes.push({ group: "nodes", data: Object.assign({}, n.data, { shown: bidi(n.data.label) }) });
    }
    // One edge per ordered pair, with the list of its predicates.
    for (const e of g.elements.edges) {
      const key = e.data.source + "→" + e.data.target;
      const old = cy.getElementById(key);
      const rels = old.nonempty() ? old.data("relations").slice() : (edges.get(key) || { relations: [] }).relations;
      if (!rels.some((r) => r.predicate === e.data.predicate)) rels.push({ predicate: e.data.predicate, count: e.data.count, documents: e.data.documents });
      rels.sort((a, b) => a.predicate.localeCompare(b.predicate));
      const count = rels.reduce((n, r) => n + r.count, 0);
      if (old.nonempty()) { old.data({ relations: rels, label: edgeLabel(rels), count }); continue; }
      edges.set(key, { relations: rels, source: e.data.source, target: e.data.target });
    }
    cy.add(nodes.concat([...edges].map(([key, v]) => ({ group: "edges",
      data: { id: key, source: v.source, target: v.target, relations: v.relations, label: edgeLabel(v.relations),
        count: v.relations.reduce((n, r) => n + r.count, 0) } }))));
    const center = cy.getElementById(id);
    center.addClass("expanded");
    await layout(center);
    renderNodes();
    // What the canvas shows, for a reader of the DOM (the tests): pairs of
    // nodes with edges, relations they carry, nodes drawn outside the canvas.
    const box = { w: cy.width(), h: cy.height() };
    const off = cy.nodes().filter((n) => { const p = n.renderedPosition(); return p.x < 0 || p.y < 0 || p.x > box.w || p.y > box.h; });
    Object.assign($("cy").dataset, { pairs: cy.edges().length, relations: cy.edges().reduce((k, e) => k + e.data("relations").length, 0),
      offscreen: off.length, nodes: cy.nodes().length, expanded: [...state.loaded].join(" ") });
    status(T().nodesEdges(cy.nodes().length, cy.edges().length));
  }

  async function focus(id) {
    try {
      await expand(id);
      cy.elements().unselect();
      const n = cy.getElementById(id);
      n.select();
      showNode(n.data());
      for (const li of document.querySelectorAll("#results li, #nodes li")) li.classList.toggle("selected", li.dataset.id === id);
    } catch (err) { status(err.message, true); }
  }

  async function search(q, then) {
    status(T().searching);
    $("results").replaceChildren();
    try {
      const res = await api("/api/search", { q, lang: state.lang });
      if (!res.results.length) { status(T().nothing + " “" + q + "”.", true); document.body.dataset.state = "empty"; return; }
      for (const d of res.results) $("results").append(el("li", { "data-id": d.id, onclick: () => focus(d.id) }, ...nodeLine(d)));
      cy.elements().remove();
      state.loaded.clear();
      await focus(res.results[0].id);
      if (then) await focus(then);
      document.body.dataset.state = "ready";
    } catch (err) { status(err.message, true); document.body.dataset.state = "error"; }
  }

  cy.on("tap", "node", (ev) => focus(ev.target.id()));
  cy.on("tap", "edge", (ev) => showEdge(ev.target.data()));
  $("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = $("q").value.trim();
    if (!q) return;
    const u = new URL(location.href); u.searchParams.set("q", q); u.searchParams.set("lang", state.lang); u.searchParams.delete("expand");
    history.replaceState(null, "", u);
    search(q);
  });
  $("lang").value = state.lang;
  $("lang").addEventListener("change", () => {
    state.lang = $("lang").value;
    renderText();
    const q = $("q").value.trim(); if (q) search(q);
  });
  renderText();
  // ?q= searches; &expand=ID then expands a node of the result (as a click would).
  const q = params.get("q");
  if (q) { $("q").value = q; search(q, params.get("expand")); } else { document.body.dataset.state = "idle"; }
})();
