// Traps beside the rows the twenty-second session's second health pass added (data/long-tail-c22-health2.ts): the
// ordinary sites next to each kind of AI tool it added (veterinary and therapy bodies and practice software, payer
// portals and coding associations, insurance-help sites, pathology, radiology and dental bodies and vendors, an
// interpreting service, a health ministry, booking and calculator sites), the left-out hosts and shared-platform copies
// the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must
// reach its own entry, and the two namesakes with entries of their own (Cohere, Fathom's notetaker) must keep them.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists AppealIt (appealit.ai) from its
// guide to verified appeals; the privacy-page trap is dropped.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists Nestmed (nestmed.com), whose
// documentation-engine page calls it an AI-powered engine; the ambient-scribe trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Health2Tools } from './data/long-tail-c22-health2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.avma.org/', // a veterinary association, beside the veterinary scribes
  'https://www.idexx.com/', // a veterinary diagnostics and software vendor, beside the veterinary scribes
  'https://www.covetrus.com/', // a veterinary practice-software vendor, beside the veterinary scribes
  'https://www.psychologytoday.com/', // a therapist directory, beside the therapy note tools
  'https://www.simplepractice.com/', // a therapy practice platform, beside the therapy note tools
  'https://www.therapynotes.com/', // a therapy EHR, beside the therapy note tools
  'https://www.availity.com/', // a payer portal, beside the prior-authorisation AI
  'https://www.cms.gov/', // the US Medicare agency, beside the prior-authorisation and coding AI
  'https://www.aapc.com/', // a coders' association, beside the medical coding AI
  'https://www.ahima.org/', // a health-information association, beside the medical coding AI
  'https://www.healthcare.gov/', // the US insurance marketplace, beside the appeal drafters
  'https://www.kff.org/', // a health-policy site, beside the appeal drafters
  'https://www.patientadvocate.org/', // a patient-advocacy charity, beside the appeal drafters
  'https://www.cap.org/', // the College of American Pathologists, beside the pathology AI
  'https://www.leicabiosystems.com/', // a slide-scanner vendor, beside the pathology AI
  'https://www.rsna.org/', // a radiology society, beside the radiology AI
  'https://www.acr.org/', // the American College of Radiology, beside the radiology AI
  'https://www.ada.org/', // the American Dental Association, beside the dental AI
  'https://www.dentrix.com/', // a dental practice-management system, beside the dental AI
  'https://www.henryschein.com/', // a dental distributor, beside the dental AI
  'https://www.languageline.com/', // a human interpreting service, beside the AI medical interpreter
  'https://www.moh.gov.sa/', // a MENA health ministry, beside the MENA health assistant
  'https://www.zocdoc.com/', // a doctor-booking site, beside the practice agents
  'https://www.doctolib.fr/', // a doctor-booking site, beside the practice agents
  'https://www.mdcalc.com/', // a clinical calculator site, beside the clinical answer tool
  'https://pubmed.ncbi.nlm.nih.gov/', // the literature index, beside the clinical answer tool
];

const NAMESAKES = [
  'https://www.nym.com/', // beside Nym (nym.health)
  'https://www.pathos.com/', // beside PathOs (pathos.io.kr)
  'https://www.annalise.com/', // beside Annalise.ai (annalise.ai)
  'https://www.rad.ai/', // beside Rad AI (radai.com)
  'https://www.overjet.ai/', // beside Overjet (overjet.com)
  'https://www.videa.com/', // beside VideaHealth (videa.ai)
  'https://www.toothlens.in/', // beside Toothlens (toothlens.com)
  'https://www.counterclaim.com/', // beside Counterclaim (counterclaim.help)
  'https://www.clearcost.com/', // beside ClearCost Appeals (clearcostappeals.com)
  'https://www.appealai.com/', // beside AppealAI (appealai.cc)
  'https://www.eleos.com/', // beside Eleos Health (eleos.health)
  'https://www.vetsie.co/', // beside Vetsie (vetsie.com)
  'https://www.therapro.com/', // beside TheraPro (therapro.ai)
  'https://www.codesync.com/', // beside CodeSync (codesync.ai)
  'https://www.nobarrier.com/', // beside No Barrier (nobarrier.ai)
  'https://www.appliedai.com/', // beside Applied AI – Healthcare (appliedaihealth.org)
  'https://www.clinovate.com/', // beside Clinovate (clinovate-mena.com)
  'https://www.virad.com/', // beside VIRad.AI (virad.ai)
  'https://www.talkingvet.ai/', // beside Talkingvet (talkingvet.com)
  'https://www.tailscript.com/', // beside TailScript (pageanimalhealth.com)
  'https://www.pathiq.com/', // beside Path-iQ (pathiq.in)
  'https://www.aident.com/', // beside AI Dent (aidentglobal.com)
  'https://www.dentistai.com/', // beside Dentist AI (dentistaiapp.com)
  'https://www.fathom.com/', // beside Fathom (fathomhealth.com)
];

