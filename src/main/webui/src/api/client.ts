import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiProblem, NetworkProblem, problemFrom } from './problem';
import { currentAccessToken, renew } from './session';

const retries = new WeakMap<Request, Request>();

const auth: Middleware = {
  onRequest({ request }) {
    const token = currentAccessToken();
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    if (token && !request.url.includes('/api/v1/auth/')) retries.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    const again = retries.get(request);
    retries.delete(request);
    // An access token can expire between the timer's renewal and a request (a sleeping phone):
    // renew once and repeat the request, so nobody is signed out for that.
    if (response.status === 401 && again && (await renew())) {
      again.headers.set('Authorization', `Bearer ${currentAccessToken()}`);
      return fetch(again);
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '', headers: { Accept: 'application/json' } });
api.use(auth);

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's data, or the problem document thrown as {@link ApiProblem}. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (e) {
    throw new NetworkProblem(e instanceof Error ? e.message : String(e));
  }
  if (!answer.response.ok) throw problemFrom(answer.response, answer.error);
  return answer.data as T;
}

export { ApiProblem };
