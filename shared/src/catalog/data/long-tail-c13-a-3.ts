// Thirteenth-session list pass, helper lists-a (2026-12-06, issue 15), continued: the rest of the business-function
// AI products from Y Combinator's company directory (akshaybhalotia/yc_company_scraper, MIT licence file; see
// long-tail-c13-a.ts), then a second read of the same sub-industries for companies whose AI shows only in the long
// description (124 more hosts, 9 classified before these rows; 35 added, the rest general software, analytics, data
// and healthcare companies or left to the creative pass), and two small lists:
// - sindresorhus/awesome-whisper (readme.md; CC0 licence file): apps, web apps and APIs built on Whisper. Of its 16
//   product hosts 10 were classified; added are four transcription apps. Left out: MacWhisper and WhisperScript, whose
//   links are store pages on shared sellers' hosts (gumroad.com, a store subdomain), and a personal demo
//   (`whisper.r3d.red`); articles, the model's own pages and the blog hosts.
// - tehtbl/awesome-note-taking (README.md; CC0 `license` file): note-taking and knowledge-management apps, nearly all
//   GitHub repositories or note apps without AI; of the nine hosts of its AI note apps four were classified (Mem's
//   two, Reflect, Taskade). Added are the three AI-first ones that missed; left out are Tana (a note tool with AI features), an app
//   on vercel.app, one the list itself marks unreachable (OktoNote) and open-source ones linked only on GitHub.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, defineTools, listed } from './define';

/** The batch file of the YC directory scrape that names the host. */
const yc = (file: string) => listed('c13ayc', `responses/${file.replace(/ /g, '%20')}`);
const whisper = listed('c13awhisper', 'readme.md');
const notes = listed('c13anotetaking');

