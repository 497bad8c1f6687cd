/** The sequence numbers missing below the highest one received: 1, 2, 5 → [3, 4]. */
export function gapsOf(sortedSeqs: readonly number[]): number[] {
  const have = new Set(sortedSeqs);
  const last = sortedSeqs.at(-1) ?? 0;
  const gaps: number[] = [];
  for (let seq = 1; seq < last; seq += 1) if (!have.has(seq)) gaps.push(seq);
  return gaps;
}
