// Traps beside the rows the twenty-sixth session's leads7 pass added (data/long-tail-c26-leads7.ts): the ordinary sites
// next to each kind of AI tool it added (health records and regulators beside the scribes, bar and court sites beside
// Sque, open-banking and payment sites beside Ntropy, home-design marketplaces beside Decor8 AI, CRM and telephony
// beside the sales and voice agents, job boards beside DraftCV), the shared-platform, staging and preview copies, the
// left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify; every
// new host must reach its own entry. The traps older tests kept on Klinity, Ntropy, Sque and SantaClues are dropped
// from those files and listed in the data file's header.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26Leads7Tools } from './data/long-tail-c26-leads7';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.gov.br/anpd/', // Brazil's data-protection authority, beside Klinity
  'https://portal.cfm.org.br/', // Brazil's medical council, beside Klinity
  'https://www.simplepractice.com/', // an EHR Nextvisit connects to
  'https://www.osmind.org/', // an EHR Nextvisit connects to
  'https://www.athenahealth.com/', // an EHR, beside OrthoScribe
  'https://www.nedap-healthcare.com/', // a Dutch care-record vendor, beside Attendi
  'https://www.americanbar.org/', // a bar association, beside Sque
  'https://www.clio.com/', // law-practice management, beside Sque
  'https://plaid.com/', // an open-banking aggregator, beside Ntropy
  'https://truelayer.com/', // an open-banking aggregator, beside Ntropy
  'https://www.houzz.com/', // a home-design marketplace, beside Decor8 AI
  'https://www.ikea.com/', // furniture, beside Decor8 AI
  'https://www.linkedin.com/', // profiles, beside AI Portrait Studio and DraftCV
  'https://www.indeed.com/', // a job board, beside DraftCV
  'https://www.salesforce.com/', // a CRM, beside SantaClues
  'https://www.twilio.com/en-us/voice', // telephony, beside Voicing AI and NeuroGen
  'https://www.whatsapp.com/', // a channel NeuroGen's agent answers on
  'https://www.datatilsynet.no/', // Norway's data-protection authority, beside Soniver and SantaClues
  'https://www.ndis.gov.au/', // the NDIS, beside the NDIS note tools met
];

const SHARED_PLATFORMS = [
  'https://klinio.pages.dev/ai-safety/', // a scribe's page on a shared platform
  'https://musubot.pages.dev/tokushoho', // musubot's legal notice on a shared platform
  'https://toolbeltai.lovable.app/articles/ai-photo-estimating-painters-accuracy', // a blog on a shared platform
  'https://images-api.pages.dev/', // an image proxy on a shared platform
  'https://ai-voiceover-three.vercel.app/terms', // terms on a shared platform
  'https://ghostmonk.github.io/Field-Notes/plans/2026-03-20-resume-tailoring-design', // a plan on a shared platform
  'https://staging.ntropy.customers.aabass.net/blog/the-future-of-financial-data-enrichment', // a staging copy
  'https://app-test.quarantadue.ai/sv/support/apps/11', // a test host
];

const LEFT_OUT = [
  'https://orbdoc.com/platform/multi-provider-coordination', // does not say AI (OrbDoc stays a lead)
  'https://www.chartera.io/proof/ops-email-to-task-pack', // email extraction, AI not said
  'https://staging.hiroi.ai/blog/live-call-escalation-ai-briefing', // a staging host (hiroi stays a lead)
  'https://learnloop.nl/case-study', // practice questions, AI not said
  'https://zeely.ai/terms-of-service', // AI only in the app's name
  'https://app.campusai.pl/p/regulamin-programu-partnerskiego-(afiliacyjnego)', // affiliate rules
  'https://haimagazine.com/regulations', // CampusAI's magazine rules
  'https://ntropy.network/developers', // Ntropy's older host, not claimed
  'https://clino.ai/terms', // terms that do not say AI
  'https://cloud.soniqo.audio/privacy', // speech recognition, AI not said
  'https://www.linenow.co/blog/guides/ai-procurement-software-smb', // a vendor guide in general terms
  'https://www.estimado.com/blog/ai-estimating-software-painting-contractors-texas', // a vendor guide in general terms
  'https://www.bobyard.com/blogs/ai-for-landscape-contractors-smartcon-2026-takeaways', // a talk recap
  'https://www.simbo.ai/blog/the-future-of-psychiatry-documentation-balancing-efficiency-and-empathy-between-ai-and-human-scribes-1196374', // a general blog
  'https://omniscient.news/blog/omniscient-ai-law-firms-ai-fact-checked-litigation-prep-briefs.txt', // a .news host
  'https://colleague.2nfro.ai/how-it-works', // accounts "coming soon"
  'https://app.stableplace.com.au/captain_clinical_module.html', // client tracking with optional AI notes
  'http://help.talkpush.com/en/articles/15066441-talkscore-live-ai-interviews', // a recruiting CRM's feature
  'https://support.adcredo.com/how-does-the-ad-builder-work-media-ad-formats-ad-settings', // an ad platform's feature
  'https://www.mangoapps.com/ai/agents/procurement', // an intranet suite's agent
  'https://prd.rev.health/modules/clinical-doc', // a module on a general health platform's subdomain
  'https://realmindsai.com.au/industries/ndis/note-to-claim/', // a consultancy's demo
  'https://trendmedia.au/trendai/automating-ndis-progress-notes-55-percent-admin-saving', // an agency blog
  'https://www.goml.io/case-study/gen-ai-powered-healthcare-workflow-automation-for-healthorbit', // an agency case study
  'https://fordelstudios.com/agents/clinical-documentation-agent', // an agency page
  'https://www.m-viz.de/services/exterior-design-visualization', // a visualisation studio
  'https://marketpli.com/', // an ad-copy tool seen only on its homepage
  'https://docs.automagik.dev/omni/concepts/agents', // an open-source message router's docs
];

