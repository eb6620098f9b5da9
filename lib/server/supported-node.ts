// Imported first by the server entry points, so an unsupported Node stops the start with one
// sentence before anything else loads. Node 20 is past its end of life (no security fixes); 24 is
// the LTS the project is built and tested on.
export const NEEDED_NODE_MAJOR = 24

export function unsupportedNodeMessage(version: string): string | undefined {
  const major = Number(version.split('.')[0])
  if (major >= NEEDED_NODE_MAJOR) return undefined
  return `This site needs Node.js ${NEEDED_NODE_MAJOR} or later, and this is Node.js ${version}: start it with npm start (which runs the Node.js ${NEEDED_NODE_MAJOR} that npm ci installs) or install Node.js ${NEEDED_NODE_MAJOR}.`
}

const message = unsupportedNodeMessage(process.versions.node)
if (message) {
  console.error(message)
  process.exit(1)
}
