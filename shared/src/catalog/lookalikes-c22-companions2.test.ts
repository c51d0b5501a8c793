// Traps beside the rows the twenty-second session's second companions pass added
// (data/long-tail-c22-companions2.ts): the ordinary sites next to each kind of tool it added (dating apps, creator
// platforms, a payment processor, a messenger, fiction and interactive-fiction sites, a tabletop RPG toolset, astrology
// and dream-dictionary sites, business phone and booking tools, Chicago sites), the parents of the claimed subdomain and
// path, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the new
// entries. None of them may classify; every new host must reach its own entry.
//
// getmydreams.app, dreemlo.app, lunatarot.com.tr, aicompaniondev.com and astrologyapp.ai dropped: listed in
// data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Companions2Tools } from './data/long-tail-c22-companions2';

const GENERAL_SITES = [
  'https://www.match.com/', // a dating site, beside the AI companion chats
  'https://tinder.com/', // a dating app, beside the AI companion chats
  'https://onlyfans.com/', // a creator subscription site, beside the creators' AI twins
  'https://ko-fi.com/', // a creator tipping site, beside the creators' AI twins
  'https://www.twitch.tv/', // a streaming site, beside the creators' AI twins
  'https://www.patreon.com/', // a creator membership site, beside the character chats
  'https://www.ccbill.com/', // a payment processor the companion sites bill through
  'https://web.telegram.org/', // a messenger, beside the companion builder that chats on Telegram
  'https://sillytavernai.com/', // a self-hosted roleplay front end's site, beside the hosted roleplay chats
  'https://www.wattpad.com/', // a fiction site, beside the AI story games
  'https://www.choiceofgames.com/', // a publisher of choice-based games, beside the AI story games
  'https://ifdb.org/', // an interactive-fiction database, beside the AI story games
  'https://www.dndbeyond.com/', // a tabletop RPG toolset, beside the AI dungeon master
  'https://www.astro.com/', // an astrology site, beside the AI astrology chats
  'https://cafeastrology.com/', // an astrology site, beside the AI astrology chats
  'http://www.dreammoods.com/', // a dream dictionary, beside the AI dream interpreters
  'https://www.ringcentral.com/', // a business phone service, beside the AI receptionists
  'https://calendly.com/', // a booking tool, beside the AI receptionists
  'https://www.chicago.gov/', // a city portal, beside Chicago AI
  'https://www.chicagotribune.com/', // a newspaper, beside Chicago AI
  'https://sloppystories.com/', // the parent of Vibe Quest's claimed subdomain
  'https://www.sloppystories.com/', // the parent of Vibe Quest's claimed subdomain
  'https://imaginaryrobot.com/', // the personal site around Adventure Machine's claimed path
  'https://imaginaryrobot.com/about', // the personal site around Adventure Machine's claimed path
];

