// AI browser extensions, by Chrome Web Store id (and Firefox add-on id where known). Each id was checked
// against its store listing as cited in public repositories; names are the short store names, so a name
// match still works where a build has another id (Edge).
import type { Tool } from '../../schemas/tool';
import { defineTools } from './define';

const store = (slug: string, id: string) => `https://chromewebstore.google.com/detail/${slug}/${id}`;

export const extensionTools: Tool[] = defineTools('browser-extension', [
  { id: 'grammarly-extension', name: 'Grammarly', vendor: 'Superhuman (Grammarly)', extensionIds: ['kbfnbcaeplbcioakkpcpgfkobkghlhen', '87677a2c52b84ad3a151a4a72f5bd3c4@jetpack'], source: store('grammarly', 'kbfnbcaeplbcioakkpcpgfkobkghlhen') },
  { id: 'monica-extension', name: 'Monica', vendor: 'Monica', domains: ['monica.im', 'monica.so', 'monica.cn'], extensionIds: ['ofpnmcalabcbjgholdjcjblkibolbppb'], source: store('monica', 'ofpnmcalabcbjgholdjcjblkibolbppb') }, // monica.cn: listed('rvelamen', 'data.json') (Monica, the all-in-one assistant)
  { id: 'sider-extension', name: 'Sider', vendor: 'Sider', domains: ['sider.ai'], extensionIds: ['difoiogjjojoaoomphldepapgpbgkhkb'], source: store('sider', 'difoiogjjojoaoomphldepapgpbgkhkb') },
  { id: 'merlin-extension', name: 'Merlin', vendor: 'Foyer', domains: ['getmerlin.in', 'merlin.foyer.work', 'getmerlin.com'], extensionIds: ['camppjleccjaphfdbohjdohecfnoikec'], source: store('merlin', 'camppjleccjaphfdbohjdohecfnoikec') }, // getmerlin.com: listed('meetpateltech')
  { id: 'maxai-extension', name: 'MaxAI', vendor: 'MaxAI', domains: ['maxai.me', 'maxai.co'], extensionIds: ['mhnlakgilnojmhinhkckjpncpbhabphi'], source: store('maxai', 'mhnlakgilnojmhinhkckjpncpbhabphi') },
  { id: 'deepl-extension', region: 'europe', name: 'DeepL', vendor: 'DeepL', extensionIds: ['cofdbpoegempjloogbagkncekinflcnj', 'firefox-extension@deepl.com'], supplier: { dataRegions: ['EU'] }, source: store('deepl', 'cofdbpoegempjloogbagkncekinflcnj') },
  { id: 'perplexity-extension', name: 'Perplexity', vendor: 'Perplexity AI', extensionIds: ['hlgbcneanomplepojfcnclggenpcoldo'], source: store('perplexity-ai-companion', 'hlgbcneanomplepojfcnclggenpcoldo') },
  { id: 'aiprm-extension', name: 'AIPRM for ChatGPT', vendor: 'AIPRM', domains: ['aiprm.com'], extensionIds: ['ojnbohmppadfgpejeebfnmnknjdlckgj'], source: store('aiprm-for-chatgpt', 'ojnbohmppadfgpejeebfnmnknjdlckgj') },
  { id: 'quillbot-extension', name: 'QuillBot', vendor: 'Learneo', extensionIds: ['iidnbdjijdkbmajdffnidomddglmieko'], source: store('quillbot', 'iidnbdjijdkbmajdffnidomddglmieko') },
  { id: 'wordtune-extension', region: 'middle-east', name: 'Wordtune', vendor: 'AI21 Labs', extensionIds: ['nllcnknpjnininklegdoijpljgdjkijc'], source: store('wordtune', 'nllcnknpjnininklegdoijpljgdjkijc') },
  { id: 'harpa-extension', name: 'HARPA AI', vendor: 'HARPA AI', domains: ['harpa.ai'], extensionIds: ['eanggfilgoajaocelnaflolkadkeghjp'], source: store('harpa-ai', 'eanggfilgoajaocelnaflolkadkeghjp') },
  { id: 'languagetool-extension', region: 'europe', name: 'LanguageTool', vendor: 'LanguageTooler', extensionIds: ['oldceeleldhonbafppcapldpdifcinji', 'languagetool-webextension@languagetool.org'], supplier: { dataRegions: ['EU'] }, source: store('languagetool', 'oldceeleldhonbafppcapldpdifcinji') },
  { id: 'immersive-translate-extension', name: 'Immersive Translate', vendor: 'Immersive Translate', extensionIds: ['bpoadfkcbjbfhfodiogcnhhhpibjhbnh', '{5efceaa7-f3a2-4e59-a54b-85319448e305}'], source: store('immersive-translate', 'bpoadfkcbjbfhfodiogcnhhhpibjhbnh') },
  { id: 'claude-extension', name: 'Claude', vendor: 'Anthropic', extensionIds: ['fcoeoabgfenejglbffodgkkbkcdhcgfn'], source: store('claude', 'fcoeoabgfenejglbffodgkkbkcdhcgfn') },
  { id: 'webchatgpt-extension', name: 'WebChatGPT', vendor: 'WebChatGPT', extensionIds: ['lpfemeioodjbpieminkklglpmhlngfcn'], source: store('webchatgpt', 'lpfemeioodjbpieminkklglpmhlngfcn') },
  { id: 'tactiq-extension', name: 'Tactiq', vendor: 'Tactiq', extensionIds: ['fggkaccpbmombhnjkjokndojfgagejfb'], source: store('tactiq', 'fggkaccpbmombhnjkjokndojfgagejfb') },
  { id: 'bardeen-extension', name: 'Bardeen', vendor: 'Bardeen', extensionIds: ['ihhkmalpkhkoedlmcnilbbhhbhnicjga'], source: store('bardeen', 'ihhkmalpkhkoedlmcnilbbhhbhnicjga') },
  { id: 'chatgpt-writer-extension', name: 'ChatGPT Writer', vendor: 'Jetwriter AI', domains: ['chatgptwriter.ai'], extensionIds: ['pdnenlnelpdomajfejgapbdpmjkfpjkp'], source: store('chatgpt-writer', 'pdnenlnelpdomajfejgapbdpmjkfpjkp') },
  { id: 'speechify-extension', name: 'Speechify', vendor: 'Speechify', extensionIds: ['ljflmlehinmoeknoonhibbjpldiijjmm'], source: store('speechify', 'ljflmlehinmoeknoonhibbjpldiijjmm') },
  { id: 'compose-ai-extension', name: 'Compose AI', vendor: 'Compose AI', extensionIds: ['ddlbpiadoechcolndfeaonajmngmhblj'], source: store('compose-ai', 'ddlbpiadoechcolndfeaonajmngmhblj') },
  { id: 'liner-extension', region: 'korea', name: 'Liner', vendor: 'Liner', extensionIds: ['bmhcbmnbenmcecpmpepghooflbehcack'], source: store('liner', 'bmhcbmnbenmcecpmpepghooflbehcack') },
  { id: 'glasp-extension', name: 'Glasp', vendor: 'Glasp', extensionIds: ['blillmbchncajnhkjfdnincfndboieik'], source: store('glasp', 'blillmbchncajnhkjfdnincfndboieik') },
  { id: 'youtube-summary-extension', name: 'YouTube Summary with ChatGPT & Claude', vendor: 'Glasp', extensionIds: ['nmmicjeknamkfloonkhhcjmomieiodli'], source: store('youtube-summary-with-chat', 'nmmicjeknamkfloonkhhcjmomieiodli') },
  { id: 'superpower-chatgpt-extension', name: 'Superpower ChatGPT', vendor: 'Superpower Labs', extensionIds: ['amhmeenmapldpjdedekalnfifgnpfnkc'], source: store('superpower-chatgpt', 'amhmeenmapldpjdedekalnfifgnpfnkc') },
  { id: 'magical-extension', name: 'Magical', vendor: 'Magical', extensionIds: ['iibninhmiggehlcdolcilmhacighjamp'], source: store('magical', 'iibninhmiggehlcdolcilmhacighjamp') },
  { id: 'google-translate-extension', name: 'Google Translate', vendor: 'Google', extensionIds: ['aapbdbdomjkkjkaonfhkkikfgjllcleb'], source: store('google-translate', 'aapbdbdomjkkjkaonfhkkikfgjllcleb') },
  { id: 'chatgpt-search-extension', name: 'ChatGPT search', vendor: 'OpenAI', extensionIds: ['ejcfepkfckglbgocfkanmcdngdijcgld'], source: store('chatgpt-search', 'ejcfepkfckglbgocfkanmcdngdijcgld') },
  { id: 'fireflies-extension', name: 'Fireflies', vendor: 'Fireflies.ai', extensionIds: ['meimoidfecamngeoanhnpdjjdcefoldn'], source: store('fireflies-ai-meeting-note', 'meimoidfecamngeoanhnpdjjdcefoldn') },
  { id: 'tldv-extension', region: 'europe', name: 'tl;dv', vendor: 'tl;dv', extensionIds: ['lknmjhcajhfbbglglccadlfdjbaiifig'], source: store('tldv-free-ai-note-taker-t', 'lknmjhcajhfbbglglccadlfdjbaiifig') },
  { id: 'otter-extension', name: 'Otter.ai', vendor: 'Otter.ai', extensionIds: ['bnmojkbbkkonlmlfgejehefjldooiedp'], source: store('otterai-record-and-transc', 'bnmojkbbkkonlmlfgejehefjldooiedp') },
]);
