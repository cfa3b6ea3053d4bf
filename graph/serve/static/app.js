// unkg web page: search, draw a neighbourhood with cytoscape.js, expand
// nodes, read the evidence of edges. Everything comes from this server.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const state = { lang: params.get("lang") || "en", selected: null, loaded: new Set() };
  const colors = {
    Organization: "#1f77b4", Country: "#2ca02c", Person: "#9467bd", Meeting: "#d62728",
    Document: "#7f7f7f", Proposal: "#ff7f0e", Subject: "#17becf",
  };

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
        "background-color": "data(color)", "label": "data(label)", "font-size": 11,
        "font-family": "Noto Sans, Noto Sans Arabic, Noto Sans CJK SC, DejaVu Sans, sans-serif",
        "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "ellipsis", "text-max-width": 160,
        "width": 18, "height": 18, "color": "#222" } },
      { selector: "node[type = 'Meeting']", style: { "shape": "diamond", "width": 24, "height": 24 } },
      { selector: "node[type = 'Document']", style: { "shape": "round-rectangle" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#000" } },
      { selector: "edge", style: {
        "width": "mapData(count, 1, 10, 1, 6)", "line-color": "#bbb", "target-arrow-color": "#bbb",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "label": "data(predicate)",
        "font-size": 8, "color": "#777", "text-rotation": "autorotate" } },
      { selector: "edge:selected", style: { "line-color": "#d62728", "target-arrow-color": "#d62728", "width": 4 } },
    ],
  });

  function layout() {
    cy.layout({ name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, randomize: true, nodeDimensionsIncludeLabels: true, fit: true, padding: 40 }).run();
  }

  function nodeLine(d) {
    return [el("span", { class: "dot", style: "background:" + (d.color || colors[d.type] || "#bcbd22") }),
      el("span", { class: "label", dir: "auto" }, d.label || d.id), " ",
      d.date ? el("span", { class: "date" }, d.date) : null, " ",
      el("span", { class: "type" }, d.type || "")];
  }

  function renderNodes() {
    const ul = $("nodes");
    ul.replaceChildren();
    const ns = cy.nodes().map((n) => n.data()).sort((a, b) => (a.type + a.label).localeCompare(b.type + b.label));
    for (const d of ns) {
      ul.append(el("li", { "data-id": d.id, "data-date": d.date || "", onclick: () => focus(d.id) }, ...nodeLine(d)));
    }
  }

  function renderLegend() {
    const div = $("legend");
    div.replaceChildren(el("h2", {}, "Types"));
    for (const [t, c] of Object.entries(colors)) div.append(el("div", {}, el("span", { class: "dot", style: "background:" + c }), t));
  }

  function showNode(d) {
    const dl = el("dl", {});
    const add = (k, v) => { if (v) dl.append(el("dt", {}, k), el("dd", { dir: "auto" }, v)); };
    add("id", d.id); add("type", d.type); add("label", d.label); add("date", d.date); add("until", d.end_date);
    add("organ", d.organ); add("number", d.number); add("symbol", d.symbol); add("document type", d.doc_type); add("language", d.doc_lang);
    const names = el("ul", {});
    for (const n of d.names || []) names.append(el("li", { dir: "auto", lang: n.lang || "" }, n.text + (n.lang ? " (" + n.lang + ")" : "")));
    $("details").replaceChildren(el("h2", {}, d.type || "node"), el("h3", { dir: "auto" }, d.label || d.id), dl,
      (d.names || []).length ? el("h2", {}, "Names") : null, names);
  }

  async function showEdge(d) {
    const box = $("details");
    box.replaceChildren(el("h2", {}, "Relation"),
      el("p", { dir: "auto" }, labelOf(d.source), " ", el("b", {}, d.predicate), " ", labelOf(d.target)),
      el("p", { class: "date" }, d.count + " document(s): " + d.documents.join(", ")), el("p", {}, "Loading the evidence…"));
    try {
      const ev = await api("/api/evidence", { s: d.source, p: d.predicate, o: d.target });
      box.lastChild.remove();
      if (!ev.evidence.length) box.append(el("p", {}, "No evidence offsets are stored for it."));
      for (const e of ev.evidence) {
        box.append(el("div", { class: "evidence" },
          el("div", { dir: "auto", lang: e.lang || "" }, e.text || "(the text of the evidence was not kept)"),
          el("div", { class: "where" }, e.document + (e.path ? " · " + e.path : "") + " · bytes " + e.start + "–" + e.end + (e.rule ? " · rule " + e.rule : ""))));
      }
    } catch (err) { box.lastChild.replaceWith(el("p", { class: "error" }, err.message)); }
  }

  function labelOf(id) { const n = cy.getElementById(id); return n.nonempty() ? n.data("label") : id; }

  async function expand(id) {
    if (state.loaded.has(id)) return;
    status("Loading " + id + "…");
    const g = await api("/api/graph", { id, lang: state.lang, depth: 1 });
    state.loaded.add(id);
    const add = [];
    for (const n of g.elements.nodes) if (cy.getElementById(n.data.id).empty()) add.push({ group: "nodes", data: n.data });
    for (const e of g.elements.edges) {
      const key = e.data.source + "|" + e.data.predicate + "|" + e.data.target;
      if (cy.getElementById(key).empty()) add.push({ group: "edges", data: Object.assign({}, e.data, { id: key }) });
    }
    cy.add(add);
    layout();
    renderNodes();
    status(cy.nodes().length + " nodes, " + cy.edges().length + " edges");
  }

  async function focus(id) {
    try {
      await expand(id);
      cy.elements().unselect();
      const n = cy.getElementById(id);
      n.select();
      cy.animate({ center: { eles: n } }, { duration: 200 });
      showNode(n.data());
      for (const li of document.querySelectorAll("#results li, #nodes li")) li.classList.toggle("selected", li.dataset.id === id);
    } catch (err) { status(err.message, true); }
  }

  async function search(q) {
    status("Searching…");
    $("results").replaceChildren();
    try {
      const res = await api("/api/search", { q, lang: state.lang });
      if (!res.results.length) { status("Nothing is called “" + q + "”.", true); document.body.dataset.state = "empty"; return; }
      for (const d of res.results) $("results").append(el("li", { "data-id": d.id, onclick: () => focus(d.id) }, ...nodeLine(d)));
      cy.elements().remove();
      state.loaded.clear();
      await focus(res.results[0].id);
      document.body.dataset.state = "ready";
    } catch (err) { status(err.message, true); document.body.dataset.state = "error"; }
  }

  cy.on("tap", "node", (ev) => focus(ev.target.id()));
  cy.on("tap", "edge", (ev) => showEdge(ev.target.data()));
  $("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = $("q").value.trim();
    if (!q) return;
    const u = new URL(location.href); u.searchParams.set("q", q); u.searchParams.set("lang", state.lang);
    history.replaceState(null, "", u);
    search(q);
  });
  $("lang").value = state.lang;
  $("lang").addEventListener("change", () => {
    state.lang = $("lang").value;
    document.documentElement.lang = state.lang;
    const q = $("q").value.trim(); if (q) search(q);
  });
  // The page stays left to right (the graph canvas too); every text holds
  // dir="auto", so Arabic names are shaped and right to left where they are.
  renderLegend();
  const q = params.get("q");
  if (q) { $("q").value = q; search(q); } else { document.body.dataset.state = "idle"; }
})();
