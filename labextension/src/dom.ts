/** Small DOM helpers shared by the panel's views. */

/** Create an element with classes, text and attributes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
  attrs: { [name: string]: string } = {}
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text) {
    node.textContent = text;
  }
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, value);
  }
  return node;
}

/** A themed button. */
export function button(label: string, className: string, onClick: () => void, title = ''): HTMLButtonElement {
  const node = h('button', `aiser-Button ${className}`, label, { type: 'button', title: title || label });
  node.addEventListener('click', onClick);
  return node;
}

/** An error line: the stable code, then the sentence that names the fix. */
export function errorLine(code: string, message: string, className = 'aiser-Turn-error'): HTMLElement {
  const box = h('div', className, '', { role: 'alert' });
  box.append(h('code', 'aiser-Turn-code', code), h('span', '', ` ${message}`));
  return box;
}
