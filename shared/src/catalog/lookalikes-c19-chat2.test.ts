// Traps beside the rows the nineteenth session's second chat pass added (data/long-tail-c19-chat2.ts): the ordinary
// sites next to each kind of AI chat tool (team chat, file sharing, password managers for bring-your-own-key clients,
// remote access, news beside the AI news-answer platform), the parents of the subdomains claimed alone, general sites
// with one AI feature, resellers of ChatGPT accounts, templates with placeholders, the shared-platform copies the pass
// read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach its
// own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC19Chat2Tools } from './data/long-tail-c19-chat2';

const GENERAL_SITES = [
  'https://www.dropbox.com/', // file sharing, beside the team AI workspaces
  'https://www.teamviewer.com/', // remote access for teams, beside TeamAI and Team-GPT
  'https://1password.com/', // a password manager, beside the bring-your-own-key chat clients
  'https://bitwarden.com/', // a password manager, beside ByteChat's key storage
  'https://www.reuters.com/', // news, beside Gnomi's AI summaries of events
  'https://www.mozilla.org/', // a browser maker, beside the in-browser chat clients
  'https://423pm.com/', // the parent of app.423pm.com, claimed alone
  'https://uft1.com/', // the parent of chat.uft1.com, claimed alone
  'https://www.gratobeun.com/', // the app studio whose chat.gratobeun.com is claimed alone
];

const GENERAL_WITH_AI_FEATURE = [
  'https://www.edi2xml.com/secure-ai-platform-for-businesses', // an EDI converter's page about its AI platform
  'https://archive.tw/privacy', // an archive site with an AI question box
  'https://www.yingwu.net/ai-use-statement', // a trademark marketplace with AI insights
  'https://www.tapy.to/terms/ai-politikasi', // web analytics with AI insights
];

const LEFT_OUT = [
  'https://fastgptplus.com/ru/refund', // a reseller of ChatGPT accounts
  'https://www.404141.xyz/?id=8&mod=article', // a reseller of ChatGPT accounts
  'http://blog.isving.com/818.html', // a reseller's blog about ChatGPT Plus refunds
  'https://lanawrai.com/terms', // "This is a template", with an example.com contact
  'https://helpai.plus/terms.html', // bracketed company and website placeholders
  'https://www.gotoai.one/legal/refund.html', // an unfilled {{legal_version}} placeholder
];

const SHARED_PLATFORMS = [
  'https://apollo-agent.vornicx.workers.dev/privacy', // a BYOK chat on workers.dev
  'https://getaillm.vercel.app/terms', // an AI-visibility tool on vercel.app
  'https://cute-cajeta-28b679.netlify.app/', // an app policy on netlify.app
  'https://your-ai-assistant.web.app/privacy-policy.html', // a mobile AI chat's policy on web.app
  'https://lumi-tutor.vercel.app/legal/acceptable-use', // a template policy on vercel.app
  'https://gigachat-74927.web.app/terms.html', // an iOS multi-model chat's terms on web.app
  'https://omni-public.pages.dev/terms/', // a private assistant's terms on pages.dev
  'https://opentrouterchange.pages.dev/terms', // a router look-alike on pages.dev
  'https://web-plugin-byu.pages.dev/zh/terms', // an AI plugin's terms on pages.dev
  'https://aiselect-chat.pages.dev/', // a chat-comparison blog on pages.dev
  'https://deep-assistant.github.io/agreement/en/terms-of-use.html', // a Telegram bot's terms on github.io
  'https://chatpdf-server-shtq.onrender.com/privacy', // a private AI chat on onrender.com
  'https://luna-heaven.web.app/answers/how-do-i-keep-my-ai-conversations-private', // a companion's guide on web.app
  'https://sites.google.com/view/aigirlfrnd/privacy', // an app policy on Google Sites
  'https://uni-docs-staging.pages.dev/billing/refunds/', // staging docs on pages.dev
  'https://livesuggest-web.pages.dev/tr/consent', // a meeting assistant's consent page on pages.dev
  'https://mantlechat.featurebase.app/help/articles/1495032-shared-workspaces', // a chat app's help on featurebase.app
];

const NAMESAKES = [
  'https://www.oooi.com/', // beside oooi (oooi.ai)
  'https://www.palvoro.net/', // beside Palvoro (palvoro.com)
  'https://www.clarilo.co.uk/', // beside Clarilo (clarilo.com)
  'https://www.somake.com/', // beside Somake (somake.ai)
  'https://www.lurus.com/', // beside Lurus AI (lurus.ai)
  'https://www.vantero.com/', // beside Vantero (vantero.chat)
  'https://www.omnia.app/', // beside Omnia One AI (omniaai.app)
];

describe('nineteenth-session second chat pass traps', () => {
  it('adds 25 rows, each with one domain and no prefix', () => {
    expect(longTailC19Chat2Tools.length).toBe(25);
    expect(longTailC19Chat2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC19Chat2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://help.team-gpt.com/shared-private-work-permissions': 'team-gpt',
      'https://docs.ai-singularity.app/ai-workspace/teamspaces': 'ai-singularity',
      'https://app.vantero.chat/en/dokumentation/workspaces-teams': 'vantero-chat',
      'https://www.ai4work.net/privacy-policy/': 'teamup-ai4work',
      'https://www.somake.ai/pt/terms': 'somake-ai',
      'https://www.gnomi.com/ar/tos': 'gnomi',
      'https://app.423pm.com/terms': 'ai-model-comparator-423pm',
      'https://chat.gratobeun.com/terms-of-service': 'gratobeun-chat-ai',
      'https://dev.mazelan.ai/terms': 'mazelan',
      'https://chataberto.on1chat.sbs/privacidade.php': 'chat-aberto-ai',
    });
  });

  it('leaves general sites, AI features of general sites, left-out hosts, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...GENERAL_WITH_AI_FEATURE,
      ...LEFT_OUT,
      ...SHARED_PLATFORMS,
      ...NAMESAKES,
    ]);
  });
});
