/* promgraph drawings (network, organization, region pages) with vis-network, positions from Python,
   physics off: the opening view, filters, legend, the side panel on click, captions of an
   organization's links, and labels chosen by labels.js again at every zoom, one size on screen. */
(function () {
  "use strict";
  const P = window.promgraph;
  const NODE_STYLE = {
    Organization: { color: "#2f6fb3", shape: "dot" }, Person: { color: "#d9822b", shape: "dot" },
    Agreement: { color: "#6a4c93", shape: "diamond" }, Place: { color: "#3a9d5d", shape: "square" },
    Event: { color: "#b33f62", shape: "triangle" }, Document: { color: "#777777", shape: "box" },
  };
  const EDGE_COLOR = {
    COOPERATES_WITH: "#c0392b", PARTY_TO: "#6a4c93", SIGNED: "#8e6fb8", MEMBER_OF: "#2e8b57",
    HOLDS_POSITION: "#d9822b", DIRECTS: "#b5651d", FOUNDED: "#7f8c8d", LOCATED_IN: "#3a9d5d",
    PARTICIPATED_IN: "#b33f62",
  };
  const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
    "#bcbd22", "#393b79", "#637939", "#7b4173"];
  const GREY = "#a3adb8";
  const state = { hiddenGroups: new Set(), hiddenTypes: new Set(), from: "", to: "", showIsolated: false,
    colour: "community", labelled: new Set(), captioned: new Set(), fontScale: null };
  P.state = state;

  function nodeColour(n) {
    if (n.outside) return GREY;
    if (state.colour === "community" && n.community !== undefined) return n.community >= 0 ? PALETTE[n.community] : GREY;
    return (NODE_STYLE[n.group] || {}).color || GREY;
  }
  function visNode(n) {
    const colour = nodeColour(n);
    const focus = n.id === P.data.focus;
    return { id: n.id, group: n.group, size: focus ? n.size + 8 : n.size, x: n.x, y: n.y, hidden: nodeHidden(n),
      borderWidth: focus ? 4 : 1, label: state.labelled.has(n.id) ? P.shortName(n.name) : null,
      color: { background: colour, border: focus ? "#111111" : colour, highlight: { background: colour, border: "#111111" },
        hover: { background: colour, border: "#111111" } } };
  }
  const span = (first, last) => (first ? (first === last ? first : first + " – " + last) : "");
  const pairOf = (e) => (e.from < e.to ? e.from + " " + e.to : e.to + " " + e.from);
  /* On an organization's page each of its links says its type and dates; links to the same node
     share one caption, on the first of them, which is drawn straight. */
  function captions(edges, focus) {
    const pairs = new Map();
    for (const e of edges) {
      if (e.from !== focus && e.to !== focus) continue;
      const pair = pairs.get(pairOf(e)) || { id: e.id, types: [], dates: [] };
      if (!pair.types.includes(e.type)) pair.types.push(e.type);
      pair.dates.push(e.first_seen, e.last_seen);
      pairs.set(pairOf(e), pair);
    }
    return new Map([...pairs.values()].map((p) => [p.id, p]));
  }
  const caption = (e) => {
    const pair = state.captions.get(e.id);
    if (!pair) return "";
    const dates = pair.dates.filter(Boolean).sort();
    return [pair.types.map((type) => P.t(type)).join(", "), span(dates[0], dates[dates.length - 1])].filter(Boolean).join(" · ");
  };

  function nodeHidden(n) { return state.hiddenGroups.has(n.group) || (!!n.isolated && !state.showIsolated); }
  function edgeHidden(e) {
    if (state.hiddenTypes.has(e.type)) return true;
    if (state.from && e.last_seen && e.last_seen < state.from) return true;
    if (state.to && e.first_seen && e.first_seen > state.to) return true;
    return nodeHidden(state.byId.get(e.from)) || nodeHidden(state.byId.get(e.to));
  }

  /* The labels a view has room for (screen: a node → its pixel position); kept in state, and
     returned as the changes to make on the data sets. */
  function chooseLabels(scale, screen, width, height) {
    const selected = new Set(P.network ? P.network.getSelectedNodes() : []);
    const chosen = P.pickLabels({
      nodes: P.data.nodes.filter((n) => !nodeHidden(n)), edges: P.data.edges.filter((e) => !edgeHidden(e)),
      name: (n) => P.shortName(n.name), caption, scale, screen, width, height,
      rank: (n) => (n.id === P.data.focus ? 2 : selected.has(n.id) ? 1 : 0),
      radius: (n) => (n.id === P.data.focus ? n.size + 8 : n.size),
    });
    const nodeChanges = P.data.nodes.filter((n) => chosen.nodes.has(n.id) !== state.labelled.has(n.id))
      .map((n) => ({ id: n.id, label: chosen.nodes.has(n.id) ? P.shortName(n.name) : null }));
    const edgeChanges = P.data.edges.filter((e) => chosen.edges.has(e.id) !== state.captioned.has(e.id))
      .map((e) => ({ id: e.id, label: chosen.edges.has(e.id) ? caption(e) : null }));
    state.labelled = chosen.nodes;
    state.captioned = chosen.edges;
    return [nodeChanges, edgeChanges];
  }

  /* Labels for the view the reader has now, one size on screen whatever the zoom. */
  function relabel() {
    const net = P.network;
    const scale = net.getScale();
    if (scale !== state.fontScale) {
      net.setOptions({ nodes: { font: { size: P.LABEL_PX / scale } }, edges: { font: { size: P.EDGE_PX / scale } } });
      state.fontScale = scale;
    }
    const box = P.$("graph");
    const positions = net.getPositions(P.data.nodes.filter((n) => !nodeHidden(n)).map((n) => n.id));
    const [nodeChanges, edgeChanges] = chooseLabels(scale, (n) => net.canvasToDOM(positions[n.id]), box.clientWidth, box.clientHeight);
    state.nodes.update(nodeChanges);
    state.edges.update(edgeChanges);
  }
  let pending = null;
  const relabelSoon = () => { clearTimeout(pending); pending = setTimeout(relabel, 80); };

  function applyFilters() {
    state.nodes.update(P.data.nodes.map((n) => ({ id: n.id, hidden: nodeHidden(n) })));
    state.edges.update(P.data.edges.map((e) => ({ id: e.id, hidden: edgeHidden(e) })));
    relabel();
  }

  function highlight(id) {
    const near = new Set(id ? P.network.getConnectedNodes(id).concat([id]) : []);
    state.nodes.update(P.data.nodes.map((n) => ({ id: n.id, opacity: !id || near.has(n.id) ? 1 : 0.2 })));
  }

  function showEdge(id) {
    const edge = state.edgeById.get(id);
    const name = (nid) => (state.byId.get(nid) || {}).name || nid;
    P.openPanel([
      P.el("h3", name(edge.from) + " → " + name(edge.to)),
      P.el("div", P.t(edge.type), "muted"),
      P.dl([...Object.entries(edge.props || {}), ["first_seen", edge.first_seen], ["last_seen", edge.last_seen],
        ["sources", edge.sources]]),
      P.evidenceBlock(edge.evidence || [], P.data.sources, edge.more),
    ]);
  }

  /* Select a node drawn here, bring it into view and show its card; false when it is not drawn. */
  P.focusNode = (id) => {
    const n = state.byId && state.byId.get(id);
    if (!n) return false;
    if (nodeHidden(n)) {
      state.hiddenGroups.delete(n.group);
      if (n.isolated) state.showIsolated = true;
      renderControls();
      applyFilters();
    }
    P.network.selectNodes([id]);
    P.network.focus(id, { scale: Math.max(P.network.getScale(), 1), animation: false });
    highlight(id);
    relabel();
    P.showCard(id);
    return true;
  };

  function checkboxes(title, values, hidden) {
    const box = P.el("div");
    box.append(P.el("h2", title));
    for (const value of values) {
      const label = P.el("label");
      const input = P.el("input");
      input.type = "checkbox";
      input.checked = !hidden.has(value);
      input.dataset.value = value;
      input.addEventListener("change", () => {
        if (input.checked) hidden.delete(value); else hidden.add(value);
        applyFilters();
      });
      label.append(input, document.createTextNode(" " + P.t(value)));
      box.append(label);
    }
    return box;
  }

  function button(text, id, action) {
    const b = P.el("button", text);
    b.type = "button";
    b.id = id;
    b.addEventListener("click", action);
    return b;
  }

  /* What the drawing leaves out, and the way to the rest. */
  function renderNote() {
    const data = P.data;
    const note = P.$("note");
    note.replaceChildren();
    if (data.counts) {
      const c = data.counts;
      if (c.drawn < c.core) note.append(P.el("p", P.t("drawnOf", c.drawn, c.core)));
      if (c.isolated) {
        note.append(P.el("p", P.t("isolatedNote", c.isolated)));
        if (c.isolated_drawn) {
          note.append(button(state.showIsolated ? P.t("hideIsolated") : P.t("showIsolated", c.isolated_drawn), "isolated",
            () => { state.showIsolated = !state.showIsolated; renderNote(); applyFilters(); }));
        }
      }
    }
    if (data.links) {
      if (data.links.shown < data.links.total) note.append(P.el("p", P.t("strongest", data.links.shown, data.links.total)));
      note.append(button(P.t("allLinks") + " (" + data.links.total + ")", "all-links", () => P.toggleTable(() => P.linkTable(data.links))));
    }
    if (data.members) {
      if (data.members.shown < data.members.total) note.append(P.el("p", P.t("membersOf", data.members.shown, data.members.total)));
      note.append(button(P.t("allMembers") + " (" + data.members.total + ")", "all-members",
        () => P.toggleTable(() => P.memberTable(data.members))));
    }
  }

  function renderLegend() {
    const data = P.data;
    const legend = P.$("legend");
    legend.replaceChildren(P.el("h2", P.t("legend")));
    const row = (colour, text, cls) => {
      const line = P.el("div");
      const swatch = P.el("span", null, "swatch" + (cls ? " " + cls : ""));
      swatch.style.background = colour;
      line.append(swatch, document.createTextNode(text));
      legend.append(line);
    };
    if (state.colour === "community" && data.communities) {
      data.communities.forEach((c, i) => row(PALETTE[i], c.name + " (" + c.size + ")"));
    } else {
      for (const group of [...new Set(data.nodes.map((n) => n.group))].sort()) row((NODE_STYLE[group] || {}).color || GREY, P.t(group));
    }
    if (data.kind === "region") row(GREY, P.t("otherRegions"));
    for (const type of [...new Set(data.edges.map((e) => e.type))].sort()) row(EDGE_COLOR[type] || "#999", P.t(type), "line");
  }

  function renderControls() {
    const data = P.data;
    const counts = P.$("counts");
    counts.replaceChildren(P.el("h2", P.t("counts")));
    counts.append(P.el("div", data.nodes.length + " · " + data.edges.length, "muted"));
    renderNote();
    const filters = P.$("filters");
    filters.replaceChildren(P.el("h2", P.t("filters")));
    filters.append(checkboxes(P.t("types"), [...new Set(data.nodes.map((n) => n.group))].sort(), state.hiddenGroups),
      checkboxes(P.t("relations"), [...new Set(data.edges.map((e) => e.type))].sort(), state.hiddenTypes));
    filters.append(P.el("h2", P.t("dates")));
    for (const key of ["from", "to"]) {
      const label = P.el("label", P.t(key) + " ");
      const input = P.el("input");
      input.type = "date";
      input.id = "date-" + key;
      input.value = state[key];
      input.addEventListener("change", () => { state[key] = input.value; applyFilters(); });
      label.append(input);
      filters.append(label);
    }
    if (data.communities) {
      filters.append(P.el("h2", P.t("colour")));
      const select = P.el("select");
      select.id = "colour";
      for (const [value, text] of [["community", P.t("community")], ["type", P.t("byType")]]) {
        const option = P.el("option", text);
        option.value = value;
        option.selected = state.colour === value;
        select.append(option);
      }
      select.addEventListener("change", () => {
        state.colour = select.value;
        state.nodes.update(data.nodes.map(visNode));
        renderLegend();
      });
      filters.append(select);
    }
    filters.append(P.el("br"), button(P.t("png"), "png", exportPng));
    renderLegend();
  }

  function exportPng() {
    const canvas = document.querySelector("#graph canvas");
    const link = P.el("a");
    link.download = (P.data.title || "promgraph") + ".png";
    link.href = canvas.toDataURL("image/png");
    link.click();
  }

  /* The opening view, worked out before anything is drawn so the first drawing is the final one: a
     page of one organization centres it at a scale showing all its links, the others fit what is
     drawn. Returns the view's centre and scale. */
  function openingView(width, height) {
    const focus = P.data.focus && state.byId.get(P.data.focus);
    if (focus && P.data.kind === "org") {
      const reach = Math.max(200, ...P.data.nodes.map((n) => Math.hypot(n.x - focus.x, n.y - focus.y) + n.size));
      return { x: focus.x, y: focus.y, scale: Math.min(width - 120, height - 60) / (2 * reach) };
    }
    const shown = P.data.nodes.filter((n) => !nodeHidden(n));
    if (!shown.length) return { x: 0, y: 0, scale: 1 };
    const left = Math.min(...shown.map((n) => n.x - n.size)), right = Math.max(...shown.map((n) => n.x + n.size));
    const top = Math.min(...shown.map((n) => n.y - n.size)), bottom = Math.max(...shown.map((n) => n.y + n.size));
    const scale = Math.min(1.5, 0.95 * Math.min(width / Math.max(right - left, 1), height / Math.max(bottom - top, 1)));
    return { x: (left + right) / 2, y: (top + bottom) / 2, scale };
  }

  P.drawGraph = (data) => {
    state.byId = new Map(data.nodes.map((n) => [n.id, n]));
    state.edgeById = new Map(data.edges.map((e) => [e.id, e]));
    state.captions = captions(data.edges, data.focus);
    if (data.kind === "org") P.$("panel").hidden = false; // its sources open beside it: the drawing takes the room left
    const box = P.$("graph");
    const width = box.clientWidth, height = box.clientHeight;
    const view = openingView(width, height);
    const screen = (n) => ({ x: (n.x - view.x) * view.scale + width / 2, y: (n.y - view.y) * view.scale + height / 2 });
    chooseLabels(view.scale, screen, width, height);
    state.fontScale = view.scale;
    state.nodes = new vis.DataSet(data.nodes.map(visNode));
    const parallel = new Map(); // links between the same two nodes bend apart instead of lying on each other
    state.edges = new vis.DataSet(data.edges.map((e) => {
      const pair = pairOf(e);
      const k = parallel.get(pair) || 0;
      parallel.set(pair, k + 1);
      const colour = EDGE_COLOR[e.type] || "#999999"; // the same when selected: the colour says the type
      return { id: e.id, from: e.from, to: e.to, hidden: edgeHidden(e), color: { color: colour, highlight: colour, hover: colour },
        arrows: e.type === "COOPERATES_WITH" ? "" : "to", width: e.type === "COOPERATES_WITH" ? 2.5 : 1,
        label: state.captioned.has(e.id) ? caption(e) : null,
        smooth: k ? { enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.2 * Math.ceil(k / 2) } : false };
    }));
    const many = data.edges.length > 5000;
    const options = {
      physics: false,
      interaction: { hover: true, hideEdgesOnDrag: many, hideEdgesOnZoom: many },
      nodes: { font: { size: P.LABEL_PX / view.scale, face: "arial", strokeWidth: 3, strokeColor: "#ffffff" } },
      edges: { smooth: false, font: { size: P.EDGE_PX / view.scale, face: "arial", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" } },
      layout: { improvedLayout: false },
      groups: Object.fromEntries(Object.entries(NODE_STYLE).map(([group, style]) => [group, { shape: style.shape }])),
    };
    const net = (P.network = new vis.Network(P.$("graph"), { nodes: state.nodes, edges: state.edges }, options));
    state.network = net;
    net.moveTo({ position: { x: view.x, y: view.y }, scale: view.scale, animation: false });
    net.once("afterDrawing", () => { state.firstDraw = performance.now(); });
    renderControls();
    if (data.kind === "org") {
      net.selectNodes([data.focus]);
      P.showCard(data.focus);
    }
    net.on("click", (params) => {
      if (params.nodes.length) { P.showCard(params.nodes[0]); highlight(params.nodes[0]); }
      else if (params.edges.length) { showEdge(params.edges[0]); highlight(null); }
      else { P.$("panel").hidden = true; highlight(null); }
      relabel();
    });
    net.on("doubleClick", (params) => {
      const n = params.nodes.length && state.byId.get(params.nodes[0]);
      if (n && n.page && n.id !== data.focus) window.location.href = P.pageUrl(n.page, n.id);
    });
    net.on("hoverNode", ({ node }) => {
      if (!state.labelled.has(node)) state.nodes.update({ id: node, label: P.shortName(state.byId.get(node).name) });
    });
    net.on("blurNode", ({ node }) => { if (!state.labelled.has(node)) state.nodes.update({ id: node, label: null }); });
    net.on("hoverEdge", ({ edge }) => {
      const e = state.edgeById.get(edge);
      if (!state.captioned.has(edge)) state.edges.update({ id: edge, label: [P.t(e.type), span(e.first_seen, e.last_seen)].filter(Boolean).join(" · ") });
    });
    net.on("blurEdge", ({ edge }) => { if (!state.captioned.has(edge)) state.edges.update({ id: edge, label: null }); });
    net.on("zoom", relabelSoon);
    net.on("dragEnd", relabelSoon);
    P.onPanelClose = () => highlight(null);
    P.render = () => { renderControls(); state.captioned = new Set(); state.edges.update(data.edges.map((e) => ({ id: e.id, label: null }))); relabel(); };
  };
})();
