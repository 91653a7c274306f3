/**
 * The Flink SQL front end. Turns the text of a SQL script into statements: split the
 * way Flink's SQL client splits, classified, DDL parsed into definitions, queries and
 * DML reduced to the tables they read and write and the user functions they call,
 * and every syntax problem reported as an FO3xx diagnostic with its exact location.
 * No parser dependency; linear in the input.
 */
export { analyzeScript, checkExpressionText, type ExpressionCheck } from './analyze';
export { CODES as SQL_DIAGNOSTIC_CODES } from './codes';
export {
  ROWTIME_TYPES,
  renderTypeName,
  rowtimeTypeProblem,
  typeNameTypos,
  typeTextProblem,
} from './data-type';
export { BUILTIN_FUNCTIONS, isBuiltinFunction, RESERVED } from './keywords';
export { isName, isOp, isWord, lex, matchingBracket, nameOf, type Token, type TokenKind } from './lexer';
export {
  normalizePieces,
  normalizeSql,
  normalizeSqlAsBefore,
  normalizeSqlNames,
  type PieceCache,
  pieceCache,
} from './normalize';
export { quoteIdentifier, quoteQualified, quoteString } from './quote';
export type { SplitResult, StatementSpan } from './splitter';
export { splitStatements } from './splitter';
export type * from './types';
