import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {messages as en} from "../../src/docs/components/i18n/en.js";
import {messages as zh} from "../../src/docs/components/i18n/zh.js";

describe("the site's message catalogues", () => {
  test("have the same keys, each a string in both or a function in both", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(typeof zh[key], key).toBe(typeof en[key]);
  });

  test("say nothing in Chinese that should be English, and write Chinese as analysts do", () => {
    // The site's name is bilingual in both languages.
    const strings = (catalogue: Record<string, unknown>) => Object.entries(catalogue).flatMap(([key, v]) => (key !== "site.name" && typeof v === "string" ? [v] : []));
    for (const text of strings(en)) expect(text, text).not.toMatch(/[\u4e00-\u9fff]/);
    // The white paper's figures are 白皮书数据 or 原始数据 (the source file, prose included).
    expect(readFileSync(new URL("../../src/docs/components/i18n/zh.js", import.meta.url), "utf8")).not.toMatch(/种子数据/);
  });
});
