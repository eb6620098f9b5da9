// The path-to-regexp Next compiles into itself and matches rewrites' sources with: the unit test of
// lib/i18n/rewrites.ts matches with it too, so the test and Next read a source alike.
declare module 'next/dist/compiled/path-to-regexp' {
  export type Key = { name: string | number; prefix: string; suffix: string; pattern: string; modifier: string }
  export function pathToRegexp(path: string, keys?: Key[], options?: { sensitive?: boolean; strict?: boolean; end?: boolean }): RegExp
}
