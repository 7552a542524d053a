import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert';

/** A button that fetches a file with the session's token and saves it (see saveDownload). */
export function DownloadButton({ label, fetchFile, testId }: { label: string; fetchFile: () => Promise<string>; testId?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      setSaved(await fetchFile());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="download">
      <button type="button" className="button" disabled={busy} onClick={() => void run()} data-testid={testId}>
        {busy ? t('yearEnd.downloading') : label}
      </button>
      <span role="status" className="muted">
        {saved ? t('yearEnd.saved', { name: saved }) : ''}
      </span>
      <ProblemAlert error={error} />
    </div>
  );
}
