import { describe, expect, it } from 'vitest';
import type { Tool } from '../schemas/tool';
import {
  catalog,
  classifyApiRequest,
  classifyExtension,
  classifyUrl,
  createClassifier,
  matchedPrefix,
} from './index';

const orgTool = (over: Partial<Tool> & Pick<Tool, 'id'>): Tool => ({
  name: 'Internal assistant',
  vendor: 'Example Corp',
  category: 'chat',
  domains: [],
  urlPrefixes: [],
  apiEndpoints: [],
  extensionIds: [],
  supplier: { trainsOnInputsByDefault: false, enterpriseTier: true, dataRegions: ['EU'] },
  source: 'organisation',
  checked: '2026-11-23',
  ...over,
});

const toolOf = (input: string) => classifyUrl(input)?.toolId ?? null;

describe('classifyUrl', () => {
  it('matches a hostname and its subdomains on label boundaries only', () => {
    expect(toolOf('claude.ai')).toBe('claude');
    expect(toolOf('sub.claude.ai')).toBe('claude');
    expect(toolOf('a.b.c.claude.ai')).toBe('claude');
    expect(toolOf('claude.ai.evil.com')).toBeNull();
    expect(toolOf('notclaude.ai')).toBeNull();
    expect(toolOf('claude.aii')).toBeNull();
    expect(toolOf('laude.ai')).toBeNull();
    expect(toolOf('chatgpt.com-login.example')).toBeNull();
  });

  it('accepts URLs with or without a scheme and reports the canonical hostname', () => {
    const match = classifyUrl('HTTPS://User:Secret@Sub.ChatGPT.com.:8443/c/123?q=secret#frag');
    expect(match).toMatchObject({
      toolId: 'chatgpt',
      via: 'domain',
      pattern: 'chatgpt.com',
      hostname: 'sub.chatgpt.com',
    });
    expect(toolOf('chatgpt.com/c/1')).toBe('chatgpt');
    expect(toolOf('//chatgpt.com/c/1')).toBe('chatgpt');
    expect(toolOf('chatgpt.com:443')).toBe('chatgpt');
    expect(toolOf('  https://chatgpt.com  ')).toBe('chatgpt');
    expect(toolOf('wss://chatgpt.com/ws')).toBe('chatgpt');
    // Like the WHATWG URL parser, leading and trailing control characters and spaces are dropped.
    expect(toolOf('\u0000\tchatgpt.com\n')).toBe('chatgpt');
  });

  it('matches URL prefixes on path-segment boundaries, ignoring query and fragment', () => {
    expect(classifyUrl('https://github.com/copilot')).toMatchObject({
      toolId: 'github-copilot',
      via: 'urlPrefix',
    });
    expect(toolOf('https://github.com/copilot/x')).toBe('github-copilot');
    expect(toolOf('https://github.com/copilot?tab=1')).toBe('github-copilot');
    expect(toolOf('https://github.com/copilot#top')).toBe('github-copilot');
    expect(toolOf('https://github.com/copilot-fan')).toBeNull();
    expect(toolOf('https://github.com/someone/copilot')).toBeNull();
    expect(toolOf('https://github.com/?next=/copilot')).toBeNull();
    expect(toolOf('github.com')).toBeNull();
    expect(toolOf('https://gist.github.com/copilot')).toBeNull();
    expect(toolOf('x.com/i/grok?conversation=1')).toBe('grok');
    expect(toolOf('x.com/i/grokking')).toBeNull();
    // A workspace page whose name starts with "AI" is not Notion AI.
    expect(toolOf('https://www.notion.so/ai')).toBe('notion-ai');
    expect(toolOf('https://www.notion.so/AI-Roadmap-265f8c09802481c6')).toBeNull();
    expect(toolOf('https://www.notion.so/ai-society/member-portal')).toBeNull();
  });

  it('matches a prefix on its host with and without www., a prefix written for a host beating a twin', () => {
    // The catalog writes www.canva.com/ai and github.com/copilot; either form of the host reaches them.
    expect(toolOf('https://canva.com/ai')).toBe(toolOf('https://www.canva.com/ai'));
    expect(toolOf('https://canva.com/ai')).not.toBeNull();
    expect(toolOf('https://www.github.com/copilot/x')).toBe('github-copilot');
    expect(classifyUrl('https://notion.so/ai')?.pattern).toBe('notion.so/ai');
    expect(toolOf('https://notion.so/AI-Roadmap-265f8c09802481c6')).toBeNull();
    const classifier = createClassifier([
      orgTool({ id: 'org-www', urlPrefixes: ['www.example.net/lab'] }),
      orgTool({ id: 'org-bare', urlPrefixes: ['example.net/lab'] }),
      orgTool({ id: 'org-only-www', urlPrefixes: ['www.example.org/ai'] }),
      orgTool({ id: 'org-sub', urlPrefixes: ['app.example.org/ai'] }),
    ]);
    // Written for each form by two tools: each keeps its own, in either order of adding.
    expect(classifier.classifyUrl('https://www.example.net/lab/1')?.toolId).toBe('org-www');
    expect(classifier.classifyUrl('https://example.net/lab/1')?.toolId).toBe('org-bare');
    expect(classifier.classifyUrl('https://example.org/ai')?.toolId).toBe('org-only-www');
    expect(classifier.classifyUrl('https://www.app.example.org/ai')?.toolId).toBe('org-sub');
    expect(classifier.classifyUrl('https://ww.example.org/ai')).toBeNull();
    expect(classifier.classifyUrl('https://www2.example.org/ai')).toBeNull();
    // The twin host is indexed, so the navigation filters wake the worker on it.
    expect(classifier.hosts()).toEqual(expect.arrayContaining(['example.org', 'www.example.org']));
  });

  it('lets the most specific entry win: a prefix over a domain, a longer suffix over a shorter one', () => {
    expect(toolOf('https://chatgpt.com/codex/tasks')).toBe('openai-codex');
    expect(toolOf('https://chatgpt.com/codexes')).toBe('chatgpt');
    expect(toolOf('https://claude.ai/code')).toBe('claude-code');
    expect(toolOf('https://platform.openai.com/playground')).toBe('openai-platform');
    expect(toolOf('https://help.openai.com/')).toBe('chatgpt');
    const classifier = createClassifier([
      orgTool({ id: 'org-a', domains: ['ai.example.com'] }),
      orgTool({ id: 'org-b', domains: ['deep.ai.example.com'] }),
      orgTool({ id: 'org-c', urlPrefixes: ['ai.example.com/lab', 'ai.example.com/lab/private'] }),
    ]);
    expect(classifier.classifyUrl('x.deep.ai.example.com')?.toolId).toBe('org-b');
    expect(classifier.classifyUrl('x.ai.example.com')?.toolId).toBe('org-a');
    expect(classifier.classifyUrl('ai.example.com/lab/private/1')?.pattern).toBe(
      'ai.example.com/lab/private',
    );
    expect(classifier.classifyUrl('ai.example.com/lab/1')?.pattern).toBe('ai.example.com/lab');
  });

  it('normalises IDN hostnames to punycode before matching', () => {
    const classifier = createClassifier([orgTool({ id: 'org-idn', domains: ['xn--mnchen-3ya.example'] })]);
    expect(classifier.classifyUrl('https://MÜNCHEN.example/')?.toolId).toBe('org-idn');
    expect(classifier.classifyUrl('ki.münchen.example')?.hostname).toBe('ki.xn--mnchen-3ya.example');
  });

  it('returns null for malformed and non-web input without throwing', () => {
    const junk = [
      '',
      ' ',
      '.',
      '..',
      'claude..ai',
      '.claude.ai',
      'claude.ai..',
      '-claude.ai',
      'claude-.ai',
      'clau de.ai',
      'javascript:alert(1)',
      'JavaScript://claude.ai',
      'data:text/html,claude.ai',
      'chrome://settings',
      'chrome-extension://abc/claude.ai',
      'file:///claude.ai',
      'about:blank',
      'mailto:x@claude.ai',
      'ftp://claude.ai/',
      'blob:https://claude.ai/1',
      'view-source:https://claude.ai',
      'http://[::1]/',
      '127.0.0.1',
      'http://192.168.0.1:8080/',
      'claude.ai:http',
      'claude.ai:80x',
      'user:pw@claude.ai',
      'http://%zz.ai',
      'http://claude%2eai.evil.com',
      'cl\u0000aude.ai',
      'claude.ai\u0000x',
      'c\u200blaude.ai',
      'a'.repeat(64) + '.claude.ai',
      `${'a.'.repeat(130)}claude.ai`,
      'x'.repeat(1_000_000),
      '🤖.ai',
      '\ud800.ai',
      'https://',
      'https:///claude.ai',
      '//',
      '@',
    ];
    for (const input of junk) expect(() => classifyUrl(input), input.slice(0, 40)).not.toThrow();
    for (const input of junk) expect(classifyUrl(input), input.slice(0, 40)).toBeNull();
    // Callers in plain JavaScript can pass anything at all.
    for (const input of [null, undefined, 42, {}, []]) expect(classifyUrl(input as never)).toBeNull();
    // A huge path is fine: only the hostname and the first segments are ever read.
    expect(toolOf(`https://claude.ai/${'x/'.repeat(500_000)}`)).toBe('claude');
  });

  it('reads a backslash as browsers do, so it cannot smuggle a host past the parser', () => {
    expect(toolOf('https://evil.example\\@claude.ai/')).toBeNull();
    expect(toolOf('https://claude.ai\\@evil.example/')).toBe('claude');
  });
});