const LEFT_OUT = [
  'https://insuredefense.com/privacy', // a pre-launch policy
  'https://claimback.app/blog/ai-insurance-appeal-letter', // a blog that never says the product uses AI
  'https://getnutriply.com/en/terms/', // a dietitian platform, AI one feature
  'https://www.lookafterai.health/terms', // a mobile app's terms
  'https://lumenhealth.app/terms', // terms with a "[LAUNCH DATE]" placeholder
  'https://www.peakgevityapp.com/ai-policy', // a health tracker, AI one feature
  'https://scribenote.com/privacy-policy', // a policy that does not say AI
  'https://blueprint.ai/privacy', // a free EHR with an AI assistant
  'https://www.pathai.com/policies-and-notices/', // a policy that says AI only in the name
  'https://deepathology.ai/privacy-policy/', // a policy that does not say AI
  'https://imagebiopsy.com/legals/privacy-policy', // a policy that does not say AI
  'https://biophy.ai/privacy-policy', // a policy that does not say AI
  'https://insighthealth.ai/privacy', // a policy that says AI only in the name
  'https://www.denti.ai/saas-terms-and-conditions', // terms that say AI only in the name
  'https://www.1dentist.in/privacy-policy', // a mobile app's policy
  'https://toothhelper.org/', // a bare homepage
  'https://www.ortofeai.net/', // a bare homepage
  'https://staging-ambient.agent.scanbo.ai/privacy', // a staging host
  'https://medical.26.systems/ai_radiologist/legal/privacy', // a mobile app's policy
  'https://therabeenotes.com/terms-of-service', // terms that do not say AI
  'https://www.chatbotformentalhealth.com/privacy-policy.html', // a policy that does not say AI
  'https://www.neurtureapp.com/trust', // an AI-safety essay, not an AI product page
  'https://ausculto.ai/terms', // terms that do not say AI
  'https://www.foodcounter.app/privacy', // a mobile app's policy
  'https://haomun.com/ainutrisnap/privacy-policy/', // a mobile app's policy
  'https://www.penguinlabs.cc/products/calai/privacy', // a mobile app's policy
  'https://apps.devskin.com/nutriphoto/privacy?lang=en', // a mobile app's policy
  'https://www.slothmd.io/privacy', // a mobile app's policy
  'https://www.mealstack.io/terms', // a practice platform that does not say AI
  'https://www.mercurie.ai/guides/records', // a care platform, AI record search one feature
  'https://skillbuilder.club/aitacs-crm-terms-of-service.html', // a practice CRM, AI one feature
  'https://api.vetincloud.com/legal/ai_policy/en', // a veterinary management system, AI one feature
  'https://codahx.com/privacy-policy', // a policy that does not say AI
  'https://goyappr.com/en/blog/pharmacy-prescription-refill-automation', // a general voice-AI vendor's blog
  'https://vaiu.ai/blogs/ai-in-pharmacy-management-improving-medication-adherence', // a general voice-AI vendor's blog
  'https://www.omind.ai/blog/conversational-ai/gen-ai-voicebot/gen-ai-voicebot-pharmacy-refills/', // a general voice-AI vendor's blog
  'https://visionaryai.ca/?p=202', // a bare `?p=` page
  'https://fynovatech.com/?p=2478', // a bare `?p=` page
  'https://usehasp.com/blog/prior-authorization-and-ai-what-works-what-doesnt', // an article naming no product
  'https://medisphere.health/insights/ai-powered-patient-summaries-clinical-guide', // an article naming no product
  'https://www.healthwatch4u.com/', // a bare homepage
  'https://medley-cloud.com/ai-terms', // a clinic platform, AI one feature
  'https://avized.com/vendors/videahealth/playbook', // a third-party profile of VideaHealth
  'https://moonlightcpafirm.com/overjet.html', // a third-party profile of Overjet
  'https://www.pettechfinder.com/privacy', // RadDx on another party's host, as the c17 pass decided
];

