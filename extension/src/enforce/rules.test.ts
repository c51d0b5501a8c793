import { createClassifier } from '@lantern/shared';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { chatgpt } from '../../testing/fixtures';
import { buildBlockRules } from './block-rules';
import { noticeMatchPatterns } from './notice-patterns';
import { contentScriptPage, isTopLevelExtensionPage } from './sender';

describe('block rules', () => {
  it('redirects top-level visits to each stopped tool, by domain and by URL prefix, to the blocked page', () => {
    const copilot = { ...chatgpt, id: 'github-copilot', domains: [], urlPrefixes: ['github.com/copilot'] };
    const rules = buildBlockRules([copilot, chatgpt]);
    expect(rules).toEqual([
      {
        id: 1,
        priority: 1,
        action: { type: 'redirect', redirect: { extensionPath: '/blocked.html?tool=chatgpt' } },
        condition: { requestDomains: ['chatgpt.com'], resourceTypes: ['main_frame'] },
      },
      {
        id: 2,
        priority: 1,
        action: { type: 'redirect', redirect: { extensionPath: '/blocked.html?tool=github-copilot' } },
        condition: { urlFilter: '||github.com/copilot^', resourceTypes: ['main_frame'] },
      },
    ]);
  });

  it('has no rules when nothing is stopped', () => {
    expect(buildBlockRules([])).toEqual([]);
  });
});

describe('notice match patterns', () => {
  const patterns = noticeMatchPatterns(createClassifier());
  it('cover the AI tools and nothing broader', () => {
    expect(patterns).toContain('https://*.chatgpt.com/*');
    expect(patterns).toContain('https://*.claude.ai/*');
    expect(
      patterns.some((p) => p.includes('<all_urls>') || p.startsWith('*://*/') || p === 'https://*/*'),
    ).toBe(false);
    // Shared platforms stay out: only the AI product's own hosts are matched.
    for (const broad of [
      'https://*.google.com/*',
      'https://*.microsoft.com/*',
      'https://*.github.com/*',
      'https://*.wikipedia.org/*',
    ]) {
      expect(patterns).not.toContain(broad);
    }
    expect(patterns.every((p) => /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/.*\*$/.test(p))).toBe(true);
  });
  it('follow the organisation’s own tools', () => {
    const internal = { ...chatgpt, id: 'org-rag', name: 'Internal RAG', domains: ['rag.corp.example'] };
    expect(noticeMatchPatterns(createClassifier([internal]))).toContain('https://*.rag.corp.example/*');
  });
});

describe('senders', () => {
  const origin = fakeBrowser.runtime.getURL('/');
  const id = fakeBrowser.runtime.id;
  it('trusts the popup and extension pages that are the top frame of their tab', () => {
    expect(isTopLevelExtensionPage({ id, url: `${origin}popup.html` })).toBe(true);
    expect(
      isTopLevelExtensionPage({
        id,
        url: `${origin}acknowledge.html`,
        frameId: 0,
        tab: { url: `${origin}acknowledge.html` } as never,
      }),
    ).toBe(true);
  });
  it('refuses an extension page framed by a website, content scripts and other extensions', () => {
    expect(
      isTopLevelExtensionPage({
        id,
        url: `${origin}blocked.html`,
        frameId: 3,
        tab: { url: 'https://evil.example/' } as never,
      }),
    ).toBe(false);
    expect(
      isTopLevelExtensionPage({ id, url: 'https://chatgpt.com/', frameId: 0, tab: { id: 1 } as never }),
    ).toBe(false);
    expect(isTopLevelExtensionPage({ id: 'other', url: `${origin}popup.html` })).toBe(false);
  });
  it('accepts content-script messages only from the top frame of a web page', () => {
    expect(
      contentScriptPage({ id, url: 'https://chatgpt.com/c/1', frameId: 0, tab: { id: 7 } as never }),
    ).toEqual({ tabId: 7, url: 'https://chatgpt.com/c/1' });
    expect(
      contentScriptPage({ id, url: 'https://chatgpt.com/', frameId: 2, tab: { id: 7 } as never }),
    ).toBeNull();
    expect(contentScriptPage({ id, url: `${origin}popup.html` })).toBeNull();
    expect(
      contentScriptPage({ id, url: 'file:///etc/passwd', frameId: 0, tab: { id: 7 } as never }),
    ).toBeNull();
  });
});
