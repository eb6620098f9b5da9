import coreWebVitals from 'eslint-config-next/core-web-vitals'
import typescript from 'eslint-config-next/typescript'

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
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name='Link']:not(:has(JSXAttribute[name.name='prefetch']))",
          message: 'Give every <Link> prefetch={false}: nothing is downloaded for pages the reader may never open (components/layout/nav-link.tsx prefetches on intent instead).',
        },
      ],
    },
  },
]

export default config
