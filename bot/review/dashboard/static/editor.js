// Card editor: search the documents and put a passage into the first empty source row.
(function () {
  var form = document.getElementById("doc-search-form");
  var list = document.getElementById("doc-hits");
  if (!form || !list || !window.fetch) return;
  form.removeAttribute("target");
  function firstEmptyRow() {
    var rows = document.querySelectorAll(".source-row");
    for (var i = 0; i < rows.length; i++) {
      var quote = rows[i].querySelector("textarea");
      if (!quote.value.trim()) return rows[i];
    }
    return rows[rows.length - 1];
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = document.getElementById("doc-q").value;
    fetch("/documents?format=json&q=" + encodeURIComponent(q), {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        list.textContent = "";
        if (!data.hits.length) {
          var li = document.createElement("li"); li.textContent = "No passage contains every word."; list.appendChild(li); return;
        }
        data.hits.forEach(function (h) {
          var li = document.createElement("li");
          var code = document.createElement("code"); code.textContent = h.document;
          var quote = document.createElement("blockquote"); quote.textContent = h.quote; quote.lang = "en";
          var use = document.createElement("button"); use.type = "button"; use.className = "small use-quote"; use.textContent = "Use this quotation";
          use.addEventListener("click", function () {
            var row = firstEmptyRow();
            row.querySelector("select").value = h.document;
            row.querySelector("textarea").value = h.quote;
            row.scrollIntoView({block: "center"});
          });
          li.appendChild(code); li.appendChild(quote); li.appendChild(use); list.appendChild(li);
        });
      });
  });
})();