describe('matchedPrefix', () => {
  it('gives the prefix a URL matched, never more of the path', () => {
    expect(matchedPrefix('https://github.com/copilot/c/123?secret=1')).toBe('github.com/copilot');
    expect(matchedPrefix('https://chatgpt.com/c/123')).toBeNull();
    expect(matchedPrefix('not a url')).toBeNull();
  });
});

describe('classifyApiRequest', () => {
  it('matches AI API hosts, including vendor subdomains', () => {
    expect(classifyApiRequest('https://api.openai.com/v1/chat/completions')?.toolId).toBe('openai-platform');
    expect(classifyApiRequest('https://api.anthropic.com/v1/messages')?.toolId).toBe('anthropic-console');
    expect(classifyApiRequest('https://my-res.openai.azure.com/openai/deployments/x')).toMatchObject({
      toolId: 'azure-ai-foundry',
      via: 'apiEndpoint',
      pattern: 'openai.azure.com',
      hostname: 'my-res.openai.azure.com',
    });
    expect(classifyApiRequest('wss://api.openai.com/v1/realtime')?.toolId).toBe('openai-platform');
    expect(classifyApiRequest('https://europe-west4-aiplatform.googleapis.com/v1/projects/p')?.toolId).toBe(
      'vertex-ai',
    );
    expect(classifyApiRequest('https://bedrock-runtime.eu-central-1.amazonaws.com/model/x')?.toolId).toBe(
      'amazon-bedrock',
    );
  });

  it('ignores visits and look-alikes: only endpoints count', () => {
    expect(classifyApiRequest('https://chatgpt.com/backend-api')).toBeNull();
    expect(classifyApiRequest('https://api.openai.com.evil.com/v1')).toBeNull();
    expect(classifyApiRequest('https://openai.azure.com.evil.com/')).toBeNull();
    expect(classifyApiRequest('https://azure.com/')).toBeNull();
    expect(classifyApiRequest('https://storage.googleapis.com/bucket/x')).toBeNull();
    expect(classifyApiRequest('https://s3.eu-central-1.amazonaws.com/bucket')).toBeNull();
    expect(classifyApiRequest('data:,api.openai.com')).toBeNull();
  });

  it('matches an AI section of a general API by its path, on that exact host only', () => {
    const classifier = createClassifier([
      orgTool({ id: 'org-ai', apiPrefixes: ['api.example.com/v2/ai', 'api.example.com/v2/ai/agents'] }),
      orgTool({ id: 'org-agents', apiPrefixes: ['api.example.com/v2/ai/agents/run/'] }),
      orgTool({ id: 'org-endpoint', apiEndpoints: ['example.org'] }),
      orgTool({ id: 'org-section', apiPrefixes: ['api.example.org/gen-ai'] }),
    ]);
    const api = (url: string) => classifier.classifyApiRequest(url);
    expect(api('https://api.example.com/v2/ai/ask?q=secret')).toMatchObject({
      toolId: 'org-ai',
      via: 'apiPrefix',
      pattern: 'api.example.com/v2/ai',
      hostname: 'api.example.com',
    });
    expect(api('https://API.Example.com:443/v2/ai')?.toolId).toBe('org-ai');
    expect(api('https://api.example.com/v2/ai/agents/7')).toMatchObject({
      toolId: 'org-ai',
      pattern: 'api.example.com/v2/ai/agents', // the longest prefix that matches
    });
    expect(api('https://api.example.com/v2/ai/agents/run/1')).toMatchObject({
      toolId: 'org-agents',
      pattern: 'api.example.com/v2/ai/agents/run',
    });
    // A prefix beats an endpoint claim on a parent; elsewhere on the host the endpoint claim stands.
    expect(api('https://api.example.org/gen-ai/chat')?.toolId).toBe('org-section');
    expect(api('https://api.example.org/files')?.toolId).toBe('org-endpoint');
    for (const other of [
      'https://api.example.com/v2/files', // the rest of the general API
      'https://api.example.com/v2/aiport', // not at a segment boundary
      'https://api.example.com/V2/AI', // paths compare case-sensitively
      'https://api.example.com/',
      'https://eu.api.example.com/v2/ai', // a subdomain is another API
      'https://www.api.example.com/v2/ai', // no www twin for APIs
      'https://api.example.com.evil.test/v2/ai',
      'https://evil.test/api.example.com/v2/ai',
    ])
      expect(api(other), other).toBeNull();
    // An API prefix is not a page: visiting it counts nothing, and the host wakes no navigation filter.
    expect(classifier.classifyUrl('https://api.example.com/v2/ai')).toBeNull();
    expect(classifier.hosts()).not.toContain('api.example.com');
    expect(classifier.apiPrefixes().filter((p) => p.includes('.example.'))).toEqual([
      'api.example.com/v2/ai',
      'api.example.com/v2/ai/agents',
      'api.example.com/v2/ai/agents/run',
      'api.example.org/gen-ai',
    ]);
  });
});

