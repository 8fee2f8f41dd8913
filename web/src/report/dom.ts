// Elements built from text: every string becomes a text node, never markup, so that what readers wrote can
// be shown as it is.

type Child = Node | string | null | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, attributes: Readonly<Record<string, string | boolean>> = {}, ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== false) element.setAttribute(name, value === true ? '' : value);
  for (const child of children) if (child !== null && child !== false) element.append(child);
  return element;
}
