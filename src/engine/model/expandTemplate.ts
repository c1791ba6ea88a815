/** The members of each dimension a template may range over: `{sector: ["industrial", ...], ...}`. */
export type DimensionMembers = Readonly<Record<string, readonly string[]>>;

const placeholder = /<(\w+)>/g;

/**
 * Every concrete id a template stands for, with the member each placeholder took:
 * `providers_<region>_<kind>` gives one id per region and kind.
 *
 * @param template an id, with placeholders such as `<sector>`
 * @param members the dimensions' members
 * @throws Error for a placeholder that names no dimension
 * @example expandId("adoption_<sector>", {sector: ["finance", "government"]}) // [{id: "adoption_finance", bindings: {sector: "finance"}}, ...]
 */
export function expandId(template: string, members: DimensionMembers): Array<{id: string; bindings: Record<string, string>}> {
  const names = [...new Set([...template.matchAll(placeholder)].map((m) => m[1]))];
  return combinations(names, members, template).map((bindings) => ({id: substitute(template, bindings), bindings}));
}

/**
 * An equation's text for one set of bindings: its placeholders replaced by their members, and
 * each `sum(...)` expanded over the placeholders its body holds that the bindings do not fix
 * (`sum(market_<sector>_bn_rmb)` becomes `(market_industrial_bn_rmb + ...)`). A placeholder
 * outside any sum must be bound.
 *
 * @param text the equation template
 * @param bindings the members of the defined id's placeholders
 * @param members the dimensions' members
 * @param where the equation, for the error message
 * @throws Error for an unbound placeholder outside a sum, a sum over nothing, or unbalanced parentheses
 * @example expandExpression("sum(x_<kind>) * a_<region>", {region: "beijing"}, {kind: ["general", "industry"]}, "e") // "((x_general) + (x_industry)) * a_beijing"
 */
export function expandExpression(text: string, bindings: Record<string, string>, members: DimensionMembers, where: string): string {
  return expandSums(substitute(text, bindings), members, where);
}

function expandSums(text: string, members: DimensionMembers, where: string): string {
  let result = "";
  let from = 0;
  for (;;) {
    const start = text.slice(from).search(/\bsum\(/);
    if (start < 0) {
      result += bound(text.slice(from), where);
      return result;
    }
    const open = from + start + 3;
    const close = matchingParenthesis(text, open, where);
    result += bound(text.slice(from, from + start), where);
    const body = text.slice(open + 1, close);
    const own = [...new Set([...withoutSums(body).matchAll(placeholder)].map((m) => m[1]))];
    if (own.length === 0) throw new Error(`model: ${where}: sum(${body}) ranges over no dimension: write a placeholder such as <sector> inside it`);
    // Each term in parentheses: a body such as `a > 0 ? b : 0` must not run into the next term.
    const terms = combinations(own, members, where).map((c) => `(${expandSums(substitute(body, c), members, where)})`);
    result += `(${terms.join(" + ")})`;
    from = close + 1;
  }
}

function bound(text: string, where: string): string {
  const loose = text.match(placeholder);
  if (loose) throw new Error(`model: ${where}: ${loose[0]} is neither in the defined id nor inside sum()`);
  return text;
}

function matchingParenthesis(text: string, open: number, where: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  throw new Error(`model: ${where}: unbalanced parentheses`);
}

/** The text with the bodies of nested sums blanked, so only a sum's own placeholders are seen. */
function withoutSums(text: string): string {
  let result = text;
  for (let start = result.search(/\bsum\(/); start >= 0; start = result.search(/\bsum\(/)) {
    const close = matchingParenthesis(result, start + 3, "sum");
    result = result.slice(0, start) + result.slice(close + 1);
  }
  return result;
}

function substitute(text: string, bindings: Record<string, string>): string {
  return text.replace(placeholder, (whole, name: string) => bindings[name] ?? whole);
}

function combinations(names: string[], members: DimensionMembers, where: string): Array<Record<string, string>> {
  let result: Array<Record<string, string>> = [{}];
  for (const name of names) {
    const list = members[name];
    if (!list) throw new Error(`model: ${where}: <${name}> names no dimension; dimensions are ${Object.keys(members).join(", ")}`);
    result = result.flatMap((c) => list.map((m) => ({...c, [name]: m})));
  }
  return result;
}
