import { sha256Hex, type Decision, type SyncEvent } from '@lantern/shared';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, onTestFinished } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decisionFor, policyV1 } from '../../../testing/fixtures';
import { LanternDb, setDbForTesting } from '../../db/app-db';
import { registerExperienceHandlers } from '../../enforce/handlers';
import { configRow } from '../../../testing/config-row';
import { setLanguage } from '../../i18n';
import { dispatch } from '../../messaging/router';
import { registerCoreHandlers } from '../background/handlers';

/**
 * Extension pages against the real background handlers and a real (fake-indexeddb) store; only the
 * message transport is the fake browser's, and events land in `recorded` instead of the outbox.
 */
export function pageHarness() {
  const h = {
    db: undefined as unknown as LanternDb,
    recorded: [] as SyncEvent[],
    page: { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') },
    /** Tabs the page opened. */
    opened: [] as string[],
  };
  beforeAll(() => {
    registerCoreHandlers();
    registerExperienceHandlers({
      db: () => h.db,
      record: async (event) => {
        h.recorded.push(event);
        return event.id;
      },
      syncRules: async () => 0,
    });
  });
  beforeEach(() => {
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Lantern', version: '0.1.0' });
    h.db = new LanternDb(`extux-${Math.random()}`);
    setDbForTesting(h.db);
    h.recorded.length = 0;
    h.opened.length = 0;
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => dispatch(raw, h.page));
    const tabs = fakeBrowser.tabs;
    const create = tabs.create.bind(tabs);
    tabs.create = async (props) => {
      h.opened.push(props.url ?? '');
      return create(props);
    };
    onTestFinished(() => {
      tabs.create = create;
    });
  });
  afterEach(async () => {
    cleanup();
    setLanguage(null);
    fakeBrowser.reset();
    setDbForTesting(undefined);
    await h.db.delete();
  });
  return h;
}

export async function storeConfig(db: LanternDb, decisions: Decision[] = [decisionFor('chatgpt')]) {
  await db.config.put(
    configRow({ policy: { ...policyV1, sha256: await sha256Hex(policyV1.body) }, decisions }),
  );
}

export async function enrolled(db: LanternDb) {
  await db.enrolment.put({
    key: 'current',
    serverUrl: 'https://lantern.example.com',
    deviceId: '0b7c3f1e-5a7d-4d3e-9a51-1c2b3d4e5f60',
    deviceToken: 't'.repeat(43),
    userEmail: 'ada@example.com',
    source: 'manual',
    enrolledAt: Date.now(),
    status: 'enrolled',
    enrolmentTokenSha256: 'a'.repeat(64),
  });
}

/** Makes the popup's "current tab" the given URL (the fake browser cannot mark a tab active). */
export async function activeTab(url: string) {
  const win = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ windowId: win.id, url });
  const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  fakeBrowser.tabs.query = async (info) => (info.active ? [{ ...tab, active: true }] : query(info));
  onTestFinished(() => {
    fakeBrowser.tabs.query = query;
  });
}
