import { render } from 'preact';
import '../../components/ui.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { declareDocumentLanguage } from '../../lib/i18n';
import { startFirstReads } from '../../lib/popup/first-reads';
import { App } from './App';

// First: the tab's title and its view are asked for while the popup is drawn.
const first = startFirstReads(location.search);
declareDocumentLanguage();
const root = document.getElementById('app');
if (root) {
  render(
    <ErrorBoundary>
      <App first={first} />
    </ErrorBoundary>,
    root,
  );
}
