/**
 * The WebAuthn calls of the browser with the JSON the API speaks: binary members are base64url
 * strings there (as in WebAuthn Level 3's `parseCreationOptionsFromJSON` / `toJSON()`), ArrayBuffers
 * here. Converted by hand because those JSON helpers are missing in browsers we still serve.
 */

type Json = Record<string, unknown>;

export function fromBase64Url(text: string): ArrayBuffer {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export function toBase64Url(buffer: ArrayBuffer | ArrayBufferView): string {
  const bytes = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function descriptors(list: unknown): PublicKeyCredentialDescriptor[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.map((d: Json) => ({ ...d, id: fromBase64Url(d.id as string) }) as PublicKeyCredentialDescriptor);
}

export function creationOptions(json: Json): PublicKeyCredentialCreationOptions {
  const user = json.user as Json;
  return {
    ...(json as unknown as PublicKeyCredentialCreationOptions),
    challenge: fromBase64Url(json.challenge as string),
    user: { ...(user as unknown as PublicKeyCredentialUserEntity), id: fromBase64Url(user.id as string) },
    excludeCredentials: descriptors(json.excludeCredentials),
  };
}

export function requestOptions(json: Json): PublicKeyCredentialRequestOptions {
  return {
    ...(json as unknown as PublicKeyCredentialRequestOptions),
    challenge: fromBase64Url(json.challenge as string),
    allowCredentials: descriptors(json.allowCredentials),
  };
}

function common(credential: PublicKeyCredential, response: Json): Json {
  return {
    id: credential.id,
    rawId: toBase64Url(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    response,
    clientExtensionResults: credential.getClientExtensionResults(),
  };
}

/** navigator.credentials.create with the API's options; answers the credential as the API reads it. */
export async function createPasskey(publicKey: Json): Promise<Json> {
  const credential = (await navigator.credentials.create({ publicKey: creationOptions(publicKey) })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('no credential', 'NotAllowedError');
  const r = credential.response as AuthenticatorAttestationResponse;
  return common(credential, {
    clientDataJSON: toBase64Url(r.clientDataJSON),
    attestationObject: toBase64Url(r.attestationObject),
    transports: typeof r.getTransports === 'function' ? r.getTransports() : undefined,
  });
}

/** navigator.credentials.get with the API's options; answers the assertion as the API reads it. */
export async function getPasskey(publicKey: Json): Promise<Json> {
  const credential = (await navigator.credentials.get({ publicKey: requestOptions(publicKey) })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('no credential', 'NotAllowedError');
  const r = credential.response as AuthenticatorAssertionResponse;
  return common(credential, {
    clientDataJSON: toBase64Url(r.clientDataJSON),
    authenticatorData: toBase64Url(r.authenticatorData),
    signature: toBase64Url(r.signature),
    userHandle: r.userHandle ? toBase64Url(r.userHandle) : undefined,
  });
}

export function passkeysSupported(): boolean {
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function' && !!navigator.credentials;
}

/** The person closed the browser's dialog, or it timed out: no error to explain, just nothing happened. */
export function cancelled(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'AbortError');
}