const NAMESAKES = [
  'https://www.klinity.com.br/', // beside Klinity (klinity.com), not read
  'https://www.sque.com/', // beside Sque (sque.ai)
  'https://www.decor8.com/', // beside Decor8 AI (decor8.ai)
  'https://www.nextvisit.com/', // beside Nextvisit AI (nextvisit.ai)
  'https://www.attendi.com/', // beside Attendi (attendi.nl)
  'https://www.santaclues.com/', // beside SantaClues (santaclues.ai)
  'https://www.orthoscribe.com/', // beside OrthoScribe (orthoscribe.ai)
  'https://www.draftcv.ai/', // beside DraftCV (draftcv.com)
  'https://www.voicing.com/', // beside Voicing AI (voicing.ai)
  'https://www.soniver.no/', // beside Soniver (soniver.com)
  'https://www.neurogen.com/', // beside NeuroGen (neurogen.cc)
  'https://www.voiceups.com/', // beside Voiceups (voiceups.online)
  'https://www.aiportrait.com/', // beside AI Portrait Studio (aiportrait.studio)
  'https://www.aichiki.jp/', // beside Aichiki (aichiki.com, aichiki.ai)
  'https://instantheadshots.ai/', // the plural host, not read (instantheadshot.ai is listed)
];

describe('twenty-sixth-session leads7 traps', () => {
  it('adds 15 rows, each with no prefix, with their regions', () => {
    expect(longTailC26Leads7Tools.length).toBe(15);
    expect(longTailC26Leads7Tools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('klinity')).toBe('latam');
    expect(catalogRegion('attendi')).toBe('europe');
    expect(catalogRegion('soniver')).toBe('europe');
    expect(catalogRegion('santaclues')).toBe('europe');
    expect(catalogRegion('sque')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26Leads7Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26Leads7Tools));
    expectEachClassifiedAs({
      'https://www.klinity.com/help/seguranca/como-apresentar-klinity-paciente': 'klinity',
      'https://www.klinity.com/blog/funcionalidades-essenciais-assistente-ia-para-terapeutas': 'klinity',
      'https://sque.ai/support/articles/ai-agents-and-continuous-automation-systems': 'sque',
      'https://www.ntropy.com/blog/pursuit-for-a-mint-alternative-powered-by-ai': 'ntropy',
      'https://docs.ntropy.com/enrichment/introduction': 'ntropy',
      'https://developers.ntropy.com/docs/enrichment/': 'ntropy',
      'https://blog.decor8.ai/post/a-practical-guide-to-interior-design-with-ai': 'decor8-ai',
      'https://nextvisit.app/recorder': 'nextvisit-ai',
      'https://santaclues.ai/compliance/subprocessors': 'santaclues',
      'https://app.orthoscribe.ai/': 'orthoscribe',
      'https://help.aichiki.ai/characters/create.html': 'aichiki',
      'https://blog.aichiki.ai/posts/how-to-build-character-with-depth.html': 'aichiki',
      'https://aichiki.com/aichiki/privacy.htm': 'aichiki',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
