import { render } from 'preact';
import '../../components/ui.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { MatchWindow } from '../../components/MatchWindow';
import { declareDocumentLanguage } from '../../lib/i18n';

// "Not this?" from a page's control: the background opens this window with the page's media.
declareDocumentLanguage();
const root = document.getElementById('app');
if (root) {
  render(
    <ErrorBoundary>
      <MatchWindow param={new URLSearchParams(location.search).get('media')} />
    </ErrorBoundary>,
    root,
  );
}
