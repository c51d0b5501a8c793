// Thirteenth-session list pass, helper yc (2026-12-06, issue 15), second file: AI design, image, 3D, video, music and
// writing products, AI companions and chat apps, AI search and research assistants, AI analytics and BI assistants
// and AI personal assistants (productivity, as for Julius), a meeting clone and two clinical scribes (meeting, as for
// Abridge and Freed), a speech translator, and other AI-first products (AI game makers, a CAD generator, security
// agents, clinician training and record-review tools, an energy-market analyst), from Y Combinator's company directory
// as scraped by akshaybhalotia/yc_company_scraper at the commit pinned as `c13ayc` (MIT licence file). The read, the
// filter and the recall before these rows are in the header of long-tail-c13-yc.ts.
// Left out: consumer apps whose AI is not the product or is not said (fitness, shopping, travel, social and dating
// apps, language-learning feeds, games studios and game engines such as Orca, Nitrode, Glade, Ego), media and
// publishing sites (Scribd), a book publisher whose record does not say it is a tool (Heroic Story), MixerBox (a publisher of many apps, not one product), the companies' second hosts when a
// record names two (Overlap's `joinoverlap.com` beside `overlap.ai`; HeartByte's `heartbyte.ai` and `storioai.com`,
// both left for want of knowing which is current), deepfake detection under a host whose record names another company
// (Aedilic's `nonescape.com`), generic-word hosts with namesakes (`casco.com`, `pickle.com`),
// healthcare companies that are clinics, billing and claims services, phone agents, EHRs and drug-discovery firms, and
// security products that govern AI use rather than being AI products (DLP, AI gateways, access control for agents).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, CHECKED_C15, defineTools, listed } from './define';

/** The batch file of the YC directory scrape that names the host. */
const yc = (file: string) => listed('c13ayc', `responses/${file.replace(/ /g, '%20')}`);

