/* promgraph page script, first of five (app, search, tables, labels, graph): words, addresses, loading
   data files, the side panel with cards and sources, the language switch, and the page's start.
   Every string that came from news or registries is inserted with textContent or as a
   vis-network label (drawn on canvas), never as HTML. */
(function () {
  "use strict";
  const P = (window.promgraph = window.promgraph || {});
  /* Every word of the interface, [Russian, English]; a key with no entry (a name, an agreement's
     kind) is shown as it is. */
  const T = {
    search: ["Организация, ИНН, человек, кластер, регион…", "Organization, INN, person, cluster, region…"],
    counts: ["В графе", "In the graph"], filters: ["Фильтры", "Filters"], types: ["Типы узлов", "Node types"],
    relations: ["Связи", "Links"], dates: ["Период", "Period"], from: ["с", "from"], to: ["по", "to"],
    legend: ["Легенда", "Legend"], png: ["Сохранить PNG", "Save PNG"], network: ["Вся сеть", "Whole network"],
    sources: ["Источники", "Sources"], noResults: ["Ничего не найдено", "Nothing found"],
    open: ["Открыть страницу", "Open page"], lang: ["EN", "RU"], links: ["Связи", "Links"], more: ["ещё", "more"],
    notFound: ["Нет данных для этой страницы", "No data for this page"],
    partial: ["Показаны самые связанные; уточните запрос", "The most connected are shown; type more"],
    topOrgs: ["Самые связанные организации", "Most connected organizations"],
    groups: ["Кластеры, парки, зоны", "Clusters, parks, zones"], regions: ["Регионы", "Regions"],
    allLinks: ["Все связи", "All links"], allMembers: ["Все организации региона", "All organizations of the region"],
    showMore: ["Показать ещё", "Show more"], partner: ["Партнёр", "Partner"], type: ["Тип", "Type"],
    first: ["Впервые", "First"], last: ["Последний раз", "Last"], nsources: ["Источников", "Sources"],
    name: ["Название", "Name"], kindCol: ["Вид", "Kind"], nlinks: ["Связей", "Links"], colour: ["Цвет", "Colour"],
    community: ["Сообщества", "Communities"], byType: ["Типы", "Types"],
    otherRegions: ["Из других регионов", "From other regions"], overview: ["Обзор графа", "Graph overview"],
    intro: ["Найдите организацию, человека, кластер или регион в поле поиска: по названию, сокращению или ИНН.",
      "Find an organization, person, cluster or region in the search box: by name, abbreviation or INN."],
    drawnOf: [(shown, total) => `Показаны ${shown} из ${total}. Остальные — через поиск и страницы регионов.`,
      (shown, total) => `${shown} of ${total} shown. Reach the rest by search and region pages.`],
    strongest: [(shown, total) => `Показаны ${shown} сильнейших связей из ${total}.`,
      (shown, total) => `The ${shown} strongest of ${total} links are drawn.`],
    membersOf: [(shown, total) => `На схеме ${shown} самых связанных из ${total} организаций региона.`,
      (shown, total) => `The ${shown} most connected of the region's ${total} organizations are drawn.`],
    isolatedNote: [(n) => `${n} организаций без связей скрыты.`, (n) => `${n} organizations without links are hidden.`],
    showIsolated: [(n) => `Показать ${n}`, (n) => `Show ${n}`], hideIsolated: ["Скрыть", "Hide"],
    Organization: ["Организация", "Organization"], Person: ["Человек", "Person"], Agreement: ["Соглашение", "Agreement"],
    Place: ["Место", "Place"], Document: ["Документ", "Document"], Event: ["Событие", "Event"],
    HOLDS_POSITION: ["должность", "position"], PARTY_TO: ["сторона соглашения", "party to"],
    SIGNED: ["подписал", "signed"], MEMBER_OF: ["участник", "member of"],
    COOPERATES_WITH: ["сотрудничество", "cooperates with"], DIRECTS: ["руководит", "directs"],
    FOUNDED: ["учредитель", "founded"], LOCATED_IN: ["находится в", "located in"],
    PARTICIPATED_IN: ["участвовал", "participated in"], MENTIONED_IN: ["упомянут в", "mentioned in"],
    company: ["компания", "company"], government: ["орган власти", "government body"],
    association: ["ассоциация", "association"], development_corporation: ["корпорация развития", "development corporation"],
    cluster: ["кластер", "cluster"], technopark: ["технопарк", "technopark"],
    industrial_park: ["индустриальный парк", "industrial park"], sez: ["ОЭЗ", "special economic zone"],
    fund: ["фонд", "fund"], university: ["вуз", "university"], other: ["другое", "other"],
    region: ["регион", "region"], city: ["город", "city"], country: ["страна", "country"],
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
    if (!Object.prototype.hasOwnProperty.call(T, key)) return key;
    const value = T[key][P.lang === "ru" ? 0 : 1];
    return typeof value === "function" ? value(...args.map((n) => Number(n).toLocaleString(P.lang))) : value;
  };
  /* A name short enough to label a node; the panel shows it whole. */
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
    const children = [P.el("h3", card.name), P.el("div", P.t(card.group) + (card.kind ? " · " + P.t(card.kind) : ""), "muted")];
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
    }, () => P.card(id).then((card) => {
      P.setTitle(card ? card.name : P.t("notFound"));
      if (card) P.showCard(id);
    }, () => P.setTitle(P.t("notFound"))));
  });
})();
