import leven from "leven";

/**
 * A suggestion for a mistyped name, to put in an error message: the candidates within a few
 * edits (about a third of the name's length), or else those that contain it ("market" for
 * market_bn_rmb); "" when nothing is close. Ends with a space so it reads before the list.
 *
 * @param name what the user typed
 * @param candidates the names that exist
 * @example didYouMean("talnet", ["talent", "regulation"]) // "did you mean talent? "
 */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const known = [...candidates];
  const typed = name.toLowerCase();
  const limit = Math.max(2, Math.floor(typed.length / 3));
  const scored = known.map((c) => ({c, d: leven(typed, c.toLowerCase(), {maxDistance: limit + 1})})).filter((s) => s.d <= limit);
  const best = Math.min(...scored.map((s) => s.d));
  let close = scored.filter((s) => s.d === best).map((s) => s.c);
  if (close.length === 0 && typed.length >= 3) close = known.filter((c) => c.toLowerCase().includes(typed));
  if (close.length === 0 || close.length > 3) return "";
  return `did you mean ${close.slice(0, -1).join(", ")}${close.length > 1 ? " or " : ""}${close[close.length - 1]}? `;
}
