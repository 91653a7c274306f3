import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);

// flinkops-builtin:node:http
var m = process.getBuiltinModule("node:http");
var node_http_default = m;
var { Agent, ClientRequest, IncomingMessage, METHODS, OutgoingMessage, STATUS_CODES, Server, ServerResponse, _connectionListener, createServer, get, request, setGlobalProxyFromEnv, setMaxIdleHTTPParsers, validateHeaderName, validateHeaderValue } = m;

export {
  node_http_default,
  createServer
};
