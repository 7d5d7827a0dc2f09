// govspeech page behaviour: tooltips, outline, table sorting and filtering, CSV.
// Every value from the data island is written with textContent, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gs-data").textContent);
  var rows = data.rows.map(function (values) {
    var row = {};
    data.columns.forEach(function (name, k) { row[name] = values[k]; });
    return row;
  });
  var tip = document.getElementById("gs-tip");
  var ARROWS = { up: "↑ up", down: "↓ down" };

  function num(v) {
    return typeof v === "number" ? String(Number(v.toPrecision(12))) : "";
  }
  function join(parts) {
    return parts.filter(function (p) { return p !== "" && p !== null && p !== undefined; }).join(" ");
  }
  // (label, text) pairs for one indicator; empty texts are left out.
  function fields(r, role) {
    return [
      ["role", role],
      ["name", r.name || ""],
      ["value", r.value === null ? "" : join([r.approximate ? "≈" : "", num(r.value), r.unit])],
      ["scaled", r.scaled_value === null ? "" : join([num(r.scaled_value), r.base_unit])],
      ["change", r.change_value === null && !r.change_kind ? "" :
        join([r.change_kind, ARROWS[r.change_direction] || "", num(r.change_value), r.change_unit])],
      ["base", r.base_value === null && !r.base_period ? "" :
        join([num(r.base_value), r.base_value_unit, r.base_period ? "(" + r.base_period + ")" : ""])],
      ["period", r.period || ""],
      ["interval", r.period_start ? r.period_start + " … " + r.period_end : ""],
      ["status", r.status],
      ["heading", r.heading_path || ""]
    ].filter(function (f) { return f[1]; });
  }

  function showTip(el) {
    var r = rows[Number(el.getAttribute("data-i"))];
    if (!r) { return; }
    var dl = document.createElement("dl");
    fields(r, el.getAttribute("data-role") || "").forEach(function (f) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = f[0];
      dd.textContent = f[1];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    tip.replaceChildren(dl);
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var left = Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = (window.scrollX + Math.max(4, left)) + "px";
    tip.style.top = (window.scrollY + box.bottom + 4) + "px";
  }
  function hideTip() { tip.hidden = true; }
  function markOf(event) {
    return event.target.closest ? event.target.closest("mark[data-i]") : null;
  }
  document.addEventListener("mouseover", function (e) { var m = markOf(e); if (m) { showTip(m); } });
  document.addEventListener("mouseout", function (e) { if (markOf(e)) { hideTip(); } });
  document.addEventListener("focusin", function (e) { var m = markOf(e); if (m) { showTip(m); } });
  document.addEventListener("focusout", function (e) { if (markOf(e)) { hideTip(); } });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hideTip(); } });

  // Outline: expand or collapse every entry; a followed link flashes its node.
  var nav = document.querySelector(".gs-nav");
  nav.addEventListener("click", function (e) {
    var button = e.target.closest("button[data-act]");
    if (button) {
      var open = button.getAttribute("data-act") === "expand";
      nav.querySelectorAll("details").forEach(function (d) { d.open = open; });
      return;
    }
    var link = e.target.closest("a[data-target]");
    var target = link && document.getElementById(link.getAttribute("data-target"));
    if (target) {
      e.preventDefault();
      target.scrollIntoView({ block: "center" });
      history.replaceState(null, "", "#" + target.id);
      target.classList.add("gs-flash");
      setTimeout(function () { target.classList.remove("gs-flash"); }, 1500);
    }
  });

  // Table: sort by a header (click or Enter), filter by status.
  var table = document.querySelector(".gs-table");
  var body = table.tBodies[0];
  var collator = new Intl.Collator("zh-CN");  // one collator: localeCompare builds one per call
  function sortKey(r, key, i) {
    if (key === "i") { return i; }
    if (key === "value") { return r.scaled_value !== null ? r.scaled_value : r.value; }
    return r[key];
  }
  function blank(v) { return v === null || v === undefined || v === ""; }
  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") { return a - b; }
    return collator.compare(String(a), String(b));
  }
  function sortBy(th) {
    var key = th.getAttribute("data-sort");
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    // Decorate once, sort, then move the rows in one go.
    var items = Array.prototype.map.call(body.rows, function (tr) {
      var i = Number(tr.getAttribute("data-i"));
      return { tr: tr, i: i, key: sortKey(rows[i], key, i) };
    });
    items.sort(function (x, y) {
      if (blank(x.key) || blank(y.key)) {  // blanks last in either direction
        return blank(x.key) === blank(y.key) ? x.i - y.i : (blank(x.key) ? 1 : -1);
      }
      var c = compare(x.key, y.key);
      return c === 0 ? x.i - y.i : (c > 0 ? dir : -dir);
    });
    var moved = document.createDocumentFragment();
    items.forEach(function (item) { moved.appendChild(item.tr); });
    body.appendChild(moved);
  }
  table.tHead.addEventListener("click", function (e) {
    var th = e.target.closest("th[data-sort]");
    if (th) { sortBy(th); }
  });
  table.tHead.addEventListener("keydown", function (e) {
    var th = e.target.closest("th[data-sort]");
    if (th && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); sortBy(th); }
  });
  var status = document.getElementById("gs-status");
  var shown = document.getElementById("gs-shown");
  function filter() {
    var want = status.value, count = 0;
    Array.prototype.forEach.call(body.rows, function (tr) {
      tr.hidden = want !== "" && tr.getAttribute("data-status") !== want;
      if (!tr.hidden) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " shown";
  }
  status.addEventListener("change", filter);
  filter();

  // CSV: every indicator of the file, the columns of `govspeech indicators`.
  function cell(v) {
    var s = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csvText() {
    var columns = data.columns;
    var lines = [columns.map(cell).join(",")];
    rows.forEach(function (r) { lines.push(columns.map(function (c) { return cell(r[c]); }).join(",")); });
    return "\ufeff" + lines.join("\r\n") + "\r\n";  // the BOM lets spreadsheet programs read UTF-8
  }
  document.getElementById("gs-csv").addEventListener("click", function () {
    var link = document.createElement("a");
    var base = (data.file || "govspeech").split(/[\\/]/).pop().replace(/\.[^.]*$/, "");
    link.href = URL.createObjectURL(new Blob([csvText()], { type: "text/csv;charset=utf-8" }));
    link.download = base + "-indicators.csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
  });
}());
