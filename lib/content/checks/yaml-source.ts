import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import type { Problems } from './problem'

// Front matter (or a whole .yaml file) parsed with the line of every field kept, so problems
// can name the line in the file, not the line inside the front matter.

export type YamlSource = {
  data: Record<string, unknown>
  /** Line in the file of the field at `path`, or of its closest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number
}

function keyName(value: unknown): string | undefined {
  return isScalar(value) ? String(value.value) : undefined
}

/**
 * `firstLine` is the file line of the YAML's first line (2 for front matter after `---`).
 * Returns undefined after adding a problem if the YAML cannot be read.
 */
export function readYaml(file: string, yaml: string, firstLine: number, problems: Problems): YamlSource | undefined {
  const lineCounter = new LineCounter()
  const document: Document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1
  const lines = yaml.split(/\r?\n/)

  if (document.errors.length > 0) {
    const reported = new Set<number>()
    for (const error of document.errors) {
      const { line, field, message } = explainYamlError(error.code, error.pos[0], lines, toFileLine, error.message)
      if (reported.has(line)) continue
      reported.add(line)
      problems.error(file, line, field, message)
    }
    return undefined
  }

  const value: unknown = document.toJS()
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.error(file, firstLine, '(front matter)', 'must be a list of "field: value" lines')
    return undefined
  }

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = document.contents
    let line = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? toFileLine(Number(node.range[0])) : firstLine
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && keyName(item.key) === String(segment))
        if (!pair) return line
        const range = isScalar(pair.key) ? pair.key.range : undefined
        if (range) line = toFileLine(range[0])
        node = pair.value
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment]
        if (item && typeof item === 'object' && 'range' in item && Array.isArray(item.range)) line = toFileLine(Number(item.range[0]))
        node = item
      } else {
        return line
      }
    }
    return line
  }
  return { data: Object.fromEntries(Object.entries(value)), lineOf }
}

function keyOnLine(text: string | undefined): string {
  const match = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/.exec(text ?? '')
  return match?.[1] ?? '(front matter)'
}

function explainYamlError(
  code: string,
  offset: number,
  lines: string[],
  toFileLine: (offset: number) => number,
  original: string,
): { line: number; field: string; message: string } {
  let line = toFileLine(offset)
  const yamlLine = (fileLine: number) => lines[fileLine - (toFileLine(0) - 0)]
  // The usual case: a colon inside text that is not in quotes (summary: Note: ...).
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    const text = yamlLine(line)
    const key = keyOnLine(text)
    const value = (text ?? '').replace(/^\s*(?:-\s+)?[A-Za-z][\w-]*\s*:\s*/, '')
    return {
      line,
      field: key,
      message: `has a colon (:) inside text that is not in quotes: put the whole text in double quotes, like ${key}: "${value.replace(/"/g, "'")}"`,
    }
  }
  // An unclosed quote is noticed at the end: point at the line where the quote opened.
  if (code === 'MISSING_CHAR' && /quote/i.test(original)) {
    const opened = lines.findIndex((text) => /^\s*(?:-\s+)?(?:[A-Za-z][\w-]*\s*:\s*)?"/.test(text) && (text.match(/(?<!\\)"/g) ?? []).length % 2 === 1)
    if (opened >= 0) line = toFileLine(0) + opened
    return { line, field: keyOnLine(lines[opened]), message: 'has an opening " with no closing ": add " at the end of the text' }
  }
  if (code === 'DUPLICATE_KEY') {
    return { line, field: keyOnLine(yamlLine(line)), message: 'appears twice: keep one of them' }
  }
  if (code === 'TAB_AS_INDENT') {
    return { line, field: keyOnLine(yamlLine(line)), message: 'is indented with a tab: use spaces' }
  }
  const reason = original.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? original
  return { line, field: keyOnLine(yamlLine(line)), message: `is not valid YAML: ${reason}. Check the indentation and that text with : or # is in double quotes` }
}
