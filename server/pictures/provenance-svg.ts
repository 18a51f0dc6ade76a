// A claim's provenance as a picture an analyst can look at or put in a story: reporting outlets at
// the top, the sources they cite below them, the origins, and the claim at the bottom; denials
// point at the claim in their own colour. Top to bottom because chains are short (a few hops) and
// wide (many outlets repeat a claim): a picture that grows downwards stays readable at 600 px.
// Layout by dagre (layered drawing of directed graphs); this module only measures and paints.
import { Graph, layout } from '@dagrejs/dagre';
import type { ProvenanceSummary } from '../domain/provenance.ts';
import type { ClaimRecord, SourceRecord, StatementRecord } from '../domain/records.ts';

export interface ProvenancePicture {
  claim: ClaimRecord;
  /** ISO date-time the picture is "as known on", or null for everything known. */
  asOf: string | null;
  summary: ProvenanceSummary;
  denials: StatementRecord[];
  /** Every source the chains, origins and denials name. */
  sources: readonly SourceRecord[];
}

/** Colours by source kind, the same as the project's Neo4j Browser style (neo4j/browser/style.grass). */
export const COLORS = {
  Outlet: '#F79767',
  Actor: '#4C8EDA',
  AnonymousSource: '#8E6CB8',
  Claim: '#FFC454',
  citation: '#555555',
  denial: '#C62828',
} as const;

const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';
const FONT_SIZE = 13;
const SMALL = 12;
// DejaVu Sans averages about 0.6 em per character; a little over is fine (boxes get padding).
const charWidth = (size: number) => size * 0.62;
const LINE = 1.3;
const NODE_CHARS = 24;
const CLAIM_CHARS = 40;
const PAD = 10;
const MARGIN = 16;
/** Title and summary lines wrap within this, so that they never widen the picture past 600 px. */
const TEXT_WIDTH = 560;

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** Words in lines of at most `max` characters (a longer word is cut). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let w = word; w; w = w.slice(max)) {
      const part = w.slice(0, max);
      if (!line) line = part;
      else if (line.length + 1 + part.length <= max) line += ` ${part}`;
      else {
        lines.push(line);
        line = part;
      }
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Items joined by `sep` in lines of at most `max` characters (an item is never split). */
function joinWithin(items: readonly string[], sep: string, max: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + sep.length + item.length <= max)
      lines[lines.length - 1] = last + sep + item;
    else lines.push(item);
  }
  return lines;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

interface Box {
  lines: string[];
  /** A smaller line under the name: the kind of source, "anonymous", "denied". */
  note: string;
  fill: string;
  stroke: string;
  dashed: boolean;
  width: number;
  height: number;
  kind: 'source' | 'claim';
}

interface Arrow {
  label: string | null;
  color: string;
  dashed: boolean;
  kind: 'citation' | 'origin' | 'denial';
}

const CLAIM_NODE = '\u0000claim';

function sourceBox(source: SourceRecord | undefined, id: string, role: string): Box {
  const kind = source?.__typename ?? 'Actor';
  const anonymous = kind === 'AnonymousSource';
  const lines = wrap(source?.name ?? id, NODE_CHARS);
  const note = anonymous ? `anonymous · ${role}` : role;
  return measure({
    lines,
    note,
    fill: tint(COLORS[kind]),
    stroke: COLORS[kind],
    dashed: anonymous,
    kind: 'source',
  });
}

function measure(b: Omit<Box, 'width' | 'height'>): Box {
  const longest = Math.max(
    ...b.lines.map((l) => l.length * charWidth(FONT_SIZE)),
    b.note.length * charWidth(SMALL),
  );
  return {
    ...b,
    width: Math.ceil(longest + 2 * PAD),
    height: Math.ceil((b.lines.length * FONT_SIZE + (b.note ? SMALL : 0)) * LINE + 2 * PAD),
  };
}

/** A light version of a colour for a box's fill, so that dark text on it stays readable. */
function tint(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * 0.75);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
}

