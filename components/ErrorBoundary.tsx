import { Component, type ComponentChildren } from 'preact';
import { t } from '../lib/i18n';

/** A bug in one view shows a sentence instead of a blank popup. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown): void {
    console.error(error);
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? (
      <p class="error" role="alert">
        {t('error_internal')}
      </p>
    ) : (
      this.props.children
    );
  }
}
