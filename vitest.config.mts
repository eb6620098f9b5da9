import { defineConfig } from 'vitest/config'
import path from 'node:path'

const root = import.meta.dirname

export default defineConfig({
  resolve: {
    alias: {
      'contentlayer/generated': path.join(root, '.contentlayer/generated'),
      'server-only': path.join(root, 'node_modules/server-only/empty.js'),
      '@': root,
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
})