export const longTailC13Yc2Tools: Tool[] = defineTools(
  'video',
  [
    { id: 'awen-ai', name: 'awen', vendor: 'awen', category: 'image', domains: ['awen.ai'], source: yc('W25.json') },
    { id: 'basedash', name: 'Basedash', vendor: 'Basedash', category: 'productivity', domains: ['basedash.com'], source: yc('S20.json') },
    { id: 'bigsmart-ai', name: 'Big Smart AI', vendor: 'Big Smart AI', category: 'search', domains: ['bigsmart.ai'], source: yc('S23.json') }, // current record (Summer 2023.json) now names usedialtone.com / Dialtone (row dialtone), CHECKED_C14
    { id: 'buildwithstar', name: 'Star', vendor: 'Star', category: 'other', domains: ['buildwithstar.com'], source: yc('Summer 2022.json') },
    { id: 'canofsoup', name: 'Can of Soup', vendor: 'Can of Soup', category: 'image', domains: ['canofsoup.com'], source: yc('S23.json') }, // current record (Summer 2023.json) now names yn.app / Y/n (no AI in the record, left out), CHECKED_C14
    { id: 'cardboard-sh', name: 'Cardboard', vendor: 'Cardboard', domains: ['cardboard.sh'], source: yc('Winter 2026.json') },
    { id: 'clueso-io', name: 'Clueso', vendor: 'Clueso', domains: ['clueso.io'], source: yc('W23.json') },
    { id: 'cocreate-so', name: 'cocreate', vendor: 'cocreate', domains: ['cocreate.so'], source: yc('Summer 2025.json') },
    { id: 'dartboardenergy', name: 'Dartboard Energy', vendor: 'Dartboard Energy', category: 'other', domains: ['dartboardenergy.com'], source: yc('W25.json') },
    { id: 'datrics-ai', name: 'Datrics', vendor: 'Datrics', category: 'productivity', domains: ['datrics.ai'], source: yc('W21.json') },
    { id: 'diffusion-studio', name: 'Diffusion Studio', vendor: 'Diffusion Studio', domains: ['diffusion.studio'], source: yc('F24.json') },
    { id: 'digitalcarbon-ai', name: 'DigitalCarbon', vendor: 'DigitalCarbon', category: 'image', domains: ['digitalcarbon.ai'], source: yc('S24.json') },
    { id: 'dollyglot', name: 'Dollyglot', vendor: 'Dollyglot', category: 'chat', domains: ['dollyglot.com'], source: yc('W25.json') },
    { id: 'dream3d', name: 'Dream3D', vendor: 'Dream3D', category: 'image', domains: ['dream3d.com'], source: yc('W23.json') },
    { id: 'dreamrp', name: 'DreamRP', vendor: 'DreamRP', category: 'chat', domains: ['dreamrp.com'], source: yc('S24.json') },
    { id: 'eggnog-ai', name: 'Eggnog', vendor: 'Eggnog', domains: ['eggnog.ai'], source: yc('W24.json') },
    { id: 'emojis', name: 'emojis.com', vendor: 'emojis.com', category: 'image', domains: ['emojis.com'], source: yc('W25.json') }, // current record (Winter 2025.json) now names lightbox.sh / Lightbox (in the catalog), CHECKED_C14
    { id: 'et-al-io', name: 'et al.', vendor: 'et al.', category: 'search', domains: ['et-al.io'], source: yc('S24.json') },
    { id: 'ezdubs-ai', name: 'EzDubs', vendor: 'EzDubs', category: 'translation', domains: ['ezdubs.ai'], source: yc('W23.json') }, // current record (Winter 2023.json): Acquired, CHECKED_C14
    { id: 'factiq', name: 'FactIQ', vendor: 'FactIQ', category: 'search', domains: ['factiq.com'], source: yc('Winter 2023.json') },
    { id: 'fifthdoor', name: 'Fifth Door', vendor: 'Fifth Door', category: 'other', domains: ['fifthdoor.com'], source: yc('Fall 2025.json') },
    { id: 'flick-art', name: 'Flick', vendor: 'Flick', domains: ['flick.art'], source: yc('Fall 2025.json') },
    { id: 'focalml', name: 'Focal', vendor: 'Focal', domains: ['focalml.com'], source: yc('W24.json') },
    { id: 'focusbuddy-ai', name: 'Focus Buddy', vendor: 'Focus Buddy', category: 'productivity', domains: ['focusbuddy.ai'], source: yc('S24.json') },
    { id: 'gethipposcribe', name: 'Hippo Scribe', vendor: 'Hippo Scribe', category: 'meeting', domains: ['gethipposcribe.com'], source: yc('W23.json') },
    { id: 'getpickle-ai', name: 'Pickle', vendor: 'Pickle', category: 'meeting', domains: ['getpickle.ai'], source: yc('W25.json') }, // current record (Winter 2025.json) now names pickle.com / Pickle (generic-word host, left out), CHECKED_C14
    { id: 'goriff', name: 'GoRiff', vendor: 'GoRiff', category: 'audio', domains: ['goriff.com'], source: yc('Summer 2025.json') },
    { id: 'guse-io', name: 'Guse', vendor: 'Guse', category: 'productivity', domains: ['guse.io'], source: yc('W25.json') }, // current record (Winter 2025.json) now names orchids.app / Orchids (in the catalog), CHECKED_C14
    { id: 'hera-video', name: 'Hera', vendor: 'Hera', domains: ['hera.video'], source: yc('Summer 2025.json') },
    { id: 'ideate-xyz', name: 'ideate.xyz', vendor: 'ideate.xyz', category: 'image', domains: ['ideate.xyz'], source: yc('S24.json') },
    { id: 'iliad-ai', name: 'Iliad', vendor: 'Iliad', category: 'image', domains: ['iliad.ai'], source: yc('W23.json') },
    { id: 'inquery-ai', name: 'InQuery', vendor: 'InQuery', category: 'other', domains: ['inquery.ai'], source: yc('W24.json') },
    { id: 'joinmilo', name: 'Milo', vendor: 'Milo', category: 'productivity', domains: ['joinmilo.com'], source: yc('W20.json') }, // current record (Winter 2020.json): Inactive, CHECKED_C14
    { id: 'kino-ai', name: 'Kino AI', vendor: 'Kino AI', domains: ['kino.ai'], source: yc('Summer 2023.json') },
    { id: 'knowtex-ai', name: 'Knowtex', vendor: 'Knowtex', category: 'meeting', domains: ['knowtex.ai'], source: yc('S22.json') },
    { id: 'koyal-ai', name: 'Koyal', vendor: 'Koyal', domains: ['koyal.ai'], source: yc('Fall 2025.json') },
    { id: 'lazyeditor-ai', name: 'LazyEditor', vendor: 'LazyEditor', domains: ['lazyeditor.ai'], source: yc('W23.json') },
    { id: 'lemonslice', name: 'Lemon Slice', vendor: 'Lemon Slice', domains: ['lemonslice.com'], source: yc('W24.json') },
    { id: 'leviathanencyclopedia', name: 'Leviathan', vendor: 'Leviathan', category: 'search', domains: ['leviathanencyclopedia.com'], source: yc('Summer 2024.json') },
    { id: 'lightbox-sh', name: 'Lightbox', vendor: 'Lightbox', category: 'writing', domains: ['lightbox.sh'], source: yc('Winter 2025.json') },
    { id: 'lightski', name: 'Lightski', vendor: 'Lightski', category: 'writing', domains: ['lightski.com'], source: yc('W23.json') }, // current record (Winter 2023.json) now names streamstraight.com / Streamstraight (infrastructure, left out), CHECKED_C14
    { id: 'linum-ai', name: 'Linum', vendor: 'Linum', domains: ['linum.ai'], source: yc('W23.json') },
    { id: 'lotas-ai', name: 'Lotas', vendor: 'Lotas', category: 'productivity', domains: ['lotas.ai'], source: yc('Summer 2025.json') },
    { id: 'lumona-ai', name: 'Lumona', vendor: 'Lumona', category: 'search', domains: ['lumona.ai'], source: yc('W24.json') }, // current record (Winter 2024.json): Inactive, CHECKED_C14
    { id: 'melty-sh', name: 'Melty', vendor: 'Melty', category: 'chat', domains: ['melty.sh'], source: yc('S24.json') }, // current record (Summer 2024.json) now names conductor.build / Conductor (in the catalog), CHECKED_C14
    { id: 'mindfort-ai', name: 'MindFort', vendor: 'MindFort', category: 'other', domains: ['mindfort.ai'], source: yc('Spring 2025.json') },
    { id: 'nessielabs', name: 'Nessie', vendor: 'Nessie', category: 'productivity', domains: ['nessielabs.com'], source: yc('Fall 2025.json') },
    { id: 'oraai', name: 'Ora AI', vendor: 'Ora AI', category: 'other', domains: ['oraai.com'], source: yc('S23.json') },
    { id: 'overlap-ai', name: 'Overlap', vendor: 'Overlap', domains: ['overlap.ai'], source: yc('Summer 2024.json') },
    { id: 'overlord-app', name: 'Overlord', vendor: 'Overlord', category: 'productivity', domains: ['overlord.app'], source: yc('Winter 2023.json') },
    { id: 'parsagon-io', name: 'Parsagon', vendor: 'Parsagon', category: 'search', domains: ['parsagon.io'], source: yc('W21.json') },
    { id: 'pixleyai', name: 'Pixley AI', vendor: 'Pixley AI', domains: ['pixleyai.com'], source: yc('Fall 2025.json') },
    { id: 'plotdrive', name: 'Plotdrive', vendor: 'Plotdrive', category: 'writing', domains: ['plotdrive.com'], source: yc('Summer 2019.json') },
    { id: 'pocketpod-app', name: 'PocketPod', vendor: 'PocketPod', category: 'audio', domains: ['pocketpod.app'], source: yc('W24.json') }, // current record (Winter 2024.json) now names useluminate.com / Luminate (in the catalog), CHECKED_C14
    { id: 'prismshorts-app', name: 'Prism', vendor: 'Prism', domains: ['prismshorts.app'], source: yc('Spring 2025.json') },
    { id: 'quantstruct', name: 'Quantstruct', vendor: 'Quantstruct', category: 'writing', domains: ['quantstruct.com'], source: yc('W25.json') },
    { id: 'radmate-ai', name: 'RadMate AI', vendor: 'RadMate AI', category: 'other', domains: ['radmate.ai'], source: yc('W24.json') }, // current record (Winter 2024.json): Inactive, CHECKED_C14
    { id: 'redbean-ai', name: 'Redbean', vendor: 'Redbean', category: 'other', domains: ['redbean.ai'], source: yc('Summer 2021.json') },
    { id: 'redbird-io', name: 'Redbird', vendor: 'Redbird', category: 'productivity', domains: ['redbird.io'], source: yc('W22.json') },
    { id: 'remade-ai', name: 'Remade', vendor: 'Remade', domains: ['remade.ai'], source: yc('S24.json') }, // current record (Summer 2024.json): Acquired, CHECKED_C14
    { id: 'riskangle', name: 'RiskAngle', vendor: 'RiskAngle', category: 'other', domains: ['riskangle.com'], source: yc('S24.json') }, // current record (Summer 2024.json): Inactive, CHECKED_C14
    { id: 'shape-xyz', name: 'Shape', vendor: 'Shape', category: 'productivity', domains: ['shape.xyz'], source: yc('S21.json') },
    { id: 'simcare-ai', name: 'SimCare AI', vendor: 'SimCare AI', category: 'other', domains: ['simcare.ai'], source: yc('S24.json') },
    { id: 'simplifine', name: 'Simplifine', vendor: 'Simplifine', category: 'search', domains: ['simplifine.com'], source: yc('S24.json') }, // current record (Summer 2024.json) now names orcaengine.ai / Orca (in the catalog), CHECKED_C14
    { id: 'stardrift-ai', name: 'Stardrift', vendor: 'Stardrift', category: 'search', domains: ['stardrift.ai'], source: yc('Summer 2024.json') },
    { id: 'stewdio-ai', name: 'Stewdio', vendor: 'Stewdio (formerly Cekura)', category: 'image', domains: ['stewdio.ai', 'cekura.io'], source: yc('Fall 2024.json'), checked: CHECKED_C15 }, // the record (YC id 30068) lists Cekura as its former name; the same company is Cekura on www.cekura.io in F24.json and in steel-dev's list (listed('steelwebagents')), so cekura.io moved here from `cekura` in the fifteenth-session re-check
    { id: 'supercontrast', name: 'supercontrast', vendor: 'supercontrast', category: 'presentation', domains: ['supercontrast.com'], source: yc('F24.json') }, // current record (Fall 2024.json): Inactive, CHECKED_C14
    { id: 'tile-sh', name: 'Tile', vendor: 'Tile', category: 'productivity', domains: ['tile.sh'], source: yc('W24.json') },
    { id: 'trybezel', name: 'Bezel', vendor: 'Bezel', category: 'image', domains: ['trybezel.com'], source: yc('Winter 2025.json') },
    { id: 'trymartin', name: 'Martin', vendor: 'Martin', category: 'productivity', domains: ['trymartin.com'], source: yc('S23.json') },
    { id: 'trymito-io', name: 'Mito', vendor: 'Mito', category: 'productivity', domains: ['trymito.io'], source: yc('S20.json') },
    { id: 'turntable-so', name: 'Turntable', vendor: 'Turntable', category: 'productivity', domains: ['turntable.so'], source: yc('W23.json') },
    { id: 'usemixy', name: 'Mixy', vendor: 'Mixy', category: 'audio', domains: ['usemixy.com'], source: yc('Fall 2025.json') },
    { id: 'useremy', name: 'Remy', vendor: 'Remy', category: 'search', domains: ['useremy.com'], source: yc('S23.json') }, // current record (Summer 2023.json) now names webhound.ai / Webhound (in the catalog), CHECKED_C14
    { id: 'varos', name: 'Varos', vendor: 'Varos', category: 'search', domains: ['varos.com'], source: yc('S21.json') },
    { id: 'waffer-ai', name: 'Waffer', vendor: 'Waffer', domains: ['waffer.ai'], source: yc('Fall 2025.json') },
  ],
  { checked: CHECKED_C13 },
);
