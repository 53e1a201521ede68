// The document page's "Add a fact the extractor missed" form: words selected in the text fill its
// passage (and, where they occur more than once, where the selection starts, as a character offset
// counted in code points as the server counts them). Without this script the passage is pasted.
(function () {
  "use strict";
  var text = document.getElementById("document-text");
  var passage = document.getElementById("add-passage");
  var start = document.getElementById("add-start");
  var form = document.getElementById("add-fact");
  if (!text || !passage || !start || !form) {
    return;
  }
  function chosen() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
      return;
    }
    var words = selection.toString();
    if (!words.trim()) {
      return;
    }
    passage.value = words;
    var whole = text.textContent;
    var before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var at = Array.from(before.toString()).length;
    start.value = whole.indexOf(words) !== whole.lastIndexOf(words) ? String(at) : "";
    form.open = true;
  }
  text.addEventListener("mouseup", chosen);
  text.addEventListener("keyup", chosen);
}());
