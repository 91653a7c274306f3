/** Diagnostic codes of the SQL front end (FO3xx). Stable: documented for users. */
export const CODES = {
  unterminatedString: 'FO301',
  unterminatedComment: 'FO302',
  unterminatedIdentifier: 'FO303',
  unbalancedParens: 'FO310',
  unknownStatement: 'FO311',
  unexpectedToken: 'FO312',
  missingPart: 'FO313',
  malformedSet: 'FO314',
  qualifiedName: 'FO315',
  emptyStatementSet: 'FO316',
  statementSetContent: 'FO317',
  unclosedStatementSet: 'FO318',
  /** Nested deeper than the parser's stack: not a bug, an input no one writes by hand. */
  nestedTooDeeply: 'FO319',
  /** A literal Flink's validator refuses for its value: an INTERVAL's leading field longer than its precision. */
  literalOutOfRange: 'FO320',
  /** A statement Flink's parser reads and its own validation refuses before planning (PRIMARY KEY without NOT ENFORCED, a temporary CTAS). */
  refusedByFlink: 'FO321',
  /**
   * A process table function's call that the project's release plans not (its planner's refusal,
   * not its parser's): judged here, where the call's arguments are known. Validation codes (FO2xx).
   */
  ptfOrderBy: 'FO236',
  ptfBefore21: 'FO237',
  /** Warnings. */
  strayEnd: 'FO330',
  nestedStatementSet: 'FO331',
  /** A type name Flink does not know, one edit or two from one it does (a user-defined type to Flink's parser). */
  unknownTypeName: 'FO332',
  /** EXIT, QUIT, HELP, CLEAR: the SQL client's commands, left out of the compiled script. */
  clientCommand: 'FO333',
} as const;
