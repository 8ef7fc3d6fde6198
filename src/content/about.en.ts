// Kept for the tests that name one language's about: the words live in lang/en.ts.
export { about as ABOUT_EN } from './lang/en';
