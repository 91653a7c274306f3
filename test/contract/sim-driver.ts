/** A tiny client for simulator tests: REST calls plus "run this SQL and give me the result". */
import type { Simulator } from '../../src/sim/index';

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test convenience
  body: any;
}

export class SimDriver {
  private sessionHandle?: string;

  constructor(
    readonly sim: Simulator,
    private readonly api = '/v1',
  ) {}

  async jm(method: string, path: string, body?: unknown): Promise<Answer> {
    return call(this.sim.jobmanagerUrl, method, path, body);
  }

  async gw(method: string, path: string, body?: unknown): Promise<Answer> {
    return call(this.sim.gatewayUrl, method, path, body);
  }

  /**
   * A new session, with the tables of `tables()` created in it: a session's `default_catalog` is
   * its own (the gateway's in-memory catalog store), so each session creates what it reads.
   */
  async session(properties: Record<string, string> = {}): Promise<string> {
    const r = await this.gw('POST', '/v1/sessions', { properties });
    this.sessionHandle = r.body.sessionHandle;
    await this.tables();
    return this.sessionHandle!;
  }

  /** Runs one statement and fetches token 0 until it is no longer NOT_READY. */
  async sql(
    statement: string,
    executionConfig?: Record<string, string>,
  ): Promise<{ status: string; fetch: Answer; jobId?: string }> {
    const sh = this.sessionHandle ?? (await this.session());
    const body = executionConfig ? { statement, executionConfig } : { statement };
    const op = await this.gw('POST', `${this.api}/sessions/${sh}/statements`, body);
    const base = `${this.api}/sessions/${sh}/operations/${op.body.operationHandle}`;
    const q = this.api === '/v1' ? '' : '?rowFormat=JSON';
    let fetch = await this.gw('GET', `${base}/result/0${q}`);
    for (let i = 0; i < 10 && fetch.status === 200 && fetch.body.resultType === 'NOT_READY'; i++) {
      this.sim.control.advance(100);
      fetch = await this.gw('GET', `${base}/result/0${q}`);
    }
    const status = (await this.gw('GET', `${base}/status`)).body.status as string;
    const first = fetch.body?.results?.data?.[0]?.fields?.[0];
    const isJob = fetch.body?.results?.columns?.[0]?.name === 'job id';
    return isJob ? { status, fetch, jobId: first } : { status, fetch };
  }

  /**
   * A submission the cluster refused as the job initialised (the default scheduler restores state
   * then): the statement is in ERROR with Flink's cause chain, and the job is listed FAILED.
   */
  async refused(r: { status: string; fetch: Answer }): Promise<{ errors: string; jobId: string }> {
    if (r.status !== 'ERROR') throw new Error(`the statement is ${r.status}, not ERROR`);
    const jobs = (await this.jm('GET', '/jobs/overview')).body.jobs as {
      jid: string;
      'start-time': number;
    }[];
    const newest = [...jobs].sort((a, b) => b['start-time'] - a['start-time'])[0];
    if (!newest) throw new Error('no job is listed');
    return { errors: JSON.stringify(r.fetch.body), jobId: newest.jid };
  }

  /** Creates the two tables most tests use. */
  async tables(): Promise<void> {
    await this.sql("CREATE TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen')");
    await this.sql("CREATE TABLE snk (id BIGINT, v STRING) WITH ('connector' = 'blackhole')");
    await this.sql("CREATE TABLE snk2 (id BIGINT) WITH ('connector' = 'blackhole')");
  }
}

async function call(base: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // plain-text routes (logs)
  }
  return { status: res.status, body: parsed };
}

export const hex = (c: string) => c.repeat(32);
