// Problems that stop tonelint from doing all its job: one line for the user, exit code 2.

export class ToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolError';
  }
}
