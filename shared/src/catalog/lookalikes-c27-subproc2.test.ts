// Traps beside the rows the twenty-seventh session's second sub-processor pass added (data/long-tail-c27-subproc2.ts):
// the model providers and cloud AI services those products' lists name (Azure OpenAI, Bedrock, Vertex AI, Mistral,
// Cohere, Groq, Deepgram, AssemblyAI, ElevenLabs are AI and stay with their own entries; their parent clouds, telephony
// and the ordinary services beside them must not classify), the bodies next to each kind of tool (health, schools,
// data protection), general SaaS whose AI-provider pages the pass read and left out, drafts, staging and placeholders,
// policy trackers and guides, shared-platform copies, the parents of the subdomains and the prefix claimed, and sites
// whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC27Subproc2Tools } from './data/long-tail-c27-subproc2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://azure.microsoft.com/', // the cloud behind Azure OpenAI, named by Ed.ai, Lessi AI, OTUS AI and Litelog
  'https://aws.amazon.com/', // the cloud behind Bedrock, named by VegaRAG and the agent platforms
  'https://www.twilio.com/', // telephony named by the voice agents
  'https://www.callrail.com/', // the call-tracking service Despora scores calls from
  'https://www.stripe.com/', // billing named in most lists
  'https://supabase.com/', // a database named in the lists
  'https://www.nhs.uk/', // beside the clinical scribes
  'https://ico.org.uk/', // the UK data-protection regulator named by CliniVoice's DPA
  'https://www.gov.uk/', // beside the UK rows
  'https://www.bfdi.bund.de/', // the German data-protection authority, beside Litelog
  'https://studentprivacy.ed.gov/', // FERPA guidance, beside Ed.ai and Lessi AI
  'https://www.ed.gov/', // the US education department, beside Ed.ai
  'https://www.apple.com/ios/', // the platform Claudia runs on
  'https://www.calendar.google.com/', // a calendar VoiceScribe connects
];

const PARENTS_AND_PREFIX = [
  'https://a1ergo.tech/', // the parent of A1 Voice's subdomain, not read
  'https://www.a1ergo.tech/', // the same
  'https://easytaskflow.app/', // the parent of WebVoice's subdomain, not read
  'https://www.easytaskflow.app/', // the same
  'https://prentusai.com/', // PrentusAI's general site; only Claudia's path is claimed
  'https://prentusai.com/privacy', // PrentusAI's general privacy policy
];

const LEFT_OUT = [
  'https://www.contractsafe.com/support/sub-processor-notice-microsoft-corporation-answers-to-frequently-asked-questions-faqs', // contract management with AI features
  'https://policies.fundapps.co/client-portal/-LubIC9uIsME-_T0mNXu/legal-information/ai/results-insights-ai', // an opt-in AI feature of a compliance product
  'https://postngo.co/voice-consent', // GoVoice, one feature of a social scheduler
  'https://centara.com/docs/emessaging/purchase-documents/ai-extraction', // e-invoicing with an AI extraction pipeline
  'https://docs.bitlogika.com/docs/edocify/platform/ocr-ai-pipeline/', // eDocify's pipeline on its developer's docs host
  'https://docs.gathr.one/gathr-saas/docs/gen-ai-in-gathr/ai-models/vertexai-processor', // a data platform with a Vertex AI processor
  'https://help.feedbackfruits.com/en/articles/7314625-acai-coach-transparency-note', // edtech with AI coach features
  'https://simpleaudit.io/subprocessors', // compliance software with AI guidance
  'https://markyto.com/privacy-policy', // a company app with a voice assistant
  'https://altostrat.io/docs/studio/en/ai-safety/ai-provider-and-data-flow.md', // a network-management product's copilot
  'https://mydashboards.io/sub-processors.html', // GroveStreams, not AI
  'https://owntongue.com/sub-processors', // live captions on Azure Speech and Translator (as the c23 translation pass decided)
  'https://mcp.adaptorch.ai.kr/llm-provider-data-transfer', // a draft pending legal review
  'https://staging.hiroi.ai/legal/subprocessors', // a staging host
  'https://staging.llm.info/subprocessors', // a staging host
  'https://app.ll.ssd.mrjb.me/privacy-policy', // a placeholder controller
  'https://grik.io/en/legal?doc=subprocessors', // a provider page for products not yet read
  'https://anchorvet.co.uk/legal/ai-providers', // AI generation production-off
  'https://knobot.org/sub-processors', // a sub-processor table for a product not described
  'https://www.semarize.com/resources/get-your-data/deepgram', // a guide to another vendor's data
  'https://bodex.co.uk/privacy', // an unclear product
  'https://pylip.com/privacy-policy', // an unclear product
  'https://www.syndicatedresources.com/data-handling.html', // an unclear product
  'https://docs.meetevie.dev/security/llm-providers', // Attache, as the c26 no-training pass decided
  'https://loronote.com/privacy', // on-device only
  'https://www.aiaudiogen.com/blog/hidden-cost-cloud-tts-data-privacy', // a blog on cloud TTS in general
  'https://clairo.ai/blog/mistral-ai', // a blog on Mistral
  'https://ironaxis.digital/services', // an agency
  'https://builtbycorey.com/case/mooncake', // a portfolio case study
];

