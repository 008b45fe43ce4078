/**
 * The one thing Kontext adds to the page itself: the `::highlight()` rules. A constructed
 * stylesheet in `document.adoptedStyleSheets` is preferred (no element in the DOM, not subject
 * to a page's style-src CSP); where a content script cannot adopt sheets (Firefox Xrays), a
 * `<style data-kontext>` element in <head> is used instead.
 */

export const STYLE_ATTR = 'data-kontext-style';

/** Handle to the injected rules. */
export interface PageStyle {
  readonly via: 'adopted' | 'element';
  /** The <style> element when one was inserted (mutation observers must ignore it). */
  readonly element: HTMLStyleElement | null;
  update(css: string): void;
  remove(): void;
}

/** Returns a handle after adding `css` to the document. */
export function injectPageStyle(doc: Document, css: string): PageStyle {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) throw new Error('sheet not adopted');
    return {
      via: 'adopted',
      element: null,
      update: (next) => sheet.replaceSync(next),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    // Adopting failed (content-script sandbox); fall through to a <style> element.
  }
  const el = doc.createElement('style');
  el.setAttribute(STYLE_ATTR, '');
  el.textContent = css;
  (doc.head ?? doc.documentElement).append(el);
  return {
    via: 'element',
    element: el,
    update: (next) => {
      el.textContent = next;
    },
    remove: () => el.remove(),
  };
}
