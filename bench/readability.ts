// The reading-age measure on hostile input (issue 30: a description of one 100,000-character word
// took 9 s in the `syllable` package's regular expression): a 200,000-character word, a 10 MB
// document of short sentences, one 10 MB sentence, and 20,000 paragraphs. Each is measured from
// its markdown tree, as the content check and the Open Referral importer do; the target is under
// 1 s of CPU each. Prints the markdown parse too, which is the content check's and not this
// measure's. Exits 1 if a target is missed.
import { fromMarkdown } from 'mdast-util-from-markdown'
import { measureReadability } from '../lib/content/checks/readability'

const cases: [string, string][] = [
  ['one 200,000-character word', 'x'.repeat(200_000)],
  ['one 200,000-character word of vowels', 'ae'.repeat(100_000)],
  ['a 10 MB document of short sentences', 'The family can come to the hub on Monday. '.repeat(250_000)],
  ['one 10 MB sentence', 'the family can come to the hub on monday '.repeat(250_000)],
  ['20,000 paragraphs', Array.from({ length: 20_000 }, (_, index) => `Paragraph ${index} says the family can come.`).join('\n\n')],
]

let failed = false
for (const [name, markdown] of cases) {
  let started = performance.now()
  const tree = fromMarkdown(markdown)
  const parseMs = performance.now() - started
  started = performance.now()
  const cpu = process.cpuUsage()
  const result = measureReadability(tree)
  const used = process.cpuUsage(cpu)
  const ms = performance.now() - started
  const cpuMs = (used.user + used.system) / 1000
  if (cpuMs > 1000) failed = true
  console.log(`${name.padEnd(40)} measure ${ms.toFixed(0).padStart(5)} ms (CPU ${cpuMs.toFixed(0)} ms)  reading age ${result?.readingAge ?? '-'}  [markdown parse ${parseMs.toFixed(0)} ms]`)
}
process.exit(failed ? 1 : 0)
