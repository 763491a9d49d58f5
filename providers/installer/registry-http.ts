import { HttpRequestError, statusLine, type HttpClient, type HttpResponse } from "../registry/http-client.js";

// The provider registry client's requests, retried as Terraform's retryablehttp client retries them:
// a request that could not be made, or a 429 or 5xx answer (but 501), is tried again after a pause
// (1s, then doubling) up to TF_REGISTRY_DISCOVERY_RETRY more times (1 by default); when every attempt
// failed, the error is "the request failed after N attempts, please try again later: ...".

/** How often and how long to retry. */
export interface RetryPolicy {
  readonly retries: number;
  readonly waitMs: number;
}

/** The policy from the environment (TF_REGISTRY_DISCOVERY_RETRY), waiting `waitMs` first. */
export function retryPolicy(env: Readonly<Record<string, string | undefined>>, waitMs = 1000): RetryPolicy {
  const n = Number.parseInt(env.TF_REGISTRY_DISCOVERY_RETRY ?? "", 10);
  return { retries: Number.isInteger(n) && n > 0 ? n : 1, waitMs };
}


/** Go's text for an unexpected status of a file download: `404 Not Found returned from HOST`. */
export function statusFrom(res: HttpResponse): string {
  return `${statusLine(res.status)} returned from ${new URL(res.url).host}`;
}

/** GETs a URL with retries; an error text when no attempt got an answer that is not retried. */
export async function getWithRetry(http: HttpClient, url: string, headers: Record<string, string>, policy: RetryPolicy): Promise<HttpResponse | { readonly error: string }> {
  let last = "";
  const attempts = policy.retries + 1;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(policy.waitMs * 2 ** (attempt - 2));
    try {
      const res = await http.get(url, { headers });
      if (!retryable(res.status)) return res;
      last = statusFrom(res);
    } catch (e) {
      if (!(e instanceof HttpRequestError)) throw e;
      last = e.message;
    }
  }
  const failed = attempts > 1 ? `the request failed after ${attempts} attempts` : "the request failed";
  return { error: `${failed}, please try again later: ${last}` };
}

function retryable(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501) || status === 0;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
