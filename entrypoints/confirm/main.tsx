import { render } from 'preact';
import '../../components/ui.css';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { declareDocumentLanguage } from '../../lib/i18n';

// A link menu click: the background opens this window with the pending action's id alone.
declareDocumentLanguage();
const root = document.getElementById('app');
if (root) {
  render(
    <ErrorBoundary>
      <ConfirmAction id={new URLSearchParams(location.search).get('id') ?? ''} />
    </ErrorBoundary>,
    root,
  );
}
