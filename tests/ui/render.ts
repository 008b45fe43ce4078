/** Tiny render helpers for Preact components under happy-dom. */
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh container in document.body; returns it. */
export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(vnode, container);
  });
  return container;
}

/** Unmounts everything mounted so far. */
export function cleanup(): void {
  for (const el of [...document.body.children]) {
    render(null, el);
    el.remove();
  }
}

/** Clicks an element inside act(). */
export function click(el: Element | null): void {
  if (!el) throw new Error('click: element not found');
  act(() => {
    (el as HTMLElement).click();
  });
}

/** Dispatches a keydown inside act(). */
export function key(el: Element | Document, keyName: string): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true }));
  });
}

/** Sets an input's value and fires input + change. */
export function type(el: Element | null, value: string): void {
  if (!el) throw new Error('type: element not found');
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Returns the first element whose trimmed text equals or contains `text`. */
export function byText(root: ParentNode, selector: string, text: string | RegExp): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    const content = el.textContent ?? '';
    if (typeof text === 'string' ? content.includes(text) : text.test(content)) return el;
  }
  return null;
}

/** Waits until `check` passes (re-rendering between tries), or throws its last error. */
export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return check();
    } catch (err) {
      if (Date.now() - start > timeoutMs) throw err;
      await act(async () => {
        await new Promise((r) => setTimeout(r, 10));
      });
    }
  }
}
