import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { PublicPage } from '../../ui/PublicPage';
import { useToken } from './useToken';

/**
 * /verify-email and /confirm-email-change: both confirm with POST /auth/email-verification/confirm.
 * The address is confirmed by a tap, not on load, so that a mail scanner opening the link confirms nothing.
 */
export default function ConfirmEmailPage({ kind }: { kind: 'verify' | 'change' }) {
  const { t } = useTranslation();
  const token = useToken();
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/email-verification/confirm', { body: { token } })),
  });

  return (
    <PublicPage title={t(`confirmEmail.${kind}.title`)}>
      {!token ? (
        <div className="alert alert-error" role="alert">
          <p>{t('mailLink.noToken')}</p>
        </div>
      ) : confirm.isSuccess ? (
        <div className="alert alert-success" role="status">
          <p>{t(`confirmEmail.${kind}.done`)}</p>
        </div>
      ) : (
        <>
          <p>{t(`confirmEmail.${kind}.intro`)}</p>
          <ProblemAlert error={confirm.error} />
          <div className="actions">
            <button type="button" className="button primary" disabled={confirm.isPending} onClick={() => confirm.mutate()}>
              {t(`confirmEmail.${kind}.submit`)}
            </button>
          </div>
        </>
      )}
      <p>
        <Link to="/">{t('common.toApp')}</Link>
      </p>
    </PublicPage>
  );
}
