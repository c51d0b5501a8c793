// Traps beside the rows the twenty-second session's fourth leads pass added (data/long-tail-c22-leads4.ts): the
// ordinary sites next to each kind of AI tool it added (health services and clinical references, job boards,
// help desks and webmail, stock media, music and video hosts, Amazon's seller portal, Meta's ads site, US customs and
// the tariff schedule, obituary, Medicare and journaling sites, a publisher, a telephony provider, a developer Q&A site),
// the shared-platform copies and left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry, and the listed namesakes keep theirs.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Leads4Tools } from './data/long-tail-c22-leads4';

const GENERAL_SITES = [
  'https://www.nhs.uk/', // the NHS, beside the AI medical scribe and clinical reference
  'https://www.nice.org.uk/', // NICE guidance, beside the guideline-grounded clinical AI
  'https://www.bmj.com/', // a medical journal, beside the clinical AI
  'https://www.indeed.com/', // a job board, beside the AI job search
  'https://www.glassdoor.com/', // a job and company-review site, beside the AI job search
  'https://www.zendesk.com/', // a help-desk suite, beside the AI customer-service reply drafter
  'https://www.freshdesk.com/', // a help-desk suite, beside the AI customer-service reply drafter
  'https://mail.google.com/', // webmail, beside the AI email reply extension
  'https://outlook.live.com/', // webmail, beside the AI email reply extension and the desktop agent
  'https://www.pexels.com/', // a stock-photo site, beside the AI image tools
  'https://www.shutterstock.com/', // a stock-media site, beside the AI image tools
  'https://www.deviantart.com/', // an art community, beside the AI art generators
  'https://soundcloud.com/', // a music platform, beside the AI music maker
  'https://www.spotify.com/', // a music platform, beside the AI music maker
  'https://www.vimeo.com/', // a video host, beside the AI face-swap and video tools
  'https://sellercentral.amazon.com/', // Amazon's seller portal, beside the AI listing generator
  'https://www.facebook.com/business/ads', // Meta's ads site, beside the AI ad platform
  'https://www.cbp.gov/', // US Customs, beside the AI HTS auditor
  'https://hts.usitc.gov/', // the US tariff schedule, beside the AI HTS auditor
  'https://www.legacy.com/', // an obituary site, beside the AI memorial copies
  'https://www.medicare.gov/', // Medicare, beside the AI caregiver companion
  'https://dayoneapp.com/', // a journaling app, beside the AI journaling and reflection apps
  'https://www.penguinrandomhouse.com/', // a publisher, beside the AI children's stories
  'https://www.twilio.com/', // a telephony provider, beside the AI voice agents
  'https://stackoverflow.com/', // a developer Q&A site, beside the AI coding platform
  'https://www.whatsapp.com/', // WhatsApp, beside the WhatsApp AI modules
];

