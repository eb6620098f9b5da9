import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The lint rule that keeps the interface's words in the catalogue (eslint.config.mjs): a word
// written in JSX in app/ or components/ fails, punctuation does not, and a message says what to do.

async function problems(code: string, filePath = 'components/probe.tsx'): Promise<string[]> {
  const [result] = await new ESLint({ cwd: process.cwd() }).lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`)
}

describe('words in JSX fail lint', () => {
  it('text between tags, words in labels for people, and {"…"} literals', async () => {
    const found = await problems(`export function Probe({ name }: { name: string }) {
  return (
    <div aria-label="Close menu">
      Opening times
      <span>{'Closed'}</span>
      <span>{\`Open until \${name}\`}</span>
    </div>
  )
}
`)
    expect(found).toHaveLength(4)
    expect(found.filter((problem) => problem.startsWith('react/jsx-no-literals'))).toHaveLength(1)
    expect(found.filter((problem) => problem.includes('lib/i18n/messages/en.json'))).toHaveLength(3)
  }, 60_000)

  it('punctuation, words from the catalogue and attributes that are not words pass', async () => {
    expect(
      await problems(`import { getTranslator } from '@/lib/i18n/messages'
export function Probe({ lang, name }: { lang: string; name: string }) {
  const { t } = getTranslator(lang)
  return (
    <p className="mt-2 text-base" id="probe" aria-label={t('nav.home')}>
      {t('nav.help')}: {name} ✕
    </p>
  )
}
`),
    ).toEqual([])
  }, 60_000)
})
