// Traps beside the rows the twentieth session's second leads pass added (data/long-tail-c20-leads2.ts): the ordinary
// sites next to each kind of tool it added (chat assistants and model vendors, email and translation services, a
// dictation and a companion namesake), the parent of the one claimed subdomain, the shared-platform copies and the
// left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every
// new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20Leads2Tools } from './data/long-tail-c20-leads2';

const GENERAL_SITES = [
  'https://www.council.org/', // a general word site, beside the council chats
  'https://www.un.org/securitycouncil/', // a real council, beside the council chats
  'https://www.mailchimp.com/', // email marketing, beside the AI email tools
  'https://www.thunderbird.net/', // an email client, beside the AI email tools
  'https://www.opensubtitles.org/', // subtitles, beside the subtitle translators
  'https://www.proz.com/', // translators' marketplace, beside the AI translation tools
  'https://www.dragon.com/', // a dictation brand site, beside the AI dictation apps
  'https://www.trello.com/', // a task board, beside the agent platforms
  'https://www.wix.com/', // a website builder, beside ZyloCode
  'https://www.canva.com/', // a design tool, beside the AI image editors
  'https://www.telegram.org/', // the messenger Lingovox runs in
  'https://www.justia.com/', // legal information, beside Kurzly
];

const PARENTS = [
  'https://starcloudit.net/', // the parent of AIVoice's claimed subdomain
  'https://www.starcloudit.net/', // the parent of AIVoice's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://council-app-production.up.railway.app/', // Council's web app on a shared host
  'https://usedictate-landing.pages.dev/privacy', // a policy on a shared platform
  'https://gabrielmalonso.github.io/usedictate-legal/privacy', // a policy on a shared platform
  'https://keyboardiq.pages.dev/privacy.html', // a policy on a shared platform
  'https://ridiks10.github.io/ai-keyboard-privacy/', // a policy on a shared platform
  'https://voiq-life.replit.app/api/legal/privacy', // a policy on a shared platform
  'https://voca-0a686b.tiiny.site/', // a policy on a shared platform
  'https://babechat.vercel.app/policy/privacy-policy', // a policy on a shared platform
  'https://legaltopology.pages.dev/how-it-works.html', // a page on a shared platform
  'https://sites.google.com/view/keyboardaai-privacy-policy', // a policy on a shared platform
];

const LEFT_OUT = [
  'https://aizona.ai/privacy', // a policy that never says AI or names a model
  'https://www.dreammates.ai/tos', // terms that say only "personal chatbot"
  'https://voicie.com/legal/privacy-policy', // the AI wording is only on a ?p= page
  'https://advomate.cz/zasady-zpracovani-uzivatelskych-dat', // a data page that does not say AI
  'https://dikaio.ai/en/privacy-policy', // a privacy notice without AI
  'https://keyfred.com/privacy', // a keyboard whose online AI is one option
  'https://www.trydingmail.com/privacy', // an email client whose AI chat is one feature
  'https://getcouncil.app/privacy', // a mobile-only app
  'https://handleapp.app/privacy', // an app whose web presence is unclear
  'https://voiceops.net/privacy', // a draft with placeholders
  'https://voxapro.ai/legal/datenschutz', // a page with placeholder company details
  'https://lexitio.com/terms', // a draft with TODOs
  'https://www.cjbrignola.com/privacy-policy-the-council', // a personal site
  'https://usehandl.ca/privacy', // a finance app whose AI is one feature
  'https://dictar.app/privacy', // a local-only desktop app
  'https://gentei.ai/privacy', // a policy without AI
  'https://m8n.app/privacy', // a policy without AI
  'https://aicrate.app/legal/terms', // an agent marketplace
  'https://www.agensi.io/terms', // a skills marketplace
  'https://www.get-dream.ai/legal/privacy', // no product name on its page
  'https://nosme.pro/privacy-policy', // Google Cloud Translation, not AI in its words
  'https://nauczyciel.ai/', // a Wondel.ai site with no page of its own found
  'https://specjalista.ai/', // a Wondel.ai site with no page of its own found
  'https://postacie.ai/', // a Wondel.ai site with no page of its own found
  'https://pomoc.ai/', // a Wondel.ai site with no page of its own found
  'https://almai.cl/', // no page of its own found
  'https://hndl.app/', // no page of its own found
  'https://dictata.app/', // no page of its own found
  'https://salesbot.pl/', // no page of its own found
];

const NAMESAKES = [
  'https://www.councilchat.com/',
  'https://www.aicouncil.com/',
  'https://www.aicouncil.ai/',
  'https://www.modelcouncil.com/',
  'https://www.councilcall.com/',
  'https://www.lmcouncil.com/',
  'https://www.llmcouncil.com/',
  'https://www.agreemesh.com/',
  'https://www.joincouncil.com/',
  'https://www.usecouncil.com/',
  'https://www.gptgeni.ai/',
  'https://www.m8tes.com/',
  'https://www.aiteammate.com/',
  'https://www.zylox.com/',
  'https://www.periagoge.com/',
  'https://www.myteam365.com/',
  'https://www.zynlab.com/',
  'https://www.aizadeh.ai/',
  'https://www.handlet.com/',
  'https://www.zylocode.ai/',
  'https://www.zylair.ai/',
  'https://www.aiza.com/',
  'https://www.mygenesis.com/',
  'https://www.voicle.com/',
  'https://www.starcloudit.net/',
  'https://starcloudit.net/',
  'https://www.botuj.com/',
  'https://www.kurzly.com/',
  'https://www.zonya.com/',
  'https://www.dreambeau.com/',
  'https://www.dreammachine.com/',
  'https://www.mydream.co/',
  'https://www.dreamgirl.chat/',
  'https://www.dictately.com/',
  'https://www.dictura.ai/',
  'https://www.dictaro.com/',
  'https://www.voicemize.ai/',
  'https://www.lingovox.com/',
  'https://www.livelingo.com/',
  'https://www.transloot.io/',
  'https://www.hareword.io/',
  'https://www.subtran.com/',
  'https://www.subtitleflow.io/',
  'https://www.translatehub.com/',
  'https://www.flowmail.com/',
  'https://www.prmptree.io/',
  'https://www.digestos.com/',
  'https://www.mailflow.com/',
  'https://www.inflowmail.com/',
  'https://www.usehandle.com/',
  'https://www.pergai.ai/',
  'https://www.genigpt.com/',
  'https://www.modelfy.com/',
];

describe('twentieth-session second leads traps', () => {
  it('adds 52 rows, each with one domain and no prefix', () => {
    expect(longTailC20Leads2Tools.length).toBe(52);
    expect(longTailC20Leads2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20Leads2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://aicouncil.me/legal/privacy': 'ai-council-me',
      'https://aicouncilchamber.com/privacy.html': 'ai-council-chamber',
      'https://www.modelcouncilai.com/privacy': 'model-council',
      'https://gptgeni.com/es/page/privacy-policy': 'gptgeni',
      'https://www.periagoge.ai/legal/privacy': 'periagoge',
      'https://app.pergai.com/privacy': 'pergai',
      'https://aivoice.starcloudit.net/en/privacy': 'aivoice-starcloudit',
      'https://subtran.net/pt/privacy': 'subtran-subtitle-translator',
      'https://flowmail.work/en/security': 'flowmail-work',
      'https://dreammachine.one/safety-information/your-account/privacy-summary': 'dreammachine-one',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
