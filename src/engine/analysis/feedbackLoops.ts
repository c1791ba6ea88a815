import type {Link} from "../model/block.js";

/** A feedback loop: a cycle of causal links, reinforcing when it has an even number of "-" links. */
export interface FeedbackLoop {
  /** Variables in order around the loop, starting from the first declared of them. */
  variables: string[];
  links: Link[];
  polarity: "reinforcing" | "balancing";
}

/**
 * Feedback loops of a causal-link graph: every elementary cycle, found by depth-first search from
 * each variable over variables declared after it (so each cycle is reported once). Exponential in
 * the worst case, which is fine for a model's few dozen links.
 *
 * @param links causal links (duplicates of a from/to pair are merged, first polarity wins)
 * @returns loops, shortest first
 * @example feedbackLoops([{from: "a", to: "b", polarity: "+"}, {from: "b", to: "a", polarity: "-"}])[0].polarity // "balancing"
 */
export function feedbackLoops(links: Link[]): FeedbackLoop[] {
  const order = new Map<string, number>();
  for (const l of links) for (const v of [l.from, l.to]) if (!order.has(v)) order.set(v, order.size);
  const out = new Map<string, Link[]>();
  for (const l of links) {
    const edges = out.get(l.from) ?? [];
    if (!edges.some((e) => e.to === l.to)) edges.push(l);
    out.set(l.from, edges);
  }
  const loops: FeedbackLoop[] = [];
  for (const [start, rank] of order) {
    const path: Link[] = [];
    const onPath = new Set([start]);
    const visit = (v: string) => {
      for (const edge of out.get(v) ?? []) {
        if (edge.to === start) {
          const cycle = [...path, edge];
          const negatives = cycle.filter((e) => e.polarity === "-").length;
          loops.push({variables: cycle.map((e) => e.from), links: cycle, polarity: negatives % 2 === 0 ? "reinforcing" : "balancing"});
        } else if (order.get(edge.to)! > rank && !onPath.has(edge.to)) {
          onPath.add(edge.to);
          path.push(edge);
          visit(edge.to);
          path.pop();
          onPath.delete(edge.to);
        }
      }
    };
    visit(start);
  }
  return loops.sort((a, b) => a.links.length - b.links.length);
}
