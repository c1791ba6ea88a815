// The site's first script, inlined in every page's <head> by observablehq.config.ts (so it runs
// before anything is drawn, and must not import anything): it picks the language and sets <html
// lang>, so Chinese is drawn with Chinese glyph forms from the first paint; keeps the language in
// the URL and remembers it; names the sidebar's pages in it; and wires the 中文 / EN switch.

/**
 * @param {{path: string, storageKey: string, names: Record<string, {zh: string, en: string}>, site: {zh: string, en: string}}} options
 *   path: this page's path ("/", "/explorer", ...); names: each page's name by path
 */
export function siteBoot({path, storageKey, names, site}) {
  const url = new URL(location.href);
  const asked = url.searchParams.get("lang");
  /** @type {string | null} */
  let remembered = null;
  try {
    remembered = localStorage.getItem(storageKey);
  } catch {
    // storage can be disabled; the URL still carries the language
  }
  const browser = (navigator.languages?.[0] ?? navigator.language ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
  const lang = asked === "zh" || asked === "en" ? asked : remembered === "zh" || remembered === "en" ? remembered : browser;
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // see above
  }
  if (asked !== lang) {
    url.searchParams.set("lang", lang);
    history.replaceState(history.state, "", url);
  }

  /** A link to `href` in language `to`, keeping the rest of its query. */
  const withLang = (href, to) => {
    const target = new URL(href, location.href);
    target.searchParams.set("lang", to);
    return target.href;
  };
  // Sidebar links are relative to this page; resolved against its path, they give the pages' paths.
  const pathOf = (href) => new URL(href, `http://site${path}`).pathname.replace(/\.html$/, "").replace(/\/index$/, "/") || "/";
  const here = names[path];
  if (here) document.title = `${here[lang]} | ${site[lang]}`;

  document.addEventListener("DOMContentLoaded", () => {
    const home = document.querySelector("#observablehq-sidebar > ol:first-of-type a");
    if (home) home.textContent = site[lang];
    for (const a of /** @type {NodeListOf<HTMLAnchorElement>} */ (document.querySelectorAll("#observablehq-sidebar a"))) {
      const name = a === home ? null : names[pathOf(a.getAttribute("href") ?? "")];
      if (name) a.textContent = name[lang];
      a.href = withLang(a.href, lang);
    }
    for (const a of /** @type {NodeListOf<HTMLAnchorElement>} */ (document.querySelectorAll(".shapan-lang a[data-lang]"))) {
      const to = a.dataset.lang ?? lang;
      if (to === lang) a.setAttribute("aria-current", "true");
      // The page may change its query later (the explorer keeps its scenario there).
      const follow = () => (a.href = withLang(location.href, to));
      follow();
      a.addEventListener("pointerdown", follow);
      a.addEventListener("focus", follow);
      a.addEventListener("click", follow);
    }
  });
}