export function drawProvenance(p: ProvenancePicture): string {
  const byId = new Map(p.sources.map((s) => [s.id, s]));
  const g = new Graph<object, Box, Arrow>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, edgesep: 12, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}) as Arrow);

  const reporting = new Set(p.summary.chains.map((c) => c.sources[0]).filter(Boolean));
  const origins = new Map(p.summary.origins.map((o) => [o.id, o]));
  const deniers = new Set(p.denials.map((d) => d.source));
  const cited = new Set(p.summary.chains.flatMap((c) => c.sources));
  const role = (id: string) =>
    [
      origins.has(id)
        ? 'origin'
        : reporting.has(id)
          ? 'reporting outlet'
          : cited.has(id) && 'cited',
      deniers.has(id) && 'denied',
    ]
      .filter(Boolean)
      .join(' · ');
  const addSource = (id: string) => {
    if (!g.hasNode(id)) g.setNode(id, sourceBox(byId.get(id), id, role(id)));
  };
  const arrow = (from: string, to: string, a: Arrow) => {
    const name = `${a.kind}:${from}>${to}`;
    if (g.hasEdge(from, to, name)) return;
    g.setEdge(from, to, { ...a, ...labelSize(a.label) }, name);
  };

  g.setNode(
    CLAIM_NODE,
    measure({
      lines: wrap(p.claim.text, CLAIM_CHARS),
      note: 'claim',
      fill: tint(COLORS.Claim),
      stroke: '#B8860B',
      dashed: false,
      kind: 'claim',
    }),
  );
  for (const chain of p.summary.chains) {
    chain.sources.forEach(addSource);
    for (const hop of chain.hops) {
      arrow(hop.from, hop.to, {
        label: day(hop.at) && `cites · ${day(hop.at)}`,
        color: COLORS.citation,
        dashed: false,
        kind: 'citation',
      });
    }
  }
  for (const o of p.summary.origins) {
    addSource(o.id);
    arrow(o.id, CLAIM_NODE, {
      label: o.basis.toLowerCase(),
      color: COLORS.citation,
      // CITED: someone cites it for the claim, but no statement of its own is recorded.
      dashed: o.basis === 'CITED',
      kind: 'origin',
    });
  }
  for (const d of p.denials) {
    addSource(d.source);
    g.setNode(d.source, { ...g.node(d.source), stroke: COLORS.denial });
    arrow(d.source, CLAIM_NODE, {
      label: `denied · ${day(d.at)}`,
      color: COLORS.denial,
      dashed: false,
      kind: 'denial',
    });
  }

  layout(g);
  return paint(g, p);
}

function labelSize(label: string | null) {
  return label
    ? { width: Math.ceil(label.length * charWidth(SMALL) + 8), height: SMALL * LINE + 4 }
    : { width: 0, height: 0 };
}

