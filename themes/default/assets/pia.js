// pia.js: small enhancements for pages that work without them: the print button, and the filter above a long
// table or list of links (the rows or items that hold every word typed, in any case and with or without accents).
(function () {
  "use strict";

  // fold lowercases and removes accents, so "clientgegevens" finds "cliëntgegevens".
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function filter(box) {
    var target = document.getElementById(box.getAttribute("data-pia-filter"));
    var field = box.querySelector("input");
    var status = box.querySelector("[role=status]");
    if (!target || !field || !status) return;
    // A table's rows, or a list's items.
    var rows = target.tBodies ? (target.tBodies.length ? target.tBodies[0].rows : []) : target.children;
    var texts = null; // the folded text of each row, read at the first search
    box.hidden = false;
    field.addEventListener("input", function () {
      var terms = fold(field.value).split(/\s+/).filter(function (t) { return t.length > 0; });
      if (!texts) {
        texts = [];
        for (var i = 0; i < rows.length; i++) texts.push(fold(rows[i].textContent));
      }
      var shown = 0;
      for (var j = 0; j < rows.length; j++) {
        var hit = terms.every(function (t) { return texts[j].indexOf(t) >= 0; });
        rows[j].hidden = !hit;
        if (hit) shown++;
      }
      if (terms.length === 0) status.textContent = "";
      else if (shown === 0) status.textContent = status.getAttribute("data-geen");
      else status.textContent = status.getAttribute("data-telling").replace("{n}", String(shown));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("[data-pia-afdrukken]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () { window.print(); });
    }
    var boxes = document.querySelectorAll("[data-pia-filter]");
    for (var k = 0; k < boxes.length; k++) filter(boxes[k]);
  });
})();
