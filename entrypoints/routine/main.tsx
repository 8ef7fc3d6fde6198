import '@/src/zod-setup';
import { mountApp } from '@/src/ui/mount';

// The routine in its own window (Pop out, or a prompt's Start where the popup cannot open): the
// same screens as the popup, roomier, and it stays open when focus moves elsewhere.
void mountApp('window');
