import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { EXIT_SCRIPT, EXPIRED_MESSAGE, LOADING_MESSAGE, progressMessage, SHIFT_WINDOW_MS } from '@/lib/exit-this-page/exit-script'

// The inline exit script runs here in a bare V8 context with the few DOM parts it touches, so
// every keyboard rule is checked against the exact string the pages ship.

type KeyInput = {
  type: 'keydown' | 'keyup'
  key: string
  code: string
  repeat: boolean
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
  timeStamp: number
}

type ShiftCounterResult =
  | { action: 'none' }
  | { action: 'progress'; count: number; remaining: number }
  | { action: 'reset' }
  | { action: 'exit' }

const EXIT_URL = 'https://www.bbc.co.uk/weather'

class FakeElement {
  attributes = new Map<string, string>()
  children: FakeElement[] = []
  textContent = ''
  className = ''
  href = ''
  removed = false
  constructor(readonly selector = '') {}
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null
  }
  setAttribute(name: string, value: unknown) {
    this.attributes.set(name, String(value))
  }
  toggleAttribute(name: string, on: boolean) {
    if (on) this.attributes.set(name, '')
    else this.attributes.delete(name)
  }
  closest(selector: string) {
    return selector === 'a[data-exit-this-page]' && this.selector === 'exit-link' ? this : null
  }
  remove() {
    this.removed = true
  }
}

/** Loads the script once, as a page would, and reports what each event made it do. */
function loadScript(words: Record<string, string> = {}) {
  const lights = [new FakeElement(), new FakeElement(), new FakeElement()]
  const indicator = Object.assign(new FakeElement(), { children: lights })
  const messages: string[] = []
  const live = new FakeElement()
  Object.defineProperty(live, 'textContent', { get: () => messages.at(-1) ?? '', set: (text: string) => messages.push(text) })
  const link = Object.assign(new FakeElement('exit-link'), { href: EXIT_URL })
  const controls = new Map<string, FakeElement>([
    ['.exit-this-page-indicator', indicator],
    ['.exit-this-page [role=status]', live],
    ['a[data-exit-this-page]', link],
  ])
  // The page's words, as components/exit-this-page/exit-this-page.tsx writes them on the control.
  if (Object.keys(words).length > 0) {
    const control = new FakeElement()
    for (const [name, value] of Object.entries(words)) control.setAttribute(`data-${name}`, value)
    controls.set('[data-exit-messages]', control)
  }
  const classes = new Set<string>()
  const overlays: FakeElement[] = []
  const listeners = new Map<string, (event: unknown) => void>()
  const replaced: string[] = []
  const marks: string[] = []
  let timer: (() => void) | undefined
  const document = {
    title: 'Services',
    querySelector: (selector: string) => controls.get(selector) ?? null,
    documentElement: { classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c), contains: (c: string) => classes.has(c) } },
    body: { append: (element: FakeElement) => overlays.push(element) },
    createElement: () => new FakeElement(),
    querySelectorAll: () => overlays.filter((overlay) => !overlay.removed),
  }
  vm.runInNewContext(EXIT_SCRIPT, {
    document,
    Element: FakeElement,
    location: { replace: (url: string) => replaced.push(url) },
    performance: { mark: (name: string) => marks.push(name) },
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    setTimeout: (callback: () => void) => ((timer = callback), 1),
    clearTimeout: () => (timer = undefined),
  })
  const count = () => Number(indicator.attributes.get('data-count') ?? 0)

  const counter = {
    handle(event: KeyInput): ShiftCounterResult {
      const before = { replaced: replaced.length, messages: messages.length }
      listeners.get(event.type)?.(event)
      if (replaced.length > before.replaced) return { action: 'exit' }
      if (messages.length === before.messages) return { action: 'none' }
      return count() === 0 ? { action: 'reset' } : { action: 'progress', count: count(), remaining: 3 - count() }
    },
    /** Runs the expiry timer as if the window had passed; true if a count was dropped. */
    expire(): boolean {
      const pending = timer
      timer = undefined
      pending?.()
      return pending !== undefined
    },
    get count() {
      return count()
    },
  }
  return { counter, listeners, indicator, lights, messages, classes, overlays, replaced, marks, document, link }
}

function createShiftCounter() {
  return loadScript().counter
}
type ShiftCounter = ReturnType<typeof createShiftCounter>

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
})

