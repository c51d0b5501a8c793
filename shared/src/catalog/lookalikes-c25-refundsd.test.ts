// Traps beside the rows the twenty-fifth session's refund-wording pass D added (data/long-tail-c25-refundsd.ts): the
// ordinary sites next to each kind of AI tool it added (video platforms, a meeting service, subtitle archives, job
// boards, property portals, fashion shops, nail, razor and tattoo brands, a dance game, a preprint server and the payment
// providers the policies name), the parent of the claimed LINE subdomain, the shared-platform copies and the services
// with people behind them that the pass read, and sites whose names sit close to the new entries. None of them may
// classify; every new host and the claimed path must reach their own entries.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25RefundsdTools } from './data/long-tail-c25-refundsd';
import { catalogRegion } from './data/regions';

const REGIONS: Record<string, string> = { 'clova-note-line': 'japan', applyfirst: 'europe' };

const GENERAL_SITES = [
  'https://www.twitch.tv/', // a streaming platform, beside the clip generators
  'https://www.youtube.com/shorts', // the short-video feed the clippers and faceless-video tools post to
  'https://zoom.us/', // the meeting service whose transcripts ReCapIQ reads
  'https://www.indeed.com/', // a job board, beside HiredCopilot and ApplyFirst
  'https://www.stepstone.de/', // a German job board, beside ApplyFirst
  'https://www.glassdoor.com/', // a jobs and reviews site, beside the career tools
  'https://www.zillow.com/', // a property portal, beside PropStaged and Roommee
  'https://www.realtor.com/', // a property portal, beside the staging tools
  'https://www.zara.com/', // a fashion shop, beside the try-on tools
  'https://www.asos.com/', // a fashion shop, beside the try-on tools
  'https://arxiv.org/', // the preprint server, beside Dissecting AI
  'https://www.paddle.com/', // a merchant of record named in the policies
  'https://www.lemonsqueezy.com/', // a merchant of record named in the policies
  'https://www.creem.io/', // a payment provider named in the policies
  'https://stripe.com/', // a payment provider named in the policies
];

const PARENTS = [
  'https://line.me/en/', // the messenger's site, parent of the claimed clovanote.line.me
  'https://www.line.me/', // the messenger's site, parent of the claimed clovanote.line.me
];

const SHARED_PLATFORMS = [
  'https://aivideotranslator.pages.dev/legal/refund', // a draft refund policy on a shared platform
  'https://personalstylist43-studio.pages.dev/refunds', // Lookbook Studio's refunds on a shared platform
  'https://teardown-deck.pages.dev/refund.html', // a deck-audit tool's refunds on a shared platform
  'https://ai-music-video-generator.pages.dev/legal/refund-policy', // a music-video tool's policy on a shared platform
  'https://clipgen.framer.ai/en/refund-policy', // ClipGen.net's policy on a site builder's host
  'https://shiyongshuomingexterior.pages.dev', // an exterior-design app's manual on a shared platform
  'https://dubular-front.pages.dev/en/terms-of-use', // Dubular's terms on a shared platform
  'https://livesuggest-web.pages.dev/ja/terms', // LiveSuggest's terms on a shared platform
];

const LEFT_OUT = [
  'https://www.realtordesignsolutions.com/refunds', // virtual staging done by designers
  'https://studiojlr.com/staging-return-policy', // virtual staging done by designers
  'http://yourcaptioning.com/terms-condition.php', // a human captioning and transcription service
  'https://lapsy.in/refund-and-cancellation-policy', // Chibify's dubbing studio
  'https://www.penguinlearn.com/footer/refund', // live small-group classes for children
  'https://knowledge.octb.us/requesting-a-refund', // lessons with live teachers
  'https://newsinslowfrench.com/refund-policy', // a language-learning news subscription
  'https://www.sassysaints.com/pages/when-not-eligible-for-a-refund', // a nail-care shop
  'https://stg.service.recode.ai.roukiru.co.jp/terms', // a staging host
];

const NAMESAKES = [
  'https://hired.com/', // beside HiredCopilot (hiredcopilot.com)
  'https://www.opi.com/', // a nail-polish brand, beside Artinails (artinails.com)
  'https://www.gillette.com/', // a razor brand, beside Beard Remover (beardremover.com)
  'https://www.inkedmag.com/', // a tattoo magazine, beside DesignMyInk (designmyink.com)
  'https://www.justdance.com/', // a dance game, beside AIDancing (aidancing.net)
  'https://www.addic7ed.com/', // a fan-subtitle archive, beside Subtitles Download (subtitlesdownload.com)
];

describe('twenty-fifth-session refund-wording pass D traps', () => {
  it('adds 29 rows: 28 with one domain, Try-On with one path; one in japan, one in europe', () => {
    expect(longTailC25RefundsdTools.length).toBe(29);
    const oneDomain = longTailC25RefundsdTools.filter(
      (t) => t.domains.length === 1 && t.urlPrefixes.length === 0,
    );
    expect(oneDomain.length).toBe(28);
    const tryOn = longTailC25RefundsdTools.find((t) => t.id === 'alter-try-on');
    expect(tryOn?.domains).toEqual([]);
    expect(tryOn?.urlPrefixes).toEqual(['getalter.ai/ai-virtual-try-on']);
    expect(longTailC25RefundsdTools.every((t) => catalogRegion(t.id) === (REGIONS[t.id] ?? 'global'))).toBe(
      true,
    );
  });

  it('classifies every new host and path to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25RefundsdTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25RefundsdTools));
    expectEachClassifiedAs({
      'https://recapiq.app/terms': 'recapiq',
      'https://clovanote.line.me/publics/terms': 'clova-note-line',
      'https://www.aiultra.in/refund-policy/': 'ai-ultra-in',
      'https://aidancing.net/de/refund': 'aidancing',
      'https://getalter.ai/ai-virtual-try-on/': 'alter-try-on',
      'https://www.cutfusionai.com/': 'cutfusionai',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
