/**
 * Splits items into the calls to make, in order: consecutive items with the same batch key form one run; an item
 * whose key is null is a run of its own.
 */
export function runsOf<T>(items: T[], batchKey: (item: T) => string | null): T[][] {
  const runs: T[][] = [];
  let lastKey: string | null = null;
  for (const item of items) {
    const key = batchKey(item);
    if (key !== null && key === lastKey) runs[runs.length - 1].push(item);
    else runs.push([item]);
    lastKey = key;
  }
  return runs;
}
