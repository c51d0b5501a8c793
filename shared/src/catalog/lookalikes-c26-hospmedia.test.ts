// Traps beside the rows the twenty-sixth session's `hospmedia` pass added (data/long-tail-c26-hospmedia.ts): the
// ordinary sites next to each kind of hospitality, travel, newsroom, publishing, podcast and photography tool it added
// (property-management suites, travel agencies and review sites, restaurant POS and ordering, wedding directories, tour
// operators, publishing CMSs, trade press, the self-publishing platform, photo labs and editors), the shared-platform
// copies, drafts, mobile-only apps and left-out hosts the pass read, and sites whose names sit close to the new entries.
// None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26HospmediaTools } from './data/long-tail-c26-hospmedia';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.guesty.com/', // a short-term-rental property-management suite, beside the guest-messaging AI
  'https://www.hospitable.com/', // a rental-host platform whose AI reply draft is one feature
  'https://www.booking.com/', // an online travel agency, beside the hotel tools
  'https://partner.booking.com/', // Booking.com's partner hub (Smart Messenger is one feature)
  'https://www.tripadvisor.com/', // a review site, beside the review-reply and hotel intelligence tools
  'https://www.airbnb.com/', // a rental marketplace, beside the guest-messaging AI
  'https://www.opentable.com/', // a reservations network, beside the restaurant AI
  'https://pos.toasttab.com/', // a restaurant POS, beside the phone-ordering AI
  'https://restaurant.menufy.com/customer-terms-of-use', // online ordering where AI menu Q&A is one feature
  'https://help.oncehub.com/help/compliance-and-control-for-phone-booking', // scheduling software with an AI phone-booking feature
  'https://www.herecomestheguide.com/about/privacy-policy', // a wedding-venue directory with a ChatGPT app
  'https://www.unitedvows.com/ai-receptionist-disclosure', // a wedding-vendor platform's AI receptionist feature
  'https://weddings.treevo.ai/en/legal/ai-policy', // a hospitality group's own weddings site
  'https://proposals.slowmorocco.com/', // a tour operator's own proposal form
  'https://www.authenticvacations.com/travel-advisors/faq/', // a tour operator's advisor portal
  'https://docs.arcxp.com/en/products/ask-the-news.html', // a publishing CMS's answer product, one of many
  'https://help.grabyo.com/en/articles/10265304-ai-transcription-and-open-captions', // a live-production platform where AI captions are one feature
  'https://www.niemanlab.org/2025/03/local-newsrooms-are-using-ai-to-listen-in-on-public-meetings/', // trade press on newsroom AI
  'https://www.cjr.org/analysis/ai-local-news-civic-sunlight-maine.php', // trade press on AI local news
  'https://pqrnews.com/ai-content-policy/', // a news site's own AI policy
  'https://www.publishersweekly.com/pw/by-topic/industry-news/publisher-news/article/99343-trilogy-launches-ai-powered-manuscript-assessment-tool-for-publishers.html', // trade press on manuscript AI
  'https://thebookseller.com/news/apple-books-launches-new-suite-of-ai-narrated-audiobooks', // trade press on AI narration
  'https://kdp.amazon.com/en_US/help/topic/G201953870', // the self-publishing platform, beside the book tools
  'https://audiopub.org/naming-guidelines-for-ai-narrated-audiobooks', // the audio publishers' trade body
  'https://help.publishdrive.com/ai-publishing-assistant-cover-image-generator', // a book distributor whose AI assistant is one app among services
  'https://janefriedman.com/agents-and-publishers-confront-ai-use-in-submissions/', // a publishing-industry blog
  'https://www.techspot.com/news/99120-radio-station-introduces-ai-dj-people-arent-happy.html', // news on an AI radio DJ
  'https://www.radioworld.com/', // radio trade press
  'https://www.tightropemedia.com/', // MediaScribe's maker's general site (MediaScribe is held back)
  'https://www.hhcolorlab.com/Support/AI-Questions-and-Industry-Guidelines', // a photo lab's AI guidance
  'https://smarterphoto.gallery/help/features/ai-photo-culling', // client galleries with AI culling as a Pro feature
  'https://www.lifewire.com/ai-can-help-pick-your-best-photos-5113655', // news on an AI culling app
  'https://lightroom.adobe.com/', // the photo editor culling tools plug into
];

