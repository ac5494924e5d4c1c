import { defineContentScript } from 'wxt/utils/define-content-script';
import { runHistoryImport } from '../lib/page/import/history-import';

/**
 * Importing the viewing history (docs/architecture.md, The import), in a script of its own that runs only on
 * the history page: the control's script stays within its budget, and no other Netflix page carries this
 * code.
 */
export default defineContentScript({
  matches: ['https://www.netflix.com/viewingactivity*'],
  runAt: 'document_idle',
  main: (ctx) => runHistoryImport(ctx),
});
