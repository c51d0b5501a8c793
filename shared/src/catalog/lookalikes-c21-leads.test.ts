// Traps beside the rows the twenty-first session's leads pass added (data/long-tail-c21-leads.ts): the ordinary sites
// next to each kind of AI tool it added (job boards and résumé builders, video meetings and scheduling, telephony and
// field-service software, EHRs and veterinary and dental software, messaging and helpdesk platforms, property portals,
// code hosting, a Japanese legal portal), the shared-platform copies and the left-out hosts the pass read, and sites
// whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
//
// At the merge of the twenty-second session's leads4 pass (data/long-tail-c22-leads4.ts), tandemhealth.ai (Tandem Health) was listed from the
// vendor's own page, so its trap here was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC21LeadsTools } from './data/long-tail-c21-leads';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.indeed.com/', // a job board, beside the résumé and job-application tools
  'https://www.linkedin.com/jobs/', // job listings, beside the job-application agents
  'https://www.glassdoor.com/', // a jobs and reviews site, beside the interview-practice tools
  'https://www.greenhouse.com/', // an applicant tracking system, beside the AI interview automation
  'https://zety.com/', // a résumé builder, beside the AI résumé tools
  'https://www.zoom.us/', // video meetings, beside the AI meeting note-takers
  'https://meet.google.com/', // video meetings, beside the AI meeting note-takers
  'https://www.calendly.com/', // scheduling, beside the AI receptionists
  'https://www.twilio.com/', // telephony APIs, beside the AI voice agents
  'https://www.ringcentral.com/', // business telephony, beside the AI voice agents
  'https://www.servicetitan.com/', // field-service software, beside the HVAC and plumbing dispatcher
  'https://www.athenahealth.com/', // an EHR, beside the AI clinical scribes
  'https://www.epic.com/', // an EHR, beside the AI clinical scribes and note verifier
  'https://www.idexx.com/', // veterinary software, beside the veterinary scribe
  'https://www.dentrix.com/', // dental practice software, beside the dental voice scribe
  'https://www.headspace.com/', // a wellness app, beside the AI wellness companions
  'https://business.whatsapp.com/', // WhatsApp Business, beside the WhatsApp AI bots
  'https://www.instagram.com/', // Instagram, beside the AI DM automation
  'https://www.intercom.com/', // a helpdesk, beside the AI website chatbots
  'https://www.zillow.com/', // a property portal, beside the real-estate AI tools
  'https://www.realtor.com/', // a property portal, beside the real-estate AI tools
  'https://github.com/', // code hosting, beside the AI coding-agent platform
  'https://slack.com/', // team chat, beside the AI agent platforms
  'https://www.shopify.com/', // e-commerce, beside the AI sales bots
  'https://www.bengo4.com/', // a Japanese legal portal, beside the AI legal Q&A service
  'https://www.line.biz/ja/', // LINE for business, beside the Japanese AI chatbot
  'https://www.wordpress.org/', // WordPress, beside the chatbot plugin
  'https://www.canva.com/', // a design tool, beside the social-post generators
  'https://www.quickbooks.intuit.com/', // accounting software, beside the AI quotation and invoice writer
];

const SHARED_PLATFORMS = [
  'https://musubot.pages.dev/tokushoho', // musubot's only pages, on a shared platform
  'https://musubot.pages.dev/privacy', // musubot's only pages, on a shared platform
  'https://mayai-chan.notion.site/7fc38882dd0046e9bb590ef304039f03', // マヤイ's terms, on a shared platform
  'https://chatniuexa.onrender.com/privacy', // a policy naming chataziendale.it, on a shared platform
  'https://supercli-docs.vercel.app/docs/terminal-architecture', // a policy or page on a shared platform
  'https://livesuggest-web.pages.dev/ko/consent', // a policy or page on a shared platform
  'https://meeting-note-production.up.railway.app/privacy', // a policy or page on a shared platform
  'https://fan-pulse-guard.vercel.app/solution', // a policy or page on a shared platform
  'https://policy-lineai.web.app/terms', // a policy or page on a shared platform
  'https://wasimk0077.github.io/resume-optimizer-privacy', // a policy or page on a shared platform
  'https://jobreports.pages.dev/privacy/', // a policy or page on a shared platform
  'https://crew-landing-v2.pages.dev/privacy', // a policy or page on a shared platform
  'https://howzitai.pages.dev/popia/', // a policy or page on a shared platform
  'https://flexchat-terms.pages.dev/', // a policy or page on a shared platform
  'https://mindset-marketing-website.pages.dev/legal/privacy-policy', // a policy or page on a shared platform
  'https://mintlify.wiki/abdullah-fcc/testing-/guides/first-soap-note', // a test project's docs on a shared platform
  'https://46.225.127.121.sslip.io/privacy-policy', // a policy on a bare-IP shared host
];

