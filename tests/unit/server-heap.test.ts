import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'
import { serverExecArgv, serverMallocEnv } from '@/lib/server/heap'

describe('the heap cap each server process starts with', () => {
  it('is 256 MB unless SERVER_HEAP_MB says otherwise', () => {
    expect(parseEnv({}).SERVER_HEAP_MB).toBe(256)
    expect(serverExecArgv(parseEnv({ SERVER_HEAP_MB: '384' }).SERVER_HEAP_MB, [], '')).toEqual(['--max-old-space-size=384'])
  })

  it('keeps the options the starting process was given', () => {
    expect(serverExecArgv(256, ['--enable-source-maps'], '')).toEqual(['--enable-source-maps', '--max-old-space-size=256'])
  })

  it('leaves a heap size the operator set (on the command line or in NODE_OPTIONS) alone', () => {
    expect(serverExecArgv(256, ['--max-old-space-size=1024'], '')).toEqual(['--max-old-space-size=1024'])
    expect(serverExecArgv(256, [], '--trace-gc --max-old-space-size=1024')).toEqual([])
    expect(serverExecArgv(256, [], '--max_old_space_size=512')).toEqual([])
  })

  it('refuses a cap too small to run the site, naming the variable and the fix', () => {
    expect(() => parseEnv({ SERVER_HEAP_MB: '64' })).toThrow(/SERVER_HEAP_MB: "64" is not a whole number from 128 to 16384: use for example 256/)
  })
})

describe('the malloc setting each server process starts with', () => {
  it('maps blocks of 64 KB and more on their own, unless the operator tuned malloc already', () => {
    expect(serverMallocEnv({})).toEqual({ MALLOC_MMAP_THRESHOLD_: '65536' })
    expect(serverMallocEnv({ MALLOC_MMAP_THRESHOLD_: '131072' })).toEqual({})
    expect(serverMallocEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' })).toEqual({})
  })
})
