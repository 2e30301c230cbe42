/**
 * SVG as a small tree of plain data: the report's charts are drawn once (./chart-svg.ts) and then either
 * created as React elements by the print layout or serialised here for the HTML export. Text stays text nodes,
 * escaped on the way out, so a series or incident name can never become markup.
 */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children: (SvgNode | string)[];
}

export const el = (tag: string, attrs: Record<string, string | number>, ...children: (SvgNode | string)[]): SvgNode => ({ tag, attrs, children });

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const TAG = /^[a-zA-Z][a-zA-Z0-9]*$/;
const ATTR = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

export function svgToString(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  if (!TAG.test(node.tag)) throw new Error(`bad SVG tag ${node.tag}`);
  const attrs = Object.entries(node.attrs)
    .filter(([k]) => ATTR.test(k))
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(svgToString).join('')}</${node.tag}>`;
}