const LEFT_OUT = [
  'https://ai.insidemaps.org/privacy', // an unclear "AI assistant product" of Akira Ltd, not akira-agent.com
  'https://helloakira.com/about/policies/terms', // hospitality operations software, not AI
  'https://eplep.ai/app/undercurrent/privacy', // an app studio's on-device iOS apps
  'https://matrixgo.ai/en/politica-de-privacidade', // AI only in product-line names of a telecoms company
  'https://www.fono24.it/blog/gdpr-ai-telefonica', // seen only on its blog
  'https://deepnote.ai/index.html?mode=doc&code=terms_service', // terms at a query-string address, without AI
  'https://www.kocoro.ai/jp/terms-of-use', // terms that do not say AI
  'https://soricue.com/terms', // a dictation app that only may offer AI workflows
  'https://chiroscribe.io/blog/ai-learns-your-documentation-style-personalized-soap-notes', // seen only on its blog
  'https://chirovault.ai/terms', // a chiropractic practice platform, AI one feature
  'https://medivox.ai/en/privacy-statement', // a privacy statement that does not say AI
  'https://inquira.health/blog/ai-voice-agents-in-healthcare-a-guide-to-24-7-patient-communication', // a generic guide
  'https://sitebot24.com/de/blog/dsgvo-chatbot-datenschutz', // seen only on its blog
  'https://www.linea-bot.es/politica-de-privacidad', // a privacy policy that does not say AI
  'https://www.eplex.ai/privacy', // AI only in the name
  'https://sylbot.com/privacy-policy', // Zonder AI's policy on a differently named host
  'https://vendian.ai/legal/privacy-policy', // a policy with an address placeholder
  'https://www.aijobapply.tech/privacy', // the user's own LLM keys
  'https://aiapply.art/privacypolicy', // a namesake of the listed AIApply, not tied to it either way
  'https://aiworklyhub.com/?p=1475', // a bare `?p=` page
  'https://autoapply-jobs.com/privacy-policy', // an unclear content-farm policy
  'https://resumeai.chat/terms', // terms that do not say AI
  'https://jobsapply.app/aup/', // a use policy that does not say AI
  'https://hiredaiapp.com/privacy-terms/', // AI only in the name
  'https://hirehere.me/privacy', // a job board whose policy does not say AI
  'https://mail.aisorted.co.za/privacy.html', // a quoting bot whose policy does not say AI, on a mail host
  'https://senddm.ai/fr/privacy', // Instagram DM automation without AI
  'https://smartdmai.online/privacy-policy', // Instagram DM automation without AI
  'https://dmautomate.onemonk.in/privacy-policy', // Instagram DM automation without AI
  'https://www.novara.chat/privacy', // a chatbot policy that does not say AI
  'https://www.nuovabot.com/nl/privacy', // a chatbot policy that does not say AI
  'https://www.aichatbot.so/privacy-policy', // AI only in the name
  'https://www.mindhelpa.com/privacy-policy', // a therapy platform that does not say AI
  'https://www.mindtherapy.works/privacy', // an EHR with AI-assisted notes as one feature
  'https://mindbridgecare.com/privacy-policy', // a therapy mobile app, AI one feature
  'https://www.realestic.ai/privacy', // a real-estate SaaS, AI one feature
  'https://ianoova.com/terms', // a chatbot automation platform, AI one feature
  'https://www.airlinepilotprep.com/legal/privacy', // a pilot-interview community, AI one feature
  'https://www.storagebook.de/chatbot-agb', // a self-storage software company's chatbot terms
  'https://dental.angelspok.com/terms', // terms with a legal-entity placeholder
  'https://www.medicalvtt.com/privacy-policy', // a policy with a company-name placeholder
  'https://myofficehour.techwireapp.com/legal', // a draft notice
  'https://unternehmenschatbot.de/datenschutz', // a policy with host placeholders
  'https://staging.godialog.ai/privacy', // a staging host
  'https://staging.autofy.live/privacy/', // a staging host
  'https://novasales.ai/en/wp-json/wp/v2/pages/3', // a JSON copy with a bracketed date
  'https://www.docnotes.app/privacy', // an invite-only pilot
  'https://noteydoc.com/', // a homepage-only source
  'https://dminsta.com/?p=3', // a bare `?p=` page
  'https://voiceboxmd.com/?p=2612', // a bare `?p=` page
  'https://ai-powered-hiring-assistant.sajidmiya.tech/legal/privacy', // a personal host
  'https://digitaljesse.com/terms', // a personal site carrying ShouldApply's terms
  'https://autodm-pawan.deploy.veloxara.com/privacy', // a personal deployment
  'https://verifymedcodes.ai/post/ai-medical-claims-defense', // a deterministic coder, not an LLM product
  'https://paperchat.dosmakers.dev/legal/privacy', // PaperChat.ai, a namesake of Paperchat on another host
  'https://dosmakers.dev/legal/privacy', // PaperChat.ai, a namesake of Paperchat on another host
  'https://reapply.io/blog/self-healing-job-application-agent-2026', // still blog-only; not tied to reapply.app
];

