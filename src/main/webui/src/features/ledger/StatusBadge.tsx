import { useTranslation } from 'react-i18next';

/** An entry's status as a word with a colour band (the word carries the meaning, the colour only helps). */
export function StatusBadge({ status }: { status?: string }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`ledger.status.${status}`)}</span>;
}
