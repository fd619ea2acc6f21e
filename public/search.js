// Offline search for a briefing: the index ships as search-index.js (a plain script, so it
// loads from file:// where fetch() cannot). Every page works without this script; with it,
// the search box in the header appears and filters as you type.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var index = window.BRIEFING_SEARCH;
  if (!form || !index) { return; }
  var root = form.getAttribute("data-root") || "";
  var input = form.querySelector("input");
  var list = form.querySelector("ol");
  form.hidden = false;

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
  }
  var folded = index.map(function (e) { return fold(e.t + " " + e.x); });

  function render(query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length) { return; }
    var shown = 0;
    for (var i = 0; i < index.length && shown < 20; i++) {
      var hay = folded[i];
      if (!terms.every(function (t) { return hay.indexOf(t) !== -1; })) { continue; }
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + index[i].u;
      a.textContent = index[i].t;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = index[i].k;
      li.appendChild(kind);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(a);
      list.appendChild(li);
      shown++;
    }
    if (!shown) {
      var none = document.createElement("li");
      none.textContent = "No matches.";
      list.appendChild(none);
    }
  }

  input.addEventListener("input", function () { render(input.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) { window.location.href = first.href; }
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      var first = list.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === "Escape") {
      input.value = "";
      render("");
    }
  });
  list.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
  });
})();
