import { describe, expect, it } from 'vitest'
import {
  createShiftCounter,
  progressMessage,
  SHIFT_WINDOW_MS,
  type KeyInput,
  type ShiftCounter,
  type ShiftCounterResult,
} from '@/components/exit-this-page/shift-counter'

type Side = 'ShiftLeft' | 'ShiftRight'

function key(type: 'keydown' | 'keyup', keyName: string, timeStamp: number, extra: Partial<KeyInput> = {}): KeyInput {
  const code = keyName === 'Shift' ? 'ShiftLeft' : keyName.length === 1 ? `Key${keyName.toUpperCase()}` : keyName
  return { type, key: keyName, code, repeat: false, ctrlKey: false, altKey: false, metaKey: false, timeStamp, ...extra }
}

/** A clean press and release of one Shift key; returns what the release produced. */
function tapShift(counter: ShiftCounter, at: number, side: Side = 'ShiftLeft'): ShiftCounterResult {
  counter.handle(key('keydown', 'Shift', at, { code: side }))
  return counter.handle(key('keyup', 'Shift', at + 50, { code: side }))
}

/** Types text the way a keyboard sends it: Shift held for capitals. */
function type(counter: ShiftCounter, text: string, start: number): ShiftCounterResult[] {
  const results: ShiftCounterResult[] = []
  let at = start
  for (const char of text) {
    const capital = char !== char.toLowerCase()
    if (capital) results.push(counter.handle(key('keydown', 'Shift', at++)))
    results.push(counter.handle(key('keydown', char, at++, {})))
    results.push(counter.handle(key('keyup', char, at++)))
    if (capital) results.push(counter.handle(key('keyup', 'Shift', at++)))
  }
  return results
}

describe('shift counter', () => {
  it('exits on the third clean Shift press and reports progress before that', () => {
    const counter = createShiftCounter()
    expect(tapShift(counter, 0)).toEqual({ action: 'progress', count: 1, remaining: 2 })
    expect(tapShift(counter, 500)).toEqual({ action: 'progress', count: 2, remaining: 1 })
    expect(tapShift(counter, 1000)).toEqual({ action: 'exit' })
    expect(counter.count).toBe(0)
  })

  it('counts left and right Shift the same, in any mix', () => {
    for (const sides of [
      ['ShiftLeft', 'ShiftRight', 'ShiftLeft'],
      ['ShiftRight', 'ShiftRight', 'ShiftLeft'],
      ['ShiftRight', 'ShiftLeft', 'ShiftRight'],
    ] as const) {
      const counter = createShiftCounter()
      const results = sides.map((side, index) => tapShift(counter, index * 300, side).action)
      expect(results, sides.join(',')).toEqual(['progress', 'progress', 'exit'])
    }
  })

  it('counts a rolled press (right goes down before left comes up) as two presses', () => {
    const counter = createShiftCounter()
    counter.handle(key('keydown', 'Shift', 0, { code: 'ShiftLeft' }))
    counter.handle(key('keydown', 'Shift', 30, { code: 'ShiftRight' }))
    expect(counter.handle(key('keyup', 'Shift', 60, { code: 'ShiftLeft' })).action).toBe('progress')
    expect(counter.handle(key('keyup', 'Shift', 90, { code: 'ShiftRight' })).action).toBe('progress')
    expect(tapShift(counter, 200).action).toBe('exit')
  })

  it('never counts typing capitals', () => {
    const counter = createShiftCounter()
    const results = type(counter, 'Hello World ABC', 0)
    expect(results.map((result) => result.action)).not.toContain('progress')
    expect(results.map((result) => result.action)).not.toContain('exit')
    expect(counter.count).toBe(0)
  })

  it('never counts Shift+Tab, even three times in a row', () => {
    const counter = createShiftCounter()
    for (let press = 0; press < 3; press++) {
      const at = press * 200
      counter.handle(key('keydown', 'Shift', at))
      counter.handle(key('keydown', 'Tab', at + 10))
      counter.handle(key('keyup', 'Tab', at + 20))
      expect(counter.handle(key('keyup', 'Shift', at + 30)).action).toBe('none')
    }
    expect(counter.count).toBe(0)
  })

  it('does not count Shift pressed with Ctrl, Alt or Meta already held', () => {
    const counter = createShiftCounter()
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      counter.handle(key('keydown', 'Shift', 0, { [modifier]: true }))
      expect(counter.handle(key('keyup', 'Shift', 10)).action, modifier).toBe('none')
    }
  })

  it('resets the count when any other key is pressed', () => {
    const counter = createShiftCounter()
    tapShift(counter, 0)
    tapShift(counter, 200)
    expect(counter.handle(key('keydown', 'a', 300))).toEqual({ action: 'reset' })
    expect(tapShift(counter, 400)).toEqual({ action: 'progress', count: 1, remaining: 2 })
  })

  it('starts again when the gap between presses is longer than the window', () => {
    const counter = createShiftCounter()
    tapShift(counter, 0)
    tapShift(counter, 1000)
    expect(tapShift(counter, 1050 + SHIFT_WINDOW_MS + 1)).toEqual({ action: 'progress', count: 1, remaining: 2 })
  })

  it('allows each press up to the window after the previous one', () => {
    const counter = createShiftCounter()
    tapShift(counter, 0)
    tapShift(counter, SHIFT_WINDOW_MS - 100)
    expect(tapShift(counter, 2 * SHIFT_WINDOW_MS - 200).action).toBe('exit')
  })

  it('expire() drops a count once, and only when there is one', () => {
    const counter = createShiftCounter()
    expect(counter.expire()).toBe(false)
    tapShift(counter, 0)
    expect(counter.expire()).toBe(true)
    expect(counter.count).toBe(0)
    expect(counter.expire()).toBe(false)
  })

  it('ignores key repeat while Shift is held, and a release with no press seen', () => {
    const counter = createShiftCounter()
    counter.handle(key('keydown', 'Shift', 0))
    counter.handle(key('keydown', 'Shift', 500, { repeat: true }))
    expect(counter.handle(key('keyup', 'Shift', 600)).action).toBe('progress')
    expect(counter.handle(key('keyup', 'Shift', 700)).action).toBe('none')
  })

  it('honours a custom window and press count', () => {
    const counter = createShiftCounter({ windowMs: 100, pressesToExit: 2 })
    tapShift(counter, 0)
    expect(tapShift(counter, 500).action).toBe('progress')
    expect(tapShift(counter, 560).action).toBe('exit')
  })
})

describe('progress message', () => {
  it('matches the GOV.UK wording', () => {
    expect(progressMessage(2)).toBe('Shift, press 2 more times to exit.')
    expect(progressMessage(1)).toBe('Shift, press 1 more time to exit.')
  })
})
