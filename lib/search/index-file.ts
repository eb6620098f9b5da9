import path from 'node:path'

/**
 * Where the build writes a language's serialised search index: beside the build, so a deploy
 * carries it. The default language's is search-index.json; each other's has its address segment
 * in the name (search-index.cy.json).
 */
export function searchIndexFile(distDir = process.env.NEXT_DIST_DIR || '.next', segment = ''): string {
  // Not traced by the build: the server reads the file at run time from the folder it runs in.
  return path.join(/*turbopackIgnore: true*/ distDir, segment ? `search-index.${segment}.json` : 'search-index.json')
}

/** Whether a file in the build folder is one of the serialised indexes (prepare-standalone.ts copies them). */
export function isSearchIndexFile(name: string): boolean {
  return /^search-index(?:\.[a-z0-9-]+)?\.json$/.test(name)
}
