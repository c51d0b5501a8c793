import { PROTOCOL_VERSION, type EnrolOutput } from '@lantern/shared';
import { loopbackAddress, trpcData, type HttpClient } from './http-client';

export interface BenchDevice {
  index: number;
  deviceId: string;
  token: string;
}

/**
 * Enrols `count` devices through the real `device.enroll`, `concurrency` at a time. Each comes from
 * its own loopback address on a fresh connection, as separate machines would, so the per-address
 * limit on unauthenticated calls sees separate callers (behind a NAT it would not: see the docs).
 */
export async function enrolDevices(
  client: HttpClient,
  enrollmentToken: string,
  count: number,
  options: { concurrency?: number; users?: number; latencies?: number[] } = {},
): Promise<BenchDevice[]> {
  const users = options.users ?? count;
  const devices = new Array<BenchDevice>(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const res = await client.send('/trpc/device.enroll', {
        body: {
          protocolVersion: PROTOCOL_VERSION,
          enrollmentToken,
          userEmail: `person${i % users}@bench.example`,
          browser: i % 5 === 0 ? 'edge' : 'chrome',
          browserVersion: '142.0.7444.59',
          extensionVersion: '0.1.0',
        },
        localAddress: loopbackAddress(i),
      });
      options.latencies?.push(res.ms);
      const out = trpcData<EnrolOutput>('device.enroll', res);
      devices[i] = { index: i, deviceId: out.deviceId, token: out.deviceToken };
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
  return devices;
}
