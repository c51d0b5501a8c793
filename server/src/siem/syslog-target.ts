/** Where the SIEM feed is forwarded by syslog (siem/syslog.ts); read by env.ts. */
export interface SyslogTarget {
  protocol: 'tcp' | 'tls';
  host: string;
  port: number;
  /** PEM file of the CA that signed the collector's certificate (TLS); the system's CAs otherwise. */
  caFile: string | null;
}

/** LANTERN_SYSLOG_URL = tcp://host:port or tls://host:port (LANTERN_SYSLOG_CA: a PEM file); unset: off. */
export function parseSyslogTarget(env: Record<string, string | undefined>): SyslogTarget | null {
  const raw = env.LANTERN_SYSLOG_URL;
  if (!raw) return null;
  const m = /^(tcp|tls):\/\/([^/:\s]+|\[[0-9a-f:]+\]):(\d{1,5})$/i.exec(raw);
  if (!m || Number(m[3]) < 1 || Number(m[3]) > 65535)
    throw new Error(`must look like tls://collector.example.com:6514, got "${raw}"`);
  const host = m[2]!.replace(/^\[|\]$/g, '');
  return {
    protocol: m[1]!.toLowerCase() as 'tcp' | 'tls',
    host,
    port: Number(m[3]),
    caFile: env.LANTERN_SYSLOG_CA ?? null,
  };
}
