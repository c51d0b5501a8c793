// Twelfth regional pass (issue 15, 2026-12-06): Iranian AI services from Kalahamoon/awesome-persian-ai (README.md at the
// pinned commit; MIT by its badge and License section). Only facts (name, host) were taken; the rows are ours. The list
// names mostly GitHub and Hugging Face projects; its 11 product and service hosts were classified first and none was
// matched (independent recall 0 of the 8 AI services added): the OpenAI-compatible model gateways that serve Iran, enterprise LLM
// platforms, and speech and OCR APIs.
// Left out: a marketplace's developer docs (Basalam's MCP page), a general cloud (ArvanCloud), and partsoftware.com, which
// the list gives for Part AI but which nothing else shows to be an AI-only site; model, dataset and tool repositories on
// GitHub and Hugging Face (shared platforms).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

const readme = listed('kalahamoon');

export const regionalC12MiddleEastTools: Tool[] = defineTools(
  'developer-platform',
  [
    // Model gateways (OpenAI-compatible APIs billed in rials) and enterprise LLM platforms.
    { id: 'aizamin', name: 'AIZamin', vendor: 'AIZamin', domains: ['aizamin.ir'], source: readme },
    { id: 'metis-ai-ir', name: 'Metis AI', vendor: 'Metis AI', domains: ['metisai.ir'], source: readme },
    { id: 'avalai', name: 'AvalAI', vendor: 'AvalAI', domains: ['avalai.ir'], source: readme },
    { id: 'hooshio', name: 'Hooshio', vendor: 'Hooshio', domains: ['hooshio.com'], source: readme },
    { id: 'mehparto', name: 'Mehparto', vendor: 'Mehparto', domains: ['mehparto.ir'], source: readme },
    // Speech and OCR APIs.
    { id: 'farsava-amerandish', name: 'FarsAva', vendor: 'Amerandish', category: 'audio', domains: ['amerandish.com'], source: readme },
    { id: 'iotype', name: 'IoType', vendor: 'IoType', category: 'audio', domains: ['iotype.com'], source: readme },
    { id: 'iran-ocr', name: 'Iran OCR', vendor: 'Iran OCR', category: 'productivity', domains: ['iranocr.ir'], source: readme },
  ],
  { checked: CHECKED_C12, region: 'middle-east' },
);
