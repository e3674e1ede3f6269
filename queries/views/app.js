/* promgraph page script. Every string that came from news or registries is inserted with
   textContent or as vis-network labels (drawn on canvas), never as HTML. */
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("graph-data").textContent);
  const LINKS = JSON.parse(document.getElementById("page-links").textContent);
  const T = {
    ru: {
      search: "Поиск организации, человека, кластера…", counts: "В графе", filters: "Фильтры",
      types: "Типы узлов", relations: "Связи", dates: "Период", from: "с", to: "по", legend: "Легенда",
      png: "Сохранить PNG", network: "Вся сеть", sources: "Источники", noResults: "Ничего не найдено",
      identifiers: "Сведения", evidence: "Источник", open: "Открыть страницу", lang: "EN",
      Organization: "Организация", Person: "Человек", Agreement: "Соглашение", Place: "Место",
      Document: "Документ", Event: "Событие",
      HOLDS_POSITION: "должность", PARTY_TO: "сторона соглашения", SIGNED: "подписал",
      MEMBER_OF: "участник", COOPERATES_WITH: "сотрудничество", DIRECTS: "руководит",
      FOUNDED: "учредитель", LOCATED_IN: "находится в", PARTICIPATED_IN: "участвовал", MENTIONED_IN: "упомянут в",
    },
    en: {
      search: "Find an organization, person, cluster…", counts: "In the graph", filters: "Filters",
      types: "Node types", relations: "Links", dates: "Period", from: "from", to: "to", legend: "Legend",
      png: "Save PNG", network: "Whole network", sources: "Sources", noResults: "Nothing found",
      identifiers: "Details", evidence: "Source", open: "Open page", lang: "RU",
      Organization: "Organization", Person: "Person", Agreement: "Agreement", Place: "Place",
      Document: "Document", Event: "Event",
      HOLDS_POSITION: "position", PARTY_TO: "party to", SIGNED: "signed", MEMBER_OF: "member of",
      COOPERATES_WITH: "cooperates with", DIRECTS: "directs", FOUNDED: "founded", LOCATED_IN: "located in",
      PARTICIPATED_IN: "participated in", MENTIONED_IN: "mentioned in",
    },
  };
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
  let lang = "ru";
  try { lang = localStorage.getItem("promgraph-lang") || "ru"; } catch (err) { /* storage off for file: pages */ }
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  };
  const fold = (s) => String(s || "").toLowerCase().replace(/ё/g, "е").replace(/[«»"“”„']/g, "").replace(/\s+/g, " ").trim();
  const t = (key) => (T[lang][key] !== undefined ? T[lang][key] : key);

  const state = { network: null, nodes: null, edges: null, hiddenGroups: new Set(), hiddenTypes: new Set(), from: "", to: "" };
  window.promgraph = state;

  function entries() { return DATA.index || DATA.nodes; }

  function renderSearchResults(query) {
    const list = $("results");
    list.replaceChildren();
    const q = fold(query);
    if (!q) return;
    const hits = entries().filter((n) => [n.label].concat(n.aliases || []).some((name) => fold(name).includes(q))).slice(0, 30);
    if (!hits.length) { list.append(el("li", t("noResults"), "muted")); return; }
    for (const hit of hits) {
      const item = el("li");
      item.append(el("span", hit.label), el("span", "  " + t(hit.group) + (hit.kind ? " · " + hit.kind : ""), "muted"));
      item.dataset.id = hit.id;
      item.addEventListener("click", () => choose(hit));
      list.append(item);
    }
  }

  function choose(hit) {
    $("results").replaceChildren();
    if (state.network && state.nodes.get(hit.id)) {
      state.hiddenGroups.delete(hit.group);
      applyFilters();
      state.network.selectNodes([hit.id]);
      state.network.focus(hit.id, { scale: 1.3, animation: false });
      showNode(hit.id);
      highlight(hit.id);
    } else if (hit.page && LINKS[hit.id]) {
      window.location.href = LINKS[hit.id];
    }
  }

  function dl(pairs) {
    const list = el("dl");
    for (const [key, value] of pairs) {
      if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) continue;
      list.append(el("dt", key), el("dd", Array.isArray(value) ? value.join(", ") : value));
    }
    return list;
  }

  function evidenceBlock(items) {
    const box = el("div");
    box.append(el("h4", t("sources")));
    for (const ev of items) {
      const src = DATA.sources[ev.doc] || {};
      const block = el("div", null, "evidence");
      const head = el("div", null, "muted");
      if (src.url) {
        const link = el("a", src.title || ev.doc);
        link.href = /^https?:\/\//.test(src.url) ? src.url : "#";
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        head.append(link);
      } else {
        head.append(el("span", src.title || ev.doc));
      }
      if (src.published) head.append(el("span", " · " + src.published));
      const text = el("p");
      const sentence = ev.sentence || "";
      if (ev.from !== undefined && ev.from >= 0 && ev.to <= sentence.length) {
        text.append(document.createTextNode(sentence.slice(0, ev.from)), el("mark", sentence.slice(ev.from, ev.to)),
          document.createTextNode(sentence.slice(ev.to)));
      } else {
        text.textContent = sentence;
      }
      block.append(head, text, el("div", ev.method + " · " + Number(ev.confidence).toFixed(2), "muted"));
      box.append(block);
    }
    return box;
  }

  function openPanel(children) {
    $("details").replaceChildren(...children);
    $("panel").hidden = false;
  }

  function showNode(id) {
    const node = DATA.nodes.find((n) => n.id === id);
    if (!node) return;
    const children = [el("h3", node.label), el("div", t(node.group) + (node.kind ? " · " + node.kind : ""), "muted")];
    const props = Object.entries(node.props || {}).filter(([k]) => k !== "resolution");
    children.push(dl([["id", node.id], ...props, ["aliases", node.aliases]]));
    if (LINKS[id]) {
      const link = el("a", t("open"));
      link.href = LINKS[id];
      children.push(link);
    }
    children.push(evidenceBlock(node.evidence || []));
    openPanel(children);
  }

  function showEdge(id) {
    const edge = DATA.edges.find((e) => e.id === id);
    if (!edge) return;
    const name = (nid) => (DATA.nodes.find((n) => n.id === nid) || {}).label || nid;
    openPanel([
      el("h3", name(edge.from) + " → " + name(edge.to)),
      el("div", t(edge.type), "muted"),
      dl([...Object.entries(edge.props || {}), ["first_seen", edge.first_seen], ["last_seen", edge.last_seen]]),
      evidenceBlock(edge.evidence || []),
    ]);
  }

  function highlight(id) {
    if (!state.network) return;
    const near = new Set(id ? state.network.getConnectedNodes(id).concat([id]) : []);
    state.nodes.update(DATA.nodes.map((n) => ({ id: n.id, opacity: !id || near.has(n.id) ? 1 : 0.15 })));
  }

  function edgeVisible(e) {
    if (state.hiddenTypes.has(e.type)) return false;
    if (state.from && e.last_seen && e.last_seen < state.from) return false;
    if (state.to && e.first_seen && e.first_seen > state.to) return false;
    const a = state.nodes.get(e.from), b = state.nodes.get(e.to);
    return !!a && !!b && !a.hidden && !b.hidden;
  }

  function applyFilters() {
    state.nodes.update(DATA.nodes.map((n) => ({ id: n.id, hidden: state.hiddenGroups.has(n.group) })));
    state.edges.update(DATA.edges.map((e) => ({ id: e.id, hidden: !edgeVisible(e) })));
  }

  function checkboxes(title, values, hidden) {
    const box = el("div");
    box.append(el("h2", title));
    for (const value of values) {
      const label = el("label");
      const input = el("input");
      input.type = "checkbox";
      input.checked = !hidden.has(value);
      input.dataset.value = value;
      input.addEventListener("change", () => {
        if (input.checked) hidden.delete(value); else hidden.add(value);
        applyFilters();
      });
      label.append(input, document.createTextNode(" " + t(value)));
      box.append(label);
    }
    return box;
  }

  function renderControls() {
    const groups = [...new Set(DATA.nodes.map((n) => n.group))].sort();
    const types = [...new Set(DATA.edges.map((e) => e.type))].sort();
    const filters = $("filters");
    filters.replaceChildren(el("h2", t("filters")));
    filters.append(checkboxes(t("types"), groups, state.hiddenGroups), checkboxes(t("relations"), types, state.hiddenTypes));
    filters.append(el("h2", t("dates")));
    for (const key of ["from", "to"]) {
      const label = el("label", t(key) + " ");
      const input = el("input");
      input.type = "date";
      input.id = "date-" + key;
      input.value = state[key];
      input.addEventListener("change", () => { state[key] = input.value; applyFilters(); });
      label.append(input);
      filters.append(label);
    }
    const png = el("button", t("png"));
    png.type = "button";
    png.id = "png";
    png.addEventListener("click", exportPng);
    filters.append(el("br"), png);
    const legend = $("legend");
    legend.replaceChildren(el("h2", t("legend")));
    for (const group of groups) {
      const row = el("div");
      const swatch = el("span", null, "swatch");
      swatch.style.background = (NODE_STYLE[group] || {}).color || "#999";
      row.append(swatch, document.createTextNode(t(group)));
      legend.append(row);
    }
    for (const type of types) {
      const row = el("div");
      const swatch = el("span", null, "swatch line");
      swatch.style.background = EDGE_COLOR[type] || "#999";
      row.append(swatch, document.createTextNode(t(type)));
      legend.append(row);
    }
    const counts = $("counts");
    counts.replaceChildren(el("h2", t("counts")));
    counts.append(el("div", DATA.nodes.length + " · " + DATA.edges.length, "muted"));
  }

  function exportPng() {
    const canvas = document.querySelector("#graph canvas");
    if (!canvas) return;
    const link = el("a");
    link.download = (DATA.title || "promgraph") + ".png";
    link.href = canvas.toDataURL("image/png");
    link.click();
  }

  function drawGraph() {
    state.nodes = new vis.DataSet(DATA.nodes.map((n) => ({
      id: n.id, label: n.label, group: n.group, size: n.size, x: n.x, y: n.y,
    })));
    state.edges = new vis.DataSet(DATA.edges.map((e) => ({
      id: e.id, from: e.from, to: e.to, type: e.type, color: { color: EDGE_COLOR[e.type] || "#999" },
      arrows: e.type === "COOPERATES_WITH" ? "" : "to", width: e.type === "COOPERATES_WITH" ? 2.5 : 1,
    })));
    const options = {
      physics: false,
      interaction: { hover: true },
      nodes: { font: { size: 13, strokeWidth: 3, strokeColor: "#ffffff" } },
      edges: { smooth: false },
      layout: { improvedLayout: false },
      groups: Object.fromEntries(Object.entries(NODE_STYLE).map(([group, style]) => [group, {
        shape: style.shape, color: { background: style.color, border: style.color,
          highlight: { background: style.color, border: "#111111" } },
      }])),
    };
    state.network = new vis.Network($("graph"), { nodes: state.nodes, edges: state.edges }, options);
    state.network.once("afterDrawing", () => { state.firstDraw = performance.now(); });
    state.network.on("click", (params) => {
      if (params.nodes.length) { showNode(params.nodes[0]); highlight(params.nodes[0]); }
      else if (params.edges.length) { showEdge(params.edges[0]); highlight(null); }
      else { $("panel").hidden = true; highlight(null); }
    });
  }

  function renderIndex() {
    $("controls").hidden = false;
    const counts = $("counts");
    counts.replaceChildren(el("h2", t("counts")));
    for (const [key, value] of Object.entries(DATA.counts || {}).sort()) counts.append(el("div", t(key) + ": " + value));
    const filters = $("filters");
    const link = el("a", t("network"));
    link.href = LINKS._network;
    link.id = "network-link";
    filters.replaceChildren(link);
    const list = el("ul");
    list.id = "index-list";
    for (const entry of DATA.index) {
      const item = el("li");
      if (entry.page && LINKS[entry.id]) {
        const a = el("a", entry.label);
        a.href = LINKS[entry.id];
        item.append(a);
      } else {
        item.append(el("span", entry.label));
      }
      item.append(el("span", " " + t(entry.group) + (entry.kind ? " · " + entry.kind : ""), "muted"));
      list.append(item);
    }
    $("graph").replaceChildren(list);
    $("graph").style.overflow = "auto";
  }

  function renderText() {
    document.documentElement.lang = lang;
    $("search").placeholder = t("search");
    $("lang").textContent = t("lang");
    $("page-title").textContent = DATA.title;
    $("home").href = LINKS._index || "#";
  }

  $("search").addEventListener("input", (ev) => renderSearchResults(ev.target.value));
  $("search").addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter") return;
    const first = $("results").querySelector("li[data-id]");
    if (first) first.click();
  });
  $("panel-close").addEventListener("click", () => { $("panel").hidden = true; highlight(null); });
  $("lang").addEventListener("click", () => {
    lang = lang === "ru" ? "en" : "ru";
    try { localStorage.setItem("promgraph-lang", lang); } catch (err) { /* storage off */ }
    renderText();
    if (DATA.index) renderIndex(); else renderControls();
  });
  renderText();
  if (DATA.index) { renderIndex(); } else { renderControls(); drawGraph(); }
})();
