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

/**
 * glibc's malloc keeps blocks under 128 KB in its main heap, which a burst of 64 KB buffers (zlib's
 * output blocks, rendered pages) leaves fragmented and never returns: 50 MB of a process's memory
 * in bench:abuse's memory case. From 64 KB up they are mapped on their own and returned when
 * freed. Read by glibc as the process starts; other C libraries ignore it. An operator's own wins.
 */
export function serverMallocEnv(env: Record<string, string | undefined> = process.env): Record<string, string> {
  return env.MALLOC_MMAP_THRESHOLD_ === undefined && env.GLIBC_TUNABLES === undefined ? { MALLOC_MMAP_THRESHOLD_: String(64 * 1024) } : {}
}
