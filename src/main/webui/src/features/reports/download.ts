import { NetworkProblem, problemFrom } from '../../api/problem';

/**
 * The file name of a download from its Content-Disposition (RFC 6266): the UTF-8 `filename*` when
 * given, else the plain `filename`, else the fallback. Path separators are dropped: the name is the
 * server's suggestion, not a path.
 */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended[1]!.trim());
    } catch {
      name = undefined;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
    name = (plain?.[1] ?? plain?.[2])?.trim();
  }
  const safe = name?.replace(/[/\\]/g, '_');
  return safe || fallback;
}

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Saves the file an API call answers. The access token lives in memory only, so a plain link cannot
 * carry it: the file is fetched with the token (the API client adds it), then handed to the browser
 * through an object URL, revoked once the browser has taken it.
 */
export async function saveDownload(call: Promise<Answer>, fallbackName: string): Promise<string> {
  let answer: Answer;
  try {
    answer = await call;
  } catch (e) {
    throw new NetworkProblem(e instanceof Error ? e.message : String(e));
  }
  if (!answer.response.ok) throw problemFrom(answer.response, answer.error);
  const name = fileNameFrom(answer.response.headers.get('Content-Disposition'), fallbackName);
  const blob = answer.data as Blob;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to hand it over.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
