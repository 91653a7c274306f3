/**
 * The operator names of a chained vertex's name. A chain that forks (a statement set's sinks fed
 * by one source) lists its branches in parentheses, comma-separated, as real Flink 2.2.0 names
 * them: `Source: orders[9] -> (Calc[10] -> Sink: audit[11], Calc[12] -> Sink: big[13])`.
 */
export function chainedOperators(name: string): string[] {
  return name
    .split(' -> ')
    .flatMap((p) => p.split(', '))
    .map((p) => p.replace(/^\(+/, '').replace(/\)+$/, ''));
}