const SHARED_AND_DIRECTORIES = [
  'https://aivendorpacket.com/vendors/azure-openai/dpa', // a policy tracker
  'https://conductatlas.com/platform/cohere/cohere-saas-agreement/data-processing-addendum-and-privacy/', // a policy tracker
  'https://www.getpageguard.com/privacy-clauses/cohere', // a policy-clause generator
  'https://www.getclauseapp.com/third-party-services/elevenlabs', // a policy-clause directory
  'https://comparescribes.com/glossary/sub-processor', // a scribe comparison site
  'https://infercheck.eu/en/provider/mistral', // a provider directory
  'https://privacyregistry.eu/tools/mistral-ai', // a privacy directory
  'https://unlock-my-data.com/list-app/mistral/', // a data-rights directory
  'https://europealternatives.com/de/company/mistral-ai/', // a directory of European vendors
  'https://trustbeforeintelligence.ai/vendor/aws_bedrock', // a vendor-scoring directory
  'https://anteroom.so/commitments?compare=databricks%2Canthropic%2Caws-bedrock', // a commitments tracker
  'https://responsehub.ai/hecvat/privacy/privacy-and-ai/DPAI-06/will-institutional-data-be-used-or-processed-by-any-shared-ai-services', // questionnaire answers
  'https://redresscompliance.com/microsoft-ai-governance-contract-terms.html', // a licensing advisory
  'https://supamakers.com/learn/ai-data-privacy/vendor-risk-assessment', // a course
  'https://norsecomputer.com/resources/personal-ai-assistant-security-checklist', // a checklist
  'https://baciu.com/resources/ai-data-processing-addendum-review-brief.md', // a review brief
  'https://web-deepgram.netlify.app/privacy', // a copy on a shared platform
  'https://labs-dir-openrouter-takeover.pages.dev/sitemap.xml', // a shared platform
  'https://lenserfight-docs.pages.dev/en/reference/ai-providers/stability', // a shared platform
  'https://voxprep-app11.pages.dev/favicon.ico/privacy', // VoxPrep AI's copy on a shared platform
  'https://trustatlas.pages.dev/learn/sub-processor', // a shared platform
  'https://phase1-docs.vercel.app/aiAgent.html', // a shared platform
  'https://lending-agent-docs.vercel.app/privacy/sub-processors/', // a shared platform
  'https://noda-487720.web.app/privacy.html', // Noda on a shared platform
  'https://appstoreapps2025.blogspot.com/p/privacy-policy-speech-notes-ai-note.html', // a shared platform
  'https://decart.mintlify.app/resources/dpa', // a docs copy on a shared platform
  'https://locality-loan-approval.app.lamatic.ai/architecture', // a customer app on a builder's host
];

const NAMESAKES = [
  'https://www.amigo.com/', // beside Amigo (amigo.ai)
  'https://www.butter.us/', // beside Butter AI (getbutter.ai)
  'https://www.eagle.org/', // beside Eagle Agents (eagleagents.ai)
  'https://www.bonsai.com/', // beside Bonsai (getbonsai.io)
  'https://www.neuralink.com/', // beside NeuroLink (neurolink.ink)
  'https://www.kobi.com/', // beside KOBI (kobi-ai.com)
  'https://www.lessi.com/', // beside Lessi AI (lessi.ai)
  'https://www.otus.com/', // beside OTUS AI (otusai.co.uk)
  'https://www.voicescribe.com/', // beside VoiceScribe (voicescribe.site)
  'https://www.lingoflow.com/', // beside LingoFlow (lingoflow-ai.com)
  'https://www.litelog.com/', // beside Litelog (litelog.de)
  'https://www.auxo.com/', // beside Auxot (auxot.com)
  'https://www.blockbrain.com/', // beside Blockbrain (theblockbrain.ai)
  'https://www.voiceweave.io/', // beside VoiceWeave (voiceweave.com)
  'https://www.extrabrain.com/', // beside ExtraBrain (extrabrain.app)
  'https://www.ed.gov/teachers', // beside Ed.ai (ed.ai)
];

describe('twenty-seventh-session second sub-processor traps', () => {
  it('adds 25 rows: one domain each (Blockbrain two), Claudia by a path only', () => {
    expect(longTailC27Subproc2Tools.length).toBe(25);
    const byPrefix = longTailC27Subproc2Tools.filter((t) => t.urlPrefixes.length > 0);
    expect(byPrefix.map((t) => t.id)).toEqual(['claudia-prentusai']);
    expect(byPrefix[0]?.domains).toEqual([]);
    expect(
      longTailC27Subproc2Tools
        .filter((t) => t.id !== 'claudia-prentusai' && t.id !== 'blockbrain')
        .every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0),
    ).toBe(true);
    expect(catalogRegion('litelog')).toBe('europe');
    expect(catalogRegion('otus-ai')).toBe('europe');
    expect(catalogRegion('a1-voice')).toBe('europe');
    expect(catalogRegion('ed-ai')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC27Subproc2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC27Subproc2Tools));
    expectEachClassifiedAs({
      'https://api.docs.blockbrain.ai/concepts/knowledge-bots': 'blockbrain',
      'https://auxot.com/how-it-works': 'auxot',
      'https://auxot.com/tutorials/connect-a-cloud-ai-model': 'auxot',
      'https://prentusai.com/claudia/': 'claudia-prentusai',
      'https://despora.ai/': 'despora',
      'https://docs.amigo.ai/voice-and-phone': 'amigo-ai',
    });
  });

  it('leaves general sites, parents, left-out hosts, shared platforms, directories and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...PARENTS_AND_PREFIX,
      ...LEFT_OUT,
      ...SHARED_AND_DIRECTORIES,
      ...NAMESAKES,
    ]);
  });
});
