/**
 * Reading a JSON response's body with a size limit, and parsing it with errors that say what
 * came instead: shared by the HTTP client and by the fetch-only reader of small files, so that
 * neither needs the other's code.
 */
import { DpgError } from '../errors.js';

export async function readBody(response: Response, url: string, maxBytes: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(url, maxBytes);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (cause) {
      // An abort or the time limit is told apart by the caller; anything else is a broken connection.
      if (signal.aborted) throw cause;
      throw new DpgError('network', `The connection to ${url} broke after ${received} bytes of the data. Try again.`, { url, cause });
    }
    const { done, value } = chunk;
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(url: string, maxBytes: number): DpgError {
  const mb = (maxBytes / 1024 / 1024).toFixed(1);
  return new DpgError('too-large', `${url} sent more than ${mb} MB; the limit protects the page. Raise maxBytes if the file is meant to be that big.`, { url });
}

export function parseJson(text: string, url: string, contentType: string | null): unknown {
  const start = text.trimStart().slice(0, 1);
  if (/html/i.test(contentType ?? '') || start === '<') {
    throw new DpgError('parse', `${url} answered with an HTML page, not JSON. Check that the URL points at the data file.`, { url });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DpgError('parse', `${url} did not send valid JSON (${text.length} characters received; the body may be cut off).`, { url, cause });
  }
}