const SHARED_PLATFORMS = [
  'https://babechat.vercel.app/policy/privacy-policy', // a policy or page on a shared platform
  'https://aigirlfriend-media.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://sites.google.com/view/aigirlfrnd/privacy', // a policy or page on a shared platform
  'https://oasis-specialist-d43.notion.site/Privacy-Policy-for-Somnio-AI-Dream-Analyzer-169136f499db808da752f584c79d9fbe', // a policy or page on a shared platform
  'https://dreams-analytics-app.pages.dev/privacy-policy', // a policy or page on a shared platform
  'https://monggle-fortune.pages.dev/terms-of-service.html', // a policy or page on a shared platform
  'https://policy-lineai.web.app/terms', // a policy or page on a shared platform
  'https://dreambook-prod.web.app/legal/terms_ja.html', // a policy or page on a shared platform
  'https://kupid-git-main-snbai.vercel.app/it/terms-of-service', // a policy or page on a shared platform
  'https://simdate.pages.dev/privacy', // a policy or page on a shared platform
  'https://openzess-docs.vercel.app/features/tavern.html', // a policy or page on a shared platform
  'https://main--taverncozydocs.netlify.app/llms-full.txt', // a policy or page on a shared platform
  'https://aether-web-production.up.railway.app/legal/privacy', // a policy or page on a shared platform
  'https://pictoria-share.wraptas.site/25e808ee27358024a6dddb6bf74df1f5', // a policy or page on a shared platform
  'https://uni-docs-staging.pages.dev/billing/refunds/', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://doranchat.com/terms.html', // a draft with placeholder operator and age
  'https://aigirlfriend.com/legal/privacy', // a policy with a "[Your LLC Name]" placeholder
  'https://virtualfriend.chat/privacy', // a policy with an "[Insert Date]" placeholder
  'https://www.astrohint.ai/tos', // terms with placeholder dates
  'https://asaptera.com/labs/aidreamjournal/privacy', // an iOS app's policy on a studio site
  'https://www.datesim.uk/privacy-policy.html', // a mobile-only app's policy
  'https://policy.haruapp.com/chara_terms', // a mobile-only app's terms
  'https://sodan.betterkit.app/ja/legal/privacy-policy', // a mobile-only app's policy
  'https://tarotempress.com/terms', // terms that do not say AI
  'https://realtarot.kr/terms', // terms that say "automatically generated", not AI
  'https://fortunecookie.kr/terms', // terms that do not say AI
  'https://sinsatalk.com/terms', // terms that do not say AI
  'http://falcieva.com/policy/', // terms that do not say AI
  'https://falalem.com/Sayfa/Kullanim-Kosullari', // terms that do not say AI
  'http://faldunyasi.com/icerik/kullanim-kosullari.aspx?dil=tr', // terms that do not say AI
  'https://mourax.net/ja/rule', // terms that do not say AI
  'https://gtaai.app/refund-policy', // a refund page that does not say AI
  'https://gptimager.com/refund', // a refund page that does not say AI
  'https://www.remembrancejournal.com/refund-policy', // a refund page that does not say what the product is
  'https://aiastro.live/privacy', // a policy that does not say the readings are AI
  'https://chatguide.ai/terms-of-use/', // OpenAI-style terms that never say AI
  'https://app.chatguide.ai/terms', // OpenAI-style terms that never say AI
  'https://lesstime.ai/sms-terms.html', // SMS terms that do not say AI
  'https://www.arqgpt.cl/terminos-y-condiciones-de-uso', // terms that say AI only in the name
  'https://www.aiunio.com/refund-policy', // a refund page that says only "tokens"
  'https://www.aiangels.io/blog/ai-girlfriend-privacy-policy-chat-logs-plain-english', // a general blog post
  'https://www.castloop.ai/blog', // a blog index
  'https://www.aigirlfriendclub.com/blog/are-conversations-private.html', // a guide site
  'https://oakgen.ai/blog/why-one-ai-chatbot-is-not-enough', // a general blog post
  'https://nymm.me/blog/ai-twin-vs-chatbot', // a general blog post
  'https://kidsai.app/blog/coppa-compliant-ai-for-kids', // a general blog post
  'https://heylolo.ai/blog/coppa-gdpr-ai-children-data-safety', // a general blog post
  'https://datbot.ai/es/blog/herramientas-de-ia-gratis-vs-de-pago', // a general blog post
  'https://brainlab.games/blog/is-ai-safe-for-kids', // a general blog post
  'https://freundin.ai/digitale-freundin-emotional-begleiten', // an article, no product page seen
  'https://www.ouba.art/ai-interactive-fiction-glossary', // a glossary
  'https://ai.kevinchamplin.com/privacy', // a personal demo
  'https://hugo.murmur8.cloud/terms', // a private SMS assistant
  'https://legal.vantil.xyz/sms-privacy', // a private SMS tool
  'https://www.targetfirst.com/cgu-ia', // a chatbot integrator's terms for business clients
  'https://www.restaurant-startup.app/generative-ai-terms', // an AI feature inside a restaurant app
  'https://drgbec.edu.et/term.html', // a ChatGPT page on a college's host
  'https://sansho.fun/?p=160', // a bare `?p=` page
  'https://www.openadventure.dev/privacy-policy', // AI one optional feature, as the c20 pass decided
  'https://cdn.tadkastudios.com/refund-policy', // a CDN host of a studio (a lead)
  'https://chatgpt.es/pro', // a page repeating OpenAI's FAQ
  'https://factually.co/fact-checks/technology/uncesnored-com-privacy-data-retention-0107b6', // a fact-check about another site
];

