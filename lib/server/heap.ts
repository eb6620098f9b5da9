// Each server process's JavaScript heap is capped (SERVER_HEAP_MB). Without a cap V8 lets the heap
// grow towards its own limit (a quarter of the machine's memory, 4 GB on a 24 GB machine) before it
// collects, so a process that renders many distinct pages (the finder's filtered lists, searches)
// reached 850 MB although it kept under 150 MB: the budget per process in docs/deploy.md held only
// while few distinct pages were asked for. A flag set on the command line is the only way: V8 reads
// the limit when the process starts.

const FLAG = '--max-old-space-size'

/** The Node options a server process starts with: the operator's own heap setting wins. */
export function serverExecArgv(heapMb: number, execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  const named = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg.startsWith(FLAG) || arg.startsWith('--max_old_space_size'))
  return named ? [...execArgv] : [...execArgv, `${FLAG}=${heapMb}`]
}