const SHARED_PLATFORMS = [
  'https://restaurant-revolution-docs-dev.pages.dev/customer/ordering/phone-ordering', // restaurant ordering docs on a shared platform
  'https://autoreviewlab.pages.dev/privacy.html', // a review tool on a shared platform
  'https://autext.vercel.app/privacy.html', // an audiobook creator on a shared platform
  'https://ghasi-docs-portal.pages.dev/ghasi-melmastoon/docs/frontend/ai/AI1-guest-concierge-chat-spec', // a hotel-suite spec on a shared platform
  'https://reception-portal.pages.dev/privacy-policy.html', // an AI receptionist on a shared platform
  'https://ai-receptionist-app--ai-receptionist-cb48a.us-central1.hosted.app/privacy', // an AI receptionist on a shared hosting address
  'https://narrativeguides.pages.dev/zh/legal/privacy', // an audio-tour policy on a shared platform
  'https://tourizm.myshopify.com/pages/privacy', // a tour app on a shop platform
  'https://whvtdemofullscreen.pages.dev/', // a demo page on a shared platform
  'https://try-wideframe.pages.dev/blog/how-ai-is-changing-podcast-post-production', // a blog on a shared platform
  'https://tech-simplified.pages.dev/decision-frameworks/ai-for-journalism', // a guide on a shared platform
];

const LEFT_OUT = [
  'https://hostvo.ai/legal/privacy', // "Draft: placeholder pending legal review"
  'https://motel4.ai/legal/privacy', // "Template — not legal advice"
  'https://www.frontdeskglobal.com/ai-disclosure', // a disclosure to be reviewed by counsel, for another product
  'https://www.tasteem.com/terms', // "[COMPANY NAME]"
  'https://hotelai.io/en/privacy', // AI only in the name
  'https://eventgenie.ai/privacy-policy', // a policy that does not say AI
  'https://eventplanner.ai/us-terms-of-service', // terms that do not say AI (as before)
  'https://www.revisiongrade.com/privacy-research-controls', // controls that do not say AI
  'https://reviewreplier.app/privacy.html', // a policy that does not say AI (as before)
  'https://travelbuilderpro.com/legal/terms', // terms that do not say AI
  'https://www.restaurantagent.us/privacy', // voice "language understanding" only
  'https://hotelary.ai/blog/ai-hotel-room-booking-whatsapp/', // a hotel platform whose WhatsApp AI is one module (as before)
  'https://app.bitethemenu.com/docs/menu/how-the-ai-thinks-about-your-menu/', // a menu and POS app (as before)
  'https://menuiq.ai/legal/privacy-policy', // a digital menu with AI allergen identification (as before)
  'https://bookcoverslab.com/it/acceptable-use', // cover tools beside AI image generation
  'https://eventpilotai.site/privacy', // event operations with an AI voice RSVP
  'https://moontrip.app/features/itinerary-builder', // travel-agency software with an AI assistant
  'https://www.spurnow.com/nl/blogs/ai-chatbot-for-hotels', // a WhatsApp marketing suite
  'https://the-millinium-event.avelluxe.com/legal/ai-privacy', // an invitation platform on a per-event host
  'https://autotour.app/privacy', // a mobile-only app (as before)
  'https://audiowalks.ai/en/privacy', // a mobile-only app (as before)
  'https://tourappai.kuvit.cl/en/privacy/', // a mobile-only app (as before)
  'https://haiguide.lepbettega.com/privacy-policy.html', // a mobile-only app on a developer host
  'https://www.ferdinandagent.ai/post/ai-taking-restaurant-orders-what-actually-happens-on-a-call', // a blog on AI ordering in general: a lead
  'https://boringhost.ai/blog/ai-guest-messaging-for-airbnb', // a guide on AI messaging in general
  'https://newsroomaios.com/blog/ai-content-generation-for-local-journalism-complete-guide', // a guide on AI local news: a lead
  'https://omniscient.news/blog/ai-newsroom-policy-template-editors', // a policy template naming its tool in passing: a lead
  'https://www.dstll.app/blog/ai-photo-curation-explained', // a blog on AI curation in general
  'https://support.things.co/article/124-how-does-the-ai-decide-what-to-reject-or-keep', // one help article, product unknown: a lead
  'https://nerova.ai/industries/restaurant-ai-phone-ordering-assistant-dinner-rush-calls', // an industry page (as before)
  'https://ai.morsl.ai/restaurant-phone-order-ai', // a guide (as before)
  'https://zapcom.ai/blogs/how-to-build-a-hotel-ai-concierge-guests-can-trust', // a consultancy blog
  'https://www.fygurs.com/use-cases/local-news-drafter-council-docs', // a use-case library
  'https://radiotunez.com/legal/ai-content', // a music platform's AI-content rules
  'https://listen.meister.live/manual/dj', // an LLM radio-DJ manual on a personal host
  'https://radio.klair.co/manual/dj', // the same manual on a second host
  'https://albertovazquez.dev/ai-guest-messaging-human-in-the-loop/', // a personal blog
  'https://docs.diniscruz.ai/2025/05/04/project-genbnb__enhancing-airbnb-host-workflows-with-gen-ai.html', // a personal project page
  'https://hotelmanagement.dev.qtxquartz.com/tech/artificial-intelligence-some-good-and-some-not-so-much', // a development host
  'https://digital-nirvana.com/?p=15690', // a `?p=` page
  'https://www.mocono.io/?p=6370', // a `?p=` page
  'https://publishone.com/?p=10223', // a `?p=` page
];

