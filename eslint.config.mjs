import coreWebVitals from 'eslint-config-next/core-web-vitals'
import typescript from 'eslint-config-next/typescript'

// Every word the site writes comes from the message catalogue (lib/i18n/messages/en.json), in the
// page's language: text in JSX may be punctuation only. docs/translating.md says how to add a message.
const WORDS_MESSAGE = "Words on a page come from the catalogue, in the page's language: add a message to lib/i18n/messages/en.json and write t('area.key') (docs/translating.md)."
const PUNCTUATION = [':', ',', '.', ';', '‹', '›', '✕', '(', ')', '·', '–', '—', '/', '|', '…', '*', '-', '&', '?', '!']
const LINK_PREFETCH = {
  selector: "JSXOpeningElement[name.name='Link']:not(:has(JSXAttribute[name.name='prefetch']))",
  message: 'Give every <Link> prefetch={false}: nothing is downloaded for pages the reader may never open (components/layout/nav-link.tsx prefetches on intent instead).',
}

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: ['dist/**', '.next/**', '.next-*/**', 'test-results*/**', '.contentlayer/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'data/**', '.bench-blank/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      // Families on pay-as-you-go phones pay for every page a link prefetches as it scrolls past.
      'no-restricted-syntax': ['error', LINK_PREFETCH],
    },
  },
  {
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    // The editors' own notice while `npm run dev` runs, in English like the content check's messages.
    ignores: ['components/dev/**'],
    rules: {
      // Text between tags: punctuation only ("Missing JSX expression container" means a word: see WORDS_MESSAGE).
      'react/jsx-no-literals': ['error', { allowedStrings: PUNCTUATION }],
      'no-restricted-syntax': [
        'error',
        LINK_PREFETCH,
        // Words people read or hear in attributes, and words written as {'…'} or {`…`} between tags.
        { selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|title|alt|placeholder|label)$/] > Literal[value=/[A-Za-z]/]', message: WORDS_MESSAGE },
        { selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|title|alt|placeholder|label)$/] > JSXExpressionContainer > Literal[value=/[A-Za-z]/]', message: WORDS_MESSAGE },
        { selector: ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > Literal[value=/[A-Za-z]/]', message: WORDS_MESSAGE },
        { selector: ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]/]', message: WORDS_MESSAGE },
      ],
    },
  },
]

export default config
