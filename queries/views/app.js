/* promgraph page script, first of four (app, search, tables, graph): words, addresses, loading
   data files, the side panel with cards and sources, the language switch, and the page's start.
   Every string that came from news or registries is inserted with textContent or as a
   vis-network label (drawn on canvas), never as HTML. */
(function () {
  "use strict";
  const P = (window.promgraph = window.promgraph || {});
  P.T = {
    ru: {
      search: "Организация, ИНН, человек, кластер, регион…", counts: "В графе", filters: "Фильтры",
      types: "Типы узлов", relations: "Связи", dates: "Период", from: "с", to: "по", legend: "Легенда",
      png: "Сохранить PNG", network: "Вся сеть", sources: "Источники", noResults: "Ничего не найдено",
      identifiers: "Сведения", open: "Открыть страницу", lang: "EN", links: "Связи", more: "ещё",
      notFound: "Нет данных для этой страницы", partial: "Показаны самые связанные; уточните запрос",
      topOrgs: "Самые связанные организации", groups: "Кластеры, парки, зоны", regions: "Регионы",
      allLinks: "Все связи", allMembers: "Все организации региона", showMore: "Показать ещё",
      partner: "Партнёр", type: "Тип", first: "Впервые", last: "Последний раз", nsources: "Источников",
      name: "Название", kindCol: "Вид", nlinks: "Связей", colour: "Цвет", community: "Сообщества",
      byType: "Типы", otherRegions: "Из других регионов", overview: "Обзор графа",
      intro: "Найдите организацию, человека, кластер или регион в поле поиска: по названию, сокращению или ИНН.",
      drawnOf: (shown, total) => `Показаны ${shown} из ${total}. Остальные — через поиск и страницы регионов.`,
      strongest: (shown, total) => `Показаны ${shown} сильнейших связей из ${total}.`,
      membersOf: (shown, total) => `На схеме ${shown} самых связанных из ${total} организаций региона.`,
      isolatedNote: (n) => `${n} организаций без связей скрыты.`,
      showIsolated: (n) => `Показать ${n}`, hideIsolated: "Скрыть",
      Organization: "Организация", Person: "Человек", Agreement: "Соглашение", Place: "Место",
      Document: "Документ", Event: "Событие",
      HOLDS_POSITION: "должность", PARTY_TO: "сторона соглашения", SIGNED: "подписал",
      MEMBER_OF: "участник", COOPERATES_WITH: "сотрудничество", DIRECTS: "руководит",
      FOUNDED: "учредитель", LOCATED_IN: "находится в", PARTICIPATED_IN: "участвовал", MENTIONED_IN: "упомянут в",
    },
    en: {
      search: "Organization, INN, person, cluster, region…", counts: "In the graph", filters: "Filters",
      types: "Node types", relations: "Links", dates: "Period", from: "from", to: "to", legend: "Legend",
      png: "Save PNG", network: "Whole network", sources: "Sources", noResults: "Nothing found",
      identifiers: "Details", open: "Open page", lang: "RU", links: "Links", more: "more",
      notFound: "No data for this page", partial: "The most connected are shown; type more",
      topOrgs: "Most connected organizations", groups: "Clusters, parks, zones", regions: "Regions",
      allLinks: "All links", allMembers: "All organizations of the region", showMore: "Show more",
      partner: "Partner", type: "Type", first: "First", last: "Last", nsources: "Sources",
      name: "Name", kindCol: "Kind", nlinks: "Links", colour: "Colour", community: "Communities",
      byType: "Types", otherRegions: "From other regions", overview: "Graph overview",
      intro: "Find an organization, person, cluster or region in the search box: by name, abbreviation or INN.",
      drawnOf: (shown, total) => `${shown} of ${total} shown. Reach the rest by search and region pages.`,
      strongest: (shown, total) => `The ${shown} strongest of ${total} links are drawn.`,
      membersOf: (shown, total) => `The ${shown} most connected of the region's ${total} organizations are drawn.`,
      isolatedNote: (n) => `${n} organizations without links are hidden.`,
      showIsolated: (n) => `Show ${n}`, hideIsolated: "Hide",
      Organization: "Organization", Person: "Person", Agreement: "Agreement", Place: "Place",
      Document: "Document", Event: "Event",
      HOLDS_POSITION: "position", PARTY_TO: "party to", SIGNED: "signed", MEMBER_OF: "member of",
      COOPERATES_WITH: "cooperates with", DIRECTS: "directs", FOUNDED: "founded", LOCATED_IN: "located in",
      PARTICIPATED_IN: "participated in", MENTIONED_IN: "mentioned in",
    },
  };
  P.lang = "ru";
  try { P.lang = localStorage.getItem("promgraph-lang") || "ru"; } catch (err) { /* storage off for file: pages */ }
  P.kind = document.body.dataset.kind;
  P.$ = (id) => document.getElementById(id);
  P.el = (tag, text, cls) => {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  };
  P.t = (key, ...args) => {
    const value = P.T[P.lang][key];
    if (typeof value === "function") return value(...args.map((n) => Number(n).toLocaleString(P.lang)));
    return value !== undefined ? value : key;
  };
  P.shortName = (name) => (name.length <= 48 ? name : name.slice(0, 48).trimEnd() + "…");

  /* Addresses: the same functions as addresses.py, so no page needs a table of the others. */
  P.words = (text) => String(text || "").toLowerCase().replace(/ё/g, "е").split(/[^0-9a-zа-я]+/).filter(Boolean);
  P.fileStem = (key) => key.replace(/[^A-Za-z0-9-]/gu, (c) => "_" + c.codePointAt(0).toString(16) + "_");
  const fnv1a = (text) => {
    let value = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(text)) value = Math.imul(value ^ byte, 0x01000193) >>> 0;
    return value;
  };
  P.bucketOf = (id) => fnv1a(id) & (Number(document.body.dataset.buckets) - 1);
  P.orgData = (id) => "data/org/" + (fnv1a(id) % 256).toString(16).padStart(2, "0") + "/" + P.fileStem(id) + ".js";
  P.regionData = (id) => "data/region/" + P.fileStem(id) + ".js";
  P.cardData = (bucket) => "data/card/" + bucket.toString(16) + ".js";
  P.searchData = (prefix) => "search/" + P.fileStem(prefix) + ".js";
  P.pageUrl = (page, id) => (page ? page + ".html#" + encodeURIComponent(id) : null);

  /* Data files call promgraph.receive(theirPath, data); load(path) adds the <script> once. */
  const received = new Map();
  const waiting = new Map();
  P.receive = (path, data) => {
    received.set(path, data);
    if (waiting.has(path)) waiting.get(path).resolve(data);
  };
  P.load = (path) => {
    if (received.has(path)) return Promise.resolve(received.get(path));
    if (!waiting.has(path)) {
      const entry = {};
      entry.promise = new Promise((resolve, reject) => { entry.resolve = resolve; entry.reject = reject; });
      waiting.set(path, entry);
      const script = document.createElement("script");
      script.src = path;
      script.onerror = () => { waiting.delete(path); script.remove(); entry.reject(new Error(path)); };
      document.head.append(script);
    }
    return waiting.get(path).promise;
  };
  P.card = (id) => P.load(P.cardData(P.bucketOf(id))).then((bucket) => bucket[id]);

  function dl(pairs) {
    const list = P.el("dl");
    for (const [key, value] of pairs) {
      if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) continue;
      list.append(P.el("dt", key), P.el("dd", Array.isArray(value) ? value.join(", ") : value));
    }
    return list;
  }
  P.dl = dl;

  P.evidenceBlock = (items, sources, more) => {
    const box = P.el("div");
    box.append(P.el("h4", P.t("sources")));
    for (const ev of items) {
      const src = sources[ev.doc] || {};
      const block = P.el("div", null, "evidence");
      const head = P.el("div", null, "muted");
      if (src.url && /^https?:\/\//.test(src.url)) {
        const link = P.el("a", src.title || ev.doc);
        link.href = src.url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        head.append(link);
      } else {
        head.append(P.el("span", src.title || ev.doc));
      }
      const date = src.published || ev.date;
      if (date) head.append(P.el("span", " · " + date));
      const text = P.el("p");
      const sentence = ev.sentence || "";
      if (ev.from !== undefined && ev.from >= 0 && ev.to <= sentence.length) {
        text.append(document.createTextNode(sentence.slice(0, ev.from)), P.el("mark", sentence.slice(ev.from, ev.to)),
          document.createTextNode(sentence.slice(ev.to)));
      } else {
        text.textContent = sentence;
      }
      block.append(head, text, P.el("div", ev.method + " · " + Number(ev.confidence).toFixed(2), "muted"));
      box.append(block);
    }
    if (more) box.append(P.el("div", "+ " + more + " " + P.t("more"), "muted"));
    return box;
  };

  P.openPanel = (children) => {
    P.$("details").replaceChildren(...children);
    P.$("panel").hidden = false;
  };

  P.pageLink = (text, page, id) => {
    const link = P.el("a", text);
    link.href = P.pageUrl(page, id);
    return link;
  };

  /* A node's card: identifiers, names, sources, strongest links; a link opens the other's page. */
  P.showCard = (id) => P.card(id).then((card) => {
    if (!card) return;
    const children = [P.el("h3", card.name), P.el("div", P.t(card.group) + (card.kind ? " · " + card.kind : ""), "muted")];
    children.push(dl([["id", card.id], ...Object.entries(card.props || {}), ["aliases", card.aliases]]));
    if (card.page && !(P.data && P.data.focus === card.id)) children.push(P.pageLink(P.t("open"), card.page, card.id));
    if (card.links.length) {
      children.push(P.el("h4", P.t("links")));
      const list = P.el("ul", null, "card-links");
      for (const [other, name, , types, page] of card.links) {
        const item = P.el("li");
        item.append(page ? P.pageLink(name, page, other) : P.el("span", name),
          P.el("span", " · " + types.map((type) => P.t(type)).join(", "), "muted"));
        list.append(item);
      }
      if (card.more_links) list.append(P.el("li", "+ " + card.more_links + " " + P.t("more"), "muted"));
      children.push(list);
    }
    children.push(P.evidenceBlock(card.evidence || [], card.sources || {}, card.more));
    P.openPanel(children);
    P.$("panel").dataset.card = card.id;
  });

  function renderText() {
    document.documentElement.lang = P.lang;
    P.$("search").placeholder = P.t("search");
    P.$("lang").textContent = P.t("lang");
  }
  P.setTitle = (title) => {
    P.$("page-title").textContent = title;
    document.title = title;
  };

  P.$("panel-close").addEventListener("click", () => {
    P.$("panel").hidden = true;
    if (P.onPanelClose) P.onPanelClose();
  });
  P.$("lang").addEventListener("click", () => {
    P.lang = P.lang === "ru" ? "en" : "ru";
    try { localStorage.setItem("promgraph-lang", P.lang); } catch (err) { /* storage off */ }
    renderText();
    if (P.render) P.render();
  });
  window.addEventListener("hashchange", () => window.location.reload());

  /* Once every script has run: the page's data, a fixed file for the index and the network, a file
     named by the id for the others. An organization without a page of its own shows its card. */
  document.addEventListener("DOMContentLoaded", () => {
    renderText();
    const id = decodeURIComponent(window.location.hash.slice(1));
    const path = { index: "data/index.js", network: "data/network.js", org: P.orgData(id), region: P.regionData(id) }[P.kind];
    P.load(path).then((data) => {
      P.data = data;
      P.setTitle(data.title);
      (P.kind === "index" ? P.renderIndex : P.drawGraph)(data);
    }, () => {
      P.setTitle(P.t("notFound"));
      if (id) P.showCard(id);
    });
  });
})();