const SHARED_PLATFORMS = [
  'https://babechat.vercel.app/policy/privacy-policy', // a policy or page on a shared platform
  'https://synth-green.vercel.app/privacy', // a policy or page on a shared platform
  'https://bgcut.pages.dev/terms', // a policy or page on a shared platform
  'https://pixcutweb.pages.dev/terms.html', // a policy or page on a shared platform
  'https://feebee-94b09.web.app/legal/privacy-policy', // a policy or page on a shared platform
  'https://deckpilot.pages.dev/guides/ai-presentation-generation-explained/', // a policy or page on a shared platform
  'https://hts-code-auditor-0409-2004.pages.dev/privacy', // a policy or page on a shared platform
  'https://hts-classify.vercel.app/privacy', // a policy or page on a shared platform
  'https://getflutterapp.web.app/hts/privacy.html', // a policy or page on a shared platform
  'https://policy-lineai.web.app/terms', // a policy or page on a shared platform
  'https://tinytales-site.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://sleepytales-legal.vercel.app/privacy', // a policy or page on a shared platform
  'https://childtales-landing.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://leafy-flan-a472e3.netlify.app/', // a policy or page on a shared platform
  'https://obituarycraft.pages.dev/privacy', // a policy or page on a shared platform
  'https://egon-2.webflow.io/datenschutz', // a policy or page on a shared platform
  'https://white-sea-0fb63720f.7.azurestaticapps.net/rag.html', // a policy or page on a shared platform
  'https://haleemapps.blogspot.com/2026/05/privacy-policy-ai-video-generator.html', // a policy or page on a shared platform
  'https://sites.google.com/view/deepface/terms-conditions', // a policy or page on a shared platform
  'https://ktc-security-circle.github.io/Kage/app/concept', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://creativead-ai.com/privacy', // a policy with "[Your Company Name]" placeholders
  'https://mindmore.ai/content/privacy', // a policy with a bracketed legal-entity placeholder
  'https://www.treemong.cn/policy/service', // terms with a bracketed company and retention period
  'https://zeltra.app/privacy', // a policy of placeholders
  'https://chatbot.eyratech.com/company/privacy-policy', // a policy of placeholders
  'https://yourbedtimestory.com/privacy-policy', // a policy with a "[[REGISTERED ADDRESS]]" placeholder
  'https://mailpilot.tedbotai.com/privacy', // a policy still marked for production
  'https://dev.cluster365.ai/terms.php', // a development host
  'https://automail.jacktest.net/privacy', // a test host
  'https://staging.chatzaki.com/privacy', // a staging host
  'https://www.photoretouch.top/privacyPrivilege', // a policy that does not say AI
  'https://mail.rajnish.app/privacy', // a Gmail client whose policy does not say AI
  'https://mailagents.net/privacy', // transactional mailboxes, not AI
  'https://agents-chat.com/privacy', // routes messages of agents on users' own keys; runs no AI itself
  'https://agenzaar.com/privacy', // a chat platform for AI agents, not itself AI
  'https://jobsmith.qubora.ai/terms', // a bring-your-own-key tool
  'https://www.globai.org/terms-of-service', // a distributed-compute token platform
  'https://officialmindai.com/en/privacy', // a crypto site
  'https://nexusinnovate.net/terms', // an agency
  'https://mindbase.tech/datenschutzerklaerung', // an agency's phone bots
  'https://ceena.dev/gmail-support-agent', // a portfolio page
  'https://www.johndegraft.app/rag', // a portfolio page
  'https://www.argm.co.il/privacy-policy-whatsapp-agent', // an agency's own sales agent
  'https://gosign.se/de/leistungen/document-intelligence', // a consultancy's service page
  'https://docota.de/datenschutzerklaerung-nutzung-des-bechtle-docs-gpt-rag-api', // a custom GPT built for one client
  'https://reflectdiary.app/faq.html', // a journaling app whose AI is an opt-in feature
  'https://www.reflections-sanctuary.space/privacy', // a notes app whose AI is one feature
  'https://www.allset.chat/legal/privacy-policy', // a bookings and messaging platform
  'https://www.tandemtelehealth.com/policies/hipaa-privacy-notice', // a telehealth provider, not Tandem Health
  'https://emergealliedhealth.com/faq-ai', // a clinic's note on its software's scribe
  'https://fastchicken.co.nz/2024/08/09/tend-scribe', // a personal blog
  'https://dieu-khoan-dich-vu.blgconnect.asia/', // a copy of another vendor's terms
  'https://www.vidmageai.com/terms.html', // generic terms that name no product or operator
  'https://lovematchinc.com/privacy.html', // a policy that does not say the product is AI
  'https://obituary.design/terms-conditions/', // an obituary listing site
  'https://lineage.thegoodsite.co/legal/privacy', // a memorial-site service whose policy does not say it uses AI
  'https://www.funeralhq.com/blog/ai-obituary-writers-human-review', // funeral software whose AI is one feature
  'https://www.token.com/user-research-privacy-notice/', // a research privacy notice
  'https://userinterviews.com/cookies', // a research-recruiting marketplace
  'https://jawabtawzeef.com/en/terms', // a job board
  'https://www.xverse.cn/', // XVERSE's corporate site (its chat is listed on chat.xverse.cn)
  'https://www.quark.cn/', // Quark's general site (Quark AI is listed on ai.quark.cn)
  'https://www.tenorshare.com/support/terms-and-conditions.html', // Tenorshare's general software site
  'https://www.passfab.com/privacy-policy.html', // a Tenorshare utility site
];

