// Types of htl (Hypertext Literal), which ships none: tagged templates that return DOM nodes.
declare module "htl" {
  // biome-ignore lint/suspicious/noExplicitAny: the node's type depends on the template (an element, an SVG element, text or a fragment)
  type Rendered = any;
  export function html(strings: TemplateStringsArray, ...values: unknown[]): Rendered;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): Rendered;
}