const NAMESAKES = [
  'https://www.zonda.com/', // beside Zonda (zonda-ai.com)
  'https://www.xyntra.com/', // beside Xyntra (xyntra.tech)
  'https://www.bluelamp.com/', // beside BlueLamp (blue-lamp.jp)
  'https://www.llmcapsule.com/', // beside LLM Capsule (llmcapsule.ai)
  'https://www.paperchat.com/', // beside Paperchat (paperchat.co)
  'https://www.crawlroo.ai/', // beside CrawlRoo (crawlroo.com)
  'https://www.howsit.com/', // beside Howsit AI (howsit.ai)
  'https://www.verifychart.com/', // beside VerifyChart (verifychart.ai)
  'https://www.reapply.com/', // beside ReApply (reapply.app)
  'https://www.hirable.com/', // beside Hirable (hirable.me)
  'https://www.jobcoach.com/', // beside JobCoach AI (jobcoachai.cv)
  'https://www.jobappai.com/', // beside JobappAI (jobappai.net)
  'https://www.applyandconnect.io/', // beside Apply&Connect (applyandconnect.com)
  'https://www.jobbot.com/', // beside Jobbot (jobbot.tech)
  'https://www.interviewspilot.ai/', // beside Interviews Pilot (interviewspilot.com)
  'https://www.interviewden.com/', // beside InterviewDen (theinterviewden.com)
  'https://www.zobo.com/', // beside Zobo Jobs (zobojobs.com)
  'https://www.notemesh.com/', // beside Notemesh (notemesh.ai)
  'https://www.notesavant.ai/', // beside NoteSavant (notesavant.com)
  'https://www.surfnote.com/', // beside Surfnote AI (surfnote.io)
  'https://www.scribeoms.ai/', // beside ScribeOMS (scribeoms.com)
  'https://www.owl.com/', // beside Owl (owlpov.com)
  'https://www.mdvoice.com/', // beside MD Voice AI (mdvoice.ai)
  'https://www.voti.com/', // beside Voti (voti.ai)
  'https://www.patientvoice.com/', // beside PatientVoice (patientvoice.com.au)
  'https://www.medocs.com/', // beside Medocs (medocs.ai)
  'https://www.oralchart.ai/', // beside OralChart (oralchart.com)
  'https://www.clearpass.com/', // beside ClearPass (clearpass.health)
  'https://www.mindfix.com/', // beside MindFix (mindfix.me)
  'https://www.mindmentor.com/', // beside MindMentor (mindmentor.live)
  'https://www.dialdesk.com/', // beside DialDesk AI (dialdeskai.com)
  'https://www.dialmind.ai/', // beside DialMind (dialmind.com)
  'https://www.automationly.com/', // beside Automationly AI (automationly.ai)
  'https://www.paperbrainz.ai/', // beside PaperBrainz (paperbrainz.com)
  'https://www.crawlnchat.ai/', // beside Crawl N Chat (crawlnchat.com)
  'https://www.crawlbot.com/', // beside CrawlBot AI (crawlbot.ai)
  'https://www.crawbat.ai/', // beside Crawbat (crawbat.com)
  'https://www.crawlchat.com/', // beside CrawlChat (crawlchat.app)
  'https://www.naxon.com/', // beside Naxon (naxon.tech)
  'https://www.novalistic.com/', // beside Novalistic.ai (novalistic.ai)
  'https://www.chatnova.ai/', // beside ChatNova (chatnova.app)
  'https://www.chatdivo.ai/', // beside chatdivo (chatdivo.com)
  'https://www.dialo.com/', // beside Dialo.ar (dialo.ar)
  'https://www.mynah.com/', // beside Project Mynah (projectmynah.com)
  'https://www.instaset.com/', // beside InstaSet (instaset.ai)
  'https://www.leadpilot.ai/', // beside LeadPilot AI (getleadpilotai.com)
  'https://www.cyndra.com/', // beside Cyndra (cyndra.ai)
  'https://www.xtsystems.com/', // beside XT Systems (xt.systems)
  'https://www.matrx.com/', // beside AI Matrx (aimatrx.com)
  'https://www.crew.com/', // beside Crew (crew.you)
  'https://www.androcrew.ai/', // beside Androcrew (androcrew.com)
  'https://www.crewlabs.com/', // beside CrewLabs (crewlabs.net)
  'https://www.tyndal.com/', // beside Tyndal (tyndal.ai)
  'https://www.akir.com/', // beside Akir (akir.app)
  'https://www.akari.com/', // beside Akari (akari-oss.app)
  'https://www.superconductor.com/', // beside Superconductor (superconductor.dev)
  'https://www.axot.com/', // beside Axot (axot.ai)
  'https://www.waybot.com/', // beside WAYBOT (waybot.jp)
  'https://www.kotoba.ai/', // beside Kotoba (kotoba.tech)
  'https://www.propertybot.com/', // beside Propertybot (propertybot.ai)
  'https://www.automately.com/', // beside Automately AI (automatelyai.com)
  'https://www.autobots.com/', // beside Autobots (auto-bots.app)
];

