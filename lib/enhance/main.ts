import { enhanceCharacterCounts } from './character-count'
import { enhanceFeedback } from './feedback'
import { enhanceList } from './list'
import { enhanceOpenNow } from './open-now'
import { enhanceUseMyLocation } from './use-my-location'

// The site's only script besides the inline "Exit this page": every page works without it, and
// each part below only acts on the markup its component renders (data-* attributes). Loaded with
// `defer`, so the document is parsed when it runs. The production build bundles it with esbuild
// (scripts/build-enhance.ts); `npm run dev` loads it through Next (components/dev/enhance-in-dev.tsx).

const PARTS: readonly ((root: ParentNode) => void)[] = [enhanceFeedback, enhanceCharacterCounts, enhanceList, enhanceOpenNow, enhanceUseMyLocation]

export function enhance(root: ParentNode = document): void {
  for (const part of PARTS) part(root)
}

/**
 * The same parts, each in a task of its own: a few milliseconds each on this machine, but together
 * one task that a phone four times slower ran for over 50 ms, which counts against the page
 * (Lighthouse's Total Blocking Time) while a family waits to tap. Resolves when all have run.
 */
export function enhanceInTurn(root: ParentNode = document): Promise<void> {
  return runInTurn(PARTS, root)
}

export function runInTurn<Root>(parts: readonly ((root: Root) => void)[], root: Root): Promise<void> {
  return parts.reduce<Promise<void>>(
    (previous, part) =>
      previous.then(
        () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              // A part that fails leaves the others to run, as each page works without any of them.
              try {
                part(root)
              } finally {
                resolve()
              }
            }, 0),
          ),
      ),
    Promise.resolve(),
  )
}
