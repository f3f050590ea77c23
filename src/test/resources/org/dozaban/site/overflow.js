// Measures horizontal overflow of the page: [scrollWidth, clientWidth, culprits]. Culprits are the
// innermost elements whose box, or whose visibly overflowing content, reaches past either edge
// (their ancestors stick out only because of them), the first few in document order, each as
// [css path, left, right].
const doc = document.documentElement;
const width = doc.clientWidth;
let culprits = [];
if (doc.scrollWidth > width) {
  const outside = [...document.body.querySelectorAll('*')].filter(el => {
    const box = el.getBoundingClientRect();
    const spills = el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === 'visible';
    return box.width > 0 && (box.right > width || box.left < 0 || spills);
  });
  culprits = outside.filter(el => !outside.some(other => other !== el && el.contains(other)))
    .slice(0, 3)
    .map(el => {
      const box = el.getBoundingClientRect();
      return [cssPath(el), Math.round(box.left), Math.round(box.right)];
    });
}
return [doc.scrollWidth, width, culprits];
