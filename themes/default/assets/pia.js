// pia.js: small enhancements for pages that work without them: the print button, and the filter above a long
// table or list of links (the rows or items that hold every word typed, in any case and with or without accents).
(function () {
  "use strict";

  // fold lowercases and removes accents, so "clientgegevens" finds "cliëntgegevens".
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // words is the text of a node with the entries of a list apart: a cell that lists "geslacht" and
  // "Burgerservicenummer" does not say "geslachtBurgerservicenummer".
  function words(n) {
    if (n.nodeType === 3) return n.data;
    var s = "";
    for (var c = n.firstChild; c; c = c.nextSibling) s += words(c);
    return n.nodeName === "LI" ? s + " " : s;
  }

  // text is what a row or item says, its cells apart ("midden" and "2 waarschuwingen" do not make "midden2").
  function text(row) {
    if (!row.cells) return words(row);
    var parts = [];
    for (var i = 0; i < row.cells.length; i++) parts.push(words(row.cells[i]));
    return parts.join(" ");
  }

  function filter(box) {
    var target = document.getElementById(box.getAttribute("data-pia-filter"));
    var field = box.querySelector("input");
    var status = box.querySelector("[role=status]");
    if (!target || !field || !status) return;
    // A table's rows, or a list's items.
    var rows = target.tBodies ? (target.tBodies.length ? target.tBodies[0].rows : []) : target.children;
    var texts = null; // the folded text of each row, read at the first search
    var timer = 0;
    box.hidden = false;
    function apply() {
      var typed = field.value.trim();
      var terms = fold(typed).split(/\s+/).filter(function (t) { return t.length > 0; });
      if (!texts) {
        texts = [];
        for (var i = 0; i < rows.length; i++) texts.push(fold(text(rows[i])));
      }
      var shown = 0;
      for (var j = 0; j < rows.length; j++) {
        var hit = terms.every(function (t) { return texts[j].indexOf(t) >= 0; });
        if (rows[j].hidden === hit) rows[j].hidden = !hit; // only rows that change: thousands of rows lay out anew
        if (hit) shown++;
      }
      var say = "";
      if (terms.length > 0) say = shown === 0 ? status.getAttribute("data-geen") : status.getAttribute("data-telling");
      status.textContent = say.replace("{n}", String(shown)).replace("{q}", typed);
    }
    // Wait for a pause in typing: on a table of thousands of rows each change costs a layout of the page, and the
    // status is announced once, not for every key.
    field.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(apply, 200);
    });
  }

  // cards lets a wide table show each row as a card on a small screen, every value under the name of its column,
  // instead of a table that scrolls sideways with most of its columns out of sight: it gives every cell the text of
  // its column's header (pia.css shows it above the value on small screens only) and keeps the roles of the table
  // for screen readers, which some browsers drop when a table is no longer laid out as one. A table of hundreds of
  // rows (the overview of a regional platform) keeps its scrolling and its filter.
  function cards(box) {
    var table = box.querySelector("table");
    if (!table || !table.tHead || !table.tBodies.length) return;
    var heads = table.tHead.rows[0] ? table.tHead.rows[0].cells : [];
    var rows = table.tBodies[0].rows;
    if (heads.length < 4 || rows.length > 300) return;
    var labels = [];
    for (var h = 0; h < heads.length; h++) {
      labels.push(heads[h].textContent.trim());
      heads[h].setAttribute("role", "columnheader");
    }
    table.setAttribute("role", "table");
    table.tHead.setAttribute("role", "rowgroup");
    table.tBodies[0].setAttribute("role", "rowgroup");
    table.tHead.rows[0].setAttribute("role", "row");
    for (var r = 0; r < rows.length; r++) {
      rows[r].setAttribute("role", "row");
      for (var c = 0; c < rows[r].cells.length && c < labels.length; c++) {
        rows[r].cells[c].setAttribute("role", "cell");
        rows[r].cells[c].setAttribute("data-kolom", labels[c]);
      }
    }
    box.classList.add("tabel--kaarten");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var tables = document.querySelectorAll(".tabel");
    for (var t = 0; t < tables.length; t++) cards(tables[t]);
    var buttons = document.querySelectorAll("[data-pia-afdrukken]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () { window.print(); });
    }
    var boxes = document.querySelectorAll("[data-pia-filter]");
    for (var k = 0; k < boxes.length; k++) filter(boxes[k]);
  });
})();
