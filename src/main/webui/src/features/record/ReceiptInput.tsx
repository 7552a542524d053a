import { useEffect, useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { prepareReceipt, type PreparedFile } from './shrink';

const ACCEPT = 'image/*,application/pdf';

/**
 * The receipt: from the phone's camera (`capture`), from a file, or dropped onto the box. Photos are
 * shrunk here, before anything is kept or uploaded.
 */
export function ReceiptInput({ value, onChange }: { value: PreparedFile | null; onChange: (file: PreparedFile | null) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [preparing, setPreparing] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => {
    if (!value || !value.blob.type.startsWith('image/')) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(value.blob);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [value]);

  async function take(file: File | undefined) {
    if (!file) return;
    setPreparing(true);
    try {
      onChange(await prepareReceipt(file));
    } finally {
      setPreparing(false);
    }
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files[0]);
  }

  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.language.startsWith('en') ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 }).format(
      bytes >= 1_000_000 ? bytes / 1_000_000 : bytes / 1000,
    ) + (bytes >= 1_000_000 ? ' MB' : ' KB');

  return (
    <fieldset
      className={`field receipt${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <legend>{t('record.receipt')}</legend>
      {value ? (
        <div className="receipt-chosen">
          {preview && <img src={preview} alt={t('record.receiptPreview')} className="receipt-preview" />}
          <p aria-live="polite" id={`${id}-status`}>
            {value.fileName} · {size(value.blob.size)}
            {value.originalSize && <> · {t('record.receiptShrunk', { from: size(value.originalSize) })}</>}
          </p>
          <button type="button" className="button" onClick={() => onChange(null)}>
            {t('record.receiptRemove')}
          </button>
        </div>
      ) : (
        <>
          <div className="receipt-buttons">
            <label className="button file-button">
              <input type="file" accept={ACCEPT} capture="environment" className="visually-hidden" onChange={(e) => void take(e.target.files?.[0])} />
              {t('record.receiptCamera')}
            </label>
            <label className="button file-button">
              <input type="file" accept={ACCEPT} className="visually-hidden" onChange={(e) => void take(e.target.files?.[0])} />
              {t('record.receiptFile')}
            </label>
          </div>
          <p className="muted drop-hint">{t('record.receiptDrop')}</p>
          {preparing && <p role="status">{t('record.receiptPreparing')}</p>}
        </>
      )}
    </fieldset>
  );
}
