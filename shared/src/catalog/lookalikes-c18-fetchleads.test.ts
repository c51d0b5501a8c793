// Second hosts the eighteenth session's fetch helpers handed over, each added to the entry it belongs to by the
// fetchleads pass: a permissively licensed list pinned in LISTS names the host as that product's site. Every added
// host reaches its entry; the parents of the claimed subdomains and the handed-over hosts no licensed list ties to
// the entry stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const ADDED: Record<string, string> = {
  'https://codestory.ai/': 'aide', // c18faversalist ai-tools.json: CodeStory, Aide's maker
  'https://www.closeai-asia.com/': 'closeai', // c18mackdingaiapi data/gateways.json: CloseAI
  'https://www.aicodemirror.com/': 'aicodemirror', // the same: AICodeMirror官方共享平台
  'https://www.right.codes/': 'rightcode', // the same: RightCode
  'https://api.bltcy.top/': 'chatgpt-mirror-chat-bltcy-top', // the same: 柏拉图AI_API中转站
  'https://api.bltcy.ai/': 'chatgpt-mirror-chat-bltcy-top', // the same: 柏拉图AI_API中转站
  'https://api.soruxgpt.com/': 'chatgpt-mirror-free-gpt-soruxgpt-com', // the same, by its address
};

const API_CALLS: Record<string, string> = {
  'https://api.bltcy.top/v1/chat/completions': 'chatgpt-mirror-chat-bltcy-top',
  'https://api.bltcy.ai/v1/models': 'chatgpt-mirror-chat-bltcy-top',
  'https://api.soruxgpt.com/v1/chat/completions': 'chatgpt-mirror-free-gpt-soruxgpt-com',
};

const PARENTS = [
  'https://bltcy.top/', // parent of the claimed chat. and api. hosts
  'https://www.bltcy.ai/', // parent of the claimed api.bltcy.ai
  'https://soruxgpt.com/', // parent of the claimed free-gpt. and api. hosts
];

const NOT_TIED = [
  'https://tusk.ai/', // ai-coder-toolbox's guess for Tusk, whose own host is usetusk.ai
  'https://augment.dev/', // the same list's guess for Augment, whose own host is augmentcode.com
  'https://kilocode.dev/', // a .dev guess beside kilo.ai in the same catalog file (helicone.dev, context7.dev)
  'https://chatbox.ai/', // "AI Chatbot" marked needs-review, not Chatbox (chatboxai.app)
  'https://chatboxapp.ai/', // where chatbox.ai redirects: the same
];

describe('eighteenth-session fetch leads', () => {
  it('adds each handed-over host to its entry', () => {
    expectEachClassifiedAs(ADDED);
    expectEachClassifiedAs(API_CALLS, { api: true });
  });

  it('leaves the parents and the hosts no licensed list ties to an entry unclassified', () => {
    expectNoneClassified([...PARENTS, ...NOT_TIED]);
  });
});
