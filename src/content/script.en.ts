// Kept for the tests that name one language's script: the words live in lang/en.ts.
export { script as SCRIPT_EN } from './lang/en';
