import path from 'node:path'

/** Where the build writes the serialised search index: beside the build, so a deploy carries it. */
export function searchIndexFile(distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return path.join(distDir, 'search-index.json')
}
