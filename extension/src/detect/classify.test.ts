import { createClassifier, type Tool } from '@lantern/shared';
import { describe, expect, it } from 'vitest';
import { endpointPatterns, filterLists, navigationFilters } from './filter-lists';
import { classifyEmbedded } from './embedded';
import { findAiExtensions } from './extensions';
import { classifyNavigation } from './navigation';

const catalog = createClassifier();
const orgTool: Tool = {
  id: 'acme-rag',
  name: 'Acme RAG',
  vendor: 'Acme',
  category: 'chat',
  domains: ['rag.acme.internal'],
  urlPrefixes: [],
  apiEndpoints: ['llm.acme.internal'],
  extensionIds: [],
  supplier: { trainsOnInputsByDefault: false, enterpriseTier: true, dataRegions: ['EU'] },
  source: 'organisation',
  checked: '2026-11-01',
};

/** An organisation's general API with an AI section. */
const orgSection: Tool = {
  ...orgTool,
  id: 'acme-assist',
  name: 'Acme Assist',
  domains: [],
  apiEndpoints: [],
  apiPrefixes: ['api.acme.example/v1/assist'],
};

describe('navigation', () => {
  it('counts top-level visits to AI tools and nothing else', () => {
    expect(classifyNavigation(catalog, 'https://chatgpt.com/c/123?q=secret', 0)).toBe('chatgpt');
    expect(classifyNavigation(catalog, 'https://chatgpt.com/', 3)).toBeNull(); // an iframe
    expect(classifyNavigation(catalog, 'https://en.wikipedia.org/wiki/AI', 0)).toBeNull();
    expect(classifyNavigation(catalog, 'chrome://newtab/', 0)).toBeNull();
  });

  it('re-checks in code what the host filter lets through', () => {
    expect(classifyNavigation(catalog, 'https://notchatgpt.com/', 0)).toBeNull();
  });

  it('builds one host filter per tool host, including organisation tools', () => {
    const withOrg = createClassifier([orgTool]);
    const filters = navigationFilters(filterLists(catalog));
    expect(filters).toContainEqual({ hostSuffix: 'claude.com' });
    expect(filters).toContainEqual({ hostContains: 'gpt' }); // chatgpt.com
    expect(navigationFilters(filterLists(withOrg))).toContainEqual({ hostSuffix: 'rag.acme.internal' });
    expect(classifyNavigation(withOrg, 'https://rag.acme.internal/ask', 0)).toBe('acme-rag');
  });
});

