/**
 * The engine's "Maximum call stack size exceeded": input nested deeper than recursive descent can
 * follow (a type or an expression hundreds of levels deep). Whoever parses user text recursively
 * catches it and says so at the text, instead of ending the run with an internal error.
 */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
