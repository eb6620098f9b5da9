import { enhance } from './main'

// The production bundle's entry (scripts/build-enhance.ts).
enhance()
