/**
 * A declared mathjs unit written for readers: "bnRMB/year" -> "bn RMB/yr", "1" -> "".
 *
 * @example unitLabel("PFLOPS/year") // "PFLOPS/yr"
 */
export function unitLabel(unit: string): string {
  if (unit === "1") return "";
  return unit
    .replace(/bnRMB/g, "bn RMB")
    .replace(/\byear\b/g, "yr")
    .replace(/\bprovider\b/g, "providers")
    .replace(/\btender\b/g, "tenders")
    .replace(/\bprogramme\b/g, "programmes");
}
