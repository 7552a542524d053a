import { api, unwrap } from '../../api/client';
import type { Tokens } from '../../api/session';

/** The first step's answer: tokens, or the MFA step's token. */
export type LoginResult = { tokens: Tokens; enrollmentOnly: boolean } | { mfaToken: string };

type TokensAnswer = {
  accessToken?: string;
  refreshToken?: string;
  expiresIn?: number;
  mfaRequired?: boolean;
  mfaToken?: string;
  mfaEnrollmentRequired?: boolean;
};

function result(answer: TokensAnswer): LoginResult {
  if (answer.mfaRequired && answer.mfaToken) return { mfaToken: answer.mfaToken };
  return {
    tokens: { accessToken: answer.accessToken!, refreshToken: answer.refreshToken!, expiresIn: answer.expiresIn ?? 600 },
    enrollmentOnly: answer.mfaEnrollmentRequired === true,
  };
}

export async function login(email: string, password: string): Promise<LoginResult> {
  return result(await unwrap(api.POST('/api/v1/auth/login', { body: { email, password } })));
}

export async function loginWithCode(mfaToken: string, code: string): Promise<LoginResult> {
  return result(await unwrap(api.POST('/api/v1/auth/login/mfa', { body: { mfaToken, code } })));
}
