import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/SessionProvider';
import { PublicPage } from '../../ui/PublicPage';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  const { t } = useTranslation();
  const { status, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [enrollmentOnly, setEnrollmentOnly] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (status === 'signedIn' && !enrollmentOnly) return <Navigate to={from} replace />;
  return (
    <PublicPage title={t('signIn.title')}>
      {enrollmentOnly ? (
        <div className="alert alert-info" role="status">
          <p>{t('signIn.enrollmentRequired')}</p>
        </div>
      ) : (
        <SignInForm
          onSignedIn={(tokens, onlyEnrollment) => {
            signIn(tokens);
            if (onlyEnrollment) setEnrollmentOnly(true);
            else navigate(from, { replace: true });
          }}
        />
      )}
    </PublicPage>
  );
}