describe('classifyExtension', () => {
  it('matches by store id first, then by name, and otherwise returns null', () => {
    const withId = catalog.find((t) => t.category === 'browser-extension');
    if (withId) {
      expect(classifyExtension({ id: withId.extensionIds[0] })?.toolId).toBe(withId.id);
      expect(classifyExtension({ name: `${withId.name.toUpperCase()}: the best AI helper` })?.toolId).toBe(
        withId.id,
      );
    }
    expect(classifyExtension({ id: '87677a2c52b84ad3a151a4a72f5bd3c4@jetpack' })?.toolId).toBe(
      'grammarly-extension',
    );
    expect(classifyExtension({ id: 'a'.repeat(32) })).toBeNull();
    expect(classifyExtension({ name: 'Dark Reader' })).toBeNull();
    expect(classifyExtension({})).toBeNull();
    expect(classifyExtension(null as unknown as { id?: string })).toBeNull();
  });
});

describe('createClassifier with organisation tools', () => {
  it('adds organisation tools and lets them replace a catalog tool with the same id', () => {
    const classifier = createClassifier([
      orgTool({ id: 'org-rag', domains: ['rag.internal.example'], apiEndpoints: ['llm.internal.example'] }),
      orgTool({ id: 'chatgpt', name: 'ChatGPT Enterprise', domains: ['chatgpt.com'] }),
    ]);
    expect(classifier.classifyUrl('https://rag.internal.example/x')?.toolId).toBe('org-rag');
    expect(classifier.classifyApiRequest('https://llm.internal.example/v1')?.toolId).toBe('org-rag');
    expect(classifier.classifyUrl('chatgpt.com')?.tool.name).toBe('ChatGPT Enterprise');
    // The replaced catalog entry's other hostnames are gone with it.
    expect(classifier.classifyUrl('chat.openai.com')?.toolId).toBeUndefined();
    expect(classifier.tools.get('chatgpt')?.name).toBe('ChatGPT Enterprise');
    expect(classifier.tools.size).toBe(catalog.length + 1);
    // The module-level classifier still sees the catalog alone.
    expect(classifyUrl('chat.openai.com')?.toolId).toBe('chatgpt');
  });

  it('gives an organisation tool the host when it conflicts with the catalog', () => {
    const classifier = createClassifier([
      orgTool({ id: 'org-claude', domains: ['claude.ai'], urlPrefixes: ['github.com/copilot'] }),
    ]);
    expect(classifier.classifyUrl('claude.ai')?.toolId).toBe('org-claude');
    expect(classifier.classifyUrl('github.com/copilot/x')?.toolId).toBe('org-claude');
    expect(classifier.classifyUrl('claude.com')?.toolId).toBe('claude');
  });

  it('lists every hostname it matches, once, for navigation filters', () => {
    const hosts = createClassifier([orgTool({ id: 'org-x', domains: ['ai.example.org'] })]).hosts();
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(hosts).toContain('ai.example.org');
    expect(hosts).toContain('github.com');
    expect(hosts).toContain('claude.ai');
    expect(hosts).not.toContain('api.openai.com');
    // One Set lookup per domain: toContain over ~5,000 hosts for each of ~5,000 domains took over
    // 5 s on the loaded CI machine.
    const listed = new Set(hosts);
    expect(catalog.flatMap((tool) => tool.domains).filter((domain) => !listed.has(domain))).toEqual([]);
  });
});