export const longTailC13A3Tools: Tool[] = defineTools(
  'agents',
  [
    // Y Combinator directory
    { id: 'acely-com', name: 'Acely', vendor: 'Acely', category: 'other', domains: ['acely.com'], source: yc('W18.json') },
    { id: 'alice-tech', name: 'Alice.tech', vendor: 'Alice.tech', category: 'other', domains: ['alice.tech'], source: yc('W25.json') },
    { id: 'edexia', name: 'Edexia', vendor: 'Edexia', category: 'other', domains: ['edexia.com', 'edexia.ai'], source: yc('W25.json') }, // edexia.ai: the same YC company's record in responses/W25.json (alias pass)
    { id: 'educato-ai', name: 'Educato AI', vendor: 'Educato AI', category: 'other', domains: ['educato.ai'], source: yc('S24.json') },
    { id: 'ello-com', name: 'Ello', vendor: 'Ello', category: 'other', domains: ['ello.com'], source: yc('W20.json') },
    { id: 'excellence-learning', name: 'Excellence Learning', vendor: 'Excellence Learning', category: 'other', domains: ['excellence-ai.com'], source: yc('W25.json') },
    { id: 'frizzle', name: 'Frizzle', vendor: 'Frizzle', category: 'other', domains: ['frizzle.com'], source: yc('Summer 2025.json') },
    { id: 'gradewiz', name: 'GradeWiz', vendor: 'GradeWiz', category: 'other', domains: ['gradewiz.ai'], source: yc('W25.json') },
    { id: 'miyagi-labs', name: 'Miyagi Labs', vendor: 'Miyagi Labs', category: 'other', domains: ['miyagilabs.ai'], source: yc('W25.json') },
    { id: 'risely-ai', name: 'Risely AI', vendor: 'Risely AI', domains: ['risely.ai'], source: yc('Summer 2025.json') },
    { id: 'shepherd', name: 'Shepherd', vendor: 'Shepherd', category: 'other', domains: ['shepherd.study'], source: yc('W24.json') },
    { id: 'spark-studio', name: 'Spark Studio', vendor: 'Spark Studio', category: 'other', domains: ['sparkstudio.co'], source: yc('S21.json') },
    { id: 'superkalam', name: 'SuperKalam', vendor: 'SuperKalam', category: 'other', domains: ['superkalam.com'], source: yc('W23.json') },
    { id: 'tegore', name: 'Tegore', vendor: 'Tegore', category: 'other', domains: ['tegore.ai'], source: yc('Spring 2025.json') },
    { id: 'tokotutor-com', name: 'Toko', vendor: 'Toko', category: 'other', domains: ['tokotutor.com'], source: yc('W22.json') },
    { id: 'youlearn', name: 'YouLearn', vendor: 'YouLearn', category: 'other', domains: ['youlearn.ai'], source: yc('Spring 2025.json') },
    { id: 'alphawatch-ai', name: 'AlphaWatch AI', vendor: 'AlphaWatch AI', category: 'other', domains: ['alphawatch.ai'], source: yc('W23.json') },
    { id: 'alt-x-co', name: 'Alt-X', vendor: 'Alt-X', category: 'other', domains: ['alt-x.co'], source: yc('Fall 2025.json') },
    { id: 'cascading-ai', name: 'Casca', vendor: 'Casca', domains: ['cascading.ai'], source: yc('S23.json') },
    { id: 'finbar', name: 'finbar', vendor: 'finbar', category: 'other', domains: ['finbar.com'], source: yc('W25.json') },
    { id: 'finic-ai', name: 'Finic', vendor: 'Finic', category: 'other', domains: ['finic.ai'], source: yc('W23.json') },
    { id: 'freyavoice-ai', name: 'Freya', vendor: 'Freya', domains: ['freyavoice.ai'], source: yc('Summer 2025.json') },
    { id: 'diligent', name: 'Diligent', vendor: 'Diligent', domains: ['godiligent.ai'], source: yc('S23.json') },
    { id: 'greenlite', name: 'Greenlite', vendor: 'Greenlite', domains: ['greenlite.ai'], source: yc('S23.json') },
    { id: 'keye-co', name: 'Keye', vendor: 'Keye', category: 'other', domains: ['keye.co'], source: yc('F24.json') },
    { id: 'respaid', name: 'Respaid', vendor: 'Respaid', domains: ['respaid.com'], source: yc('S23.json') },
    { id: 'scalar-field', name: 'Scalar Field', vendor: 'Scalar Field', category: 'other', domains: ['scalarfield.io'], source: yc('Spring 2025.json') },
    { id: 'seiright-com', name: 'Sei', vendor: 'Sei', domains: ['seiright.com'], source: yc('W22.json') },
    { id: 'finny-ai', name: 'FINNY AI', vendor: 'FINNY AI', category: 'other', domains: ['finnyai.com'], source: yc('S24.json') },
    // astor.app (2026-12-06, yc25 pass): Gaus now trades as Astor, an AI investment adviser with a chatbot; its privacy
    // policy (https://www.astor.app/legal/privacy) names "Gaus, Inc. DBA Astor" and www.astor.app.
    { id: 'joingaus-com', name: 'Gaus', vendor: 'Gaus', category: 'other', domains: ['joingaus.com', 'astor.app'], source: yc('Summer 2025.json') },
    { id: 'capix-ai', name: 'Capix', vendor: 'Capix', category: 'other', domains: ['capix.ai'], source: yc('S22.json') },
    { id: 'veritus', name: 'Veritus', vendor: 'Veritus', domains: ['veritus.com'], source: yc('Summer 2025.json') },
    { id: 'acolite', name: 'Acolite', vendor: 'Acolite', domains: ['acolite.ai'], source: yc('Spring 2025.json') },
    { id: 'meetcasey-ai', name: 'Casey', vendor: 'Casey', domains: ['meetcasey.ai'], source: yc('Fall 2025.json') },
    { id: 'vantel', name: 'Vantel', vendor: 'Vantel', category: 'other', domains: ['vantel.com', 'vantel.ai'], source: yc('W25.json') }, // vantel.ai: the same YC company's record in responses/W25.json (alias pass)
    { id: 'cozmox-ai', name: 'CozmoX AI', vendor: 'CozmoX AI', domains: ['cozmox.ai', 'hellocozmo.ai'], source: yc('W22.json') }, // hellocozmo.ai: the same YC company under its new name (Cozmo AI, formerly CozmoX AI, voice AI workforce) in listed('c13ayc', 'responses/Winter 2022.json'), CHECKED_C14
    // Y Combinator directory, second read: the AI shows only in the long description
    { id: 'artosai-com', name: 'Artos', vendor: 'Artos', category: 'writing', domains: ['artosai.com'], source: yc('W24.json') },
    { id: 'lucite', name: 'Lucite', vendor: 'Lucite', category: 'other', domains: ['lucite.ai'], source: yc('W24.json') },
    { id: 'stardex', name: 'Stardex', vendor: 'Stardex', domains: ['stardex.ai', 'stardex.com'], source: yc('S21.json') }, // stardex.com: the same YC company's record in responses/Summer 2021.json (alias pass)
    { id: 'diligencesquared', name: 'DiligenceSquared', vendor: 'DiligenceSquared', category: 'other', domains: ['diligencesquared.com'], source: yc('Fall 2025.json') },
    { id: 'operand-com', name: 'Operand', vendor: 'Operand', domains: ['operand.com', 'tryoperand.com'], source: yc('W25.json') }, // tryoperand.com: the same YC company's record in responses/W25.json (alias pass)
    { id: 'patterns-app', name: 'Patterns', vendor: 'Patterns', category: 'other', domains: ['patterns.app'], source: yc('S21.json') },
    { id: 'senso-ai', name: 'Senso', vendor: 'Senso', domains: ['senso.ai'], source: yc('W24.json') },
    { id: 'artificial-societies', name: 'Artificial Societies', vendor: 'Artificial Societies', domains: ['societies.io'], source: yc('W25.json') },
    { id: 'kalinda', name: 'Kalinda', vendor: 'Kalinda', category: 'other', domains: ['kalinda.ai'], source: yc('Summer 2025.json') },
    { id: 'and-ai-patents', name: '&AI', vendor: '&AI', category: 'other', domains: ['tryandai.com'], source: yc('S24.json') },
    { id: 'caddie-ai', name: 'Caddie AI', vendor: 'Caddie AI', domains: ['trycaddie.com'], source: yc('S22.json') }, // current record (Summer 2022.json) now names superbar.ai / Superbar (store search, left out), CHECKED_C14
    { id: 'ariglad', name: 'Ariglad', vendor: 'Ariglad', domains: ['ariglad.com'], source: yc('W23.json') },
    { id: 'getden-io', name: 'Den', vendor: 'Den', category: 'productivity', domains: ['getden.io'], source: yc('Spring 2025.json') },
    { id: 'getcargo-io', name: 'Cargo', vendor: 'Cargo', domains: ['getcargo.io'], source: yc('S23.json') },
    { id: 'karumi', name: 'Karumi', vendor: 'Karumi', domains: ['karumi.ai'], source: yc('Fall 2025.json') },
    { id: 'orange-slice', name: 'Orange Slice', vendor: 'Orange Slice', domains: ['orangeslice.ai'], source: yc('Summer 2025.json') },
    { id: 'fuseai', name: 'FuseAI', vendor: 'FuseAI', domains: ['tryfuse.ai'], source: yc('W25.json') },
    { id: 'aleph-lab', name: 'Aleph Lab', vendor: 'Aleph Lab', category: 'other', domains: ['alephlab.ai'], source: yc('Fall 2025.json') },
    { id: 'cobbery', name: 'Cobbery', vendor: 'Cobbery', domains: ['cobbery.com'], source: yc('S22.json') },
    { id: 'happenstance', name: 'Happenstance', vendor: 'Happenstance', category: 'search', domains: ['happenstance.ai'], source: yc('W24.json') },
    { id: 'heyblue-com', name: 'Blue', vendor: 'Blue', category: 'chat', domains: ['heyblue.com'], source: yc('Summer 2025.json') },
    { id: 'pingo-ai', name: 'Pingo AI', vendor: 'Pingo AI', category: 'other', domains: ['mypingoai.com'], source: yc('Summer 2025.json') },
    { id: 'opine-chat', name: 'Opine', vendor: 'Opine', category: 'chat', domains: ['opine.chat'], source: yc('Spring 2025.json') },
    { id: 'text-ai', name: 'Text.ai', vendor: 'Text.ai', category: 'chat', domains: ['text.ai'], source: yc('Spring 2025.json') },
    { id: 'vaero-ai', name: 'Vaero', vendor: 'Vaero', category: 'writing', domains: ['vaero.ai'], source: yc('W23.json') },
    { id: 'darsel', name: 'Darsel', vendor: 'Darsel', category: 'other', domains: ['darsel.tech'], source: yc('W22.json') },
    { id: 'mysivi-ai', name: 'Sivi', vendor: 'Sivi', category: 'other', domains: ['mysivi.ai'], source: yc('W22.json') },
    { id: 'opennote', name: 'Opennote', vendor: 'Opennote', category: 'productivity', domains: ['opennote.com'], source: yc('Summer 2025.json') },
    { id: 'becomeautonomous-com', name: 'Autonomous', vendor: 'Autonomous Technologies Group', category: 'other', domains: ['becomeautonomous.com'], source: yc('Fall 2025.json') },
    { id: 'collectwise', name: 'CollectWise', vendor: 'CollectWise', domains: ['collectwise.com'], source: yc('F24.json') },
    { id: 'governgpt', name: 'GovernGPT', vendor: 'GovernGPT', category: 'writing', domains: ['governgpt.com', 'governgpt.ai'], source: yc('W24.json') }, // governgpt.ai: the same YC company's record in responses/W24.json (alias pass)
    { id: 'mandel-ai', name: 'Mandel AI', vendor: 'Mandel AI', domains: ['mandel.ai'], source: yc('S23.json') },
    { id: 'sphinxhq', name: 'Sphinx', vendor: 'Sphinx', domains: ['sphinxhq.com', 'sphinxlabs.ai'], source: yc('F24.json') }, // sphinxlabs.ai: the same YC company's record in responses/F24.json (alias pass)
    { id: 'tokenowl', name: 'TokenOwl', vendor: 'TokenOwl', category: 'other', domains: ['tokenowl.ai'], source: yc('W24.json') },
    { id: 'accend', name: 'Accend', vendor: 'Accend', domains: ['withaccend.com'], source: yc('S23.json') },
    // sindresorhus/awesome-whisper
    { id: 'easywhisper', name: 'EasyWhisper', vendor: 'EasyWhisper', category: 'audio', domains: ['easywhisper.io'], source: whisper },
    { id: 'audio-note-app', name: 'Audio Note', vendor: 'Audio Note', category: 'audio', domains: ['audionote.app'], source: whisper },
    { id: 'bigwav', name: 'bigWav', vendor: 'bigWav', category: 'audio', domains: ['bigwav.app'], source: whisper },
    {
      id: 'free-podcast-transcription',
      name: 'Free Podcast Transcription',
      vendor: 'Free Podcast Transcription',
      category: 'audio',
      domains: ['freepodcasttranscription.com'],
      source: whisper,
    },
    // tehtbl/awesome-note-taking
    { id: 'mindmirror', name: 'MindMirror', vendor: 'MindMirror', category: 'productivity', domains: ['mindmirror.app'], source: notes },
    { id: 'mindwork', name: 'MindWork', vendor: 'MindWork', category: 'productivity', domains: ['mindwork.it.com'], source: notes },
    { id: 'callbro', name: 'CallBro', vendor: 'CallBro', category: 'meeting', domains: ['callbro.ai'], source: notes },
  ],
  { checked: CHECKED_C13 },
);
