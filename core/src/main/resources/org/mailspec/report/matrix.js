(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.r"));
  var heads = Array.prototype.slice.call(document.querySelectorAll("tr.sh"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("tbody.grp"));
  var q = document.getElementById("q"), rfc = document.getElementById("rfc"), change = document.getElementById("change");
  var differs = document.getElementById("f-differs"), bad = document.getElementById("f-bad");
  var shown = document.getElementById("shown"), empty = document.getElementById("empty");
  var filters = document.getElementById("filters");
  var levels = Array.prototype.slice.call(document.querySelectorAll("button.lv"));
  var protos = Array.prototype.slice.call(document.querySelectorAll("button.pr"));
  var deltas = Array.prototype.slice.call(document.querySelectorAll("[data-change-only]"));
  function onFor(chips, attr, value) {
    for (var i = 0; i < chips.length; i++) if (chips[i].getAttribute(attr) === value) return chips[i].classList.contains("on");
    return true;
  }
  function apply() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean), r = rfc.value, ch = change ? change.value : "";
    var n = 0, secs = {};
    rows.forEach(function (row) {
      var d = row.dataset;
      var ok = (!differs.checked || d.differs === "1")
        && (!bad.checked || d.bad === "1")
        && onFor(levels, "data-level", d.level)
        && onFor(protos, "data-proto", d.proto)
        && (!r || d.rfc.split(" ").indexOf(r) >= 0)
        && (!ch || (ch === "*" ? d.change !== "" : d.change === ch))
        && words.every(function (w) { return d.text.indexOf(w) >= 0; });
      row.hidden = !ok;
      var detail = row.nextElementSibling;
      if (!ok && detail) detail.hidden = true;
      if (ok) { n++; secs[d.sec] = true; }
    });
    heads.forEach(function (h) { h.hidden = !secs[h.dataset.sec]; });
    groups.forEach(function (g) { g.hidden = !g.querySelector("tr.r:not([hidden])"); });
    shown.textContent = n === rows.length ? "all " + n + " shown" : n + " of " + rows.length + " shown";
    empty.hidden = n > 0;
    deltas.forEach(function (b) { b.classList.toggle("on", !!change && change.value === b.dataset.changeOnly); });
  }
  function chipToggles(chips) {
    chips.forEach(function (c) {
      c.addEventListener("click", function () {
        c.classList.toggle("on");
        c.setAttribute("aria-pressed", c.classList.contains("on"));
        apply();
      });
    });
  }
  chipToggles(levels);
  chipToggles(protos);
  deltas.forEach(function (b) {
    b.addEventListener("click", function () {
      if (!change) return;
      change.value = change.value === b.dataset.changeOnly ? "" : b.dataset.changeOnly;
      differs.checked = false;
      apply();
      document.getElementById("scenarios").scrollIntoView({ behavior: "smooth" });
    });
  });
  rows.forEach(function (row) {
    function toggle(e) {
      if (e.target.closest("a")) return;
      var detail = row.nextElementSibling;
      if (detail && detail.classList.contains("d")) detail.hidden = !detail.hidden;
    }
    row.addEventListener("click", toggle);
    row.addEventListener("keydown", function (e) { if (e.key === "Enter") toggle(e); });
  });
  [q].forEach(function (el) { el.addEventListener("input", apply); });
  [differs, bad, rfc].concat(change ? [change] : []).forEach(function (el) { el.addEventListener("change", apply); });
  function stick() { document.documentElement.style.setProperty("--fh", filters.offsetHeight + "px"); }
  window.addEventListener("resize", stick);
  stick();
  apply();
})();
