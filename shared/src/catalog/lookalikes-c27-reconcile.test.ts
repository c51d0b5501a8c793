// Traps beside the rows the twenty-seventh session's reconcile pass added (data/long-tail-c27-reconcile.ts): the
// ordinary sites next to each kind of AI tool it added (dream dictionaries, tarot and astrology sites beside the
// readers; review platforms beside the review-reply tools; PDF, notes and recording apps; job boards and applicant
// tracking beside the job-application tools; menopause and photo-archive sites; telephony and call-centre sites beside
// the voice agents and CallScribe; video platforms beside the clip tools; chatbot builders' neighbours), the
// shared-platform copies, the left-out hosts the pass read, and sites whose names sit close to the new entries. None of
// them may classify; every new host must reach its own entry. The traps that older tests kept on the apps listed here
// are dropped from those files (each header notes it) and the same pages are asserted below to reach the new entries.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27ReconcileTools } from './data/long-tail-c27-reconcile';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.dreammoods.com/', // a dream dictionary, beside the dream journals
  'https://www.biddytarot.com/', // a tarot site, beside the tarot readers
  'https://www.astro.com/', // an astrology site, beside the astrology apps
  'https://www.cafeastrology.com/', // an astrology site, beside the astrology apps
  'https://www.kvkk.gov.tr/', // the Turkish data-protection authority, beside Tarot Dünyası: Luna
  'https://razorpay.com/', // the payment provider named by Astrolysis
  'https://business.google.com/', // Google Business Profile, beside the review-reply tools
  'https://www.trustpilot.com/', // a review platform, beside the review-reply tools
  'https://www.yelp.com/', // a review platform, beside the review-reply tools
  'https://www.adobe.com/acrobat.html', // a PDF reader, beside PDFChat AI
  'https://www.apple.com/', // the app store maker the apps sell through
  'https://www.linkedin.com/jobs/', // a job board, beside Swapply, Swiftdroom and Swiffit
  'https://www.indeed.com/', // a job board, beside the job-application tools
  'https://www.greenhouse.com/', // applicant tracking, beside Swiftdroom's autofill
  'https://www.menopause.org/', // a menopause society, beside MenoAI
  'https://www.familysearch.org/', // a family-history archive, beside the photo restorers
  'https://www.storyworth.com/', // a memoir service, beside VoiceMemoir
  'https://www.twilio.com/', // telephony, beside the voice agents
  'https://www.tdra.gov.ae/', // the UAE telecom regulator, beside CallScribe
  'https://www.youtube.com/', // video, beside the clip and video tools
  'https://www.tiktok.com/', // short video, beside the clip tools
  'https://www.shopify.com/', // a shop platform, beside Gabbex
];

const SHARED_PLATFORMS = [
  'https://dreimo.pages.dev/privacy', // Dreimo's policy on a shared platform
  'https://thedreamyapp.web.app/legal/privacy-policy', // a dream app's policy on a shared platform
  'https://dreams-analytics-app.pages.dev/privacy-policy', // a dream app's policy on a shared platform
  'https://astrae-legal.vercel.app/privacy-policy.html', // an astrology app's policy on a shared platform
  'https://aitarot-online.pages.dev/privacy-first-tarot-reading', // a tarot guide on a shared platform
  'https://memozenapp-a11y.github.io/memozen-privacy/index.html', // a voice-notes policy on a shared platform
  'https://memowizard-app.pages.dev/privacy-policy-en.html', // a recorder's policy on a shared platform
  'https://memoria-xi-eight.vercel.app/privacy', // a voice-call app on a shared platform
  'https://alperenciftlikci.github.io/chatpdff/privacy.html', // a PDF chat app's policy on a shared platform
  'https://parsleypdf.web.app/terms', // a PDF app's terms on a shared platform
  'https://swapply-web.pages.dev/privacy.html', // Swapply's copy on a shared platform
  'https://autoreviewlab.pages.dev/privacy.html', // a review tool's policy on a shared platform
  'https://helixforge.netlify.app/privacy', // a review extension's policy on a shared platform
  'https://babechat.vercel.app/policy/privacy-policy', // a companion app's policy on a shared platform
  'https://yaar-pro.web.app/privacy.html', // a companion app's policy on a shared platform
  'https://taalaydev.github.io/ptp/privacy-policy.html', // a pet app's policy on a shared platform
  'https://appstoreapps2025.blogspot.com/p/privacy-policy-speech-notes-ai-note.html', // an app policy on blogspot
  'https://musubot.pages.dev/privacy', // Musubot's policy on a shared platform
  'https://sidegpt.openlaunch.ai/policies/privacy', // SideGPT's policy on a launch platform
  'https://zrom007.github.io/ai_tutor/privacy_policy.html', // a tutor app's policy on a shared platform
  'https://ainotestaker-site.pages.dev/privacy', // a notes app's policy on a shared platform
  'https://menosage-privacy.netlify.app/', // a menopause tracker's policy on a shared platform
  'https://passport-photo-usa.pages.dev/privacy.html', // a passport-photo tool on a shared platform
  'https://bharatrouter.pages.dev/legal', // a gateway's draft terms on a shared platform
];

