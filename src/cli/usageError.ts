/** A mistake on the command line; like ScenarioError it exits 2 with one line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
