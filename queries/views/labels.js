/* promgraph labels: one rule, as in sigma.js. The nodes are taken the most important first (the
   page's organization, the selection, then the largest); a label is drawn when its box, with the
   node's disc, touches no box already placed and stays on the screen; the rest show on hover, and
   zooming in makes room for them. Boxes are filed in a grid of cells, so a view of two thousand
   nodes is decided in a few milliseconds. */
(function () {
  "use strict";
  const P = window.promgraph;
  P.LABEL_PX = 13; // node labels and link captions keep these sizes on screen at any zoom
  P.EDGE_PX = 11;
  const CELL = 64;
  const measure = document.createElement("canvas").getContext("2d");
  const widths = new Map();

  function textWidth(text, px) {
    const key = px + "|" + text;
    if (!widths.has(key)) { measure.font = px + "px arial"; widths.set(key, measure.measureText(text).width); }
    return widths.get(key);
  }

  /* place(box) files [left, top, right, bottom] and says true when it is free and on screen. */
  function placer(width, height) {
    const cells = new Map();
    const keys = (b) => {
      const out = [];
      for (let i = Math.floor(b[0] / CELL); i <= Math.floor(b[2] / CELL); i++) {
        for (let j = Math.floor(b[1] / CELL); j <= Math.floor(b[3] / CELL); j++) out.push(i + ":" + j);
      }
      return out;
    };
    return (b) => {
      if (b[0] < 0 || b[1] < 0 || b[2] > width || b[3] > height) return false;
      const near = keys(b);
      for (const key of near) {
        for (const o of cells.get(key) || []) if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) return false;
      }
      for (const key of near) { if (!cells.has(key)) cells.set(key, []); cells.get(key).push(b); }
      return true;
    };
  }

  /* The ids of the nodes and links to label. nodes, edges: those shown; name(n), caption(e): the
     text ("" for none); rank(n): higher first; radius(n): in canvas units; screen(n): pixels. Boxes
     are 10% wider than the text, since a selected label is drawn bold. */
  P.pickLabels = ({ nodes, edges, name, caption, rank, radius, scale, screen, width, height }) => {
    const place = placer(width, height);
    const points = new Map();
    const chosen = { nodes: new Set(), edges: new Set() };
    const order = nodes.slice().sort((a, b) => (rank(b) - rank(a)) || (b.size - a.size) || (a.id < b.id ? -1 : 1));
    for (const n of order) {
      const p = screen(n);
      points.set(n.id, p);
      const r = radius(n) * scale;
      const half = Math.max(textWidth(name(n), P.LABEL_PX) * 0.55, r) + 4;
      if (place([p.x - half, p.y - r - 2, p.x + half, p.y + r + P.LABEL_PX * 1.5 + 6])) chosen.nodes.add(n.id);
    }
    for (const e of edges) {
      const text = caption(e);
      const a = points.get(e.from), b = points.get(e.to);
      if (!text || !a || !b) continue;
      const half = textWidth(text, P.EDGE_PX) * 0.55 + 8;
      const x = (a.x + b.x) / 2, y = (a.y + b.y) / 2;
      if (place([x - half, y - P.EDGE_PX, x + half, y + P.EDGE_PX])) chosen.edges.add(e.id);
    }
    return chosen;
  };
})();
