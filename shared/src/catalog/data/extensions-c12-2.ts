// AI browser extensions in whoisdsmith/AI-MTHRFCKR (MIT licence file, pinned as `whoisdsmith` in LISTS), a large
// hand-gathered list of AI applications (2023–24) that the twelfth session's creative-tools pass read for hosts
// (long-tail-c12-c*.ts); this pass read its Chrome Web Store links: README.md, AIMF.md, AI-MTHRFCKR.md and
// GPT/AI-Chatgpt/Awesome-Chatgpt.md at the pinned commit. Of 46 distinct listing ids there, 11 were already in the
// catalog (by id); the 33 below are small ChatGPT companions, prompt tools, AI email and reply writers and
// summarisers, each named as the list names the listing (the list's descriptions were written by a summariser and
// were not used). The publisher is not named there, so the vendor is the product's name. Left out: "Second Brain"
// (an ordinary phrase whose listing the list describes only vaguely) and a second Chrome id the list gives for
// summarize.site (its maker's README, read for extensions-c12.ts, gives another). "Luna" is an ordinary word, so the
// name is qualified from the listing's slug ("luna-chatgpt-for-your-bro") and only the id matches. At the end, eight
// entries from the listing links of other lists already pinned (read for hosts before, not for store ids); their Edge
// links also gave the Edge ids of ChatHub (billmei's list) and Anything Copilot (DeepSeek's list), added to those rows.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C12, defineTools, listed } from './define';

