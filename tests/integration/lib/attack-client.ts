import { PROTOCOL_VERSION } from '@lantern/shared';

export interface Answer {
  status: number;
  headers: Headers;
  json: { result?: { data: unknown }; error?: { message: string; data?: { code: string } } } | null;
}

/** One tRPC call over HTTP (POST, also for queries, as the extension does). */
export async function trpc(
  base: string,
  path: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${base}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: input === undefined ? undefined : JSON.stringify(input),
  });
  const text = await res.text();
  let json: Answer['json'] = null;
  try {
    json = JSON.parse(text) as Answer['json'];
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, json };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function enrolInput(enrollmentToken: string, email: string) {
  return {
    protocolVersion: PROTOCOL_VERSION,
    enrollmentToken,
    userEmail: email,
    browser: 'chrome',
    browserVersion: '142',
    extensionVersion: '0.1.0',
  };
}

export async function enrolOverHttp(
  base: string,
  enrollmentToken: string,
  email: string,
): Promise<{ deviceId: string; deviceToken: string }> {
  const res = await trpc(base, 'device.enroll', enrolInput(enrollmentToken, email));
  if (res.status !== 200) throw new Error(`enrol failed: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json!.result!.data as { deviceId: string; deviceToken: string };
}