const SHARED_PLATFORMS = [
  'https://foxiotooth.moonspace.workers.dev/privacy_policy', // a policy on a shared platform
  'https://dental-claims-intelligence.pages.dev/ai-disclosure', // a policy on a shared platform
  'https://aib2.pages.dev/2026/04/comparison-of-ai-generated-radiology-impressions', // a page on a shared platform
  'https://aibusinessos.pages.dev/veterinary-clinics/ai-ethics-and-responsible-automation-in-veterinary-clinics', // a page on a shared platform
  'https://infinitelexicon.pages.dev/teleradiology', // a page on a shared platform
  'https://deangrba-art.github.io/app-legal-pages/rose-calorie-scanner/privacy/', // a policy on a shared platform
  'https://regtechcrypto.github.io/nutrisnap-legal/', // a policy on a shared platform
  'https://mokshgiri.github.io/nutrilens-ai/privacy-policy.html', // a policy on a shared platform
  'https://therappai.gitbook.io/therappai-docs/documentation/best-practices/user-privacy-and-confidentiality', // docs on a shared platform
  'https://ydot.beehiiv.com/p/using-ai-to-detect-dental-caries', // a newsletter on a shared platform
];

describe('twenty-second-session health2 traps', () => {
  it('adds 25 rows claiming domains only, two of them regional', () => {
    expect(longTailC22Health2Tools.length).toBe(25);
    expect(longTailC22Health2Tools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(catalogRegion('pathos-io-kr')).toBe('korea');
    expect(catalogRegion('clinovate-mena')).toBe('middle-east');
    expect(longTailC22Health2Tools.filter((t) => catalogRegion(t.id) !== 'global').length).toBe(2);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Health2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.vetsie.com/terms-of-use/': 'vetsie',
      'https://talkingvet.com/chrome-extension-privacy-policy/': 'talkingvet',
      'https://www.pageanimalhealth.com/terms.html': 'tailscript',
      'https://www.therapro.ai/terms-of-service/': 'therapro-ai',
      'https://eleos.health/ai-frequently-asked-questions/': 'eleos-health',
      'https://www.coherehealth.com/guiding-principles-of-ai': 'cohere-health',
      'https://nym.health/autonomous-coding/the-technology': 'nym-health',
      'https://www.fathomhealth.com/insights/the-difference-between-medical-coding-automation-and-computer-assisted-coding':
        'fathom-health-coding',
      'https://u.codesync.ai/privacy-policy': 'codesync-health',
      'https://www.counterclaim.help/disclaimer': 'counterclaim-help',
      'https://clearcostappeals.com/privacy': 'clearcost-appeals',
      'https://appealai.cc/privacy': 'appealai-cc',
      'https://pathiq.in/legal/ai-disclaimer.html': 'path-iq',
      'https://pathiq.space/': 'path-iq',
      'https://pathos.io.kr/main/policies-terms': 'pathos-io-kr',
      'https://annalise.ai/privacy-policy/': 'annalise-ai',
      'https://usa.annalise.ai/privacy-policy': 'annalise-ai',
      'https://www.radai.com/blogs/from-the-inside-faq-with-engineering': 'rad-ai',
      'https://virad.ai/privacy.html': 'virad-ai',
      'https://videa.ai/blog-posts/ai-101-for-the-dental-industry': 'videahealth',
      'https://www.overjet.com/blog/how-dental-ai-ensures-consistent-insurance-information-capture':
        'overjet',
      'https://aidentglobal.com/privacy-policy': 'ai-dent-global',
      'https://www.dentistaiapp.com/privacy-policy': 'dentist-ai-app',
      'https://toothlens.com/terms-of-use': 'toothlens',
      'https://smartcheck.toothlens.com/': 'toothlens',
      'https://clinovate-mena.com/ai_safety': 'clinovate-mena',
      'https://nobarrier.ai/post/complete-guide-evaluating-ai-medical-interpreter-solutions-for-healthcare-organizations':
        'no-barrier-ai',
      'https://appliedaihealth.org/privacypolicy': 'applied-ai-healthcare',
    });
  });

  it('leaves the namesakes with entries of their own on those entries', () => {
    expectEachClassifiedAs({
      'https://www.cohere.com/': 'cohere-platform',
      'https://fathom.video/': 'fathom',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
