// Traps beside the hosts the twelfth session's lists-a helper took from billmei/every-chatgpt-gui, the MCP project's
// clients page, the MCP reference servers' README, jaw9c's, wong2's and appcypher's MCP server lists, radi-cho/awesome-gpt4, jaywcjlove/awesome-mac, Ollama's README and integration
// pages, and the second half of jim-schwoebel/awesome_ai_agents (data/long-tail-c12-a*.ts): the general software those
// lists name beside AI products (their MCP server or model option is a feature), the parents and siblings of the new
// subdomain and URL-prefix claims, look-alike labels, and older entries whose names the new ones share. Every trap must
// stay unclassified (or keep its older entry); every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

import { longTailC12ATools } from './data/long-tail-c12-a';
import { longTailC12ATools2 } from './data/long-tail-c12-a-2';
import { longTailC12ATools3 } from './data/long-tail-c12-a-3';
import { classifyExtension, classifyUrl } from './index';

const GENERAL_SOFTWARE_LISTED_BESIDE_AI = [
  'apidog.com', // API tools, debuggers and databases named as MCP clients
  'www.postman.com',
  'postman.com/downloads',
  'proxyman.com',
  'memgraph.com/lab',
  'www.tagspaces.org', // general apps with an Ollama option
  'x-cmd.com/mod/ollama',
  'testcontainers.com/modules/ollama',
  'mlflow.org',
  'flox.dev',
  'horizon-ui.com/chatgpt-ai-template', // UI-template demos
  'horizon-ui.com',
  'mcp-bundler.maketry.xyz', // a local MCP proxy
  'www.airwallex.com', // official MCP servers of general platforms
  'aiven.io',
  'www.algolia.com',
  'stripe.com',
  'linear.app',
  'www.alation.com',
  'www.atlassian.com',
  'clickhouse.com',
  'www.pulumi.com',
  'www.semgrep.dev',
  'www.thoughtspot.com',
  'www.zenml.io', // ML-ops platforms
  'clear.ml',
  'labelstud.io', // labelling and human-feedback services
  'www.rapidata.ai',
  'kagi.com', // a search engine
  'www.explorium.ai', // data providers and scrapers for agents
  'financialdatasets.ai',
  'anycrawl.dev',
  'www.scrapeless.com',
  'vulert.com', // a dependency scanner, crypto tooling and a registry in jim-schwoebel's list
  'policylayer.com',
  'hol.org',
  'agent101.ventify.ai',
  'aiconferenceddl.com',
  'dart.dev', // similar names: the Dart language, not the Dart project tool
  'www.kiln.com',
  'operative.com',
  'macpaw.com/gemini', // awesome-mac: a duplicate finder named Gemini, and general Mac apps with an AI feature
  'www.pdfgear.com',
  'canarymail.io',
  'rize.io',
  'gitbutler.com',
  'tight.studio',
  'markviewer.com',
  'codexbar.app', // usage monitors for coding agents
  'claudegod.app',
  'www.tokentracker.cc',
];

const PARENTS_AND_SIBLINGS = [
  'ksdev.pl',
  'alergant.us',
  'ddiu.me',
  'index.garden',
  'thesamur.ai',
  'www.ibm.com',
  'ibm.com',
  'datasette.io',
  'ginylil.com',
  'ertiqah.com',
  'openmem.net',
  'vpuna.com',
  'apps.qaq.wiki',
  'apps.qaq.wiki/docs/other-app',
  'microsoft.github.io',
  'microsoft.github.io/vscode',
  'block.github.io',
  'block.github.io/other',
  'learn.microsoft.com/en-us/azure',
  'firebase.google.com/docs/hosting',
  'docs.spring.io/spring-boot',
  'docs.nvidia.com/cuda',
  'docs.cloudbase.net',
  'docs.cloudbase.net/cloud-function',
  'schmedu.com',
  'schmedu.com/tools',
  'opster.com',
  'checkups.opster.com',
  'checkups.opster.com/elasticsearch',
  'vpanjeta.uk',
  'sindresorhus.com',
  'sindresorhus.com/apps',
  'epicenter.md',
  'epicenter.md/other',
  'cero-ai.com',
];

const LOOKALIKE_LABELS = [
  'myanse.app',
  'xwebllm.ai',
  'neca.dev',
  'romp.sh',
  'pref.tools',
  'atuui.com',
  'chorus.sh.example.com',
  'notparallel.ai',
  'kernel.org',
];

