import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

// The words the code itself shows families: text between JSX tags, and prose in string literals
// (finder labels, error messages, the no-results help, the list, "Exit this page"). Read from the
// source with TypeScript's parser, so the test sees what a reader sees without rendering pages.

/** Prose: starts with a capital or a quote, has at least three words, and is not a path or a class list. */
const PROSE = /^[A-Z“"‘'(][^\n]*[a-z]/
const NOT_PROSE = /^(?:[a-z-]+:|\/|https?:|@|#)|[{}<>=]|\b(?:px|rem|flex|grid|text-|bg-|mt-|mb-)\b/

function isProse(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim()
  return PROSE.test(trimmed) && !NOT_PROSE.test(trimmed) && trimmed.split(' ').length >= 3
}

/** Each piece of interface text in one source file, as the reader meets it (one piece a paragraph). */
export function interfaceTextOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const pieces: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return
    if (ts.isJsxAttribute(node) && ['className', 'href', 'id', 'name', 'type', 'method', 'action', 'key', 'htmlFor', 'autoComplete', 'inputMode', 'rel', 'target'].includes(node.name.getText(source))) return
    if (ts.isJsxElement(node)) {
      // The element's own words, with what code fills in (a name, a number) left out.
      const text = node.children
        .map((child) => (ts.isJsxText(child) ? child.getText(source) : ts.isJsxExpression(child) && child.expression && ts.isStringLiteral(child.expression) ? child.expression.text : ' '))
        .join('')
        .replace(/&[a-z]+;|&#\d+;/g, "'")
        .replace(/\s+/g, ' ')
        .trim()
      if (node.children.some(ts.isJsxText) && /[A-Za-z]{2}/.test(text)) pieces.push(text)
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isProse(node.text)) pieces.push(node.text)
    if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ').replace(/\s+/g, ' ').trim()
      if (isProse(text)) pieces.push(text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return pieces
}

/**
 * The source files that write interface text a family can meet. Left out: the developer's problem
 * page, the feedback admin, the API, and the pages written for professionals and data users (the
 * guides list and the open data page), which keep the professionals' target.
 */
export function interfaceFiles(root: string): string[] {
  const files: string[] = []
  const skip = /(^|\/)(dev|admin|api|test-fault|open-data|guides)\/|json-ld|\.test\.|\.d\.ts$/
  // lib/enhance: the words the site's own script writes into pages (use my location, the character count, the list's buttons).
  for (const dir of ['app', 'components', 'lib/enhance']) {
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (/\.tsx?$/.test(entry) && !skip.test(`${dir}/${entry}`)) files.push(path.join(dir, entry))
    }
  }
  // Words for the finder, the list, the nearest hub and feedback that live beside their logic.
  for (const file of ['lib/content/filters.ts', 'lib/list/take-away.ts', 'lib/places/nearest-hubs.ts', 'lib/feedback/answer-pages.ts']) {
    if (fs.existsSync(path.join(root, file))) files.push(file)
  }
  return files.sort()
}

/**
 * The interface's words kept in the English message catalogue (lib/i18n/messages/en.json), one
 * piece a message, with what code fills in ({name}) left out. The guides list's words are for
 * professionals, as its source file was.
 */
export function catalogueText(root: string): string[] {
  const catalogue: unknown = JSON.parse(fs.readFileSync(path.join(root, 'lib/i18n/messages/en.json'), 'utf8'))
  if (typeof catalogue !== 'object' || catalogue === null) return []
  return Object.entries(catalogue)
    .filter(([key]) => !key.startsWith('guides.'))
    .flatMap(([, message]) => (typeof message === 'string' ? [message] : typeof message === 'object' && message !== null ? Object.values(message).filter((text) => typeof text === 'string') : []))
    .map((text) => text.replace(/\{\w+\}/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((text) => /[A-Za-z]{2}/.test(text))
}