describe('twenty-first-session leads traps', () => {
  it('adds 64 rows, each with its domains and no prefix or endpoint', () => {
    expect(longTailC21LeadsTools.length).toBe(64);
    expect(
      longTailC21LeadsTools.every(
        (t) => t.domains.length >= 1 && t.urlPrefixes.length === 0 && t.apiEndpoints.length === 0,
      ),
    ).toBe(true);
    expect(longTailC21LeadsTools.filter((t) => t.domains.length > 1).map((t) => t.id)).toEqual(['notemesh']);
  });

  it('keeps the regions the pages showed', () => {
    const regions = Object.fromEntries(
      longTailC21LeadsTools
        .filter((t) => catalogRegion(t.id) !== 'global')
        .map((t) => [t.id, catalogRegion(t.id)]),
    );
    expect(regions).toEqual({
      bluelamp: 'japan',
      'llm-capsule': 'korea',
      'deep-insight-agent': 'china',
      'clearpass-health': 'middle-east',
      'dialo-ar': 'latam',
      'project-mynah': 'india',
      'waybot-jp': 'japan',
      'kotoba-tech': 'japan',
    });
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21LeadsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://terms.blue-lamp.jp/terms-of-service.html': 'bluelamp',
      'https://app.crawlroo.com/privacy': 'crawlroo',
      'https://www.zonda-ai.com/az-az/privacy-policy': 'zonda-ai',
      'https://xyntra.tech/privacy-policy.html': 'xyntra-tech',
      'https://llmcapsule.ai/architecture': 'llm-capsule',
      'https://paperchat.co/privacy': 'paperchat-co',
      'https://howsit.ai/privacy-policy/': 'howsit-ai',
      'https://verifychart.ai/security': 'verifychart',
      'https://reapply.app/privacy': 'reapply-app',
      'https://notemesh.dev/privacy': 'notemesh',
      'https://crawlbot.ai/hi/privacy': 'crawlbot-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
