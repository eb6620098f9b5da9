// Words too common to tell documents apart ("my son won't go to school" searches for son, go,
// school). English, not council-specific; `s` and `t` are what is left of "child's" and "won't".
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about am an and are as at be been but by can could did do does don for from had has have he her him his how i
  if in into is isn it its just me my no not of on or our s she so t than that the their them then there these they
  this those to too us very was we were what when where which who why will with won would you your`.split(/\s+/),
)
