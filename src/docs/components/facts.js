// The seed's figures as cards: value, label in both languages, date and source.
import {html} from "htl";
import {unitLabel} from "./engine/index.js";
import {formatValue} from "./charts.js";

export function factCards(data) {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return html`<div class="grid grid-cols-4">${data.facts.map((fact) => {
    const source = sources.get(fact.source);
    return html`<div class="card shapan-fact" data-fact=${fact.id} title=${fact.quote}>
      <h2>${fact.label.en}</h2>
      <h3>${fact.label.zh}</h3>
      <span class="big">${formatValue(fact.value)}</span> <span class="shapan-muted">${unitLabel(fact.unit)}</span>
      <div class="shapan-muted">${fact.when} · source <a href=${`./sources#source-${fact.source}`} title=${source?.title ?? ""}>${fact.source}</a></div>
    </div>`;
  })}</div>`;
}
