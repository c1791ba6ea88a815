// The model's causal structure drawn from the blocks' declared links: levers in the first column,
// then one column per subsystem; edges carry their polarity, and hovering a feedback loop in the
// list highlights its links. A link from a lever to a headline output takes its polarity from the
// declared signs (data/signs.json), "±" where they are ambiguous or differ between years.
import {html, svg} from "htl";
import {declaredEquations, feedbackLoops} from "./engine.js";
import {pick, t} from "./i18n.js";
import {tableScroller} from "./page.js";
import {leverUnit} from "./units.js";

/** @type {Record<string, string>} */
const kindColors = {lever: "#E69F00", stock: "#0072B2", flow: "#009E73", auxiliary: "#8A8A8A"};
/** @type {Record<string, string>} */
const polarityColors = {"+": "#0072B2", "-": "#D55E00", "±": "#8A8A8A"};
/** @type {Record<string, string>} */
const polarityText = {"+": "+", "-": "−", "±": "±"};
/** @type {Record<string, string>} */
const polarityMarker = {"+": "plus", "-": "minus", "±": "either"};
// Fiscal cost reads only levers, so it sits left of them and its links stay short.
const columnOrder = ["fiscal", "levers", "quality", "market", "providers", "compute"];

/**
 * Nodes (with kind and column) and links of the model's causal graph.
 *
 * @param {import("./engine.js").Engine} engine
 */
