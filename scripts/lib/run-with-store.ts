import { dbConfigFromEnv, describeDb } from '@/lib/feedback/db'
import { FeedbackStore } from '@/lib/feedback/store'

/** Opens the configured feedback store for one command and always closes it again. */
export async function withFeedbackStore<T>(work: (store: FeedbackStore, where: string) => Promise<T>): Promise<T> {
  const config = dbConfigFromEnv()
  const store = await FeedbackStore.open(config)
  try {
    return await work(store, describeDb(config))
  } finally {
    await store.close()
  }
}

/** Runs a command's main function and exits with its code; an error is printed, not thrown. */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