function paint(g: Graph<object, Box, Arrow>, p: ProvenancePicture): string {
  const graph = g.graph() as { width?: number; height?: number };
  // Bold runs about a tenth wider than regular.
  const title = wrap(
    `Provenance: ${p.claim.text}`,
    Math.floor(TEXT_WIDTH / (charWidth(FONT_SIZE) * 1.1)),
  );
  const s = p.summary;
  const facts = [
    `${s.independentOrigins} independent origin${s.independentOrigins === 1 ? '' : 's'}`,
    `${s.reports} report${s.reports === 1 ? '' : 's'}`,
    ...(s.anonymousOnly ? ['anonymous sources only'] : []),
    ...(s.circular ? ['circular'] : []),
    ...(p.denials.length ? [`denied by ${p.denials.length}`] : []),
    p.asOf ? `as known on ${day(p.asOf)}` : null,
  ].filter((f): f is string => Boolean(f));
  const factLines = joinWithin(facts, ' · ', Math.floor(TEXT_WIDTH / charWidth(SMALL)));
  const header = (title.length * FONT_SIZE + factLines.length * SMALL) * LINE + 12;
  const legendHeight = SMALL * LINE + 16;
  const graphWidth = graph.width ?? 0;
  const textWidth = Math.max(
    ...title.map((l) => l.length * charWidth(FONT_SIZE)),
    ...factLines.map((l) => l.length * charWidth(SMALL)),
    LEGEND_WIDTH,
  );
  const width = Math.ceil(Math.max(graphWidth, textWidth) + 2 * MARGIN);
  const height = Math.ceil(header + (graph.height ?? 0) + legendHeight + 2 * MARGIN);
  const ox = MARGIN + (width - 2 * MARGIN - graphWidth) / 2;
  const oy = MARGIN + header;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="${FONT_SIZE}" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(`Provenance of the claim: ${p.claim.text}`)}</title>`,
    '<defs>',
    ...(['citation', 'denial'] as const).map(
      (k) =>
        `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${COLORS[k]}"/></marker>`,
    ),
    '</defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );
  title.forEach((line, i) =>
    out.push(
      `<text class="title" x="${MARGIN}" y="${MARGIN + (i + 1) * FONT_SIZE * LINE}" font-weight="bold">${escapeXml(line)}</text>`,
    ),
  );
  factLines.forEach((line, i) =>
    out.push(
      `<text class="facts" x="${MARGIN}" y="${MARGIN + (title.length * FONT_SIZE + (i + 1) * SMALL) * LINE + 2}" font-size="${SMALL}" fill="#444">${escapeXml(line)}</text>`,
    ),
  );

  out.push(`<g transform="translate(${round(ox)},${round(oy)})">`);
  for (const e of g.edges()) {
    const a = g.edge(e) as Arrow & { points?: { x: number; y: number }[]; x?: number; y?: number };
    const marker = a.kind === 'denial' ? 'denial' : 'citation';
    const d = (a.points ?? []).map((pt, i) => `${i ? 'L' : 'M'}${round(pt.x)},${round(pt.y)}`);
    out.push(
      `<g class="edge ${a.kind}" data-from="${escapeXml(e.v)}" data-to="${escapeXml(e.w === CLAIM_NODE ? 'claim' : e.w)}">`,
      `<path d="${d.join(' ')}" fill="none" stroke="${a.color}" stroke-width="${a.kind === 'denial' ? 2 : 1.5}"${a.dashed ? ' stroke-dasharray="5,4"' : ''} marker-end="url(#arrow-${marker})"/>`,
    );
    if (a.label && a.x !== undefined && a.y !== undefined) {
      out.push(
        `<text x="${round(a.x)}" y="${round(a.y + SMALL * 0.35)}" font-size="${SMALL}" text-anchor="middle" fill="${a.color}" paint-order="stroke" stroke="#ffffff" stroke-width="4">${escapeXml(a.label)}</text>`,
      );
    }
    out.push('</g>');
  }
  for (const id of g.nodes()) {
    const n = g.node(id) as Box & { x: number; y: number };
    const x = n.x - n.width / 2;
    const y = n.y - n.height / 2;
    out.push(
      `<g class="node ${n.kind}" data-id="${escapeXml(id === CLAIM_NODE ? p.claim.id : id)}">`,
      `<rect x="${round(x)}" y="${round(y)}" width="${n.width}" height="${n.height}" rx="6" fill="${n.fill}" stroke="${n.stroke}" stroke-width="2"${n.dashed ? ' stroke-dasharray="6,3"' : ''}/>`,
    );
    n.lines.forEach((line, i) =>
      out.push(
        `<text x="${round(n.x)}" y="${round(y + PAD + (i + 0.8) * FONT_SIZE * LINE)}" text-anchor="middle"${n.kind === 'claim' ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`,
      ),
    );
    if (n.note) {
      out.push(
        `<text class="note" x="${round(n.x)}" y="${round(y + PAD + (n.lines.length * FONT_SIZE + SMALL * 0.8) * LINE)}" text-anchor="middle" font-size="${SMALL}" font-style="italic" fill="${n.stroke === COLORS.denial ? COLORS.denial : '#333'}">${escapeXml(n.note)}</text>`,
      );
    }
    out.push('</g>');
  }
  out.push('</g>');
  out.push(legend(MARGIN, height - MARGIN - SMALL * 0.3));
  out.push('</svg>');
  return out.join('\n');
}

const LEGEND = [
  { label: 'outlet', color: COLORS.Outlet, dashed: false },
  { label: 'named person or body', color: COLORS.Actor, dashed: false },
  { label: 'anonymous', color: COLORS.AnonymousSource, dashed: true },
  { label: 'denial', color: COLORS.denial, dashed: false },
];
const LEGEND_WIDTH = LEGEND.reduce((w, l) => w + 22 + l.label.length * charWidth(SMALL) + 14, 0);

function legend(x0: number, baseline: number): string {
  let x = x0;
  const parts = ['<g class="legend" font-size="12">'];
  for (const l of LEGEND) {
    parts.push(
      `<rect x="${round(x)}" y="${round(baseline - SMALL)}" width="16" height="${SMALL + 2}" rx="3" fill="${tint(l.color)}" stroke="${l.color}" stroke-width="2"${l.dashed ? ' stroke-dasharray="4,2"' : ''}/>`,
      `<text x="${round(x + 22)}" y="${round(baseline)}">${escapeXml(l.label)}</text>`,
    );
    x += 22 + l.label.length * charWidth(SMALL) + 14;
  }
  parts.push('</g>');
  return parts.join('');
}

const round = (n: number) => Math.round(n * 10) / 10;
