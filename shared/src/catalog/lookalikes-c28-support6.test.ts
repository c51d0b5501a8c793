// Traps beside the rows the twenty-eighth session's sixth customer-support pass added (data/long-tail-c28-support6.ts):
// the platforms, regulators, trade press and news met beside AI receptionists sold by trade, and the drafts, demo and
// staging hosts, single businesses' assistants, general products, agencies and personal or shared hosts the pass read
// and left out. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Support6Tools } from './data/long-tail-c28-support6';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.tiktok.com/', // the platform whose seller centre has its own chat assistant
  'https://seller-us.tiktok.com/university/essay?default_language=en&knowledge_id=8541759248729899', // TikTok Shop's help page on its chat assistant
  'https://seller-th.tiktok.com/university/essay?knowledge_id=2671363156395778&lang=en', // the same help page for Thailand
  'https://bulletins.ncrec.gov/artificial-intelligence', // a real-estate regulator's bulletin on AI
  'https://blogs.oracle.com/ai-and-datascience/call-wrapup-with-ai-automation', // a utility-software vendor's blog post
  'https://www.tdworld.com/reliability-and-resiliency/article/55317727/keeping-the-lights-on-how-ai-helps-utilities-support-customers-during-outages', // trade press
  'https://www.callcentertimes.com/Home/ctl/NewsArticle/mid/594/CategoryID/1/NewsID/43079', // trade press
  'https://gigazine.net/gsc_news/en/20260326-build-ai-receptionist-auto-repair-shop', // news about a hobby build
  'https://www.convenienceandcarwash.com/ais-role-in-the-business-of-washing-cars', // trade press
  'https://dev.to/ringfoods/how-ai-voice-agents-handle-restaurant-reservation-logic-and-where-they-still-struggle-2f8p', // a developer blog platform
  'https://www.epsten.com/author/gabriel-p-huertas/', // a law firm's articles on AI in community associations
  'https://www.movingcompany.com/', // a namesake .com beside MovingCompany.bot, not read
];

const LEFT_OUT = [
  'https://dental.angelspok.com/privacy', // its terms keep a legal-entity placeholder (as three passes trapped)
  'https://staging.batohi.com/privacy', // DentzAI's policy text on a staging host
  'https://opendental.flatcap.ai/privacy', // a voice-agent demo site
  'https://aifrontdesk.org/privacy', // "DRAFT — pending … counsel review"
  'https://amffrontdesk.com/privacy.html?client_id=demo', // a per-client policy template read for a demo client
  'https://www.mirinteractive.net/just-for-you-twilio-reservd', // "[Your Company Name]"
  'https://tmanorth.com/ai/privacy-policy', // a martial-arts club's own chatbot
  'https://pawscheduler.app/privacy', // an "automated" SMS scheduling assistant; the page does not say AI
  'https://rainesai.com/sms-consent', // an SMS consent page that does not say AI
  'https://callintel.app/privacy', // relays AI transcripts made by the customer's VoIP provider
  'https://www.agencyengine.app/privacy', // an insurance CRM
  'https://www.policytek.com/privacy', // an insurance CRM and lead marketplace with AI features
  'https://voipx3.ai/privacy-policy/ai-voice-chat-agent-policy/', // a VoIP carrier's AI-use policy
  'https://futuremanlabs.com/blog/ai-support-agent-returns-exchanges-shopify', // an agency building agents for brands
  'https://creditunionwebsolutions.com/?p=2472', // a web agency's `?p=` post
  'https://go.aizenmedia.com/privacy-policy-2/', // a media agency's voice widget
  'https://tradebot.alexturner-portfolio.com/privacy.html', // an AI texting agent on a personal portfolio host
  'https://dial3d-preview.pages.dev/resources/guides/ai-for-behavioral-health', // DIAL3D's guide on a shared platform
  'https://smartclinicreception.pages.dev/dpa.html', // a pilot template on a shared platform
  'https://servyodonto.servytecnologia.com.br/privacy', // dental-clinic software; the page does not say AI
  'https://molaris.com.br/privacidade', // a dental CRM; the page does not say AI
  'https://www.manuelabalenpandolfo.com/termos-de-uso.html', // a dental clinic's WhatsApp terms
];

describe('twenty-eighth-session support6 pass: AI front desks and agents sold by trade', () => {
  it('adds 23 rows, AnswerSmith in europe and CallmeAI in india', () => {
    expect(longTailC28Support6Tools.map((t) => t.id)).toEqual([
      'dentzai',
      'cleveranswerai',
      'dial3d',
      'pawchats',
      'pawfluence',
      'movingcompany-bot',
      'seely-ai-solutions',
      'voice-call-service',
      'answersmith',
      'voiceclutch',
      'easyleaseflow',
      'leadshello',
      'glide-document-collection-agent',
      'civic-ai-navigator',
      'polimorphic',
      'docmind-shopify-support',
      'response-dev',
      'shopguide',
      'bakedbot',
      'converzium',
      'callmeai',
      'call0',
      'schoolparent-ai',
    ]);
    expect(catalogRegion('answersmith')).toBe('europe');
    expect(catalogRegion('callmeai')).toBe('india');
  });

  it('classifies each new host and the page read on it to its entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Support6Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Support6Tools));
    expectEachClassifiedAs({
      'https://www.polimorphic.com/seo-articles/how-to-use-ai-voice-in-local-government-a-complete-guide':
        'polimorphic',
      'https://polimorphic.com/blog-posts/who-handles-this-why-resident-questions-get-lost-between-counties-and-cities-and-how-ai-can-help':
        'polimorphic',
      'https://www.dial3d.ai/resources/glossary': 'dial3d',
    });
  });

  it('leaves general sites, trade press and namesakes unclassified', () => {
    expectNoneClassified(GENERAL_SITES);
  });

  it('leaves drafts, demo and staging hosts, general products, agencies and shared hosts unclassified', () => {
    expectNoneClassified(LEFT_OUT);
  });
});
