import { render } from 'preact';
import '../../components/ui.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { prefetchLocalReads } from '../../components/use-local-item-view';
import { declareDocumentLanguage } from '../../lib/i18n';
import { App } from './App';

// First: the databases open while the tab is asked for its title.
prefetchLocalReads();
declareDocumentLanguage();
const root = document.getElementById('app');
if (root) {
  render(
    <ErrorBoundary>
      <App />
    </ErrorBoundary>,
    root,
  );
}
