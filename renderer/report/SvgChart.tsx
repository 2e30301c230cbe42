import { createElement, type ReactNode } from 'react';
import { chartSvg } from '../../models/report/chart-svg';
import type { ReportChart } from '../../models/report/report-model';
import type { SvgNode } from '../../models/report/svg-node';

/** SVG attribute names as React spells them: stroke-width → strokeWidth; aria-* and data-* stay as they are. */
function reactProps(attrs: SvgNode['attrs'], key: number): Record<string, string | number> {
  const props: Record<string, string | number> = { key };
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') props['className'] = v;
    else if (k.startsWith('aria-') || k.startsWith('data-') || k === 'xmlns') props[k] = v;
    else props[k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
  }
  return props;
}

function toReact(node: SvgNode | string, key: number): ReactNode {
  if (typeof node === 'string') return node;
  return createElement(node.tag, reactProps(node.attrs, key), ...node.children.map((c, i) => toReact(c, i)));
}

/** A report chart as vector SVG, drawn by the same code as the HTML export: fixed size, scaled by its viewBox. */
export function SvgChart({ chart }: { chart: ReportChart }) {
  return <>{toReact(chartSvg(chart), 0)}</>;
}
