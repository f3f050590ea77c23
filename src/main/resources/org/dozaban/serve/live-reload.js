// Injected by 'dozaban serve' into the pages it serves; never part of a built site.
// Reloads the page after each good build and shows the errors of a broken one over it.
(function () {
  "use strict";
  var script = document.currentScript;
  var build = script.getAttribute("data-build");
  // the page's own file in the site, absent on a page shown for a missing one
  var file = script.getAttribute("data-file");
  var overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(text) {
    if (!overlay) {
      overlay = document.createElement("section");
      overlay.id = "dozaban-errors";
      overlay.setAttribute("role", "alert");
      overlay.setAttribute("lang", "en");
      overlay.setAttribute("dir", "ltr");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
        "padding:1.5rem;background:#1b1a18;color:#fbfaf7;font:14px/1.5 ui-monospace,monospace;text-align:left";
      var heading = document.createElement("h2");
      heading.style.cssText = "margin:0 0 1rem;font:bold 16px/1.4 system-ui,sans-serif;color:#f2867a";
      heading.textContent = "The build failed. This page is from the last good build; it reloads when the errors are fixed.";
      var list = document.createElement("pre");
      list.style.cssText = "margin:0;white-space:pre-wrap;font:inherit";
      overlay.appendChild(heading);
      overlay.appendChild(list);
      document.body.appendChild(overlay);
    }
    // textContent, never innerHTML: messages quote the author's text as it is
    overlay.lastChild.textContent = text;
  }

  var events = new EventSource("/_dozaban/events");
  // the build's id; after a build, then the id of the one before and the files it changed ("*" for all,
  // "search/" for the search index, which a page that has loaded some of it reloads for)
  events.addEventListener("built", function (event) {
    var lines = event.data.split("\n");
    var changes = lines.slice(2);
    if (lines[0] === build) {
      hide();
    } else if (lines.length > 1 && lines[1] === build && file !== null
        && changes.indexOf("*") < 0 && changes.indexOf(file) < 0
        && !(changes.indexOf("search/") >= 0 && document.querySelector('script[src*="search/"]'))) {
      // a build that left this page as it is
      build = lines[0];
      hide();
    } else {
      location.reload();
    }
  });
  events.addEventListener("broken", function (event) {
    show(event.data);
  });
})();
