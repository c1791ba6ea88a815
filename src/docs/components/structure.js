// The model's causal structure drawn from the blocks' declared links: levers in the first column,
// then one column per subsystem; edges carry their polarity, and hovering a feedback loop in the
// list highlights its links.
import {html, svg} from "htl";
import {declaredEquations, feedbackLoops} from "./engine/index.js";

const kindColors = {lever: "#E69F00", stock: "#0072B2", flow: "#009E73", auxiliary: "#999999"};
const polarityColors = {"+": "#0072B2", "-": "#D55E00"};
// Fiscal cost reads only levers, so it sits left of them and its links stay short.
const columnOrder = ["fiscal", "levers", "quality", "market", "providers", "compute"];

/** Nodes (with kind and column) and links of the model's causal graph. */
export function causalGraph(engine) {
  const links = engine.structure.blocks.flatMap((b) => b.links);
  const levers = new Map(engine.data.levers.map((l) => [l.id, l]));
  const outputs = new Map(engine.outputs.map((o) => [o.id, o]));
  const ids = [...new Set(links.flatMap((l) => [l.from, l.to]))];
  const nodes = ids.map((id) => {
    const lever = levers.get(id);
    const output = outputs.get(id);
    const declared = lever ?? output;
    return {
      id,
      label: declared?.label ?? {en: id, zh: ""},
      kind: lever ? "lever" : (output?.kind ?? "auxiliary"),
      column: lever ? "levers" : (output?.subsystem ?? "other"),
      unit: declared?.unit
    };
  });
  return {nodes, links};
}

/**
 * The structure diagram as SVG.
 *
 * @param engine from createEngine
 * @param options.width available width; the diagram keeps a minimum width and scrolls below it
 */
