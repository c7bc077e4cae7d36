/**
 * A configuration value that stops start-up. Its message is one line naming the variable,
 * so an operator can fix it without reading a stack trace.
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = "ConfigError";
  }
}
