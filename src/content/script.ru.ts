// Kept for the tests that name one language's script: the words live in lang/ru.ts.
export { script as SCRIPT_RU } from './lang/ru';