export const extensionToolsC12b: Tool[] = defineTools(
  'browser-extension',
  [
    // Chat companions and prompt tools
    { id: 'chatgpt-microphone-extension', name: 'ChatGPT Microphone', vendor: 'ChatGPT Microphone', extensionIds: ['kpnejlajlhnpfphbhgfipmlogplmidin'], source: listed('whoisdsmith', 'README.md') },
    { id: 'talkberry-extension', name: 'TalkBerry', vendor: 'TalkBerry', extensionIds: ['facjhgcdnbfghhbnmfjgkncnbimfdakb'], source: listed('whoisdsmith', 'AIMF.md') },
    { id: 'checkget-ai-extension', name: 'Checkget AI', vendor: 'Checkget AI', extensionIds: ['flekfdobikapenebblekbdjbgbhlhbni'], source: listed('whoisdsmith', 'README.md') },
    { id: 'luna-extension', name: 'Luna (ChatGPT for your browser)', vendor: 'Luna', extensionIds: ['bignkmclhhmhagjojehblmmaifljphfe'], source: listed('whoisdsmith', 'README.md') },
    { id: 'praxy-ai-extension', name: 'Praxy AI', vendor: 'Praxy AI', extensionIds: ['iccpnilbokebncnjbbplbjejgnaaeacd'], source: listed('whoisdsmith', 'AIMF.md') },
    { id: 'aichatpilot-extension', name: 'AiChatPilot', vendor: 'AiChatPilot', extensionIds: ['fmbanjkafaebpafddbihomoeodjgaomk'], source: listed('whoisdsmith', 'AIMF.md') },
    { id: 'cape-gpt-extension', name: 'Cape GPT', vendor: 'Cape GPT', extensionIds: ['opmheifelnaajjjofhjgicoffamnihbh'], source: listed('whoisdsmith', 'AIMF.md') },
    { id: 'enhanced-chatgpt-extension', name: 'Enhanced ChatGPT', vendor: 'Enhanced ChatGPT', extensionIds: ['nijlhkhkkhnhidoondiobjdgommomifm'], source: listed('whoisdsmith', 'AIMF.md') },
    { id: 'my-expert-gpt-extension', name: 'My Expert GPT', vendor: 'My Expert GPT', extensionIds: ['khkgicnebblmdlojkckonaaflndhfjan'], source: listed('whoisdsmith', 'README.md') },
    { id: 'ai-genius-extension', name: 'AI Genius', vendor: 'AI Genius', extensionIds: ['ohepjelkmfachklkbaidkgeidegifmdj'], source: listed('whoisdsmith', 'README.md') },
    { id: 'autogpt-extension', name: 'AutoGPT', vendor: 'AutoGPT', extensionIds: ['mamkpgmndpghcbjpklkbpiafhnonehle'], source: listed('whoisdsmith', 'README.md') },
    { id: 'chatgpt-token-counter-extension', name: 'ChatGPT Token Counter', vendor: 'ChatGPT Token Counter', extensionIds: ['fjmnelakmikojjladjfdhdlfpanhcban'], source: listed('whoisdsmith', 'README.md') },
    { id: 'snack-prompt-extension', name: 'Snack Prompt', vendor: 'Snack Prompt', extensionIds: ['lgpdceoebipofiijjgpiedpfcdenkndi'], source: listed('whoisdsmith', 'README.md') },
    { id: 'revertgpt-extension', name: 'RevertGPT', vendor: 'RevertGPT', extensionIds: ['ojlbhpadmdgmnlbcjadbnaikogeegnce'], source: listed('whoisdsmith', 'AIMF.md') },
    { id: 'mj-toolkit-extension', name: 'MJ Toolkit', vendor: 'MJ Toolkit', extensionIds: ['njflaomcklnnmfagdcpbahplcligkmfp'], source: listed('whoisdsmith', 'AIMF.md') },
    // Saving and sharing chats
    { id: 'save-chatgpt-extension', name: 'Save ChatGPT', vendor: 'Save ChatGPT', extensionIds: ['iccmddoieihalmghkeocgmlpilhgnnfn'], source: listed('whoisdsmith', 'README.md') },
    { id: 'chatgpt-to-notion-extension', name: 'ChatGPT To Notion', vendor: 'ChatGPT To Notion', extensionIds: ['oojndninaelbpllebamcojkdecjjhcle'], source: listed('whoisdsmith', 'README.md') },
    { id: 'save-chatgpt-to-notion-extension', name: 'Save ChatGPT To Notion', vendor: 'Save ChatGPT To Notion', extensionIds: ['bknieejaaomeegoflpgcckagimnbbgdp'], source: listed('whoisdsmith', 'README.md') },
    { id: 'sharegpt-extension', name: 'ShareGPT', vendor: 'ShareGPT', extensionIds: ['daiacboceoaocpibfodeljbdfacokfjb'], source: listed('whoisdsmith', 'GPT/AI-Chatgpt/Awesome-Chatgpt.md') },
    { id: 'send-gpt-via-email-extension', name: 'Send GPT via Email', vendor: 'Send GPT via Email', extensionIds: ['ejidggmljlgadgkadijipobcflknkfdb'], source: listed('whoisdsmith', 'AIMF.md') },
    // Writing, email and social replies
    { id: 'ghostwrite-chatgpt-email-extension', name: 'Ghostwrite ChatGPT Email', vendor: 'Ghostwrite ChatGPT Email', extensionIds: ['fbjnnjochaopepfjpngghafgnafebkjh'], source: listed('whoisdsmith', 'README.md') },
    { id: 'mailr-extension', name: 'Mailr', vendor: 'Mailr', extensionIds: ['nooogbcamojnhfkdnigljbjfjcpdfeic'], source: listed('whoisdsmith', 'AIMF.md') },
    { id: 'hypertype-extension', name: 'Hypertype', vendor: 'Hypertype', extensionIds: ['lohojfppjeknalpoklojhfnndocgekbd'], source: listed('whoisdsmith', 'AIMF.md') },
    { id: 'respoai-extension', name: 'RespoAI', vendor: 'RespoAI', extensionIds: ['bedkffdgfejokiohjhkehankmamachma'], source: listed('whoisdsmith', 'AIMF.md') },
    { id: 'scribe-gpt-extension', name: 'Scribe GPT', vendor: 'Scribe GPT', extensionIds: ['pifeejniebebphajjamdjjbmikfdgccb'], source: listed('whoisdsmith', 'README.md') },
    { id: 'docgpt-extension', name: 'DocGPT', vendor: 'DocGPT', extensionIds: ['dpgnglnlpddlohpfkolmfaiokogflmeo'], source: listed('whoisdsmith', 'README.md') },
    { id: 'chatgpt-for-twitter-extension', name: 'ChatGPT For Twitter', vendor: 'ChatGPT For Twitter', extensionIds: ['ihabhmefjiipbmppmjoleclimdeompdc'], source: listed('whoisdsmith', 'README.md') },
    { id: 'messenger-gpt-extension', name: 'Messenger-gpt', vendor: 'Messenger-gpt', extensionIds: ['pfggffgolodggkhmejbeoghfpcfpkieb'], source: listed('whoisdsmith', 'README.md') },
    { id: 'hacksocial-ai-extension', name: 'Hacksocial.ai', vendor: 'Hacksocial.ai', extensionIds: ['ljmjmhnmnmfnjklihbflhkcpdlgmeago'], source: listed('whoisdsmith', 'AIMF.md') },
    // Summarisers
    { id: 'summifyyt-extension', name: 'SummifyYT', vendor: 'SummifyYT', extensionIds: ['mcjgidambippeaajehcfimmephgholco'], source: listed('whoisdsmith', 'README.md') },
    { id: 'youtube-transcript-ai-summary-extension', name: 'Youtube Transcript AI Summary', vendor: 'Youtube Transcript AI Summary', extensionIds: ['eciiehmejcjnbooihpiljfnklkopkfcj'], domains: ['aisummary.app'], source: listed('whoisdsmith', 'AIMF.md') }, // aisummary.app: its privacy policy (https://www.aisummary.app/privacy) says AISummary operates the YouTube Transcript AI Summary extension and this site; summaries come from the OpenAI, Claude or Gemini provider the user picks, CHECKED_C18
    { id: 'arxivgpt-extension', name: 'ArxivGPT', vendor: 'ArxivGPT', extensionIds: ['fbbfpcjhnnklhmncjickdipdlhoddjoh'], source: listed('whoisdsmith', 'AIMF.md') },
    { id: 'review-hero-ai-extension', name: 'Review Hero AI', vendor: 'Review Hero AI', extensionIds: ['oolcapmkeabkpnebkpdmdkfhokbjmien'], source: listed('whoisdsmith', 'AIMF.md') },
    // The store links of five more pinned lists, read again at their pinned commits for listing ids: steven2358's
    // DISCOVERIES.md (CC0) and DeepSeek's integration list (CC0; each tool's own docs page in it)
    { id: 'ai-character-for-gpt-extension', name: 'AI Character for GPT', vendor: 'AI Character for GPT', extensionIds: ['daoeioifimkjegafelcaljboknjkkohh'], source: listed('steven2358', 'DISCOVERIES.md') }, // also in mahseema's, chid's and linxiaotutututu1123's lists
    { id: 'ai-summary-helper-extension', name: 'AI Summary Helper', vendor: 'AI Summary Helper (open source)', extensionIds: ['hldbejcjaedipeegjcinmhejdndchkmb'], source: listed('steven2358', 'DISCOVERIES.md') },
    { id: 'chatgpt-light-session-extension', name: 'Chatgpt Light Session', vendor: 'Chatgpt Light Session', extensionIds: ['fmomjhjnmgpknbabfpojgifokaibeoje'], source: listed('steven2358', 'DISCOVERIES.md') },
    { id: 'docky-ai-extension', name: 'Docky AI', vendor: 'Docky AI', extensionIds: ['miaadkeokbokhcgfndeofmfffhpchfne', 'ifdhjlggobhfembihfpdogflohcdhdhl'], source: listed('deepseekintegration', 'docs/docky-ai/README.md') },
    { id: 'immersive-reading-guide-extension', name: 'Immersive Reading Guide', vendor: 'Immersive Reading Guide', extensionIds: ['jnjhalaghogaleoidplmjhjnemmakffp'], source: listed('deepseekintegration', 'docs/immersive_reading_guide/README.md') }, // 沉浸式导读 in its Chinese page
    { id: 'deepchat-extension', name: 'DeepChat', vendor: 'DeepChat', extensionIds: ['femhcibnncinlabdboehojdhfcihpkpl'], source: listed('deepseekintegration') },
    // the list names it Migo (觅果); a short, coined name, qualified so that only its id matches
    { id: 'migo-extension', region: 'china', name: 'Migo (觅果)', vendor: 'Migo', extensionIds: ['cjapgnecnkblehipjghhegiccobeloka'], source: listed('deepseekintegration') },
    // DeepNLP's AI agent marketplace index (MIT), which lists this listing under "Email Writing"
    { id: 'clippit-ai-extension', name: 'Clippit.ai', vendor: 'Clippit.ai', extensionIds: ['lapijehlnldfddiooeppjnfclnnbcedh'], source: listed('aiagenta2z', 'AGENT.md') },
  ],
  { checked: CHECKED_C12 },
);
