import { allNeeds } from 'contentlayer/generated'

// The need names the finder accepts, for proxy.ts: it runs outside the React server (so it cannot
// load the server-only index.ts) and must only rewrite to pages for needs that exist.
export const NEED_SLUGS: readonly string[] = allNeeds.map((need) => need.slug)