describe('what the page shows and does', () => {
  it('is in force as soon as it runs: marks itself armed for tests and benchmarks', () => {
    const page = loadScript()
    expect(page.marks).toEqual(['exit-this-page-armed'])
    expect([...page.listeners.keys()].sort()).toEqual(['click', 'keydown', 'keyup', 'pageshow'])
  })

  it('lights one light per press and says how many are left, in the GOV.UK wording', () => {
    const page = loadScript()
    tapShift(page.counter, 0)
    expect(page.messages.at(-1)).toBe(progressMessage(2))
    expect(page.messages.at(-1)).toBe('Shift, press 2 more times to exit.')
    expect(page.lights.map((light) => light.attributes.has('data-lit'))).toEqual([true, false, false])
    tapShift(page.counter, 100, 'ShiftRight')
    expect(page.messages.at(-1)).toBe('Shift, press 1 more time to exit.')
    expect(page.lights.map((light) => light.attributes.has('data-lit'))).toEqual([true, true, false])
    expect(page.indicator.attributes.get('data-count')).toBe('2')
  })

  it('says the count expired when the window passes, and turns the lights off', () => {
    const page = loadScript()
    tapShift(page.counter, 0)
    page.counter.expire()
    expect(page.messages.at(-1)).toBe(EXPIRED_MESSAGE)
    expect(page.indicator.attributes.get('data-count')).toBe('0')
    expect(page.lights.some((light) => light.attributes.has('data-lit'))).toBe(false)
  })

  it('the third press hides the page, shows Loading. and replaces the location with the exit link', () => {
    const page = loadScript()
    for (const at of [0, 100, 200]) tapShift(page.counter, at)
    expect(page.replaced).toEqual([EXIT_URL])
    expect(page.classes.has('exit-this-page-leaving')).toBe(true)
    expect(page.overlays.map((overlay) => [overlay.className, overlay.attributes.get('role'), overlay.textContent])).toEqual([
      ['exit-this-page-overlay', 'alert', LOADING_MESSAGE],
    ])
    expect(page.document.title).toBe(LOADING_MESSAGE)
    expect(page.messages.at(-1)).toBe('')
  })

  it('says what it says in the page’s language when the control carries its words', () => {
    const page = loadScript({ 'press-2': 'Shift, pwyswch 2 waith eto.', 'press-1': 'Shift, pwyswch unwaith eto.', expired: 'Daeth i ben.', loading: 'Llwytho.' })
    tapShift(page.counter, 0)
    expect(page.messages.at(-1)).toBe('Shift, pwyswch 2 waith eto.')
    tapShift(page.counter, 100)
    expect(page.messages.at(-1)).toBe('Shift, pwyswch unwaith eto.')
    page.counter.expire()
    expect(page.messages.at(-1)).toBe('Daeth i ben.')
    for (const at of [6000, 6100, 6200]) tapShift(page.counter, at)
    expect(page.overlays.map((overlay) => overlay.textContent)).toEqual(['Llwytho.'])
    expect(page.document.title).toBe('Llwytho.')
  })

  it('a click on an exit link leaves by replace; a click elsewhere does nothing', () => {
    const page = loadScript()
    let prevented = 0
    const click = (target: unknown) => page.listeners.get('click')?.({ target, preventDefault: () => prevented++ })
    click(new FakeElement('other'))
    click('not an element')
    expect(page.replaced).toEqual([])
    click(page.link)
    click(page.link)
    expect(prevented).toBe(2)
    expect(page.replaced).toEqual([EXIT_URL, EXIT_URL])
    expect(page.overlays).toHaveLength(1)
  })

  it('shows the page again when the browser restores it from the back/forward cache', () => {
    const page = loadScript()
    page.listeners.get('click')?.({ target: page.link, preventDefault: () => undefined })
    page.listeners.get('pageshow')?.({ persisted: false })
    expect(page.classes.has('exit-this-page-leaving')).toBe(true)
    page.listeners.get('pageshow')?.({ persisted: true })
    expect(page.classes.has('exit-this-page-leaving')).toBe(false)
    expect(page.overlays.every((overlay) => overlay.removed)).toBe(true)
    expect(page.document.title).toBe('Services')
  })

  it('stays small enough to inline on every page', () => {
    expect(Buffer.byteLength(EXIT_SCRIPT)).toBeLessThan(2048)
  })
})
