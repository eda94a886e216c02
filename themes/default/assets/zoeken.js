// zoeken.js: the static search of a pia site. The index comes from _pia/zoekindex.js (a script that sets
// window.piaZoekindex, loaded before this one), which also works when the site is opened from disk, where
// browsers block fetch(). When that script is missing, the JSON index is fetched. All texts come from data
// attributes that the page sets in its own language; results are built with textContent, never as HTML.
(function () {
  "use strict";

  // fold lowercases and removes accents, so "clientgegevens" finds "cliëntgegevens".
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function terms(q) {
    return fold(q).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  // score ranks a document: every term must occur; a match in the title weighs most.
  function score(doc, ts) {
    var total = 0;
    for (var i = 0; i < ts.length; i++) {
      var t = ts[i], s = 0;
      if (doc._titel.indexOf(t) >= 0) s += 10;
      if (doc._samenvatting.indexOf(t) >= 0) s += 4;
      if (doc._tekst.indexOf(t) >= 0) s += 1;
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }

  // excerpt returns the summary when it has a term, else about 200 characters of text around the first match,
  // cut at spaces. Folding keeps the length of the text, so positions in the folded text hold in the original.
  function excerpt(doc, ts) {
    var text = doc.tekst || "", folded = doc._tekst, at = -1;
    for (var i = 0; i < ts.length; i++) {
      if (doc.samenvatting && doc._samenvatting.indexOf(ts[i]) >= 0) return doc.samenvatting;
    }
    for (var j = 0; j < ts.length && at < 0; j++) at = folded.indexOf(ts[j]);
    if (at < 0) return doc.samenvatting || text.slice(0, 200);
    var start = Math.max(0, at - 80), end = Math.min(text.length, at + 120);
    if (start > 0) start = text.indexOf(" ", start) + 1;
    if (end < text.length) end = Math.max(at + 1, text.lastIndexOf(" ", end));
    return (start > 0 ? "… " : "") + text.slice(start, end).trim() + (end < text.length ? " …" : "");
  }

  function say(status, key, n, q) {
    status.textContent = (status.getAttribute("data-" + key) || "")
      .replace("{n}", String(n)).replace("{q}", q);
  }

  // perRound is how many results are shown at once: a broad word can match every document of a large site, and
  // thousands of results at once would keep the page busy for seconds while nobody reads past the first ones.
  var perRound = 50;

  function item(root, h, ts) {
    var li = document.createElement("li"), a = document.createElement("a"), p = document.createElement("p");
    var kind = document.createElement("span");
    li.className = "zoekresultaat";
    kind.className = "zoekresultaat__soort";
    kind.textContent = h.doc.soortnaam;
    a.href = root + h.doc.pad;
    a.textContent = h.doc.titel;
    p.textContent = excerpt(h.doc, ts);
    li.appendChild(kind);
    li.appendChild(document.createElement("br"));
    li.appendChild(a);
    li.appendChild(p);
    return li;
  }

  // show lists the best results for q, and lets the button below the list add the next ones; a page without that
  // button (a theme's own layout) gets them all at once.
  function show(index, root, q, status, list, more) {
    list.textContent = "";
    if (more) { more.hidden = true; more.onclick = null; }
    var ts = terms(q);
    if (ts.length === 0) { say(status, "leeg", 0, q); return; }
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], ts);
      if (s > 0) hits.push({ doc: index[i], score: s });
    }
    hits.sort(function (a, b) { return b.score - a.score || (a.doc.pad < b.doc.pad ? -1 : 1); });
    say(status, hits.length === 0 ? "geen" : hits.length === 1 ? "een" : "meer", hits.length, q);
    var shown = 0;
    function next() {
      var end = more ? Math.min(hits.length, shown + perRound) : hits.length, first = null;
      for (; shown < end; shown++) {
        var li = item(root, hits[shown], ts);
        if (!first) first = li;
        list.appendChild(li);
      }
      if (more) {
        var rest = hits.length - shown;
        more.hidden = rest === 0;
        more.textContent = (more.getAttribute("data-tekst") || "").replace("{rest}", String(rest));
      }
      return first;
    }
    next();
    if (more) {
      more.onclick = function () {
        // Keyboard and screen reader users go on at the first new result, not back at the top.
        var first = next();
        if (first) first.querySelector("a").focus();
      };
    }
  }

  function prepare(index) {
    index.forEach(function (d) {
      d._titel = fold(d.titel);
      d._samenvatting = fold(d.samenvatting);
      d._tekst = fold(d.tekst);
    });
    return index;
  }

  function load(status, done) {
    if (Array.isArray(window.piaZoekindex)) { done(prepare(window.piaZoekindex)); return; }
    if (!window.fetch || location.protocol === "file:") { say(status, "fout", 0, ""); return; }
    fetch(status.getAttribute("data-index"))
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (idx) { done(prepare(idx)); })
      .catch(function () { say(status, "fout", 0, ""); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var status = document.getElementById("pia-zoekstatus");
    var list = document.getElementById("pia-zoekresultaten");
    var input = document.getElementById("pia-zoekveld-pagina");
    var more = document.getElementById("pia-zoekmeer");
    if (!status || !list || !input) return;
    var root = (status.getAttribute("data-root") || "").replace(/index\.html$/, "");
    var q = new URLSearchParams(location.search).get("q") || "";
    input.value = q;
    load(status, function (index) {
      show(index, root, q, status, list, more);
      input.form.addEventListener("submit", function (e) {
        // Search in place and keep the address shareable, without a reload.
        e.preventDefault();
        var url = new URL(location.href);
        url.searchParams.set("q", input.value);
        if (location.protocol !== "file:") history.replaceState(null, "", url);
        show(index, root, input.value, status, list, more);
      });
    });
  });
})();
