import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Chromium on Linux reads machine policy from this folder, for every Chromium on the machine: tests
 * that write the file remove it afterwards (call `removeManagedPolicy` in `afterAll`).
 */
export const MANAGED_POLICY_FILE = '/etc/chromium/policies/managed/lantern-test.json';

/**
 * The policy file is one machine-wide resource; two test processes (two developers' runs, or CI
 * next to a local run) would point each other's browsers at the wrong server. Whoever writes it
 * holds this lock until `removeManagedPolicy`; a lock whose owner process died is taken over.
 */
const LOCK_DIR = '/tmp/lantern-chromium-policy.lock';
/** Firefox's machine-wide policy file has a lock of its own: the two browsers' tests never collide. */
const FIREFOX_LOCK_DIR = '/tmp/lantern-firefox-policy.lock';
const LOCK_WAIT_MS = 5 * 60_000;

export interface LanternManagedValues {
  serverUrl?: string;
  enrollmentToken?: string;
  userEmail?: string;
  pullIntervalSeconds?: number;
}

function ownerAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLock(lockDir = LOCK_DIR, file = MANAGED_POLICY_FILE): void {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(`${lockDir}/owner`, String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(`${lockDir}/owner`, 'utf8'));
    } catch {
      // Being written right now, or left half-made by a crash: judged on the next round.
    }
    // Our own process (a previous test file that failed before cleaning up) or a dead one.
    if (owner === process.pid || (!Number.isNaN(owner) && !ownerAlive(owner))) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`${file} stayed locked by process ${owner} for ${LOCK_WAIT_MS / 1000} s`);
    sleepSync(250);
  }
}

function releaseLock(lockDir = LOCK_DIR): void {
  try {
    if (Number(readFileSync(`${lockDir}/owner`, 'utf8')) !== process.pid) return;
  } catch {
    return;
  }
  rmSync(lockDir, { recursive: true, force: true });
}

/**
 * Writes `3rdparty.extensions.<id>` = values: what an admin's Chrome/Edge policy deploys. Waits
 * (synchronously, up to 5 minutes) while another test process holds the policy file.
 */
export function writeManagedPolicy(extensionId: string, values: LanternManagedValues): void {
  acquireLock();
  mkdirSync(dirname(MANAGED_POLICY_FILE), { recursive: true });
  const policy = { '3rdparty': { extensions: { [extensionId]: values } } };
  writeFileSync(MANAGED_POLICY_FILE, JSON.stringify(policy, null, 2));
}

export function removeManagedPolicy(): void {
  rmSync(MANAGED_POLICY_FILE, { force: true });
  releaseLock();
}

/** Where Debian's Firefox ESR reads enterprise policy (Debian's firefox-esr package; docs/deploy.md, "Firefox (policies.json)"). */
export const FIREFOX_POLICY_FILE = '/usr/lib/firefox-esr/distribution/policies.json';

/**
 * Writes `3rdparty.Extensions.<id>` = values into Firefox's policies.json: what an admin deploys to
 * Firefox. Machine-wide like Chromium's file, so it is locked the same way.
 */
export function writeFirefoxPolicy(addonId: string, values: LanternManagedValues): void {
  acquireLock(FIREFOX_LOCK_DIR, FIREFOX_POLICY_FILE);
  mkdirSync(dirname(FIREFOX_POLICY_FILE), { recursive: true });
  const policy = { policies: { '3rdparty': { Extensions: { [addonId]: values } } } };
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify(policy, null, 2));
}

export function removeFirefoxPolicy(): void {
  rmSync(FIREFOX_POLICY_FILE, { force: true });
  releaseLock(FIREFOX_LOCK_DIR);
}
