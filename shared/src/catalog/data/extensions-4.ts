// The long tail of AI browser extensions in the Mereos proctoring SDK's EXTENSIONS_LIST (Drone9/mereos,
// MIT, src/utils/constant.js at the commit pinned below): small ChatGPT and Gemini companions, prompt
// tools, summarisers, AI sidebars, homework and job-application helpers. Each id is listed there with the
// name used here; the publisher is not named there, so the vendor is the product's name. These are small,
// so their names are kept whole: a name match needs the whole store name or the part before a tagline.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

const MEREOS_COMMIT = '816fdbfd06d8eb4cf1d3f07b05ee95ea4e490d0a';
const mereos = `https://github.com/Drone9/mereos/blob/${MEREOS_COMMIT}/src/utils/constant.js`;

export const extensionTools4: Tool[] = defineTools(
  'browser-extension',
  [
    { id: 'chatgpt-toolkit-extension', name: 'ChatGPT Toolkit', vendor: 'ChatGPT Toolkit', extensionIds: ['okanoajihjohgmbifnkiebaobfkgenfa'] },
    { id: 'chatgpt-summary-extension', name: 'ChatGPT Summary', vendor: 'ChatGPT Summary', extensionIds: ['mikcekmbahpbehdpakenaknkkedeonhf'] },
    { id: 'chatgpt-summary-assistant-extension', name: 'ChatGPT Summary Assistant', vendor: 'ChatGPT Summary Assistant', extensionIds: ['nnjcoododbeemlmmhbfmmkbneniepaog'] },
    { id: 'chatgpt-webpage-summarizer-extension', name: 'ChatGPT Webpage Summarizer', vendor: 'ChatGPT Webpage Summarizer', extensionIds: ['nohphjepbjannpjpmodlcgdlialokkpd'] },
    { id: 'chatgpt-translate-extension', name: 'ChatGPT Translate', vendor: 'ChatGPT Translate', extensionIds: ['acaeafediijmccnjlokgcdiojiljfpbe'] },
    { id: 'chatgpt-print-and-save-extension', name: 'ChatGPT Print and Save', vendor: 'ChatGPT Print and Save', extensionIds: ['giiemjoccofnggceldeendokfcehnobc'] },
    { id: 'chatgpt-rtl-extension', name: 'ChatGPT RTL', vendor: 'ChatGPT RTL', extensionIds: ['cnhikhicflgjbfnllpmbbdpjcfmfnkii'] },
    { id: 'chatgpt-context-companion-extension', name: 'ChatGPT context companion', vendor: 'ChatGPT context companion', extensionIds: ['elfmpgajdjmknldbbicgpdiaalbkkioc'] },
    { id: 'chatgenie-extension', name: 'ChatGenie for Chatgpt', vendor: 'ChatGenie for Chatgpt', extensionIds: ['lgfokdfepidpjodalhpbjindjackhidg'] },
    { id: 'chat-gpt-reply-extension', name: 'Chat GPT Reply', vendor: 'Chat GPT Reply', extensionIds: ['blmjpihalepofbadijebmekdfecfldgm'] },
    { id: 'gmail-gpt-extension', name: 'Gmail-GPT', vendor: 'Gmail-GPT', extensionIds: ['bmnbmnemfpcjabgdljjanmloeciofedg'] },
    { id: 'linkedgpt-extension', name: 'LinkedGPT', vendor: 'LinkedGPT', extensionIds: ['agdddnmdjmljkjeglnidfpmpenbimmmn'] },
    { id: 'workgpt-extension', name: 'WorkGPT', vendor: 'WorkGPT', extensionIds: ['aijkbfcgfacnbgaladlemlbonnddphdf'] },
    { id: 'gpt-workspace-extension', name: 'GPT Workspace', vendor: 'GPT Workspace', domains: ['gpt.space'], extensionIds: ['jgocjgkdladclacgmkkiklmdcmngjcba'] }, // gpt.space: listed('kapibala', 'data/navigation.json') (GPT Workspace)
    { id: 'gpt-formula-extension', name: 'GPT Formula', vendor: 'GPT Formula', extensionIds: ['kcleeabpbbmbcfgfdhobcincoeliffba'] },
    { id: 'gpt-sidebar-extension', name: 'GPT Sidebar', vendor: 'GPT Sidebar', domains: ['gptsidebar.com'], extensionIds: ['gcmemiedfkhgibnmdljhojmgnoimjpcd', 'kapoabaoamgiilmlanmfejgfomlnccph'] }, // gptsidebar.com (2026-12-07): the extension's own privacy policy on app2.gptsidebar.com, read by the twenty-sixth session's exts2 pass, describes its AI sidebar
    { id: 'sidebargpt-extension', name: 'SidebarGPT', vendor: 'SidebarGPT', extensionIds: ['mejjgaogggabifjfjdbnobinfibaamla'] },
    { id: 'readergpt-extension', name: 'ReaderGPT', vendor: 'ReaderGPT', extensionIds: ['ohgodjgnfedgikkgcjdkomkadbfedcjd'] },
    { id: 'browsergpt-extension', name: 'BrowserGPT', vendor: 'BrowserGPT', extensionIds: ['njggknpmkjapgklcfhaiigafiiebpchm'] },
    { id: 'chromegpt-extension', name: 'ChromeGPT', vendor: 'ChromeGPT', extensionIds: ['bfcoofacbpockpcfeeckliogafkkjkpk'] },
    { id: 'deftgpt-extension', name: 'DeftGPT', vendor: 'DeftGPT', extensionIds: ['ofeanjpmjdifbpdcjakglfiphhdibokg'] },
    { id: 'gptonline-extension', name: 'GPTOnline', vendor: 'GPTOnline', extensionIds: ['ehekffhhobjogdcdafcfhkfpcpaeagnd'] },
    { id: 'youtube-summary-with-bing-chat-extension', name: 'YouTube Summary with Bing Chat', vendor: 'YouTube Summary with Bing Chat', extensionIds: ['aohgbidimgkcolmkopencknhbnchfnkm'] },
    { id: 'summary-with-chatgpt-extension', name: 'Summary with ChatGPT for Google and YouTube', vendor: 'Summary with ChatGPT for Google and YouTube', extensionIds: ['gfecljmddkaiphnmhgaeekgkadnooafb'] },
    { id: 'article-summary-with-chatgpt-extension', name: 'Article Summary with ChatGPT and Take Notes', vendor: 'Article Summary with ChatGPT and Take Notes', extensionIds: ['llkgpihjneoghmffllamjfhabmmcddfh'] },
    { id: 'bilibili-summary-extension', name: 'Bilibili Summary with ChatGPT OpenAI', vendor: 'Bilibili Summary with ChatGPT OpenAI', extensionIds: ['epadnmckjchpoedgecdghpmaicnklagd'] },
    { id: 'google-transcribe-summarize-live-extension', name: 'Google Transcribe & Summarize Live', vendor: 'Google Transcribe & Summarize Live', extensionIds: ['dgijgfdodcankfloblhnngmlkdaahbco'] },
    { id: 'summarize-ai-extension', name: 'Summarize AI', vendor: 'Summarize AI', extensionIds: ['pgnlnpfeedgjhkhdokjjkjhbmkdajoik'] },
    { id: 'ai-summary-generator-extension', name: 'AI Summary Generator', vendor: 'AI Summary Generator', extensionIds: ['dobielmofoebpnaijanlimppdhjbfpcp'] },
    { id: 'gemini-to-pdf-extension', name: 'Gemini to PDF', vendor: 'Gemini to PDF', extensionIds: ['nlfkaldinolmacagmiddfpnfaeclfibn'] },
    { id: 'ai-translate-extensions', name: 'AI Translate', vendor: 'AI Translate', extensionIds: ['honncbpobidomdmanehocfaodmomdhie', 'khbjbchkedopfbhiafhaacomekdgnhbh'] },
    // promptimize.ai (2026-12-06): the website listed('promptslab') gives for "Promptimize AI", a browser
    // extension that improves prompts (README.md). Promptimize at promptimizeai.com is another entry.
    { id: 'promptimize-extension', name: 'Promptimize AI', vendor: 'Promptimize AI', domains: ['promptimize.ai'], extensionIds: ['ijppdlihjndajogkppnfohojdbpaaian'] },
    { id: 'promptstorm-extension', name: 'PromptStorm', vendor: 'PromptStorm', extensionIds: ['gkcdaooannhlioejchebhpkllbcackig'] },
    { id: 'aiprompter-extension', name: 'AIPrompter', vendor: 'AIPrompter', extensionIds: ['cpjinncdhahoifeafejhlfohlomhkmkf'] },
    { id: 'prompt-blaze-extension', name: 'Prompt Blaze', vendor: 'Prompt Blaze', extensionIds: ['bjfghcpakkaedbehchpedekdlmbmaakd'] },
    { id: 'detectgpt-extension', name: 'DetectGPT', vendor: 'DetectGPT', extensionIds: ['oadkgbgppkhoaaoepjbcnjejmkknaobg'] },
    { id: 'conch-ai-extension', name: 'Conch AI', vendor: 'Conch AI', extensionIds: ['namibaeakmnknolcnomfdhklhkabkchl'] },
    { id: 'eesel-ai-extension', name: 'eesel AI', vendor: 'eesel AI', extensionIds: ['ejhkkbilnpifailgngpkgmiofhioacjd'] },
    { id: 'jarvis-ai-extension', name: 'Jarvis AI', vendor: 'Jarvis AI', extensionIds: ['kbhaffhbhcfmogkkbfanilniagcefnhi'] },
    { id: 'swordfish-ai-extension', name: 'Swordfish AI', vendor: 'Swordfish AI', extensionIds: ['oahjfinghkkolgfkbfanpmhpiafmnepn'] },
    { id: 'dochero-ai-extension', name: 'DocHero AI', vendor: 'DocHero AI', extensionIds: ['dpindoafffjhbnhbdgjibhdoklelcfdn'] },
    { id: 'fusebase-pro-ai-extension', name: 'FuseBase PRO AI', vendor: 'FuseBase PRO AI', extensionIds: ['pljdghaomjmmleolekcgcamfpbhekbmc'] },
    { id: 'magictool-ai-extension', name: 'Magictool AI', vendor: 'Magictool AI', extensionIds: ['fedmdabgnkfghjplejeilojikdaopkpm'] },
    { id: 'tali-ai-extension', name: 'Tali AI', vendor: 'Tali AI', extensionIds: ['cmfdaldondfeihfgblhhjpaoddmmopgl'] },
    { id: 'anything-copilot-extension', name: 'Anything Copilot', vendor: 'Anything Copilot', extensionIds: ['lilckelmopbcffmglfmfhelaajhjpcff', 'lbeehbkcmjaopnlccpjcdgamcabhnanl'] }, // Edge id (2026-12-06): listed('deepseekintegration', 'docs/anything-copilot/README.md')
    { id: 'flash-copilot-extension', name: 'Flash Copilot', vendor: 'Flash Copilot', extensionIds: ['klokphhomfboclhpijjcgbpdjoccaagc'] },
    { id: 'whale-copilot-extension', name: 'Whale CoPilot', vendor: 'Whale CoPilot', extensionIds: ['plkaaldfeolmpbeahghnndlphopbpcfm'] },
    { id: 'corgi-ai-extension', name: 'Corgi AI', vendor: 'Corgi AI', extensionIds: ['jgabolakboecklnmocdljjcdkkhjigck'] },
    { id: 'webutler-ai-extension', name: 'Webutler.AI', vendor: 'Webutler.AI', extensionIds: ['ghmjdagapadakjaffiimogiecdnjdaac'] },
    { id: 'ai-sider-extension', name: 'AI Sider', vendor: 'AI Sider', extensionIds: ['cpggpmmbmacgemcffkapmeadpnfnmkbm'] },
    { id: 'tinamind-extension', name: 'TinaMind', vendor: 'TinaMind', extensionIds: ['befflofjcniongenjmbkgkoljhgliihe'] },
    { id: 'mylens-ai-extension', name: 'MyLens AI', vendor: 'MyLens AI', extensionIds: ['phglephbecffklifllmgaojdlohjdlkg'] },
    { id: 'jobcopilot-extension', name: 'JobCopilot', vendor: 'JobCopilot', extensionIds: ['bnnacanndojemikeabbdejlamlecikcn'] },
    { id: 'rezi-ai-extension', name: 'Rezi.ai', vendor: 'Rezi.ai', extensionIds: ['delakdmnpanaclafnplfomddhlhlcloe'] },
    { id: 'ai-response-extension', name: 'AI Response', vendor: 'AI Response', extensionIds: ['dmnffcicegjjhjaekeloefipmjlokill'] },
    { id: 'n8n-workflow-builder-ai-extension', name: 'n8n Workflow Builder Ai (Beta)', vendor: 'n8n Workflow Builder Ai (Beta)', extensionIds: ['jkncjfiaifpdoemifnelilkikhbjfbhd'] },
    { id: 'knowee-ai-extension', name: 'Knowee AI', vendor: 'Knowee AI', extensionIds: ['fcejkolobdcfbhhakbhajcflakmnhaff'] },
    { id: 'solvely-extension', name: 'Solvely.ai', vendor: 'Solvely.ai', extensionIds: ['aedglnfjjccpifohekdeoogffomjcikm'] },
    { id: 'quizard-ai-extension', name: 'Quizard AI', vendor: 'Quizard AI', extensionIds: ['kfnboibnjcpldbmeielppdepcpliogeb'] },
    { id: 'aceify-extension', name: 'Aceify.ai', vendor: 'Aceify.ai', extensionIds: ['gholhpojkalnpdkohpdemfebhccfegnd'] },
    { id: 'wayground-ai-extension', name: 'Wayground AI', vendor: 'Wayground AI', extensionIds: ['jnegnfbcjklhkmoihoakeijbealomipg'] },
    { id: 'classmate-ai-extension', name: 'Classmate AI', vendor: 'Classmate AI', extensionIds: ['mgijkcklpcaokmpejjcmchocpmkjdged'] },
  ],
  { checked: CHECKED_3, source: mereos },
);
