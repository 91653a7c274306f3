/**
 * The e-mail alert channel: `status --check --alert` sends one plain-text mail per job and rule
 * through a real SMTP exchange (Nodemailer against a local receiver), authenticated with the
 * credentials of the URL's secret, and one when the rule passes again; the password never shows.
 * A bad SMTP URL or an unreachable server is a warning naming the channel, never the URL.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alertMail } from '../src/engine/alert-payloads';
import { smtpUrlProblem } from '../src/engine/smtp-mail';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, projectCopy, ROOT } from './ops-cli';
import { type SmtpReceiver, startSmtpReceiver } from './support/smtp-receiver';

const START = Date.UTC(2026, 0, 5, 9, 0, 0);
const CP = { 'execution.checkpointing.interval': '10 s' };
const PASSWORD = 'sm7p-Pa55w0rd';

function repo(alerts: string[]): string {
  return projectCopy(join(ROOT, 'test/fixtures/repos/valid'), {
    'flinkops.yaml': [
      'project: shop',
      'flinkVersion: "1.20"',
      'defaults:',
      '  health:',
      '    maxBackPressure: 0.5',
      'environments:',
      '  dev:',
      '    jobmanagerUrl: http://localhost:8081',
      '    sqlGatewayUrl: http://localhost:8083',
      '    alerts:',
      ...alerts.map((a) => `      - ${a}`),
      '',
    ].join('\n'),
  });
}

let sim: Simulator | undefined;
let smtp: SmtpReceiver | undefined;
afterEach(async () => {
  await sim?.close();
  await smtp?.close();
  sim = undefined;
  smtp = undefined;
});

function status(dir: string, env: Record<string, string>) {
  return cli(
    [
      'status',
      '--dir',
      dir,
      '--jobmanager-url',
      sim!.jobmanagerUrl,
      '--sql-gateway-url',
      sim!.gatewayUrl,
      '--state-file',
      join(dir, 'state.json'),
      '--now',
      new Date(sim!.control.now()).toISOString(),
      '--check',
      '--alert',
    ],
    dir,
    env,
  );
}

describe('e-mail alerts over SMTP', () => {
  it('mails the breach once, authenticated, and the recovery once; the password shows nowhere', async () => {
    sim = await startSimulator({ flinkVersion: '1.20', startTimeMs: START });
    smtp = await startSmtpReceiver();
    const jid = sim.control.seedJob({ name: 'shop.dev.totals', config: CP, startedAgoMs: 60_000 });
    sim.control.setMetrics(jid, { backPressure: 0.9 });
    const dir = repo([
      '{ type: email, url: "${secret.SMTP_URL}", from: "Flink alerts <flinkops@example.com>", to: [oncall@example.com, data@example.com] }',
    ]);
    const env = { FLINKOPS_SECRET_SMTP_URL: `smtp://alerts:${PASSWORD}@127.0.0.1:${smtp.port}` };

    const bad = await status(dir, env);
    expect(bad.code, bad.stderr).toBe(1);
    expect(bad.stderr).toContain('alert: firing totals maxBackPressure: sent to 1 of 1 channel');
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.auth).toBe(`alerts:${PASSWORD}`);
    expect(mail.from).toBe('flinkops@example.com');
    expect(mail.to).toEqual(['oncall@example.com', 'data@example.com']);
    expect(smtp.header(mail, 'Subject')).toBe('[FIRING] totals breaches maxBackPressure in shop/dev');
    expect(smtp.header(mail, 'Content-Type')).toMatch(/^text\/plain/);
    expect(smtp.body(mail)).toMatch(/^back-pressured \d+% of the time at Source: .* \(at most 50%\)$/m);

    // Still breaching: nothing more is sent.
    const again = await status(dir, env);
    expect(again.code).toBe(1);
    expect(smtp.mails).toHaveLength(1);

    sim.control.setMetrics(jid, { backPressure: 0 });
    const good = await status(dir, env);
    expect(good.code, good.stderr).toBe(0);
    expect(smtp.mails).toHaveLength(2);
    expect(smtp.header(smtp.mails[1]!, 'Subject')).toBe(
      '[RESOLVED] totals passes maxBackPressure again in shop/dev',
    );
    for (const r of [bad, again, good]) expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });

  it('warns, naming the channel and not the URL, when the server cannot be reached', async () => {
    sim = await startSimulator({ flinkVersion: '1.20', startTimeMs: START });
    const jid = sim.control.seedJob({ name: 'shop.dev.totals', config: CP, startedAgoMs: 60_000 });
    sim.control.setMetrics(jid, { backPressure: 0.9 });
    const dir = repo(['{ type: email, url: "${secret.SMTP_URL}", from: a@example.com, to: b@example.com }']);
    // A port nothing listens on: the connection is refused at once.
    const closed = await startSmtpReceiver();
    const port = closed.port;
    await closed.close();
    const r = await status(dir, { FLINKOPS_SECRET_SMTP_URL: `smtps://u:${PASSWORD}@127.0.0.1:${port}` });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FO661');
    expect(r.stderr).toMatch(/did not reach alert channel 1 \(email\)/);
    expect(r.stderr).toContain('sent to 0 of 1 channel');
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });

  it('refuses an e-mail channel without recipients, located in flinkops.yaml', async () => {
    const dir = repo(['{ type: email, url: "smtp://mail.example.com:587", from: a@example.com }']);
    const r = await cli(['validate', '--dir', dir], dir);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('flinkops.yaml:11:9: error FO202: Missing required key "to"');
    expect(r.stdout + r.stderr).toMatch(/\bto\b/);
  });
});

describe('alertMail and SMTP URLs (pure)', () => {
  it('writes a subject that says firing or resolved, and a body with the summary and detail', () => {
    const base = {
      project: 'p',
      env: 'prod',
      job: 'j',
      rule: 'maxConsumerLag',
      time: '2026-01-05T10:00:00Z',
    };
    const firing = alertMail({
      ...base,
      status: 'firing',
      summary: '12k records behind',
      detail: 'scale it',
    });
    expect(firing.subject).toBe('[FIRING] j breaches maxConsumerLag in p/prod');
    expect(firing.text).toContain('12k records behind\nscale it\nChecked at 2026-01-05T10:00:00Z.');
    const resolved = alertMail({ ...base, status: 'resolved', summary: 'j passes maxConsumerLag again' });
    expect(resolved.subject).toBe('[RESOLVED] j passes maxConsumerLag again in p/prod');
  });

  it('accepts smtp:// and smtps:// only, and no option that would switch the transport', () => {
    expect(smtpUrlProblem('smtps://u:p@mail.example.com:465')).toBeUndefined();
    expect(smtpUrlProblem('smtp://mail.example.com:587?requireTLS=true')).toBeUndefined();
    expect(smtpUrlProblem('direct://x')).toMatch(/must start with smtp:\/\/ or smtps:\/\//);
    expect(smtpUrlProblem('smtp://mail.example.com?sendmail=true')).toMatch(/sendmail/);
    expect(smtpUrlProblem('not a url')).toMatch(/does not parse/);
  });
});