const NAMESAKES = [
  'https://www.tandemdiabetes.com/', // beside Tandem Health (tandemhealth.ai)
  'https://www.tandem.com/', // beside Tandem Health (tandemhealth.ai)
  'https://www.iatro.com/', // beside iatroX (iatrox.com)
  'https://www.jobo.com/', // beside Jobo AI (jobo.world)
  'https://www.mailagent.com/', // beside MailAgent (mailagent.ai)
  'https://www.sinya.com/', // beside SinyaChat (sinyachat.com)
  'https://www.allamigo.co/', // beside AllAmigo (allamigo.com)
  'https://www.mindflex.com/', // beside Mindflex (mindflex.world)
  'https://www.reflective.com/', // beside Reflektive (reflektive.ai)
  'https://www.reflections.com/', // beside Reflections (getreflections.ai)
  'https://www.tendto.com/', // beside TendTo (tendto.ai)
  'https://www.pomni.ru/', // beside Pomni (pomni.life)
  'https://www.synthetic.com/', // beside Synthetic (synthetic.actor)
  'https://www.gallerie.com/', // beside GallerieAI (gallerieai.com)
  'https://www.artaigen.com/', // beside artaigen.app
  'https://www.erasebg.org/', // beside Erase Background Pro (erasebgpro.com)
  'https://www.fococlip.com/', // beside Fococlipping (fococlipping.com)
  'https://www.faceswap.com/', // beside the face-swap sites
  'https://www.bythen.com/', // beside bythen (bythen.ai)
  'https://www.gafana.com/', // beside Gafana AI (gafana.ai)
  'https://www.elysio.com/', // beside ELYSIO (elysio-ai.com)
  'https://www.mailcopilot.com/', // beside MailCopilot (mailcopilotextension.com)
  'https://www.tinystories.com/', // beside Tiny Stories (tinystories.ai)
  'https://www.globald.com/', // beside GLOBALD (globald.ai)
  'https://www.nuvra.com/', // beside Nuvra (nuvra.tech)
  'https://www.mind-e.com/', // beside Mind-e (mind-e.ai)
  'https://www.adslive.com/', // beside Ads Live (adslive.org)
  'https://www.aijoe.com/', // beside Average Joe's AI (aijoes.net)
  'https://www.hello.com/', // beside Hello (usehello.ai)
  'https://www.htscode.com/', // beside HTS Code Auditor (htscodeauditor.com)
  'https://www.deskagent.com/', // beside DeskAgent (deskagent.de)
];

describe('twenty-second-session fourth leads (leads4) traps', () => {
  it('adds 31 rows, each with one domain and no prefix', () => {
    expect(longTailC22Leads4Tools.length).toBe(31);
    expect(longTailC22Leads4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Leads4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, and keeps the listed namesakes on their own entries', () => {
    expectEachClassifiedAs({
      'https://tandemhealth.ai/news-articles/making-ai-work-on-the-ward-lessons-from-the-frontlines-of-secondary-care':
        'tandem-health',
      'https://tandemhealth.ai/da/juridisk/terms-of-service': 'tandem-health',
      'https://www.iatrox.com/clinical-ai-standards': 'iatrox',
      'https://www.iatrox.com/blog/introducing-thinkiatrox-ai-research-synthesis': 'iatrox',
      'https://jobo.world/privacy-policy': 'jobo-world',
      'https://mailagent.ai/privacy-assurance/': 'mailagent-ai',
      'https://support.mailagent.email/gmail-addon/overview': 'mailagent-email',
      'https://gohumanizeai.com/terms': 'gohumanize',
      'https://synthetic.new/': 'synthetic-new',
      'https://sinyachat.com/privacy': 'sinyachat',
      'https://allamigo.com/privacy': 'allamigo',
      'https://mindflex.world/compliance': 'mindflex-world',
      'https://www.reflektive.ai/privacy-policy': 'reflektive-ai',
      'https://getreflections.ai/privacy': 'getreflections-ai',
      'https://www.tendto.ai/cms-pledge/conversational-ai': 'tendto-ai',
      'https://pomni.life/articles/en/privatnost-dannyh-ii-kopii.html': 'pomni-life',
      'https://synthetic.actor/privacy': 'synthetic-actor',
      'https://www.gallerieai.com/terms': 'gallerieai',
      'https://artaigen.app/terms-of-service': 'artaigen-app',
      'https://erasebgpro.com/terms': 'erasebgpro',
      'https://www.fococlipping.com/terms-and-conditions': 'fococlipping',
      'https://videoswapface.com/privacy-policy': 'videoswapface',
      'https://videofaceswap.net/privacy': 'videofaceswap-net',
      'https://www.bythen.ai/terms-of-use': 'bythen-ai',
      'https://gafana.ai/en/terms': 'gafana-ai',
      'https://elysio-ai.com/studio/assistant': 'elysio-ai',
      'https://mailcopilotextension.com/privacy': 'mailcopilot-extension',
      'https://tinystories.ai/privacy': 'tinystories-ai',
      'https://app.globald.ai/privacy-policy': 'globald-ai',
      'https://nuvra.tech/terms-of-service': 'nuvra-tech',
      'https://mind-e.ai/privacy': 'mind-e-ai',
      'https://www.adslive.org/privacy-policy': 'adslive-org',
      'https://aijoes.net/privacy-policy': 'aijoes-net',
      'https://usehello.ai/pages/ai_transparency.html': 'usehello-ai',
      'https://htscodeauditor.com/privacy': 'htscodeauditor',
      'https://doc.deskagent.de/de/reference/anonymization': 'deskagent-de',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
