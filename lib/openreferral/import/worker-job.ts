import { z } from 'zod'

// What the import command (scripts/import-openreferral.ts) and its worker (worker.ts) pass each
// other. The gate, one shared integer, says whether the worker is still working, has begun
// writing (the command then lets it finish) or is being stopped (the worker then writes nothing).

export const GATE = { working: 0, writing: 1, stopping: 2 } as const

export const importJob = z.object({
  source: z.string(),
  gate: z.instanceof(SharedArrayBuffer),
  options: z.object({ contentDir: z.string(), hubs: z.boolean(), force: z.boolean(), level: z.string().optional(), workDir: z.string() }),
})

export type ImportJob = z.infer<typeof importJob>
export type WorkerAnswer = { ok: true; text: string } | { ok: false; message: string }

