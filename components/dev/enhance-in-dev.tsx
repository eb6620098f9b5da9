'use client'

import { useEffect } from 'react'

// `npm run dev` only: runs the site's own script (lib/enhance/) through Next's bundler, so editors
// see the pages as families do, and a change to it reloads. The production server sends the
// esbuild bundle of the same module instead, and no framework script (lib/security/page-scripts.ts).
export function EnhanceInDev() {
  useEffect(() => {
    void import('@/lib/enhance/main').then(({ enhance }) => enhance())
  }, [])
  return null
}
