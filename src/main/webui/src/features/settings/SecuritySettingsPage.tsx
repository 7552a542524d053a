import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/useMe';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { PasswordChange } from './PasswordChange';
import './settings.css';

/**
 * My settings, security: two-factor sign-in with an authenticator app (TOTP). Set up: the API
 * answers the secret, its otpauth URI and the QR code as a PNG (so no QR library is shipped); a code
 * from the app confirms it and the API answers the recovery codes, shown here once. Remove: password
 * and a current code. Above it the password change. The other sections of "my settings" are listed in
 * sections.ts.
 */
export default function SecuritySettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [removeCode, setRemoveCode] = useState('');

  const start = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/me/mfa/totp')) });
  const confirm = useMutation({
    mutationFn: (c: string) => unwrap(api.POST('/api/v1/me/mfa/totp/confirm', { body: { code: c } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['me'] }),
  });
  const remove = useMutation({
    mutationFn: (body: { password: string; code: string }) => unwrap(api.DELETE('/api/v1/me/mfa/totp', { body })),
    onSuccess: () => {
      setPassword('');
      setRemoveCode('');
      start.reset();
      confirm.reset();
      return client.invalidateQueries({ queryKey: ['me'] });
    },
  });

  if (me.isPending) return <p role="status">{t('common.loading')}</p>;
  if (me.isError) return <ProblemAlert error={me.error} />;

  const recoveryCodes = confirm.data?.recoveryCodes;
  const enrollment = start.data;

  function confirmCode(event: FormEvent) {
    event.preventDefault();
    confirm.mutate(code.replace(/\s/g, ''));
  }

  function removeTotp(event: FormEvent) {
    event.preventDefault();
    remove.mutate({ password, code: removeCode.replace(/\s/g, '') });
  }

  return (
    <section className="settings">
      <h1>{t('settings.title')}</h1>
      <PasswordChange />
      <h2>{t('settings.totp.title')}</h2>

      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} />
      ) : me.data.mfaEnabled ? (
        <>
          {remove.isSuccess ? null : <p className="alert alert-success">{t('settings.totp.enabled')}</p>}
          <form onSubmit={removeTotp} noValidate className="settings-form">
            <h3>{t('settings.totp.removeTitle')}</h3>
            <p>{t('settings.totp.removeIntro')}</p>
            <Field label={t('settings.totp.password')} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            <Field label={t('settings.totp.code')} name="code" inputMode="numeric" autoComplete="one-time-code" value={removeCode} onChange={(e) => setRemoveCode(e.target.value)} />
            <ProblemAlert error={remove.error} />
            <div className="actions">
              <button type="submit" className="button" disabled={remove.isPending || password === '' || removeCode.trim() === ''}>
                {t('settings.totp.remove')}
              </button>
            </div>
          </form>
        </>
      ) : enrollment ? (
        <div className="settings-form">
          {remove.isSuccess && <p className="alert alert-info">{t('settings.totp.removed')}</p>}
          <ol className="steps">
            <li>{t('settings.totp.stepScan')}</li>
          </ol>
          {enrollment.qrCodePng && (
            <img className="qr" src={`data:image/png;base64,${enrollment.qrCodePng}`} alt={t('settings.totp.qrAlt')} width={220} height={220} />
          )}
          <p>{t('settings.totp.secretIntro')}</p>
          <p className="secret">
            <code>{groups(enrollment.secret ?? '')}</code>
          </p>
          {enrollment.otpauthUri && (
            <p>
              <a href={enrollment.otpauthUri}>{t('settings.totp.openApp')}</a>
            </p>
          )}
          <form onSubmit={confirmCode} noValidate>
            <ol className="steps" start={2}>
              <li>{t('settings.totp.stepCode')}</li>
            </ol>
            <Field label={t('settings.totp.code')} name="code" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
            <ProblemAlert error={confirm.error} />
            <div className="actions">
              <button type="submit" className="button primary" disabled={confirm.isPending || code.trim() === ''}>
                {t('settings.totp.confirm')}
              </button>
            </div>
          </form>
        </div>
      ) : (
        <div className="settings-form">
          {remove.isSuccess && <p className="alert alert-info">{t('settings.totp.removed')}</p>}
          <p>{t('settings.totp.intro')}</p>
          <ProblemAlert error={start.error} />
          <div className="actions">
            <button type="button" className="button primary" disabled={start.isPending} onClick={() => start.mutate()}>
              {t('settings.totp.start')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** The recovery codes, once: each works one time instead of a code from the app. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const [download, setDownload] = useState<string | null>(null);
  const text = `${t('settings.totp.fileHeading')}\n\n${codes.join('\n')}\n`;

  useEffect(() => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    setDownload(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);

  return (
    <div className="settings-form">
      <p className="alert alert-success" role="status">
        {t('settings.totp.done')}
      </p>
      <h3>{t('settings.totp.codesTitle')}</h3>
      <p>{t('settings.totp.codesIntro')}</p>
      <ul className="recovery-codes" aria-label={t('settings.totp.codesTitle')}>
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard.writeText(codes.join('\n')).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('settings.totp.copy')}
        </button>
        {download && (
          <a className="button" href={download} download="cet-recovery-codes.txt">
            {t('settings.totp.download')}
          </a>
        )}
      </div>
      {copied && <p role="status">{t('settings.totp.copied')}</p>}
    </div>
  );
}

/** The secret in groups of four, easier to type off the screen. */
function groups(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}
