// What the phone tests measure on a page: its width, text under 12 px and targets under 24 px.

/// What a phone reader would trip over on the page as it is: the page's width, text under
/// 12 px and controls under 24 × 24 px that are on show.
export const measure = () => {
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    return !el.closest('[hidden], details:not([open]) > :not(summary), .visually-hidden, .sr-only');
  };
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
  const small = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    if (!shown(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width === 0) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    // An SVG's text is drawn at its font size times the drawing's scale.
    const svg = el.closest('svg');
    const scale = svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
    const drawn = svg ? size * Math.min(scale, svg.viewBox.baseVal.height ? svg.getBoundingClientRect().height / svg.viewBox.baseVal.height : scale) : size;
    if (drawn < 11.95) small.push(`${name(el)} ${drawn.toFixed(1)}px`);
  }
  const tiny = [];
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')) {
    if (!shown(el)) continue;
    // A link inside running text is exempt from WCAG 2.2's target size, as the rule says.
    if (el.tagName === 'A' && el.closest('p, blockquote') && !el.matches('.button')) continue;
    let r = el.getBoundingClientRect();
    // A checkbox or radio's target is its label.
    if (el.matches('input[type=checkbox], input[type=radio]') && el.labels?.[0]) {
      const l = el.labels[0].getBoundingClientRect();
      r = { width: Math.max(r.width, l.width), height: Math.max(r.height, l.height) };
    }
    if (r.width < 23.5 || r.height < 23.5) tiny.push(`${name(el)} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
  }
  return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, small: [...new Set(small)], tiny: [...new Set(tiny)] };
};

