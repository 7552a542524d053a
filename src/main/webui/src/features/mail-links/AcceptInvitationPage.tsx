import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Tokens } from '../../api/session';
import { useSession } from '../../app/SessionProvider';
import { Field } from '../../ui/Field';
import { ProblemAlert, useBlockedByThrottle } from '../../ui/ProblemAlert';
import { PublicPage } from '../../ui/PublicPage';
import { SignInForm } from '../sign-in/SignInForm';
import { login } from '../sign-in/signIn';
import { PasswordRules } from './PasswordRules';
import { useToken } from './useToken';

type Me = { memberships?: { bookId?: string }[] };

export default function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const token = useToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { status, signIn } = useSession();
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const blocked = useBlockedByThrottle(error);

  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => unwrap(api.GET('/api/v1/invitations/{token}', { params: { path: { token } } })),
    enabled: token !== '',
  });

  /** After joining: the book that was not mine before, or the start page. */
  async function goToNewBook(before: Set<string>) {
    await queryClient.invalidateQueries({ queryKey: ['me'] });
    const me = (await queryClient.fetchQuery({ queryKey: ['me'], queryFn: () => unwrap(api.GET('/api/v1/me')) })) as Me;
    const joined = (me.memberships ?? []).find((m) => m.bookId && !before.has(m.bookId));
    navigate(joined?.bookId ? `/books/${joined.bookId}` : '/', { replace: true });
  }

  async function joinAsSignedIn() {
    setBusy(true);
    setError(null);
    try {
      const me = (await unwrap(api.GET('/api/v1/me'))) as Me;
      const before = new Set((me.memberships ?? []).map((m) => m.bookId!));
      await unwrap(api.POST('/api/v1/invitations/accept', { body: { token } }));
      await goToNewBook(before);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function createAccount(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/invitations/accept', {
          body: { token, displayName: displayName.trim(), password, locale: i18n.language },
        }),
      );
      const r = await login(invitation.data!.email!, password);
      if ('tokens' in r && !r.enrollmentOnly) {
        signIn(r.tokens);
        await goToNewBook(new Set());
      } else {
        navigate('/sign-in', { replace: true });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function signedInThenJoin(tokens: Tokens) {
    signIn(tokens);
    void joinAsSignedIn();
  }

  if (!token) {
    return (
      <PublicPage title={t('invitation.title')}>
        <div className="alert alert-error" role="alert">
          <p>{t('mailLink.noToken')}</p>
        </div>
      </PublicPage>
    );
  }
  if (invitation.isPending) {
    return (
      <PublicPage title={t('invitation.title')}>
        <p role="status">{t('common.loading')}</p>
      </PublicPage>
    );
  }
  if (invitation.isError) {
    return (
      <PublicPage title={t('invitation.title')}>
        <p>{t('invitation.invalid')}</p>
        <ProblemAlert error={invitation.error} />
        <p>
          <Link to="/sign-in">{t('common.backToSignIn')}</Link>
        </p>
      </PublicPage>
    );
  }

  const inv = invitation.data;
  return (
    <PublicPage title={t('invitation.title')}>
      <dl className="facts">
        <dt>{t('invitation.book')}</dt>
        <dd>{inv.bookName ?? t('invitation.instance')}</dd>
        <dt>{t('invitation.role')}</dt>
        <dd>{inv.instanceAdmin && !inv.bookName ? t('roles.INSTANCE_ADMIN') : t(`roles.${inv.role}`)}</dd>
        <dt>{t('invitation.email')}</dt>
        <dd>{inv.email}</dd>
      </dl>

      {status === 'signedIn' ? (
        <>
          <ProblemAlert error={error} />
          <div className="actions">
            <button type="button" className="button primary" disabled={busy} onClick={() => void joinAsSignedIn()}>
              {t('invitation.join')}
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="choice" role="group" aria-label={t('invitation.choice')}>
            <button type="button" className="toggle" aria-pressed={mode === 'new'} onClick={() => { setMode('new'); setError(null); }}>
              {t('invitation.new')}
            </button>
            <button type="button" className="toggle" aria-pressed={mode === 'existing'} onClick={() => { setMode('existing'); setError(null); }}>
              {t('invitation.existing')}
            </button>
          </div>
          {mode === 'new' ? (
            <form onSubmit={createAccount} noValidate>
              <Field label={t('invitation.displayName')} name="displayName" autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
              <Field
                label={t('invitation.password')}
                name="password"
                type="password"
                autoComplete="new-password"
                required
                value={password}
                hint={<PasswordRules />}
                onChange={(e) => setPassword(e.target.value)}
              />
              <ProblemAlert error={error} />
              <div className="actions">
                <button type="submit" className="button primary" disabled={busy || blocked || displayName.trim() === '' || password === ''}>
                  {t('invitation.create')}
                </button>
              </div>
            </form>
          ) : (
            <>
              <p>{t('invitation.existingIntro')}</p>
              <SignInForm initialEmail={inv.email ?? ''} onSignedIn={(tokens) => signedInThenJoin(tokens)} />
              <ProblemAlert error={error} />
            </>
          )}
        </>
      )}
    </PublicPage>
  );
}
