// AI browser extensions, by Chrome Web Store id (and Firefox add-on id where known). Each id was checked
// against its store listing as cited in public repositories; names are the short store names, so a name
// match still works where a build has another id (Edge).
import type { Tool } from '../../schemas/tool';
import { defineTools, CHECKED_C10, CHECKED_C12, listed } from './define';

const store = (slug: string, id: string) => `https://chromewebstore.google.com/detail/${slug}/${id}`;
/** Drone9/mereos (MIT) src/utils/constant.js at the commit read on CHECKED_C10: EXTENSIONS_LIST, Chrome ids with store names. */
const mereos = 'https://github.com/Drone9/mereos/blob/816fdbfd06d8eb4cf1d3f07b05ee95ea4e490d0a/src/utils/constant.js';

export const extensionTools: Tool[] = defineTools('browser-extension', [
  { id: 'grammarly-extension', name: 'Grammarly', vendor: 'Superhuman (Grammarly)', extensionIds: ['kbfnbcaeplbcioakkpcpgfkobkghlhen', '87677a2c52b84ad3a151a4a72f5bd3c4@jetpack'], source: mereos, checked: CHECKED_C10 },
  { id: 'monica-extension', name: 'Monica', vendor: 'Monica', domains: ['monica.im', 'monica.so', 'monica.cn'], extensionIds: ['ofpnmcalabcbjgholdjcjblkibolbppb'], source: mereos, checked: CHECKED_C10 }, // monica.cn: listed('rvelamen', 'data.json') (Monica, the all-in-one assistant)
  { id: 'sider-extension', name: 'Sider', vendor: 'Sider', domains: ['sider.ai'], extensionIds: ['difoiogjjojoaoomphldepapgpbgkhkb'], source: mereos, checked: CHECKED_C10 },
  { id: 'merlin-extension', name: 'Merlin', vendor: 'Foyer', domains: ['getmerlin.in', 'merlin.foyer.work', 'getmerlin.com'], extensionIds: ['camppjleccjaphfdbohjdohecfnoikec'], source: mereos, checked: CHECKED_C10 }, // getmerlin.com: listed('meetpateltech')
  { id: 'maxai-extension', name: 'MaxAI', vendor: 'MaxAI', domains: ['maxai.me', 'maxai.co'], extensionIds: ['mhnlakgilnojmhinhkckjpncpbhabphi'], source: mereos, checked: CHECKED_C10 },
  { id: 'deepl-extension', region: 'europe', name: 'DeepL', vendor: 'DeepL', extensionIds: ['cofdbpoegempjloogbagkncekinflcnj', 'firefox-extension@deepl.com'], supplier: { dataRegions: ['EU'] }, source: mereos, checked: CHECKED_C10 },
  { id: 'perplexity-extension', name: 'Perplexity', vendor: 'Perplexity AI', extensionIds: ['hlgbcneanomplepojfcnclggenpcoldo'], source: listed('amansk5aiguard', 'registry/registry.yaml'), checked: CHECKED_C12 }, // the registry's Perplexity entry gives this Chrome id
  { id: 'aiprm-extension', name: 'AIPRM for ChatGPT', vendor: 'AIPRM', domains: ['aiprm.com'], extensionIds: ['ojnbohmppadfgpejeebfnmnknjdlckgj'], source: listed('whoisdsmith', 'GPT/AI-Chatgpt/Awesome-Chatgpt.md'), checked: CHECKED_C12 }, // the list links AIPRM for ChatGPT at its Chrome id and aiprm.com
  { id: 'quillbot-extension', name: 'QuillBot', vendor: 'Learneo', extensionIds: ['iidnbdjijdkbmajdffnidomddglmieko'], source: mereos, checked: CHECKED_C10 },
  { id: 'wordtune-extension', region: 'middle-east', name: 'Wordtune', vendor: 'AI21 Labs', extensionIds: ['nllcnknpjnininklegdoijpljgdjkijc'], source: mereos, checked: CHECKED_C10 },
  { id: 'harpa-extension', name: 'HARPA AI', vendor: 'HARPA AI', domains: ['harpa.ai'], extensionIds: ['eanggfilgoajaocelnaflolkadkeghjp'], source: mereos, checked: CHECKED_C10 },
  { id: 'languagetool-extension', region: 'europe', name: 'LanguageTool', vendor: 'LanguageTooler', extensionIds: ['oldceeleldhonbafppcapldpdifcinji', 'languagetool-webextension@languagetool.org'], supplier: { dataRegions: ['EU'] }, source: mereos, checked: CHECKED_C10 },
  // Edge Add-ons id (fourteenth session): listed('whoisdsmith', 'GPT/AI-Chatgpt/Awesome-Chatgpt.md'), its Edge listing
  // "沉浸式翻译" (Immersive Translate's Chinese name).
  { id: 'immersive-translate-extension', name: 'Immersive Translate', vendor: 'Immersive Translate', extensionIds: ['bpoadfkcbjbfhfodiogcnhhhpibjhbnh', '{5efceaa7-f3a2-4e59-a54b-85319448e305}', 'amkbmndfnliijdhojkpoglbnaaahippg'], source: mereos, checked: CHECKED_C10 },
  { id: 'claude-extension', name: 'Claude', vendor: 'Anthropic', extensionIds: ['fcoeoabgfenejglbffodgkkbkcdhcgfn'], source: listed('webfuseclaude'), checked: CHECKED_C12 }, // "Claude for Chrome (Beta)" linking the store page of this id
  { id: 'webchatgpt-extension', name: 'WebChatGPT', vendor: 'WebChatGPT', extensionIds: ['lpfemeioodjbpieminkklglpmhlngfcn', '{b13d04e3-41db-48b3-842c-8079df93c7ad}'], source: mereos, checked: CHECKED_C10 }, // the Firefox id: the gecko id in the extension's own manifest, listed('c13alwebchatgpt', 'manifest.v2.json') (its README links the Chrome id above), CHECKED_C13
  { id: 'tactiq-extension', name: 'Tactiq', vendor: 'Tactiq', extensionIds: ['fggkaccpbmombhnjkjokndojfgagejfb'], source: mereos, checked: CHECKED_C10 },
  { id: 'bardeen-extension', name: 'Bardeen', vendor: 'Bardeen', extensionIds: ['ihhkmalpkhkoedlmcnilbbhhbhnicjga'], source: mereos, checked: CHECKED_C10 },
  { id: 'chatgpt-writer-extension', name: 'ChatGPT Writer', vendor: 'Jetwriter AI', domains: ['chatgptwriter.ai'], extensionIds: ['pdnenlnelpdomajfejgapbdpmjkfpjkp'], source: mereos, checked: CHECKED_C10 }, // the list names this id 'Jetwriter AI (formerly ChatGPT Writer)'
  { id: 'speechify-extension', name: 'Speechify', vendor: 'Speechify', extensionIds: ['ljflmlehinmoeknoonhibbjpldiijjmm'], source: mereos, checked: CHECKED_C10 },
  { id: 'compose-ai-extension', name: 'Compose AI', vendor: 'Compose AI', extensionIds: ['ddlbpiadoechcolndfeaonajmngmhblj'], source: mereos, checked: CHECKED_C10 },
  { id: 'liner-extension', region: 'korea', name: 'Liner', vendor: 'Liner', extensionIds: ['bmhcbmnbenmcecpmpepghooflbehcack'], source: mereos, checked: CHECKED_C10 },
  { id: 'glasp-extension', name: 'Glasp', vendor: 'Glasp', extensionIds: ['blillmbchncajnhkjfdnincfndboieik'], source: mereos, checked: CHECKED_C10 },
  { id: 'youtube-summary-extension', name: 'YouTube Summary with ChatGPT & Claude', vendor: 'Glasp', extensionIds: ['nmmicjeknamkfloonkhhcjmomieiodli'], source: mereos, checked: CHECKED_C10 },
  { id: 'superpower-chatgpt-extension', name: 'Superpower ChatGPT', vendor: 'Superpower Labs', extensionIds: ['amhmeenmapldpjdedekalnfifgnpfnkc'], domains: ['spchatgpt.com'], source: 'https://github.com/saeedezzati/superpower-chatgpt/blob/d10a491cd1e45104ee31b8c43816dafb2ccd4ed4/README.md', checked: CHECKED_C12 }, // the extension's own repository; names its Chrome id. spchatgpt.com (twentieth session, rebrands pass): its terms for the Superpower ChatGPT browser extensions, https://spchatgpt.com/terms-browser (operator named there: FancyDino, LLC)
  { id: 'magical-extension', name: 'Magical', vendor: 'Magical', extensionIds: ['iibninhmiggehlcdolcilmhacighjamp'], source: mereos, checked: CHECKED_C10 },
  { id: 'google-translate-extension', name: 'Google Translate', vendor: 'Google', extensionIds: ['aapbdbdomjkkjkaonfhkkikfgjllcleb'], source: mereos, checked: CHECKED_C10 },
  { id: 'chatgpt-search-extension', name: 'ChatGPT search', vendor: 'OpenAI', extensionIds: ['ejcfepkfckglbgocfkanmcdngdijcgld'], source: store('chatgpt-search', 'ejcfepkfckglbgocfkanmcdngdijcgld') },
  { id: 'fireflies-extension', name: 'Fireflies', vendor: 'Fireflies.ai', extensionIds: ['meimoidfecamngeoanhnpdjjdcefoldn'], source: mereos, checked: CHECKED_C10 },
  { id: 'tldv-extension', region: 'europe', name: 'tl;dv', vendor: 'tl;dv', extensionIds: ['lknmjhcajhfbbglglccadlfdjbaiifig'], source: store('tldv-free-ai-note-taker-t', 'lknmjhcajhfbbglglccadlfdjbaiifig') },
  { id: 'otter-extension', name: 'Otter.ai', vendor: 'Otter.ai', extensionIds: ['bnmojkbbkkonlmlfgejehefjldooiedp'], source: mereos, checked: CHECKED_C10 },
]);