describe('embedded AI', () => {
  it('records a non-AI site calling an AI API, by the two hostnames only', () => {
    expect(
      classifyEmbedded(
        catalog,
        'https://api.openai.com/v1/chat/completions?key=x',
        'https://crm.example.com',
      ),
    ).toEqual({
      toolId: 'openai-platform',
      initiatorHost: 'crm.example.com',
      endpointHost: 'api.openai.com',
    });
  });

  it('ignores the AI tool calling its own API, extensions, and requests without a page', () => {
    expect(classifyEmbedded(catalog, 'https://api.openai.com/v1/x', 'https://chatgpt.com')).toBeNull();
    expect(
      classifyEmbedded(
        catalog,
        'https://api.openai.com/v1/x',
        'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
      ),
    ).toBeNull();
    expect(classifyEmbedded(catalog, 'https://api.openai.com/v1/x', undefined)).toBeNull();
    expect(classifyEmbedded(catalog, 'https://cdn.example.com/app.js', 'https://crm.example.com')).toBeNull();
  });

  it('listens to AI endpoint hosts and AI sections of general APIs only, organisation ones included', () => {
    const patterns = endpointPatterns(filterLists(createClassifier([orgTool, orgSection])));
    expect(patterns).toContain('*://*.api.openai.com/*');
    expect(patterns).toContain('*://*.llm.acme.internal/*');
    expect(patterns).toContain('*://api.acme.example/v1/assist*');
    expect(patterns).not.toContain('*://*.api.acme.example/*');
    // Chrome's `*` scheme is http(s) only: each pattern comes again for secure WebSockets.
    expect(patterns).toContain('wss://*.api.openai.com/*');
    expect(patterns).toContain('wss://api.acme.example/v1/assist*');
    expect(patterns.filter((p) => p.startsWith('wss://'))).toHaveLength(patterns.length / 2);
    const hostPattern = /^(?:\*|wss):\/\/\*\.[a-z0-9.-]+\/\*$/;
    const prefixPattern = /^(?:\*|wss):\/\/[a-z0-9.-]+\/[^*?#\s]+\*$/;
    expect(patterns.filter((p) => !hostPattern.test(p) && !prefixPattern.test(p))).toEqual([]);
  });

  it('records a general site opening a secure WebSocket to an AI API, by hostnames only', () => {
    expect(
      classifyEmbedded(
        catalog,
        'wss://api.openai.com/v1/realtime?model=x&key=secret',
        'https://desk.example.org',
      ),
    ).toEqual({
      toolId: 'openai-platform',
      initiatorHost: 'desk.example.org',
      endpointHost: 'api.openai.com',
    });
  });

  it('records a general site using the AI section of an API, its own included, by hostnames only', () => {
    const classifier = createClassifier([orgSection]);
    const call = 'https://api.acme.example/v1/assist/answer?doc=secret';
    for (const initiator of ['https://files.acme.example/d/42', 'https://api.acme.example/'])
      expect(classifyEmbedded(classifier, call, initiator)).toEqual({
        toolId: 'acme-assist',
        initiatorHost: new URL(initiator).hostname,
        endpointHost: 'api.acme.example',
      });
    // The rest of that API is not AI, and an AI tool's own site calling it is a visit, not embedded AI.
    expect(
      classifyEmbedded(classifier, 'https://api.acme.example/v1/files', 'https://files.acme.example'),
    ).toBeNull();
    expect(classifyEmbedded(classifier, call, 'https://chatgpt.com')).toBeNull();
  });

  it('records Notion AI asked inside Notion (the shipped catalog), and no other request of the Notion app', () => {
    const ask = 'https://www.notion.so/api/v3/runInferenceTranscript';
    expect(classifyEmbedded(catalog, ask, 'https://www.notion.so/Team-wiki-0123456789abcdef')).toEqual({
      toolId: 'notion-ai',
      initiatorHost: 'www.notion.so',
      endpointHost: 'www.notion.so',
    });
    for (const other of ['loadPageChunk', 'saveTransactionsFanout', 'getSpaces', 'runInference'])
      expect(
        classifyEmbedded(catalog, `https://www.notion.so/api/v3/${other}`, 'https://www.notion.so/'),
        other,
      ).toBeNull();
    expect(endpointPatterns(filterLists(catalog))).toContain(
      `*://www.notion.so/api/v3/runInferenceTranscript*`,
    );
  });
});

describe('AI browser extensions', () => {
  const aiTool = [...catalog.tools.values()].find((t) => t.extensionIds.length > 0)!;

  it('finds installed AI extensions by store id or by name, never this extension', () => {
    const found = findAiExtensions(
      catalog,
      [
        { id: aiTool.extensionIds[0]!, name: 'Whatever it is called now', enabled: true, type: 'extension' },
        { id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', name: 'uBlock Origin', enabled: true, type: 'extension' },
        { id: 'cccccccccccccccccccccccccccccccc', name: 'Lantern', enabled: true, type: 'extension' },
      ],
      'cccccccccccccccccccccccccccccccc',
    );
    expect(found).toEqual([
      expect.objectContaining({ extensionId: aiTool.extensionIds[0], toolId: aiTool.id, enabled: true }),
    ]);
  });

  it('reports an uncatalogued AI-named extension as ai-extension-by-name, and not one that blocks AI', () => {
    const found = findAiExtensions(
      catalog,
      [
        {
          id: 'dddddddddddddddddddddddddddddddd',
          name: 'DeepSeek AI Helper',
          enabled: false,
          type: 'extension',
        },
        { id: 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', name: 'AI Blocker', enabled: true, type: 'extension' },
        { id: 'ffffffffffffffffffffffffffffffff', name: 'Aim Trainer', enabled: true, type: 'extension' },
      ],
      'cccccccccccccccccccccccccccccccc',
    );
    expect(found).toEqual([
      {
        extensionId: 'dddddddddddddddddddddddddddddddd',
        toolId: 'ai-extension-by-name',
        name: 'DeepSeek AI Helper',
        enabled: false,
      },
    ]);
  });
});