const NAMESAKES = [
  'https://www.dreamify.com/', // beside Dreamify (getdreamify.com)
  'https://www.aura.com/', // beside Aura (hola-aura.com) and the left-out joinaura.chat
  'https://www.loverz.com/', // beside Loverz.AI (loverz.ai)
  'https://www.honeybot.com/', // beside Honeybot (honeybot.ai)
  'https://www.stuffer.com/', // beside Stuffer AI (stuffer.ai)
  'https://www.stellatrix.com/', // beside Stellatrix (stellatrix.icu)
  'https://www.rptext.com/', // beside RPText (rptext.ru)
  'https://www.chicagoai.org/', // beside Chicago AI (chicagoai.io)
  'https://www.emor.com/', // beside EMOR (emorvoice.com)
  'https://www.lovity.com/', // beside Lovity (lovity.io)
  'https://www.twinnie.app/', // beside Twinnie (twinnie.com)
  'https://www.aefia.net/', // beside Aefia (aefia.com)
  'https://www.answercove.co/', // beside AnswerCove (answercove.com)
  'https://www.natalchart.com/', // beside NatalChart.AI (natalchart.ai)
  'https://www.astro16.net/', // beside ASTRO16 (astro16.com)
  'https://www.bildy.com/', // beside Bildy (bildy.ai)
  'https://www.spacebabes.com/', // beside SpaceBabes AI (spacebabesai.com)
  'https://www.chatwithx.com/', // beside ChatWithX (chatwithx.link)
  'https://www.aichiki.jp/', // beside Aichiki (aichiki.com)
  'https://www.dreamclarify.net/', // beside DreamClarify (dreamclarify.com)
  'https://vibequest.com/', // beside Vibe Quest (vibequest.sloppystories.com)
  'https://www.adventuremachine.com/', // beside Adventure Machine (imaginaryrobot.com/adventuremachine)
  'https://www.gptuncensored.com/', // beside GPT Uncensored (gptuncensored.ai)
];

describe('twenty-second-session companions2 traps', () => {
  it('adds 25 rows, one of them by path only', () => {
    expect(longTailC22Companions2Tools.length).toBe(25);
    expect(longTailC22Companions2Tools.filter((t) => t.domains.length === 0).map((t) => t.id)).toEqual([
      'adventure-machine',
    ]);
    expect(longTailC22Companions2Tools.filter((t) => t.category === 'chat').length).toBe(15);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Companions2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs({
      'https://www.spacebabesai.com/exec/refund-policy.jsp': 'spacebabes-ai',
      'https://honeybot.ai/pricing/?type=get-tokens': 'honeybot-ai',
      'https://aichiki.com/aichiki/privacy.htm': 'aichiki',
      'https://docs.stellatrix.icu/en/tavern': 'stellatrix',
      'https://rptext.ru/guides/constructor-character': 'rptext',
      'https://www.gptuncensored.ai/privacy-policy': 'gpt-uncensored',
      'https://www.getdreamify.com/privacy-policy': 'getdreamify',
      'https://www.natalchart.ai/privacy': 'natalchart-ai',
      'https://bildy.ai/blog/create-interactive-stories': 'bildy-ai',
      'https://vibequest.sloppystories.com/Privacy': 'vibe-quest',
      'https://imaginaryrobot.com/adventuremachine/privacy': 'adventure-machine',
      'https://imaginaryrobot.com/adventuremachine': 'adventure-machine',
      'https://www.emorvoice.com/sms-consent': 'emor-ai',
      'https://answercove.com/messaging-policy/': 'answercove',
      'https://www.twinnie.com/tos': 'twinnie',
      'https://janitorai.ai/faq.html': 'janitorai-ai',
      'https://janitorai.com/': 'janitor-ai',
      'https://dreamify.art/': 'dreamify-art',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
