// Collects, in one call, what the direction check needs about every block element of the page:
// [css path, tag, own text, computed direction, nearest lang, computed font-family].
// A block's own text leaves out nested blocks (judged on their own) and isolated descendants
// (an element with a dir attribute, or bdi): those declare their own direction. Sectioning
// elements (main, article, nav, header, footer) hold little text of their own, so their text
// takes in nested blocks too, still without the isolated parts.
const BLOCKS = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,td,th,dd,dt,figcaption';
const SECTIONS = 'main,article,nav,header,footer';
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
// Elements that start a new line: their text is kept apart from the text around them.
const BREAKING = BLOCKS + ',' + SECTIONS + ',div,section,aside,ul,ol,dl,table,tr,figure,br,hr';

function isolated(el) {
  return el.hasAttribute('dir') || el.tagName === 'BDI';
}

function ownText(el, withBlocks) {
  let text = '';
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(child.tagName)
          && !isolated(child) && (withBlocks || !child.matches(BLOCKS))) {
        const apart = child.matches(BREAKING) ? ' ' : '';
        text += apart;
        walk(child);
        text += apart;
      }
    }
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}

function nearestLang(el) {
  const holder = el.closest('[lang]');
  return holder ? holder.getAttribute('lang') : '';
}

const root = document.documentElement;
const rootStyle = getComputedStyle(root);
const rows = [['html', 'html', '', rootStyle.direction, root.getAttribute('lang') || '', rootStyle.fontFamily]];
for (const el of document.body.querySelectorAll(BLOCKS + ',' + SECTIONS)) {
  const text = ownText(el, el.matches(SECTIONS));
  const style = getComputedStyle(el);
  rows.push([cssPath(el), el.tagName.toLowerCase(), text, style.direction, nearestLang(el), style.fontFamily]);
}
return rows;
