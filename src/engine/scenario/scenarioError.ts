/**
 * Invalid input from a user: a scenario file, a URL or a CLI flag. `field` names what is wrong
 * (`levers.compute_subsidy`, `time.to`), and the message says what is allowed, so the CLI can
 * print one line and exit 2, and the site can show it beside the control.
 */
export class ScenarioError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field} ${message}`);
    this.name = "ScenarioError";
    this.field = field;
  }
}
