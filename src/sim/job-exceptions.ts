/** A job's exception history, in the text Flink reports it with. */
import type { ExceptionEntry, SimJob } from './model';

/** Flink's stack-trace-ish text for an exception chain. */
export function stackTrace(
  className: string,
  message: string,
  causedBy?: { className: string; message: string },
): string {
  let s = `${className}: ${message}\n\tat org.apache.flink.runtime.simulator.Simulated.run(Simulated.java:1)`;
  if (causedBy) s += `\nCaused by: ${causedBy.className}: ${causedBy.message}\n\t... 1 more`;
  return s;
}

export function addException(
  job: SimJob,
  now: number,
  className: string,
  message: string,
  cause?: { className: string; message: string },
): void {
  const entry: ExceptionEntry = {
    exceptionName: className,
    stacktrace: stackTrace(className, message, cause),
    timestamp: now,
  };
  job.exceptions.unshift(entry);
  if (job.exceptions.length > 16) job.exceptions.pop(); // web.exception-history-size default 16
}
