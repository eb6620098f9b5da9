import { ATTENDING, ATTENDING_LABELS, type Attending } from '@/lib/content/enums'

// How families take part, as the profile's schedule attending_type ("how to attend this
// service", free text): the labels, joined. Read back by the words, so another feed's sentence
// ("in-person or remotely via video") is understood too.

export function attendingType(attending: readonly Attending[]): string {
  return attending.map((way) => ATTENDING_LABELS[way]).join(', ')
}

const WORDS: Record<Attending, RegExp> = {
  'in-person': /\bin[ -]person\b|\bface[ -]to[ -]face\b/i,
  online: /\bonline\b|\bremote(ly)?\b|\bvideo\b|\bvirtual\b/i,
  phone: /\b(tele)?phone\b/i,
  'at-home': /\bat home\b|\bhome visits?\b/i,
}

export function readAttendingType(text: string): Attending[] {
  return ATTENDING.filter((way) => WORDS[way].test(text))
}

/** Whether the text is exactly what attendingType writes (else the reading is a guess the editor checks). */
export function isOwnAttendingType(text: string): boolean {
  return attendingType(readAttendingType(text)) === text.trim()
}