const NAMESAKES = [
  'https://www.ordrs.com/', // beside ordrsAI (ordrs.ai)
  'https://www.reservoice.net/', // beside Reservoice (reservoice.com)
  'https://www.smarthotel.com/', // beside SmartHotel (smarthotel.pt)
  'https://www.yonder.com/', // beside Yonder (yonderhq.com)
  'https://www.apollo.io/', // a sales platform, beside Apollo Space (apollospace.ai)
  'https://www.mediamind.com/', // beside MediaMind (mediamind.pro)
  'https://www.niara.com/', // beside Niara (niara.ai)
  'https://www.authorsgeek.net/', // beside AuthorsGeek (authorsgeek.com)
  'https://www.bookcovers.com/', // beside BookCovers.pro (bookcovers.pro)
  'https://www.podmod.com/', // beside Podmod (podmod.ai)
];

const REGIONAL: Record<string, string> = {
  reservoice: 'middle-east',
  'smarthotel-pt': 'europe',
  niara: 'latam',
  littranslate: 'europe',
};

describe('twenty-sixth-session hospmedia traps', () => {
  it('adds 14 rows, each with one domain and no prefix, global unless named', () => {
    expect(longTailC26HospmediaTools.length).toBe(14);
    expect(longTailC26HospmediaTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC26HospmediaTools.every((t) => catalogRegion(t.id) === (REGIONAL[t.id] ?? 'global'))).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26HospmediaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26HospmediaTools));
    expectEachClassifiedAs({
      'https://ordrs.ai/': 'ordrs-ai',
      'https://blog.yonderhq.com/yonders-blog/post/how-does-an-ai-chatbot-work-for-tourism-operators?hs_amp=true':
        'yonder-tourism-chatbot',
      'https://www.yonderhq.com/': 'yonder-tourism-chatbot',
      'https://app.apollospace.ai/': 'apollo-space',
      'https://docs.apollospace.ai/en/use-cases/sectors/hospitality': 'apollo-space',
      'https://mediamind.pro/': 'mediamind-pro',
      'https://photocull.net/privacy': 'photocull',
      'https://smarthotel.pt/': 'smarthotel-pt',
      'https://www.niara.ai/': 'niara',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
