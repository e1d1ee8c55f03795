"""The static parts of an exported dashboard page: its style and its one small script.

Kept apart from :mod:`.export` so the logic reads without a wall of CSS. Nothing
here is formatted with user data: the data travels as one escaped JSON block.
"""

from __future__ import annotations

CSS = """
:root { color-scheme: light; --ink:#1f2328; --muted:#59636e; --line:#d8dee4; --bg:#f6f8fa; --card:#fff; --accent:#4C78A8; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin:0; background:var(--bg); color:var(--ink);
       font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif; }
header.top { padding:20px 28px 8px; }
header.top h1 { margin:0; font-size:24px; font-weight:650; letter-spacing:-.01em; }
header.top .meta { color:var(--muted); font-size:12px; margin-top:2px; }
form.filters { display:flex; flex-wrap:wrap; gap:14px; align-items:flex-end; padding:8px 28px 0; }
form.filters label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); gap:3px; }
form.filters select { font:inherit; padding:5px 8px; border:1px solid var(--line); border-radius:6px;
                      background:var(--card); color:var(--ink); min-width:150px; }
p.notice { margin:8px 28px 0; color:var(--muted); font-size:12px; }
p.basis { margin:0 0 6px; color:var(--muted); font-size:12px; }
main.grid { display:grid; grid-template-columns:repeat(12,minmax(0,1fr)); gap:16px; padding:16px 28px 32px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:14px 16px 10px;
        min-width:0; box-shadow:0 1px 2px rgba(31,35,40,.04); }
.card h2 { margin:0 0 6px; font-size:15px; font-weight:600; }
.card .plot { width:100%; }
.card .empty { display:flex; align-items:center; justify-content:center; color:var(--muted); }
.card details { margin-top:6px; font-size:12px; color:var(--muted); }
.card details summary { cursor:pointer; user-select:none; }
.card pre { margin:6px 0 0; padding:8px 10px; background:var(--bg); border-radius:6px; overflow:auto;
            white-space:pre-wrap; word-break:break-word; font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; color:var(--ink); }
.text { background:transparent; border:0; box-shadow:none; padding:4px 4px 0; }
.text h1,.text h2,.text h3 { margin:.2em 0 .3em; }
.text p { margin:.3em 0; }
.text table { border-collapse:collapse; } .text td,.text th { border:1px solid var(--line); padding:3px 8px; }
footer { color:var(--muted); font-size:11px; padding:0 28px 24px; }
@media (max-width: 820px) { main.grid > * { grid-column: span 12 !important; } }
"""

#: Draws every chart from the JSON block and re-draws on a filter change.
SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("aiser-data").textContent);
  var selected = {};
  function keyOf(chart) {
    return chart.filters.map(function (name) { return name + "=" + (selected[name] || ""); }).join("|");
  }
  function draw() {
    data.charts.forEach(function (chart) {
      var el = document.getElementById(chart.dom);
      var fig = chart.variants[keyOf(chart)];
      var empty = el.nextElementSibling;
      if (!fig) {
        Plotly.purge(el);
        el.hidden = true;
        empty.hidden = false;
        return;
      }
      el.hidden = false;
      empty.hidden = true;
      var layout = Object.assign({}, fig.layout || {}, {height: chart.height, autosize: true});
      Plotly.react(el, fig.data || [], layout, data.config);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("form.filters select"), function (select) {
    select.addEventListener("change", function () {
      selected[select.name] = select.value;
      draw();
    });
  });
  draw();
})();
"""
