import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);

// flinkops-builtin:node:util
var m = process.getBuiltinModule("node:util");
var node_util_default = m;
var { MIMEParams, MIMEType, TextDecoder, TextEncoder, _errnoException, _exceptionWithHostPort, _extend, callbackify, convertProcessSignalToExitCode, debug, debuglog, deprecate, diff, format, formatWithOptions, getCallSites, getSystemErrorMap, getSystemErrorMessage, getSystemErrorName, inherits, inspect, isArray, isDeepStrictEqual, parseArgs, parseEnv, promisify, setTraceSigInt, stripVTControlCharacters, styleText, toUSVString, types } = m;

export {
  node_util_default,
  parseArgs
};
