import { render } from 'preact';
import '../../components/ui.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { declareDocumentLanguage } from '../../lib/i18n';
import { App } from './App';

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
