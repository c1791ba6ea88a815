// The declared lever signs on the method page: each lever's expected effect on each headline
// output (data/signs.json) with its reasoning in the reader's language, and under each sign what
// the model shows (the build's check, data/signs.json.ts).
import {html} from "htl";
import {dataText, formatPercent, pick, t} from "./i18n.js";
import {table} from "./tables.js";

/** @typedef {{lever: string, output: string, year: number, declared: string, point: string, draws: Record<string, number>, agreement: number | null, holds: boolean}} Check */

const code = (/** @type {string} */ s) => html`<code>${s}</code>`;
const symbol = (/** @type {string} */ s) => (s === "ambiguous" ? t("signs.ambiguous") : s === "mixed" ? t("signs.mixed") : s === "-" ? "−" : s);
const share = (/** @type {number} */ x) => formatPercent(x, {digits: 0});
const contradicted = (/** @type {Check} */ c) => !c.holds;

/**
 * One year's sign: declared, the sweep at the calibrated point, and the draws' agreement (for an
 * ambiguous sign, how the draws split).
 *
 * @param {Check} c
 * @param {number} draws how many posterior draws the check ran
 */
function signCell(c, draws) {
  const among = draws === 0 ? null : c.agreement !== null ? t("signs.agree", share(c.agreement)) : t("signs.split", share(c.draws["+"] / draws), share(c.draws["-"] / draws));
  return html`<strong class=${contradicted(c) ? "shapan-bad" : ""}>${symbol(c.declared)}</strong><br><small>${t("signs.model", symbol(c.point))}${among ? html`<br>${among}` : ""}${
    contradicted(c) ? html`<br><span class="shapan-bad">${t("signs.contradicted")}</span>` : ""
  }</small>`;
}

/**
 * The sign table: one row per lever and headline output, a column per declared year, the reasoning.
 *
 * @param {import("./engine.js").SignDeclarations} declarations data/signs.json
 * @param {{draws: number, note?: string, cells: Check[]}} check the build's check
 * @param {import("./engine.js").Engine} engine for the levers' and outputs' labels
 */
export function signTable(declarations, check, engine) {
  const levers = new Map(engine.data.levers.map((l) => [l.id, l]));
  const outputs = new Map(engine.outputs.map((o) => [o.id, o]));
  const cells = new Map(check.cells.map((c) => [`${c.lever}>${c.output}>${c.year}`, c]));
  return html`${check.note ? html`<p class="shapan-muted">${t("method.signsNoDraws", dataText(check.note))}</p>` : ""}${table(
    declarations.signs,
    [
      {label: t("table.lever"), value: (d) => html`${pick(levers.get(d.lever)?.label, d.lever)}<br>${code(d.lever)}`},
      {label: t("table.output"), value: (d) => pick(outputs.get(d.output)?.label, d.output)},
      ...declarations.years.map((year) => ({label: String(year), value: (d) => signCell(/** @type {Check} */ (cells.get(`${d.lever}>${d.output}>${year}`)), check.draws)})),
      {
        label: t("table.reasoning"),
        value: (d) => html`${pick(d.reason)}${d.depends ? html`<br><small>${t("signs.dependsOn")} ${d.depends.flatMap((id, i) => (i ? [", ", code(id)] : [code(id)]))}</small>` : ""}`,
        className: "shapan-wide"
      }
    ],
    {id: "sign-table", label: t("method.signsTable")}
  )}`;
}

/**
 * The net statements: where a lever's costs and benefits meet, the sign of its whole-range effect
 * (value at max minus value at min) per year, declared and as the model shows it.
 *
 * @param {import("./engine.js").SignDeclarations} declarations data/signs.json
 * @param {{net: Check[]}} check the build's check
 * @param {import("./engine.js").Engine} engine for the levers' and outputs' labels
 */
export function netSigns(declarations, check, engine) {
  const lever = (/** @type {string} */ id) => pick(engine.data.levers.find((l) => l.id === id)?.label, id);
  const output = (/** @type {string} */ id) => pick(engine.outputs.find((o) => o.id === id)?.label, id);
  return html`<ul>${declarations.net.map((n) => {
    const years = check.net.filter((c) => c.lever === n.lever && c.output === n.output);
    return html`<li><strong>${lever(n.lever)} → ${output(n.output)}</strong> (${years.map(
      (c, i) =>
        html`${i ? "; " : ""}${c.year}: <strong class=${contradicted(c) ? "shapan-bad" : ""}>${symbol(c.declared)}</strong> <small>${t("signs.model", symbol(c.point))}${c.agreement !== null ? html`, ${t("signs.agree", share(c.agreement))}` : ""}</small>`
    )}): ${pick(n.statement)}</li>`;
  })}</ul>`;
}