const LEFT_OUT = [
  'https://aiastro.live/privacy', // a policy that does not say AI (as before)
  'https://astrologerbotai.com/privacy-policy', // calculators and guides beside an AI bot
  'https://vishin.ai/privacy', // a vishing-awareness platform whose AI is its transcripts
  'https://kiotutor.com/privacy', // a policy that does not say AI
  'https://reviewreplier.app/privacy.html', // a policy that does not say AI
  'https://www.jobswiper.ai/privacy', // a policy that does not say AI
  'https://www.jobswitch.app/trust', // a page that does not say AI
  'https://knowmeno.com/consumer-health-privacy', // a health-data policy that does not say AI
  'https://menoa.health/privacy', // a policy read that does not say what AI does
  'https://loronote.com/privacy', // on-device models, no AI service named
  'https://collect.golitigo.ai/legal/acceptable-use', // an acceptable-use policy
  'https://www.invoqcx.com/blog/call-center-sentiment-analysis', // a blog in general terms
  'https://debtmonkey.com.au/blog/compliance-in-the-ai-era', // a blog in general terms
  'https://predictly.co/call-transcription/', // a blog in general terms
  'https://bubo.nodesurge.tech/privacy', // an app on a developer's host
  'https://ai-lab.com.au/privacy-policy.html', // an app on a developer's host
  'https://mailmaxxing.waystars.tech/privacy', // an app on a project host
  'https://ainotetaker.zladson.com/legal/privacy', // an app on a developer's host
  'http://digitally.id/ai4tradingview/privacy.html', // an extension on a general host
  'https://tradeeasyai.net/privacy/tradingview-extension', // an extension notice for a product on another host
  'https://setunet.com/ai-kiyaku/', // a chatbot service on a web company's host
  'https://docs.connectgain.cloud/02-user-guide/call-intelligence/', // a CRM's AI feature
  'https://help.moderncollections.io/reference/glossary', // a collection agency's help
  'https://www.feldman-legal.com/', // a homepage without a path
  'https://vocal-analytics.com/', // a homepage without a path
  'https://test.astrohint.ai/privacy', // a test host with placeholder dates
  'https://www.tarosight.com/ja/privacy', // a policy that does not say AI
  'https://www.tarotmeaning.org/privacy', // a policy that does not say AI
  'https://business.mobile.rakuten.co.jp/information/details/2025/1031/001', // a telecom's notice, not a product host
];

const NAMESAKES = [
  'https://www.swift.com/', // the bank network, beside Swiftdroom
  'https://www.mydreams.com/', // a close name, beside My Dreams
  'https://www.nostalgia.com/', // a close name, beside Nostalgia and Nostalgia Fix
  'https://www.lunatarot.com/', // a close name, beside Tarot Dünyası: Luna
  'https://www.callscribe.com/', // a close name, beside CallScribe
];

describe('twenty-seventh-session reconcile traps', () => {
  it('adds 39 rows, each with one domain and no prefix, with their regions', () => {
    expect(longTailC27ReconcileTools.length).toBe(39);
    expect(longTailC27ReconcileTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('luna-tarot-dunyasi')).toBe('middle-east');
    expect(catalogRegion('callscribe-ae')).toBe('middle-east');
    expect(catalogRegion('astrolysis')).toBe('india');
    expect(catalogRegion('reviewai-getreviewai')).toBe('europe');
    expect(catalogRegion('voice-memory-app')).toBe('europe');
    expect(catalogRegion('hindi-speaking-tutor')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27ReconcileTools), { api: true });
  });

  it('classifies the vendor pages the rows cite and the pages older tests trapped', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27ReconcileTools));
    expectEachClassifiedAs({
      'https://getmydreams.app/': 'my-dreams-getmydreams',
      'https://docs.gptchatbot.it/api-reference/chatbots/create': 'gpt-chatbot-it',
      'https://www.pdfchatai.app/privacy.html': 'pdfchat-ai-app',
      'https://callscribe.ae/privacy': 'callscribe-ae',
      'https://callscribe.ae/dialects/msa': 'callscribe-ae',
      'https://getnostalgia.ai/legal/privacy': 'nostalgia-getnostalgia',
      'https://getnostalgia.ai/guides/ai-photo-analysis': 'nostalgia-getnostalgia',
      'https://www.pdfchatai.app/terms.html': 'pdfchat-ai-app',
      'https://www.voicemize.com/privacy': 'voicemize',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
