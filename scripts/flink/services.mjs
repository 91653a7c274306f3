// Services beside the cluster that example-repo's connectors talk to (PostgreSQL, Kafka).
import { UserError } from './distribution.mjs';

export const SERVICES = [];

export async function startServices(names) {
  throw new UserError(`--with ${names.join(',')}: not available yet`);
}

export async function stopServices() {}
