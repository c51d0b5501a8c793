// Tenth long-tail pass (2026-12-05, issue 15), second file: image, video, audio, writing and coding tools, and model-API
// providers from models.dev's provider files (each row cites the provider.toml that gives its host). A generator site
// named after a model (`seedance.ai`) is a third-party site, not the model maker's: its row names the site as vendor.
// The `laylavish` rows are hosts of a CC0 list of AI image sites whose own host plainly names a generator or an AI app;
// that list gives no other description, so, as in the sixth pass, sites named after a model (`midjourney`, `dalle`,
// `stable-diffusion`, `flux` look-alikes) and tutorial or gallery sites were left out.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C10, defineTools, listed } from './define';

const ALIAMMARI1_README = listed('aliammari1', 'README.md');
const KOSTJA94_README = listed('kostja94', 'README.md');
const RVELAMEN_README = listed('rvelamen', 'README.md');
const LAYLAVISH_LIST_UBLACKLIST = listed('laylavish', 'list_uBlacklist.txt');
const KAPIBALA_README = listed('kapibala', 'README.md');
const MVALENTSEV_README = listed('mvalentsev', 'README.md');

export const longTailC10RescanTools2: Tool[] = defineTools(
  'other',
  [
    { id: 'suede-ai', name: 'Suede', vendor: 'Suede', category: 'audio', domains: ['suedeai.ai'], source: ALIAMMARI1_README },
    { id: 'jobmirror', name: 'JobMirror', vendor: 'JobMirror', category: 'writing', domains: ['jobmirror.app'], source: ALIAMMARI1_README },
    { id: 'suriya', name: 'Suriya', vendor: 'Suriya', category: 'coding', domains: ['suriya.ai'], region: 'southeast-asia', source: ALIAMMARI1_README },
    { id: 'seedance-ai', name: 'Seedance 2.0 (seedance.ai)', vendor: 'seedance.ai', category: 'video', domains: ['seedance.ai'], source: listed('bsaisuryacharan', 'README.md') },
    { id: 'prequel', name: 'Prequel', vendor: 'Prequel', category: 'image', domains: ['prequel.app'], source: KOSTJA94_README },
    { id: 'pirr', name: 'Pirr', vendor: 'Pirr', category: 'writing', domains: ['pirr.me'], source: KOSTJA94_README },
    { id: 'hamming', name: 'Hamming', vendor: 'Hamming', category: 'developer-platform', domains: ['hamming.io', 'hamming.ai'], source: KOSTJA94_README }, // hamming.ai: Hamming AI (S24, automated testing of AI voice agents, as this row's list line says) in listed('c13ayc', 'responses/S24.json'), CHECKED_C13
    { id: 'printgen', name: 'PrintGen', vendor: 'PrintGen', category: 'image', domains: ['printgen.ai'], source: KOSTJA94_README },
    { id: 'raspberry-ai', name: 'Raspberry AI', vendor: 'Raspberry AI', category: 'image', domains: ['raspberry.ai'], source: KOSTJA94_README },
    { id: 'modl-ai', name: 'Modl.ai', vendor: 'Modl.ai', category: 'developer-platform', domains: ['modl.ai'], source: KOSTJA94_README },
    { id: 'imagechanger', name: 'ImageChanger', vendor: 'ImageChanger', category: 'image', domains: ['aiimagechanger.app'], source: RVELAMEN_README },
    { id: 'landscapioai', name: 'LandscapioAI', vendor: 'LandscapioAI', category: 'image', domains: ['landscapioai.com'], source: RVELAMEN_README },
    { id: 'videos-social', name: 'videos.social', vendor: 'videos.social', category: 'video', domains: ['videos.social'], source: RVELAMEN_README },
    { id: 'glide-pr-walkthroughs', name: 'Glide', vendor: 'Glide', category: 'coding', domains: ['useglide.ai'], source: listed('sourcegraph', 'README.md') },
    { id: 'atomic-chat', name: 'Atomic Chat', vendor: 'Atomic Chat', category: 'developer-platform', domains: ['atomic.chat'], source: listed('modelsdev', 'providers/atomic-chat/provider.toml') },
    { id: 'claudinio', name: 'Claudinio', vendor: 'Claudinio', category: 'developer-platform', domains: ['claudin.io'], source: listed('modelsdev', 'providers/claudinio/provider.toml') },
    { id: 'crofai', name: 'CrofAI', vendor: 'CrofAI', category: 'developer-platform', domains: ['crof.ai', 'anthropic.nahcrof.com'], source: listed('modelsdev', 'providers/crof/provider.toml') },
    { id: 'digitalocean-serverless-inference', name: 'DigitalOcean serverless inference', vendor: 'DigitalOcean', category: 'developer-platform', domains: ['inference.do-ai.run'], source: listed('modelsdev', 'providers/digitalocean/provider.toml') },
    { id: 'fastrouter', name: 'FastRouter', vendor: 'FastRouter', category: 'developer-platform', domains: ['fastrouter.ai'], source: listed('modelsdev', 'providers/fastrouter/provider.toml') },
    // freemodel.dev (2026-12-06): the provider file's `doc` site (the same file).
    { id: 'freemodel', name: 'FreeModel', vendor: 'FreeModel', category: 'developer-platform', domains: ['cc.freemodel.dev', 'freemodel.dev'], source: listed('modelsdev', 'providers/freemodel/provider.toml') },
    { id: 'frogbot', name: 'FrogBot', vendor: 'FrogBot', category: 'developer-platform', domains: ['app.frogbot.ai'], source: listed('modelsdev', 'providers/frogbot/provider.toml') },
    { id: 'llm-gateway', name: 'LLM Gateway', vendor: 'LLM Gateway', category: 'developer-platform', domains: ['llmgateway.io'], source: listed('modelsdev', 'providers/llmgateway/provider.toml') },
    { id: 'mixlayer', name: 'Mixlayer', vendor: 'Mixlayer', category: 'developer-platform', domains: ['models.mixlayer.ai'], source: listed('modelsdev', 'providers/mixlayer/provider.toml') },
    { id: 'routing-run', name: 'routing.run', vendor: 'routing.run', category: 'developer-platform', domains: ['ai.routing.sh', 'routing.run'], source: listed('modelsdev', 'providers/routing-run/provider.toml') },
    { id: 'submodel', name: 'submodel', vendor: 'submodel', category: 'developer-platform', domains: ['llm.submodel.ai'], source: listed('modelsdev', 'providers/submodel/provider.toml') },
    { id: 'the-grid-ai', name: 'The Grid AI', vendor: 'The Grid AI', category: 'developer-platform', domains: ['thegrid.ai'], source: listed('modelsdev', 'providers/the-grid-ai/provider.toml') },
    { id: 'umans-ai-coding-plan', name: 'Umans AI Coding Plan', vendor: 'Umans AI', category: 'coding', domains: ['app.umans.ai', 'api.code.umans.ai'], source: listed('modelsdev', 'providers/umans-ai-coding-plan/provider.toml') },
    { id: 'wafer', name: 'Wafer', vendor: 'Wafer', category: 'developer-platform', domains: ['pass.wafer.ai'], source: listed('modelsdev', 'providers/wafer.ai/provider.toml') },
    { id: 'ai-art-generator-art', name: 'ai-art-generator.art', vendor: 'ai-art-generator.art', category: 'image', domains: ['ai-art-generator.art'], source: LAYLAVISH_LIST_UBLACKLIST },
    { id: 'artgeneratorai-art', name: 'artgeneratorai.art', vendor: 'artgeneratorai.art', category: 'image', domains: ['artgeneratorai.art'], source: LAYLAVISH_LIST_UBLACKLIST },
    { id: 'aianimeartgeneratorfree-com', name: 'aianimeartgeneratorfree.com', vendor: 'aianimeartgeneratorfree.com', category: 'image', domains: ['aianimeartgeneratorfree.com'], source: LAYLAVISH_LIST_UBLACKLIST },
    { id: 'nudify-art', name: 'nudify.art', vendor: 'nudify.art', category: 'image', domains: ['nudify.art'], source: LAYLAVISH_LIST_UBLACKLIST },
    { id: 'zerocoder', name: 'Zerocoder', vendor: 'Zerocoder', category: 'coding', domains: ['zerocoder.dev'], source: listed('richawo', 'building.md') },
    { id: 'colormagic', name: 'ColorMagic', vendor: 'ColorMagic', category: 'image', domains: ['colormagic.app'], source: listed('richawo', 'designing.md') },
    { id: 'dinference', name: 'DInference', vendor: 'DInference', category: 'developer-platform', domains: ['dinference.com'], source: listed('modelsdev', 'providers/dinference/provider.toml') },
    { id: 'lucidquery', name: 'LucidQuery', vendor: 'LucidQuery', category: 'developer-platform', domains: ['lucidquery.com'], source: listed('modelsdev', 'providers/lucidquery/provider.toml') },
    { id: 'pdf-chat', name: 'pdf.chat', vendor: 'pdf.chat', category: 'writing', domains: ['pdf.chat'], source: KAPIBALA_README },
    { id: 'batchtool-images', name: 'BatchTool', vendor: 'BatchTool', category: 'image', domains: ['images.batchtool.com'], source: KAPIBALA_README },
    { id: 'gaoding-koutu', name: '稿定抠图 (Gaoding cut-out)', vendor: 'Gaoding', category: 'image', domains: ['koutu.gaoding.com'], region: 'china', source: KAPIBALA_README },
    { id: 'pixela', name: 'Pixela', vendor: 'Pixela', category: 'image', domains: ['pixela.ai'], source: KAPIBALA_README },
    { id: 'fooocus-fooocus-cc', name: 'Fooocus (fooocus.cc)', vendor: 'Fooocus (fooocus.cc)', category: 'image', domains: ['fooocus.cc'], source: KAPIBALA_README },
    { id: 'mirage-ml', name: 'Mirage', vendor: 'Mirage', category: 'image', domains: ['mirageml.com'], source: listed('kostja94', 'INDEX.md') },
    { id: 'aion-labs', name: 'Aion Labs', vendor: 'Aion Labs', category: 'developer-platform', domains: ['aionlabs.ai'], source: MVALENTSEV_README },
    { id: 'tokenrouter-io', name: 'TokenRouter.io', vendor: 'TokenRouter.io', category: 'developer-platform', domains: ['tokenrouter.io'], source: MVALENTSEV_README },
    { id: 'forgecode', name: 'ForgeCode', vendor: 'ForgeCode', category: 'coding', domains: ['forgecode.dev'], source: MVALENTSEV_README },
  ],
  { checked: CHECKED_C10 },
);
