// biome-ignore-all assist/source/organizeImports: the order is the evaluation order, see below.
import '@/src/zod-setup';
// Before the app's modules: the first reads start as this one is evaluated (first-reads.ts).
import { firstReads } from '@/src/ui/stores/first-reads';
import { mountApp } from '@/src/ui/mount';

// The entry of the popup and of the routine's own window (routine.html, which loads this same
// file): one entry means one file of startup code for both, not an entry plus a chunk they share.
// The window (Pop out, or a prompt's Start where the popup cannot open) shows the same screens,
// roomier, and stays open when focus moves elsewhere; its page says so in <body data-layout>.
void mountApp(document.body.dataset.layout === 'window' ? 'window' : 'popup', firstReads);
