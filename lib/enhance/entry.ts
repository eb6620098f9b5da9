import { enhanceInTurn } from './main'

// The production bundle's entry (scripts/build-enhance.ts).
void enhanceInTurn()
