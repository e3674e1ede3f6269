/* promgraph search, as you type, from any page. The index is in small files (search.py): root.js
   holds the two-letter prefixes, a prefix shared by many words is split by one more letter, and a
   file lists its entries, the most connected first. A query is looked up by its rarest word, each
   word a prefix of some word of a name, alias, abbreviation or ИНН; the other words are checked
   here. Entries: [id, name, group, kind, rank, page, words, inn, region]. */
(function () {
  "use strict";
  const P = window.promgraph;
  const SHOWN = 30;
  let asked = 0;
  P.searchTimes = [];

  /* The file answering one word: the deepest prefix of it the index has; null when no word starts so. */
  async function locate(word) {
    let prefix = word.slice(0, 2);
    let info = (await P.load("search/root.js")).children[prefix];
    while (info && info[1] && prefix.length < word.length) {
      const next = word.slice(0, prefix.length + 1);
      info = (await P.load(P.searchData(prefix))).children[next];
      prefix = next;
    }
    return info ? { prefix, count: info[0], complete: !info[1] } : null;
  }

  function score(entry, folded) {
    const name = P.words(entry[1]).join(" ");
    if (name === folded) return 0;
    return name.startsWith(folded) ? 1 : 2;
  }

  /* Entries matching every word of the query, best first, and whether the list may be incomplete. */
  P.search = async (query) => {
    const words = P.words(query);
    const keys = words.filter((w) => w.length >= 2);
    if (!keys.length) return { hits: [], partial: false };
    const places = await Promise.all(keys.map(locate));
    if (places.some((p) => !p)) return { hits: [], partial: false };
    places.sort((a, b) => (b.complete - a.complete) || (a.count - b.count));
    const best = places[0];
    const entries = (await P.load(P.searchData(best.prefix))).entries;
    const folded = words.join(" ");
    const hits = entries.filter((e) => words.every((w) => (" " + e[6]).includes(" " + w)));
    hits.sort((a, b) => (score(a, folded) - score(b, folded)) || (b[4] - a[4]) || (a[1].length - b[1].length));
    return { hits: hits.slice(0, SHOWN), partial: !best.complete && hits.length >= SHOWN };
  };

  function render(found) {
    const list = P.$("results");
    list.replaceChildren();
    if (!found) return;
    if (!found.hits.length) { list.append(P.el("li", P.t("noResults"), "muted")); return; }
    for (const hit of found.hits) {
      const [id, name, group, kind, rank, , , inn, region] = hit;
      const item = P.el("li");
      const detail = [P.t(group) + (kind ? " · " + P.t(kind) : ""), inn ? "ИНН " + inn : "", region || "",
        rank ? P.t("nlinks") + ": " + rank : ""].filter(Boolean).join(" · ");
      item.append(P.el("span", name), P.el("div", detail, "muted"));
      item.dataset.id = id;
      item.addEventListener("click", () => choose(hit));
      list.append(item);
    }
    if (found.partial) list.append(P.el("li", P.t("partial"), "muted"));
  }

  /* On a graph that draws it, select it; else open its page; else show its card here. */
  function choose(hit) {
    const [id, , , , , page] = hit;
    P.$("results").replaceChildren();
    if (P.focusNode && P.focusNode(id)) return;
    if (page) window.location.href = P.pageUrl(page, id);
    else P.showCard(id);
  }

  const box = P.$("search");
  box.addEventListener("input", () => {
    const started = performance.now();
    const mine = ++asked;
    const query = box.value;
    if (!P.words(query).some((w) => w.length >= 2)) { render(null); P.answered = query; return; }
    P.search(query).then((found) => {
      if (mine !== asked) return; // a later keystroke has asked since
      render(found);
      P.searchTimes.push(performance.now() - started);
      P.answered = query;
    });
  });
  box.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      const first = P.$("results").querySelector("li[data-id]");
      if (first) first.click();
    } else if (ev.key === "Escape") {
      box.value = "";
      render(null);
    }
  });
})();
