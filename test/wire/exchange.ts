/**
 * The harness the wire scenario runs in: a FlinkClient whose every HTTP attempt is
 * captured, named steps that keep the last exchange of each step, and a way to let
 * time pass that is a real sleep against Flink and a clock step against the simulator.
 */
import type { Clock } from '../../src/core/clock';
import { createFlinkClient, type FlinkClient, type HttpEvent } from '../../src/flink';
import { createHttpEndpoint, type HttpEndpoint, type HttpMethod } from '../../src/flink/http';

export type WireVersion = '1.19' | '1.20' | '2.2' | '2.3';

/** One recorded call: the last HTTP exchange a named step made. */
export interface Exchange {
  call: string;
  method: string;
  /** Route template, e.g. `/jobs/{jobid}/savepoints/{triggerid}`. */
  route: string;
  status: number;
  /** The request body as sent (normalised by the writer). */
  request?: unknown;
  body: unknown;
}

export interface WireTarget {
  jobmanagerUrl: string;
  gatewayUrl: string;
  /** Lets `ms` of cluster time pass (sleep against real Flink, advance the simulator's clock). */
  settle(ms: number): Promise<void>;
  /** The cluster's clock, so the client's own timeouts run on the same time. */
  now(): number;
}

export class WireRecorder {
  readonly client: FlinkClient;
  readonly exchanges: Exchange[] = [];
  private readonly events: HttpEvent[] = [];
  private readonly raw: HttpEndpoint;
  private readonly rawGateway: HttpEndpoint;

  constructor(readonly target: WireTarget) {
    const clock: Clock = {
      now: () => target.now(),
      sleep: (ms) => target.settle(ms),
    };
    const onEvent = (e: HttpEvent) => {
      if (e.retryInMs === undefined) this.events.push(e);
    };
    this.client = createFlinkClient({
      jobmanagerUrl: target.jobmanagerUrl,
      sqlGatewayUrl: target.gatewayUrl,
      clock,
      retries: 0,
      onHttp: onEvent,
    });
    const common = { clock, retries: 0, onEvent } as const;
    this.raw = createHttpEndpoint({ ...common, service: 'jobmanager', baseUrl: target.jobmanagerUrl });
    this.rawGateway = createHttpEndpoint({ ...common, service: 'gateway', baseUrl: target.gatewayUrl });
  }

  /** Runs `fn` and records the last HTTP exchange it made under `call`. */
  async step<T>(call: string, fn: () => Promise<T>): Promise<T> {
    if (this.exchanges.some((x) => x.call === call)) throw new Error(`step ${call} recorded twice`);
    const from = this.events.length;
    const value = await fn();
    const e = this.events.slice(from).at(-1);
    if (!e) throw new Error(`step ${call} made no HTTP call`);
    if (e.status === undefined) throw new Error(`step ${call}: ${e.error ?? 'no answer'}`);
    const x: Exchange = { call, method: e.method, route: e.route, status: e.status, body: e.responseBody };
    if (e.requestBody !== undefined) x.request = e.requestBody;
    this.exchanges.push(x);
    return value;
  }

  /** A JobManager call the client does not wrap (kept to the few the brief lists). */
  async jm(method: HttpMethod, route: string, path: string, body?: unknown) {
    const r = await this.raw.request({ method, route, path, ...(body === undefined ? {} : { body }) });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.error.message}`);
    return r.value;
  }

  async gw(method: HttpMethod, route: string, path: string, body?: unknown) {
    const r = await this.rawGateway.request({ method, route, path, ...(body === undefined ? {} : { body }) });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.error.message}`);
    return r.value;
  }

  /** Asks `probe` every `stepMs` of cluster time until it yields a value; throws after `budgetMs`. */
  async until<T>(what: string, probe: () => Promise<T | undefined>, budgetMs = 90_000, stepMs = 250) {
    for (let spent = 0; ; spent += stepMs) {
      const v = await probe();
      if (v !== undefined) return v;
      if (spent >= budgetMs) throw new Error(`gave up waiting for ${what}`);
      await this.target.settle(stepMs);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.client.close(), this.raw.close(), this.rawGateway.close()]);
  }
}
