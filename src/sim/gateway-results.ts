/**
 * Fetching an operation's results, in each release's wire shape: the `rowFormat`
 * parameter (v2+), NOT_READY / PAYLOAD / EOS pages, and the richer fields of 1.18+.
 */
import { gatewayException, type Operation } from './gateway-model';
import { settle } from './gateway-operations';
import { HttpError, type Reply, type Request } from './http';

/** `find` looks the session and operation up; it runs after the parameters are checked, as in Flink. */
export function fetchResults(req: Request, v: number, rich: boolean, find: () => Operation): Reply {
  const rowFormat = req.query.get('rowFormat');
  if (v >= 2 && rowFormat === null) {
    throw new HttpError(400, [
      'Bad request, could not parse parameters: Missing required query parameter: rowFormat',
    ]);
  }
  if (rowFormat !== null && rowFormat !== 'JSON' && rowFormat !== 'PLAIN_TEXT') {
    throw new HttpError(400, [
      `Bad request, could not parse parameters: Invalid value '${rowFormat}' for query parameter rowFormat.`,
    ]);
  }
  const token = Number(req.params.token);
  if (!Number.isInteger(token) || token < 0) {
    throw new HttpError(400, [
      `Bad request, could not parse parameters: Cannot parse value '${req.params.token}' for path parameter token.`,
    ]);
  }
  const op = find();
  settle(op, true);
  const base = `${req.apiVersion !== undefined ? `/v${req.apiVersion}` : ''}/sessions/${req.params.sh}/operations/${req.params.oh}/result`;
  const uri = (t: number) => `${base}/${t}${v >= 2 ? `?rowFormat=${rowFormat ?? 'JSON'}` : ''}`;
  if (op.status === 'ERROR' && op.error) {
    const e = op.error;
    let cause = '';
    for (let c = e.cause; c; c = c.cause) cause += `\nCaused by: ${c.className}: ${c.message}`;
    throw gatewayException(
      'Failed to fetchResults.',
      `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation ${op.handle}.\nCaused by: ${e.className}: ${e.message}${cause}`,
    );
  }
  if (op.status === 'CANCELED' || op.status === 'CLOSED' || op.status === 'TIMEOUT') {
    throw gatewayException(
      'Failed to fetchResults.',
      `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Can not fetch results from the ${op.status} operation ${op.handle}.`,
    );
  }
  if (op.status !== 'FINISHED' || !op.result) {
    return { status: 200, body: { resultType: 'NOT_READY', nextResultUri: uri(token) } };
  }
  const result = op.result;
  const first = result.rowsFromSecondPage ? 1 : 0;
  const eos = token >= first + 1;
  const data =
    eos || token < first
      ? []
      : result.rows.map((fields) => ({
          kind: 'INSERT',
          fields: rowFormat === 'PLAIN_TEXT' ? fields.map((x) => (x === null ? 'NULL' : String(x))) : fields,
        }));
  const results: Record<string, unknown> = { columns: result.columns };
  if (rich) results.rowFormat = rowFormat ?? 'JSON';
  results.data = data;
  const body: Record<string, unknown> = { resultType: eos ? 'EOS' : 'PAYLOAD' };
  if (rich) {
    body.isQueryResult = result.isQuery;
    if (result.jobId) body.jobID = result.jobId;
    body.resultKind = result.resultKind;
  }
  body.results = results;
  if (!eos) body.nextResultUri = uri(token + 1);
  return { status: 200, body };
}
