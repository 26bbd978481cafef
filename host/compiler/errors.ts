// The one error the compiler reports to users: a Python-style SyntaxError with a position.
//
// Message shapes (the CLI prints `message` as is):
//   SyntaxError: <construct> is not supported (<file>:<line>:<col>)   -- outside the subset
//   SyntaxError: <what went wrong> (<file>:<line>:<col>)               -- parse / semantic errors
// `line` and `col` are 1-based; `col` counts characters (not UTF-8 bytes).

export class PySyntaxError extends Error {
  /** The message without the "SyntaxError: " prefix and the position suffix. */
  readonly detail: string;
  readonly filename: string;
  readonly line: number;
  readonly col: number;

  constructor(detail: string, filename: string, line: number, col: number) {
    super(`SyntaxError: ${detail} (${filename}:${line}:${col})`);
    this.name = "PySyntaxError";
    this.detail = detail;
    this.filename = filename;
    this.line = line;
    this.col = col;
  }

  /** `<what> is not supported` at a source position. */
  static unsupported(what: string, filename: string, pos: { line: number; col: number }): PySyntaxError {
    return new PySyntaxError(`${what} is not supported`, filename, pos.line, pos.col);
  }

  static at(detail: string, filename: string, pos: { line: number; col: number }): PySyntaxError {
    return new PySyntaxError(detail, filename, pos.line, pos.col);
  }
}
