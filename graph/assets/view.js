/* parley view: builds the vis-network from the JSON in #parley-data, the tooltips as DOM
   elements (text only: article text never becomes HTML), and the legend's filters.
   window.parleyView exposes the network for power users and for the Chromium test. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("parley-data").textContent);
  var state = { ready: false, hiddenLabels: {}, hiddenTypes: {} };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function row(key, value) {
    var r = el("div", "parley-tip-row");
    r.appendChild(el("span", "parley-tip-key", key + ": "));
    r.appendChild(el("span", "parley-tip-value", value));
    return r;
  }

  /* A tooltip as an Element: vis-network shows Elements as they are and strings via innerText. */
  function tipElement(tip) {
    var box = el("div", "parley-tip");
    box.appendChild(el("div", "parley-tip-head", tip.h));
    (tip.rows || []).forEach(function (kv) { box.appendChild(row(kv[0], kv[1])); });
    (tip.stmts || []).forEach(function (st) {
      var s = el("div", "parley-tip-stmt");
      if (st.s !== null && st.s !== undefined) { s.appendChild(el("div", "parley-tip-sentence", "\u201c" + st.s + "\u201d")); }
      var meta = (st.meta || []).map(function (kv) { return kv[0] + ": " + kv[1]; }).join(" \u00b7 ");
      s.appendChild(el("div", "parley-tip-meta", meta));
      box.appendChild(s);
    });
    if (tip.more) { box.appendChild(el("div", "parley-tip-more", "\u2026 and " + tip.more + " more statements")); }
    return box;
  }

  data.nodes.forEach(function (n) { n.title = tipElement(n.tip); delete n.tip; });
  data.edges.forEach(function (e) { e.title = tipElement(e.tip); delete e.tip; });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !state.hiddenLabels[n.plabel]; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return !state.hiddenTypes[e.ptype]; } });
  var container = document.getElementById("parley-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  var status = document.getElementById("parley-status");

  function ready() {
    if (state.ready) { return; }
    if (!data.physics) { network.setOptions({ physics: { enabled: false } }); }
    network.fit({ animation: false });
    state.ready = true;
    status.textContent = "ready";
  }
  network.on("stabilizationProgress", function (p) {
    status.textContent = "laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", ready);
  network.once("stabilized", ready);

  /* legend checkboxes: hide or show nodes of a label, edges of a relationship type */
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#parley-panel input[type=checkbox]"));
  boxes.forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.dataset.filterLabel) {
        state.hiddenLabels[box.dataset.filterLabel] = !box.checked;
        nodeView.refresh();
      } else {
        state.hiddenTypes[box.dataset.filterType] = !box.checked;
        edgeView.refresh();
      }
    });
  });
  document.getElementById("parley-all").addEventListener("click", function () {
    boxes.forEach(function (box) { box.checked = true; });
    state.hiddenLabels = {};
    state.hiddenTypes = {};
    nodeView.refresh();
    edgeView.refresh();
  });
  document.getElementById("parley-fit").addEventListener("click", function () { network.fit(); });

  /* search: every name and alias, case-insensitive, focuses and selects the node */
  var byName = {};
  var list = document.getElementById("parley-names");
  data.nodes.forEach(function (n) {
    (n.pnames || []).forEach(function (name) {
      var k = name.toLowerCase();
      if (!(k in byName)) {
        byName[k] = n.id;
        var opt = document.createElement("option");
        opt.value = name;
        list.appendChild(opt);
      }
    });
  });
  var search = document.getElementById("parley-search");
  function find() {
    var id = byName[search.value.trim().toLowerCase()];
    if (id === undefined || !nodeView.get(id)) { return; }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { find(); } });

  window.parleyView = { network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, state: state };
})();
