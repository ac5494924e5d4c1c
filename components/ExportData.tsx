import { useEffect, useState } from 'preact/hooks';
import type { ErrorData } from '../lib/errors';
import { t } from '../lib/i18n';
import { sendIntent } from '../lib/messaging';
import { errorText } from '../lib/words/error-text';

interface ExportFile {
  url: string;
  name: string;
  titles: number;
}

/** "Export my data": the background's JSON as a file, downloaded through a blob link on this page. */
export function ExportData() {
  const [file, setFile] = useState<ExportFile>();
  const [error, setError] = useState<ErrorData>();
  const [busy, setBusy] = useState(false);
  // The blob lives as long as the page shows its link.
  useEffect(() => {
    if (!file) return;
    return () => URL.revokeObjectURL(file.url);
  }, [file]);

  const exportData = async () => {
    setBusy(true);
    setError(undefined);
    const answer = await sendIntent('exportData', {});
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    const json = `${JSON.stringify(answer.value, null, 2)}\n`;
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const name = `simkl-extension-export-${answer.value.exportedAt.slice(0, 10)}.json`;
    setFile({ url, name, titles: answer.value.library.length });
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
  };

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('optionsExportHeading')}</h2>
      <p id="export-help" class="muted">
        {t('optionsExportHelp')}
      </p>
      <div class="row">
        <button
          type="button"
          data-action="export"
          aria-describedby="export-help"
          disabled={busy}
          onClick={exportData}
        >
          {t('optionsExport')}
        </button>
        {file && (
          <a href={file.url} download={file.name} data-testid="export-link">
            {t('optionsExportReady', file.name)}
          </a>
        )}
      </div>
      {file && (
        <p role="status" data-testid="export-count">
          {t('optionsExportEntries', file.titles)}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {errorText(error)}
        </p>
      )}
    </section>
  );
}
