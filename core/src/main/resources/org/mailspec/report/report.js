(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("details.sc"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".feature"));
  var q = document.getElementById("q"), tag = document.getElementById("tag");
  var shown = document.getElementById("shown"), empty = document.getElementById("empty");
  var facetEl = document.getElementById("facet");
  var chips = Array.prototype.slice.call(document.querySelectorAll("[data-vf]"));
  var facet = null;
  function on(v) {
    for (var i = 0; i < chips.length; i++) if (chips[i].dataset.vf === v) return chips[i].classList.contains("on");
    return true;
  }
  function apply() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean), t = tag.value, n = 0;
    rows.forEach(function (r) {
      var ok = on(r.dataset.v)
        && (!t || r.dataset.tags.split(" ").indexOf(t) >= 0)
        && (!facet || r.dataset[facet.kind].split(facet.kind === "cmd" ? "\n" : " ").indexOf(facet.value) >= 0)
        && words.every(function (w) { return r.dataset.text.indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) n++;
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector("details.sc:not([hidden])"); });
    shown.textContent = n === rows.length ? "all " + n + " shown" : n + " of " + rows.length + " shown";
    empty.hidden = n > 0;
  }
  function setFacet(kind, value, label) {
    facet = kind ? { kind: kind, value: value } : null;
    facetEl.textContent = "";
    facetEl.hidden = !facet;
    if (facet) {
      facetEl.appendChild(document.createTextNode(label));
      var x = document.createElement("button");
      x.type = "button"; x.textContent = "×"; x.title = "Clear";
      x.addEventListener("click", function () { setFacet(null); });
      facetEl.appendChild(x);
    }
    apply();
  }
  function toScenarios() { document.getElementById("scenarios").scrollIntoView({ behavior: "smooth" }); }
  chips.forEach(function (c) {
    c.addEventListener("click", function () {
      c.classList.toggle("on");
      c.setAttribute("aria-pressed", c.classList.contains("on"));
      apply();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-only]"), function (b) {
    b.addEventListener("click", function () {
      chips.forEach(function (c) {
        var o = c.dataset.vf === b.dataset.only;
        c.classList.toggle("on", o);
        c.setAttribute("aria-pressed", o);
      });
      apply();
      toScenarios();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("tr[data-facet]"), function (tr) {
    function go(e) {
      if (e.target.closest("a")) return;
      setFacet(tr.dataset.facet, tr.dataset.value, tr.dataset.label);
      toScenarios();
    }
    tr.addEventListener("click", go);
    tr.addEventListener("keydown", function (e) { if (e.key === "Enter") go(e); });
  });
  q.addEventListener("input", apply);
  tag.addEventListener("change", apply);
  document.getElementById("open-bad").addEventListener("click", function () {
    rows.forEach(function (r) { if (!r.hidden && r.dataset.v !== "PASS") r.open = true; });
  });
  document.getElementById("close-all").addEventListener("click", function () {
    rows.forEach(function (r) { r.open = false; });
  });
  function openHash() {
    var el = location.hash && document.getElementById(location.hash.slice(1));
    if (el && el.tagName === "DETAILS") { el.hidden = false; el.open = true; el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openHash);
  apply();
  openHash();
})();
