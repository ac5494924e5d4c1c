import { render } from 'preact';
import '../../components/ui.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  render(
    <ErrorBoundary>
      <App />
    </ErrorBoundary>,
    root,
  );
}