describe('look-alikes beside the twelfth session (lists-a helper)', () => {
  it('leaves general software, parents and look-alike labels unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SOFTWARE_LISTED_BESIDE_AI,
      ...PARENTS_AND_SIBLINGS,
      ...LOOKALIKE_LABELS,
    ]);
  });

  it('keeps older entries whose names the new ones share', () => {
    expect(classifyUrl('https://chorus.ai/')?.toolId).toBe('chorus');
    expect(classifyUrl('https://swarms.apac.ai/')?.toolId).toBe('swarms');
    expect(classifyUrl('https://slidespeak.co/')?.toolId).toBe('slidespeak');
    expect(classifyUrl('https://chorus.sh/')?.toolId).toBe('chorus-chat');
    expect(classifyUrl('https://landing.ai/')?.toolId).toBe('landing-ai');
    expect(classifyUrl('https://landing-ai.com/')?.toolId).toBe('landing-ai-pages');
  });

  it('finds every new host and prefix as its own entry', () => {
    for (const tool of [...longTailC12ATools, ...longTailC12ATools2, ...longTailC12ATools3]) {
      for (const domain of tool.domains) {
        expect(classifyUrl(`https://${domain}/`)?.toolId ?? null, domain).toBe(tool.id);
        expect(classifyUrl(`https://app.${domain}/x`)?.toolId ?? null, `app.${domain}`).toBe(tool.id);
      }
      for (const prefix of tool.urlPrefixes)
        expect(classifyUrl(`https://${prefix}/guide?q=1`)?.toolId ?? null, prefix).toBe(tool.id);
    }
  });

  it('finds the extension id read in the GUI list', () => {
    expect(classifyExtension({ id: 'celkhcifjknihgjlieolcmchofdloagk' })?.toolId).toBe('inferit');
  });

  it('finds the listed pages of the new entries', () => {
    const expected: Record<string, string> = {
      'https://giselles.ai/': 'giselle',
      'https://docs.plasmate.app/': 'plasmate',
      'https://learn.microsoft.com/en-us/agent-framework/overview/agent-framework-overview':
        'microsoft-agent-framework',
      'https://framework.beeai.dev/': 'beeai-framework',
      'https://bob.ibm.com/docs/shell': 'ibm-bob',
      'https://www.call-chirp.com/': 'call-chirp',
      'https://microsoft.github.io/genaiscript/': 'genaiscript',
      'https://block.github.io/goose/docs/getting-started/using-extensions': 'goose-block',
      'https://goose-docs.ai/docs/getting-started/installation/': 'goose-block',
      'https://docs.mcp-agent.com/reference/configuration': 'mcp-agent',
      'https://docs.mcpjam.com/getting-started': 'mcpjam',
      'https://www.mcpbundles.com/studio': 'mcpbundles',
      'https://docs.needle.app/docs/guides/mcp/getting-started/': 'needle-app',
      'https://needle-ai.com/': 'needle-app',
      'https://www.rtrvr.ai/docs/tool-calling': 'rtrvr-ai',
      'https://docs.spinai.dev/': 'spinai',
      'https://docs.cloudbase.net/ai/agent/mcp': 'tencent-cloudbase-ai',
      'https://apps.qaq.wiki/docs/flowdown/': 'flowdown',
      'https://www.tuui.com/': 'aiql-tuui',
      'https://docs.nvidia.com/aiqtoolkit/latest/workflows/mcp/index.html': 'nvidia-aiq-toolkit',
      'https://chat.webllm.ai/': 'webllm-chat',
      'https://www.chatwithgpt.ai/': 'chat-with-gpt',
      'https://schmedu.com/tools/chatGpt': 'chatgpt-toolkit-schmedu',
      'https://www.fridaygpt.app/': 'fridaygpt',
      'https://www.kerlig.com/': 'kerlig',
      'https://llm.datasette.io/en/stable/': 'llm-cli-datasette',
      'https://docs.gollm.co/examples/ollama-example': 'gollm',
      'https://firebase.google.com/docs/genkit/plugins/ollama': 'firebase-genkit',
      'https://docs.spring.io/spring-ai/reference/api/chat/ollama-chat.html': 'spring-ai',
      'https://datalab.alkemi.ai/': 'alkemi-ai',
      'https://docs.atla-ai.com/': 'atla-ai',
      'https://app.itsdart.com/': 'dart-pm',
      'https://app.gibsonai.com/': 'gibsonai',
      'https://mcp.onkernel.com/': 'kernel-browsers',
      'https://vibe.mobb.ai/': 'mobb-ai',
      'https://docs.octagonagents.com/': 'octagon-agents',
      'https://mcp.thena.ai/': 'thena-ai',
      'https://docs.zenable.io/integrations/mcp/getting-started': 'zenable',
      'https://mcp.audioscrape.com/': 'audioscrape',
      'https://mcp.thekollektiv.ai/sse': 'kollektiv',
      'https://www.rootsignals.ai/': 'root-signals',
      'https://aisearch.vpuna.com/': 'vpuna-ai-search',
      'https://docs.microsandbox.dev/': 'microsandbox',
      'https://piapi.ai/': 'piapi',
      'https://checkups.opster.com/ops-gpt': 'opster-opsgpt',
      'https://cratecode.com/': 'cratecode',
      'https://app.aqbot.top/': 'aqbot',
      'https://www.theappleai.tech/': 'appleai-menubar',
      'https://getoffgridai.co/desktop': 'off-grid-ai',
      'https://sindresorhus.com/amazing-ai': 'amazing-ai-sindresorhus',
      'https://epicenter.md/whispering': 'whispering-epicenter',
      'https://collate.one/get-started': 'collate-pdf',
    };
    expectEachClassifiedAs(expected);
  });
});
