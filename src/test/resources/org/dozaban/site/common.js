// Helpers shared by the page scripts; each script is run with this file prepended.

// A CSS selector path to an element, from the nearest ancestor with an id (or <body>).
function cssPath(el) {
  const parts = [];
  for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
    if (e.id) {
      parts.unshift('#' + CSS.escape(e.id));
      break;
    }
    let part = e.tagName.toLowerCase();
    const same = e.parentElement ? [...e.parentElement.children].filter(s => s.tagName === e.tagName) : [];
    if (same.length > 1) {
      part += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
    }
    parts.unshift(part);
  }
  return parts.join(' > ');
}
