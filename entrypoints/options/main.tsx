import { render } from 'preact';
import '../../components/ui.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { declareDocumentLanguage, t } from '../../lib/i18n';
import { App } from './App';

declareDocumentLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) {
  render(
    <ErrorBoundary>
      <App />
    </ErrorBoundary>,
    root,
  );
}