export function causalGraph(engine) {
  const signs = new Map((engine.data.signs?.signs ?? []).map((s) => [`${s.lever}>${s.output}`, s]));
  const links = engine.structure.blocks
    .flatMap((b) => b.links)
    .map((l) => {
      const declared = signs.get(`${l.from}>${l.to}`);
      if (!declared) return {...l, reason: undefined};
      const years = new Set(Object.values(declared.sign));
      return {...l, polarity: years.size === 1 && (years.has("+") || years.has("-")) ? [...years][0] : "±", reason: declared.reason};
    });
  const levers = new Map(engine.data.levers.map((l) => [l.id, l]));
  const outputs = new Map(engine.outputs.map((o) => [/** @type {string} */ (o.id), o]));
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
 * @param {import("./engine.js").Engine} engine
 * @param {{width: number}} options width: available width; the diagram keeps a minimum width and scrolls below it
 */
export function structureDiagram(engine, {width}) {
  const {nodes, links} = causalGraph(engine);
  const columns = [...new Set([...columnOrder, ...nodes.map((n) => n.column)])].filter((c) => nodes.some((n) => n.column === c));
  const W = Math.max(width, 840);
  const columnWidth = (W - 50) / columns.length; // room on the right for same-column arcs
  const boxWidth = columnWidth - 26;
  const rowHeight = 46;
  /** @type {Map<string, ReturnType<typeof causalGraph>["nodes"]>} */
  const byColumn = new Map(columns.map((c) => [c, nodes.filter((n) => n.column === c)]));
  const members = (/** @type {string} */ column) => byColumn.get(column) ?? [];
  const rows = Math.max(...[...byColumn.values()].map((c) => c.length));
  const H = rows * rowHeight + 40;
  const position = new Map();
  const place = (column) => {
    const list = members(column);
    const top = 30 + ((rows - list.length) * rowHeight) / 2;
    list.forEach((n, i) => position.set(n.id, {x: columns.indexOf(column) * columnWidth + 13, y: top + i * rowHeight, node: n}));
  };
  for (const c of columns) place(c);
  // A few barycentre sweeps: each variable moves level with the mean height of its neighbours,
  // which removes most crossings in a graph this small.
  /** @type {Map<string, string[]>} */
  const neighbours = new Map(nodes.map((n) => [n.id, links.filter((l) => l.from === n.id || l.to === n.id).map((l) => (l.from === n.id ? l.to : l.from))]));
  for (let sweep = 0; sweep < 4; sweep++) {
    for (const c of columns) {
      const centre = new Map(
        members(c).map((n) => {
          const ys = (neighbours.get(n.id) ?? []).filter((m) => position.get(m).node.column !== c).map((m) => position.get(m).y);
          return [n.id, ys.length ? ys.reduce((a, b) => a + b) / ys.length : position.get(n.id).y];
        })
      );
      members(c).sort((a, b) => centre.get(a.id) - centre.get(b.id));
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

  const graph = svg`<svg class="shapan-structure" width=${W} height=${H} viewBox="0 0 ${W} ${H}" role="img" aria-label=${t("method.diagram")}>
    <defs>${Object.entries(polarityColors).map(
      ([p, color]) =>
        svg`<marker id=${`arrow${polarityMarker[p]}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill=${color}></path></marker>`
    )}</defs>
    ${columns.map((c, i) => svg`<text x=${i * columnWidth + 13} y="16" font-weight="600" font-size="12" fill="currentColor">${columnLabel(engine, c)}</text>`)}
    <g fill="none">${links.map((l) => {
      const {d} = edge(l);
      return svg`<path class="shapan-edge" data-edge=${`${l.from}>${l.to}`} d=${d} stroke=${polarityColors[l.polarity]} stroke-width="1.3" stroke-opacity="0.65" marker-end=${`url(#arrow${polarityMarker[l.polarity]})`}><title>${l.from} → ${l.to} (${l.polarity})${l.reason ? `: ${pick(l.reason)}` : ""}</title></path>`;
    })}</g>
    ${links.map((l) => {
      const {mx, my} = edge(l);
      return svg`<text x=${mx} y=${my + 4} text-anchor="middle" font-size="12" font-weight="700" fill=${polarityColors[l.polarity]} stroke="var(--theme-background)" stroke-width="3" paint-order="stroke">${polarityText[l.polarity]}</text>`;
    })}
    ${[...position.values()].map(
      ({x, y, node}) => svg`<g class="shapan-node" data-node=${node.id}><title>${node.id}: ${pick(node.label, node.id)} (${t(`kind.${node.kind}`)})</title>
        <rect x=${x} y=${y} width=${boxWidth} height=${boxHeight} rx=${node.kind === "lever" ? 15 : node.kind === "stock" ? 0 : 6} fill="var(--theme-background)" stroke=${kindColors[node.kind]} stroke-width=${node.kind === "stock" ? 2.5 : 1.5}></rect>
        <text x=${x + boxWidth / 2} y=${y + 19} text-anchor="middle" font-size="11" fill="currentColor">${fit(pick(node.label, node.id), boxWidth)}</text></g>`
    )}
  </svg>`;
  // Narrower than the diagram (a phone), it scrolls in its box: say so under it.
  return html`<div>${tableScroller(graph, t("method.diagram"))}${W > width ? html`<p class="shapan-muted">${t("method.diagramScrolls")}</p>` : null}</div>`;
}

/**
 * A column's heading: the levers, or the subsystem's block label.
 *
 * @param {import("./engine.js").Engine} engine
 * @param {string} column
 */
function columnLabel(engine, column) {
  if (column === "levers") return t("method.leversColumn");
  const block = engine.structure.blocks.find((b) => b.id === column);
  return block ? pick(block.label, column) : column;
}

/**
 * Cuts a label to what fits a box at about 6 px a Latin character (CJK characters take two).
 *
 * @param {string} text
 * @param {number} width
 */
function fit(text, width) {
  const max = Math.floor((width - 8) / 6);
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    used += text.charCodeAt(i) > 0x2e80 ? 2 : 1;
    if (used > max) return `${text.slice(0, Math.max(1, i - 1))}…`;
  }
  return text;
}

/** Legend for the diagram: node kinds and link polarity. */
export function structureLegend() {
  return html`<div class="shapan-legend">${Object.entries(kindColors).map(
    ([kind, color]) =>
      html`<span class="shapan-swatch"><svg width="18" height="12" aria-hidden="true"><rect x="1" y="1" width="16" height="10" rx=${kind === "lever" ? 5 : kind === "stock" ? 0 : 2} fill="none" stroke=${color} stroke-width="2"></rect></svg>${t(`kind.${kind}`)}</span>`
  )}${Object.entries(polarityColors).map(
    ([p, color]) =>
      html`<span class="shapan-swatch"><svg width="22" height="10" aria-hidden="true"><line x1="0" x2="22" y1="5" y2="5" stroke=${color} stroke-width="2"></line></svg>${t(p === "+" ? "method.samePolarity" : p === "-" ? "method.oppositePolarity" : "method.eitherPolarity")}</span>`
  )}</div>`;
}

/**
 * The feedback loops as a list; hovering or focusing one highlights its links in the diagram
 * (looked up on the page, since the diagram is redrawn when the width changes).
 *
 * @param {import("./engine.js").Engine} engine
 */
export function loopList(engine) {
  const labels = new Map(causalGraph(engine).nodes.map((n) => [n.id, pick(n.label, n.id)]));
  const loops = feedbackLoops(engine.structure.blocks.flatMap((b) => b.links));
  const highlight = (/** @type {any} */ loop) => {
    const edges = new Set(loop ? loop.links.map((l) => `${l.from}>${l.to}`) : []);
    for (const path of /** @type {NodeListOf<SVGPathElement>} */ (document.querySelectorAll(".shapan-structure .shapan-edge"))) {
      path.classList.toggle("shapan-dim", loop !== null && !edges.has(path.dataset.edge));
      path.classList.toggle("shapan-hot", edges.has(path.dataset.edge));
    }
  };
  return html`<ol class="shapan-loops">${loops.map((loop) => {
    const item = html`<li tabindex="0" data-loop=${loop.variables.join(">")}><strong>${loop.polarity === "balancing" ? "B" : "R"}</strong> ${t("method.loopLabel", t(`method.${loop.polarity}`))}${loop.links.map(
      (l) => html`${labels.get(l.from)} <span class="shapan-polarity">${l.polarity === "-" ? "−" : "+"}→</span> `
    )}${labels.get(loop.variables[0])}</li>`;
    item.addEventListener("mouseenter", () => highlight(loop));
    item.addEventListener("focus", () => highlight(loop));
    item.addEventListener("mouseleave", () => highlight(null));
    item.addEventListener("blur", () => highlight(null));
    return item;
  })}</ol>`;
}

/**
 * Every equation, block by block, as declared (mathjs syntax; `tau` = t - 2023; <sector> and the
 * other placeholders range over the dimensions).
 *
 * @param {import("./engine.js").Engine} engine
 */
export function equationList(engine) {
  return engine.structure.blocks.map(
    (b) => html`<h3 id=${`equations-${b.id}`}>${pick(b.label, b.id)}</h3>
      <div class="shapan-equations">${declaredEquations(b).map(
        (e) =>
          html`<div class="shapan-equation"><code>${e.role === "derivative" ? `d(${e.defines})/dt` : e.role === "initial" ? `${e.defines}(2023)` : e.defines} = ${e.expression}</code> <span class="shapan-muted">[${leverUnit({unit: e.role === "derivative" ? `${e.unit}/year` : e.unit}) || "1"}]</span></div>`
      )}</div>`
  );
}
