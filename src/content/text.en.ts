// Kept for the tests that name one language's text: the words live in lang/en.ts.
export { text as TEXT_EN } from './lang/en';
