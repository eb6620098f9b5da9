// Pure keyboard logic for the "press Shift three times to exit" shortcut. It knows nothing
// about the DOM so every rule can be unit tested with plain objects.

/** GOV.UK allows 5 seconds between presses; people under stress are not fast typists. */
export const SHIFT_WINDOW_MS = 5000
export const PRESSES_TO_EXIT = 3

export const EXPIRED_MESSAGE = 'Exit this page expired.'
export const LOADING_MESSAGE = 'Loading.'

/** The parts of a KeyboardEvent the counter needs; a real KeyboardEvent fits this shape. */
export type KeyInput = {
  type: string
  key: string
  code: string
  repeat: boolean
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
  /** Milliseconds on any steady clock, e.g. event.timeStamp. */
  timeStamp: number
}

export type ShiftCounterResult =
  | { action: 'none' }
  | { action: 'progress'; count: number; remaining: number }
  | { action: 'reset' }
  | { action: 'exit' }

export type ShiftCounter = {
  handle(event: KeyInput): ShiftCounterResult
  /** Called by the caller's timer when the window has passed; true if a count was dropped. */
  expire(): boolean
  readonly count: number
}

export function progressMessage(remaining: number): string {
  return `Shift, press ${remaining} more ${remaining === 1 ? 'time' : 'times'} to exit.`
}

const NONE: ShiftCounterResult = { action: 'none' }

export function createShiftCounter({
  windowMs = SHIFT_WINDOW_MS,
  pressesToExit = PRESSES_TO_EXIT,
}: { windowMs?: number; pressesToExit?: number } = {}): ShiftCounter {
  let count = 0
  let lastPressAt = 0
  // Each physical Shift key is tracked on its own (GOV.UK tracks one flag for both, so a
  // rolled left-right press loses a count). The value says whether this hold was used as a
  // modifier, in which case its release is not a press.
  const held = new Map<string, boolean>()

  function reset(): ShiftCounterResult {
    if (count === 0) return NONE
    count = 0
    return { action: 'reset' }
  }

  function handleShiftUp(code: string, time: number): ShiftCounterResult {
    const usedAsModifier = held.get(code)
    held.delete(code)
    // No matching keydown: Shift was already down when focus arrived, so we cannot tell
    // how it was used. Not counting is the safe side.
    if (usedAsModifier === undefined || usedAsModifier) return NONE
    if (count > 0 && time - lastPressAt > windowMs) count = 0
    count += 1
    lastPressAt = time
    if (count >= pressesToExit) {
      count = 0
      held.clear()
      return { action: 'exit' }
    }
    return { action: 'progress', count, remaining: pressesToExit - count }
  }

  return {
    handle(event) {
      const isShift = event.key === 'Shift'
      // Synthetic or on-screen keyboards may leave `code` empty; they then share one slot.
      const code = event.code || 'Shift'
      if (event.type === 'keydown') {
        if (isShift) {
          if (!event.repeat) held.set(code, event.ctrlKey || event.altKey || event.metaKey)
          return NONE
        }
        // Any other key: Shift held now is a modifier (capitals, Shift+Tab), and the run is over.
        for (const heldCode of held.keys()) held.set(heldCode, true)
        return reset()
      }
      if (event.type === 'keyup' && isShift) return handleShiftUp(code, event.timeStamp)
      return NONE
    },
    expire() {
      return reset().action === 'reset'
    },
    get count() {
      return count
    },
  }
}
