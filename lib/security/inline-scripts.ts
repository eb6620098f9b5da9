import { createHash } from 'node:crypto'
import { KNOWN_INLINE_SCRIPTS } from './known-inline-scripts'
import type { InlineHashes } from './headers'

// Content pages stay prerendered, so a per-request nonce is out (it forces dynamic rendering,
// and a page cached at runtime would keep the first request's nonce). Instead the server hashes
// the inline scripts of each HTML response as it goes out. It only vouches for scripts it
// recognises as the framework's own (Next's flight data and bootstrap, Turbopack's chunk list)
// or as a script the site declares in known-inline-scripts.ts: any other inline script, such as
// one injected through a bug in escaping, gets no hash and the browser refuses to run it.

const NEXT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
// self.__next_f.push([1,"…"]) with one JSON string (or [2,null] for form state).
const NEXT_FLIGHT = /^self\.__next_f\.push\(\[\d,(?:"(?:[^"\\]|\\.)*"|null)\]\)$/
const TURBOPACK_CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{.*\})\);$/s
const CHUNK_PATH = /^static\/chunks\/[\w.-]+\.js$/

function isTurbopackChunkList(text: string): boolean {
  const match = TURBOPACK_CHUNKS.exec(text)
  if (!match?.[1]) return false
  try {
    const value: unknown = JSON.parse(match[1])
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    return Object.entries(value).every(([key, entry]) => {
      if (!Array.isArray(entry)) return false
      if (key === 'otherChunks') return entry.every((chunk) => typeof chunk === 'string' && CHUNK_PATH.test(chunk))
      if (key === 'runtimeModuleIds') return entry.every((id) => typeof id === 'number' || (typeof id === 'string' && /^[\w./-]+$/.test(id)))
      return false
    })
  } catch {
    return false
  }
}

const known = new Set(KNOWN_INLINE_SCRIPTS)

export function isRecognisedInlineScript(text: string): boolean {
  return text === NEXT_BOOTSTRAP || NEXT_FLIGHT.test(text) || known.has(text) || isTurbopackChunkList(text)
}

/** What the browser hashes: the element's text after the HTML parser turned CR LF into LF. */
export function sha256Base64(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i
const TYPE_ATTRIBUTE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
const JAVASCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript'])

/** Data blocks (JSON-LD, JSON) are never run, so they need no hash. */
function isExecutable(attributes: string): boolean {
  if (SRC_ATTRIBUTE.test(attributes)) return false
  const type = TYPE_ATTRIBUTE.exec(attributes)
  const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase()
  return JAVASCRIPT_TYPES.has(value)
}

export type InlineScan = InlineHashes & { unrecognised: string[] }

/** Hashes of the recognised inline scripts and of every <style> element in an HTML document. */
export function scanInline(html: string): InlineScan {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const unrecognised: string[] = []
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? ''
    const text = match[2] ?? ''
    if (!isExecutable(attributes) || text === '') continue
    if (isRecognisedInlineScript(text)) scripts.add(sha256Base64(text))
    else unrecognised.push(text)
  }
  for (const match of html.matchAll(STYLE)) {
    const text = match[1] ?? ''
    if (text !== '') styles.add(sha256Base64(text))
  }
  return { scripts: [...scripts], styles: [...styles], unrecognised }
}
