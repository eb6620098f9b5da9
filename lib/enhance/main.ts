import { enhanceCharacterCounts } from './character-count'
import { enhanceFeedback } from './feedback'
import { enhanceList } from './list'
import { enhanceOpenNow } from './open-now'
import { enhanceUseMyLocation } from './use-my-location'

// The site's only script besides the inline "Exit this page": every page works without it, and
// each part below only acts on the markup its component renders (data-* attributes). Loaded with
// `defer`, so the document is parsed when it runs. The production build bundles it with esbuild
// (scripts/build-enhance.ts); `npm run dev` loads it through Next (components/dev/enhance-in-dev.tsx).

export function enhance(root: ParentNode = document): void {
  enhanceCharacterCounts(root)
  enhanceFeedback(root)
  enhanceList(root)
  enhanceOpenNow(root)
  enhanceUseMyLocation(root)
}
