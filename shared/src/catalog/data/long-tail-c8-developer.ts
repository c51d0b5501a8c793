// Eighth pass (2026-12-05): LLM gateways and LLM observability platforms that teams send prompts and completions to,
// which the catalog missed. Each host is read in the vendor's own docs or the vendor's own public repository (its SDK's
// default endpoint or its README), cited row by row.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, type ToolRow } from './define';

const rows: ToolRow[] = [
  {
    // docs.orq.ai, "OpenAI compatible API": set the base URL to https://api.orq.ai/v2/router; the docs' agent notes send
    // model traffic to https://my.orq.ai/v3/router, the workspace app's host.
    id: 'orq-ai',
    name: 'Orq.ai',
    vendor: 'Orq.ai',
    domains: ['orq.ai'],
    apiEndpoints: ['api.orq.ai', 'my.orq.ai'],
    source: 'https://docs.orq.ai/docs/proxy/openai-compatible-api',
  },
  {
    // Traceloop's docs, "LLM Observability with Traceloop": the platform at app.traceloop.com, OTLP export to
    // https://api.traceloop.com.
    id: 'traceloop',
    name: 'Traceloop',
    vendor: 'Traceloop',
    domains: ['traceloop.com'],
    apiEndpoints: ['api.traceloop.com'],
    source: 'https://traceloop.com/docs/openllmetry/integrations/traceloop',
  },
  {
    // HoneyHive's docs, "Tracing quickstart": the HoneyHive tracer sends LLM traces to the HoneyHive platform (dedicated
    // instances are <name>.honeyhive.ai).
    id: 'honeyhive',
    name: 'HoneyHive',
    vendor: 'HoneyHive',
    domains: ['honeyhive.ai'],
    source: 'https://docs.honeyhive.ai/v2/introduction/tracing-quickstart',
  },
  {
    // LangWatch's own Python SDK README: sign up at app.langwatch.ai; the SDK's endpoint defaults to
    // https://app.langwatch.ai; the website is langwatch.ai.
    id: 'langwatch',
    name: 'LangWatch',
    vendor: 'LangWatch',
    domains: ['langwatch.ai'],
    source: 'https://github.com/langwatch/langwatch/blob/27731bb8b71d0f12ff43c03cf3728671620be6fa/python-sdk/README.md',
  },
  {
    // Laminar's own README (lmnr-ai/lmnr): "Laminar (https://laminar.sh) is an open-source observability platform
    // purpose-built for AI agents"; its managed platform is where traces are sent.
    id: 'laminar',
    name: 'Laminar',
    vendor: 'Laminar',
    // lmnr.ai: the same README before laminar.sh ("[Laminar](https://www.lmnr.ai) is the open-source platform for
    // tracing and evaluating AI applications", https://github.com/lmnr-ai/lmnr/blob/bb208ff20d1e4dc8030a99485af79ed911cb9dd7/README.md
    // line 14), and Laminar (S24) at www.lmnr.ai in listed('c13ayc', 'responses/S24.json'), CHECKED_C13.
    domains: ['laminar.sh', 'lmnr.ai'],
    source: 'https://github.com/lmnr-ai/lmnr',
  },
];

export const longTailC8DeveloperTools: Tool[] = defineTools('developer-platform', rows, { checked: CHECKED_3 });
