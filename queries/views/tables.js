/* promgraph lists and tables: the index page, the full list of an organization's links and of a
   region's organizations. Long tables grow a few hundred rows at a click, so a hub with ten
   thousand links opens as fast as a small plant. */
(function () {
  "use strict";
  const P = window.promgraph;
  const CHUNK = 200;

  /* A name that leads where the reader can go: the node on this drawing, its page, or its card. */
  function nameCell(id, name, page) {
    const link = P.el("a", name);
    link.href = page ? P.pageUrl(page, id) : "#";
    link.addEventListener("click", (ev) => {
      if (P.focusNode && P.focusNode(id)) ev.preventDefault();
      else if (!page) { ev.preventDefault(); P.showCard(id); }
    });
    return link;
  }

  /* rows: arrays; columns: [title, (row) => text or node]. */
  P.table = (columns, rows) => {
    const table = P.el("table");
    const head = P.el("tr");
    for (const [title] of columns) head.append(P.el("th", title));
    table.append(head);
    const body = P.el("tbody");
    table.append(body);
    const more = P.el("button", P.t("showMore"));
    more.type = "button";
    let shown = 0;
    const grow = () => {
      for (const row of rows.slice(shown, shown + CHUNK)) {
        const line = P.el("tr");
        for (const [, cell] of columns) {
          const value = cell(row);
          const td = P.el("td");
          if (value instanceof Node) td.append(value); else td.textContent = value === null || value === undefined ? "" : String(value);
          line.append(td);
        }
        body.append(line);
      }
      shown = Math.min(rows.length, shown + CHUNK);
      more.hidden = shown >= rows.length;
    };
    more.addEventListener("click", grow);
    grow();
    const box = P.el("div");
    box.append(table, more);
    return box;
  };

  P.linkTable = (links) => P.table([
    [P.t("partner"), (r) => nameCell(r[0], r[1], r[7])],
    [P.t("type"), (r) => P.t(r[3])],
    [P.t("first"), (r) => r[4]],
    [P.t("last"), (r) => r[5]],
    [P.t("nsources"), (r) => r[6]],
  ], links.rows);

  P.memberTable = (members) => P.table([
    [P.t("name"), (r) => nameCell(r[0], r[1], r[4])],
    [P.t("kindCol"), (r) => P.t(r[2])],
    [P.t("nlinks"), (r) => r[3]],
  ], members.rows);

  /* The drawer under the drawing, with the page's full table. */
  P.toggleTable = (make) => {
    const drawer = P.$("table");
    drawer.hidden = !drawer.hidden;
    if (!drawer.hidden && !drawer.firstChild) drawer.append(make());
    document.body.classList.toggle("with-table", !drawer.hidden);
    if (P.network) P.network.redraw();
  };

  function list(title, rows) {
    const box = P.el("section", null, "overview");
    box.append(P.el("h2", title));
    const items = P.el("ol");
    for (const [id, name, kind, count, page] of rows) {
      const item = P.el("li");
      item.append(nameCell(id, name, page), P.el("span", " " + [P.t(kind), count].filter((v) => v !== null && v !== "").join(" · "), "muted"));
      items.append(item);
    }
    box.append(items);
    return box;
  }

  P.renderIndex = (data) => {
    P.setTitle(P.t("overview"));
    const counts = P.$("counts");
    counts.replaceChildren(P.el("h2", P.t("counts")));
    for (const group of ["nodes", "links"]) {
      for (const [key, value] of Object.entries(data.counts[group]).sort((a, b) => b[1] - a[1])) {
        counts.append(P.el("div", P.t(key) + ": " + value.toLocaleString(P.lang)));
      }
      counts.append(P.el("br"));
    }
    const intro = P.el("section", null, "intro");
    const link = P.el("a", P.t("network") + " →");
    link.href = "network.html";
    link.id = "network-link";
    intro.append(P.el("p", P.t("intro")), link);
    const page = P.el("div", null, "overview-page");
    page.id = "overview";
    page.append(intro, list(P.t("topOrgs"), data.organizations), list(P.t("groups"), data.groups),
      list(P.t("regions"), data.regions));
    P.$("graph").replaceChildren(page);
    P.render = () => P.renderIndex(data);
  };
})();