export function structureDiagram(engine, {width}) {
  const {nodes, links} = causalGraph(engine);
  const columns = [...new Set([...columnOrder, ...nodes.map((n) => n.column)])].filter((c) => nodes.some((n) => n.column === c));
  const W = Math.max(width, 960);
  const columnWidth = (W - 50) / columns.length; // room on the right for same-column arcs
  const boxWidth = columnWidth - 26;
  const rowHeight = 46;
  const byColumn = new Map(columns.map((c) => [c, nodes.filter((n) => n.column === c)]));
  const rows = Math.max(...[...byColumn.values()].map((c) => c.length));
  const H = rows * rowHeight + 40;
  const position = new Map();
  const place = (column) => {
    const list = byColumn.get(column);
    const top = 30 + ((rows - list.length) * rowHeight) / 2;
    list.forEach((n, i) => position.set(n.id, {x: columns.indexOf(column) * columnWidth + 13, y: top + i * rowHeight, node: n}));
  };
  for (const c of columns) place(c);
  // A few barycentre sweeps: each variable moves level with the mean height of its neighbours,
  // which removes most crossings in a graph this small.
  const neighbours = new Map(nodes.map((n) => [n.id, links.filter((l) => l.from === n.id || l.to === n.id).map((l) => (l.from === n.id ? l.to : l.from))]));
  for (let sweep = 0; sweep < 4; sweep++) {
    for (const c of columns) {
      const centre = new Map(
        byColumn.get(c).map((n) => {
          const ys = neighbours
            .get(n.id)
            .filter((m) => position.get(m).node.column !== c)
            .map((m) => position.get(m).y);
          return [n.id, ys.length ? ys.reduce((a, b) => a + b) / ys.length : position.get(n.id).y];
        })
      );
      byColumn.get(c).sort((a, b) => centre.get(a.id) - centre.get(b.id));
      place(c);
    }
  }

  const boxHeight = 30;
  const edge = (l) => {
    const a = position.get(l.from);
    const b = position.get(l.to);
    const ay = a.y + boxHeight / 2;
    const by = b.y + boxHeight / 2;
    let x1, x2, c1, c2;
    if (b.x !== a.x) {
      // Leave from the side facing the target; control points halfway keep the curve an S.
      [x1, x2] = b.x > a.x ? [a.x + boxWidth, b.x] : [a.x, b.x + boxWidth];
      [c1, c2] = [(x1 + x2) / 2, (x1 + x2) / 2];
    } else [x1, x2, c1, c2] = [a.x + boxWidth, b.x + boxWidth, a.x + boxWidth + 40, b.x + boxWidth + 40];
    // Bezier midpoint, where the polarity sits.
    const mx = (x1 + 3 * c1 + 3 * c2 + x2) / 8;
    const my = (ay + 3 * ay + 3 * by + by) / 8;
    return {d: `M${x1},${ay} C${c1},${ay} ${c2},${by} ${x2 - (b.x > a.x ? 4 : -4)},${by}`, mx, my};
  };

  const graph = svg`<svg class="shapan-structure" width=${W} height=${H} viewBox="0 0 ${W} ${H}" role="img" aria-label="Causal structure of the model">
    <defs>${Object.entries(polarityColors).map(
      ([p, color]) =>
        svg`<marker id=${`arrow${p === "+" ? "plus" : "minus"}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill=${color}></path></marker>`
    )}</defs>
    ${columns.map((c, i) => svg`<text x=${i * columnWidth + 13} y="16" font-weight="600" font-size="12" fill="currentColor">${c[0].toUpperCase() + c.slice(1)}</text>`)}
    <g fill="none">${links.map((l) => {
      const {d} = edge(l);
      return svg`<path class="shapan-edge" data-edge=${`${l.from}>${l.to}`} d=${d} stroke=${polarityColors[l.polarity]} stroke-width="1.3" stroke-opacity="0.65" marker-end=${`url(#arrow${l.polarity === "+" ? "plus" : "minus"})`}><title>${l.from} → ${l.to} (${l.polarity})</title></path>`;
    })}</g>
    ${links.map((l) => {
      const {mx, my} = edge(l);
      return svg`<text x=${mx} y=${my + 4} text-anchor="middle" font-size="12" font-weight="700" fill=${polarityColors[l.polarity]} stroke="var(--theme-background)" stroke-width="3" paint-order="stroke">${l.polarity === "-" ? "−" : "+"}</text>`;
    })}
    ${[...position.values()].map(
      ({x, y, node}) => svg`<g class="shapan-node" data-node=${node.id}><title>${node.id}: ${node.label.en} ${node.label.zh} (${node.kind})</title>
        <rect x=${x} y=${y} width=${boxWidth} height=${boxHeight} rx=${node.kind === "lever" ? 15 : node.kind === "stock" ? 0 : 6} fill="var(--theme-background)" stroke=${kindColors[node.kind]} stroke-width=${node.kind === "stock" ? 2.5 : 1.5}></rect>
        <text x=${x + boxWidth / 2} y=${y + 19} text-anchor="middle" font-size="11" fill="currentColor">${fit(node.label.en, boxWidth)}</text></g>`
    )}
  </svg>`;
  return html`<div class="shapan-structure-wrap">${graph}</div>`;
}

/** Cuts a label to what fits a box at about 6 px a character. */
function fit(text, width) {
  const max = Math.floor((width - 8) / 6);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Legend for the diagram: node kinds and link polarity. */
export function structureLegend() {
  return html`<div class="shapan-legend">${Object.entries(kindColors).map(
    ([kind, color]) =>
      html`<span class="shapan-swatch"><svg width="18" height="12"><rect x="1" y="1" width="16" height="10" rx=${kind === "lever" ? 5 : kind === "stock" ? 0 : 2} fill="none" stroke=${color} stroke-width="2"></rect></svg>${kind}</span>`
  )}${Object.entries(polarityColors).map(
    ([p, color]) =>
      html`<span class="shapan-swatch"><svg width="22" height="10"><line x1="0" x2="22" y1="5" y2="5" stroke=${color} stroke-width="2"></line></svg>${p === "+" ? "+ same direction" : "− opposite direction"}</span>`
  )}</div>`;
}

/**
 * The feedback loops as a list; hovering or focusing one highlights its links in the diagram
 * (looked up on the page, since the diagram is redrawn when the width changes).
 */
export function loopList(engine) {
  const labels = new Map(causalGraph(engine).nodes.map((n) => [n.id, n.label.en]));
  const loops = feedbackLoops(engine.structure.blocks.flatMap((b) => b.links));
  const highlight = (loop) => {
    const edges = new Set(loop ? loop.links.map((l) => `${l.from}>${l.to}`) : []);
    for (const path of document.querySelectorAll(".shapan-structure .shapan-edge")) {
      path.classList.toggle("shapan-dim", loop !== null && !edges.has(path.dataset.edge));
      path.classList.toggle("shapan-hot", edges.has(path.dataset.edge));
    }
  };
  return html`<ol class="shapan-loops">${loops.map((loop) => {
    const item = html`<li tabindex="0" data-loop=${loop.variables.join(">")}><strong>${loop.polarity === "balancing" ? "B" : "R"}</strong> ${loop.polarity}: ${loop.links.map(
      (l) => html`${labels.get(l.from)} <span class="shapan-polarity">${l.polarity === "-" ? "−" : "+"}→</span> `
    )}${labels.get(loop.variables[0])}</li>`;
    item.addEventListener("mouseenter", () => highlight(loop));
    item.addEventListener("focus", () => highlight(loop));
    item.addEventListener("mouseleave", () => highlight(null));
    item.addEventListener("blur", () => highlight(null));
    return item;
  })}</ol>`;
}

/** Every equation, block by block, as declared (mathjs syntax; `tau` = t - 2023; <sector> etc. range over the dimensions). */
export function equationList(engine) {
  return engine.structure.blocks.map(
    (b) => html`<h3 id=${`equations-${b.id}`}>${b.label.en} <span class="shapan-zh">${b.label.zh}</span></h3>
      <div class="shapan-equations">${declaredEquations(b).map(
        (e) =>
          html`<div class="shapan-equation"><code>${e.role === "derivative" ? `d(${e.defines})/dt` : e.role === "initial" ? `${e.defines}(2023)` : e.defines} = ${e.expression}</code> <span class="shapan-muted">[${e.unit}${e.role === "derivative" ? "/year" : ""}]</span></div>`
      )}</div>`
  );
}

export const structureStyles = () => html`<style>
.shapan-structure-wrap { overflow-x: auto; max-width: 100%; }
.shapan-structure { font-family: var(--sans-serif); max-width: none; }
.shapan-edge { transition: stroke-opacity 120ms; }
.shapan-edge.shapan-dim { stroke-opacity: 0.08; }
.shapan-edge.shapan-hot { stroke-opacity: 1; stroke-width: 2.5; }
.shapan-loops li { cursor: default; margin: 0.2rem 0; }
.shapan-loops li:hover, .shapan-loops li:focus { background: var(--theme-foreground-faintest); outline: none; }
.shapan-equation { margin: 0.4rem 0; }
.shapan-equation code { white-space: pre-wrap; word-break: break-word; font-size: 12.5px; }
.shapan-muted { color: var(--theme-foreground-muted); font-size: 12px; }
.shapan-polarity { color: var(--theme-foreground-muted); }
</style>`;
