// Traps beside the rows the twenty-third session's third health pass added (data/long-tail-c23-health3.ts): the
// ordinary sites next to each kind of AI tool it added (licensing exams, question banks, simulation and EMS standards,
// psychology and dental bodies and software, patient information and portals, activity platforms, charities), the
// parents of the two claimed subdomains, the shared or borrowed hosts and the left-out hosts the pass read, and sites
// whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
//
// menoai.app dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC23Health3Tools } from './data/long-tail-c23-health3';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.usmle.org/', // the licensing exam, beside the medical-education tutors
  'https://www.nbme.org/', // the exam board, beside the board-prep tutors
  'https://www.ncsbn.org/', // the nursing exam board, beside the nursing tutors
  'https://www.uworld.com/', // a question bank, beside the AI question banks
  'https://www.amboss.com/', // a medical learning platform, beside the AI tutors
  'https://www.ssih.org/', // a simulation society, beside the simulated-patient trainers
  'https://nemsis.org/', // the EMS data standard, beside the ePCR narrative tool
  'https://www.imagetrend.com/', // an ePCR vendor, beside the ePCR narrative tool
  'https://www.apa.org/', // a psychology association, beside the report-drafting tool
  'https://www.pearsonassessments.com/', // a test publisher, beside the report-drafting tool
  'https://www.ada.org/', // a dental association, beside the AI dental receptionist
  'https://www.dentrix.com/', // dental practice software, beside the AI dental receptionist
  'https://www.nexhealth.com/', // patient-booking software, beside the AI dental receptionist
  'https://medlineplus.gov/', // patient health information, beside the records reader
  'https://www.mychart.org/', // a patient portal, beside the records reader
  'https://www.menopause.org/', // a menopause society, beside the menopause service
  'https://www.strava.com/', // an activity platform, beside the running coaches
  'https://connect.garmin.com/', // a wearable platform, beside the training coaches
  'https://www.alz.org/', // a dementia charity, beside the dementia companion
  'https://empathetics.ai/', // the parent of CliniChat's claimed subdomain, not read
  'https://www.empathetics.ai/', // the parent of CliniChat's claimed subdomain, not read
  'https://psychiatryletter.com/', // the parent of Psychiatry Letter AI's claimed subdomain, not read
  'https://www.psychiatryletter.com/', // the parent of Psychiatry Letter AI's claimed subdomain, not read
];

const SHARED_PLATFORMS = [
  'https://psynth.frontkb.com/en/articles/6318401', // a policy or page on a shared or borrowed host
  'https://privacy.medstudentos.co.uk/', // a policy or page on a shared or borrowed host
  'https://aisafety-site.pages.dev/articles/patient-confidentiality-ai-transcription/', // a policy or page on a shared or borrowed host
  'https://menthra-website-prod.pages.dev/legal/consents/ai-interaction', // a policy or page on a shared or borrowed host
  'https://intakepilot-docs.pages.dev/guides/ai-summaries', // a policy or page on a shared or borrowed host
  'https://sobriety-counter-marketing.pages.dev/privacy', // a policy or page on a shared or borrowed host
  'https://itrnlabscom.pages.dev/medblitz/privacy.html', // a policy or page on a shared or borrowed host
  'https://dozewise.pages.dev/privacy/', // a policy or page on a shared or borrowed host
  'https://deangrba-art.github.io/app-legal-pages/rose-calorie-scanner/privacy/', // a policy or page on a shared or borrowed host
  'https://jackrubiralta.github.io/workout-tracker-privacy-policy-web/', // a policy or page on a shared or borrowed host
  'https://ronaldo0501.github.io/sleepOS-app/privacy.html', // a policy or page on a shared or borrowed host
  'https://michaelw.github.io/strava-coach/privacy-policy', // a policy or page on a shared or borrowed host
  'https://codesbyshrey.github.io/clinical-roleplay-PRD/', // a policy or page on a shared or borrowed host
  'https://fastfoodtracker.vercel.app/', // a policy or page on a shared or borrowed host
  'https://app-legal-pages.vercel.app/menolog/terms', // a policy or page on a shared or borrowed host
  'https://runcoach.fly.dev/privacy', // a policy or page on a shared or borrowed host
  'https://nursingexampro-nuxt.sqrd.dev/legal/privacy', // a policy or page on a shared or borrowed host
  'https://mintlify.wiki/jho426/handoff/guide/generating-notes', // a policy or page on a shared or borrowed host
  'https://nutriplan-0jfb.polsia.app/privacy', // a policy or page on a shared or borrowed host
];

const LEFT_OUT = [
  'https://www.psychassist.ai/blog/hipaa-compliant-ai-psychological-reports-baa-data-ingestion/', // seen only on its blog
  'https://psychreport.ai/blog/hipaa-compliance', // seen only on its blog
  'https://docsnote.co.uk/whitepapers/cqc-compliance-digital-records', // a white paper that does not say the product uses AI
  'https://caretime.care/blog/nhs-ambient-scribes-guidance-care-home-ai/', // seen only on its blog
  'https://gestalt.ac/blog/what-to-look-for-in-an-ai-osce-platform-the-architecture-under-the-hood', // seen only on its blog
  'https://meducationai.com/blog/is-it-cheating-to-use-ai-in-nursing-school-a-practical-guide', // seen only on its blog
  'https://medascend.ai/news/before-institutions-trust-an-ai-patient', // seen only in a news post
  'https://readingscan.com/blog/understanding-radiology-reports-with-ai', // seen only on its blog
  'https://psybot.me/blog/ai-cbt-i-for-insomnia', // seen only on its blog
  'https://ireflect.app/blog/ai-journaling-privacy/', // seen only on its blog
  'https://quantaprep.com/blog/openevidence-ai-perfect-score-usmle', // seen only on its blog
  'https://dentalreception.app/blog/dental-insurance-verification-explained/', // a blog post that does not say AI
  'https://instanexus.io/blog/hipaa-ai-receptionist/', // seen only on its blog
  'https://orbitonline.io/blog/hipaa-compliance-ai-receptionist-dental', // seen only on its blog
  'https://dialfyne.com/blog/hipaa-ai-phone-answering-healthcare', // seen only on its blog
  'https://dialpal.ai/blog/hipaa-ai-phone-system', // seen only on its blog
  'https://www.psynth.ai/glossary', // a glossary, not a product page that says AI
  'https://www.medrecords.ai/terms-of-service', // terms that say AI only in the name
  'https://www.mediscan.ai/terms-of-use-policy', // terms that say only "automated"
  'https://care-meter.co.uk/privacy', // a care-record policy that does not say AI
  'https://mealplan.fit/privacy', // a policy that does not say AI
  'https://nutrihealth-ai.com/legal/privacy', // a policy that does not say AI
  'https://app.sleepmentor.app/legal/privacy', // a policy that does not say AI
  'https://www.openrecovery.com/privacy-policy', // a policy read without AI wording
  'https://perimenopauseanalyzer.com/sources-medical-review', // a rule-based tool
  'https://nursesuite.com/terms', // a counsel template
  'https://healthynutri.life/privacy/', // an "[Insert Date]" placeholder
  'https://forge-ai.store/en/privacy', // a "TBD" effective date
  'https://psycheassess.com/legal/privacy', // a pre-launch draft
  'https://www.psyforge.dev/en/privacy', // a pre-launch policy
  'https://getscancalories.app/privacy-policy', // a mobile-only app
  'https://60bytes.app/elephantcalorietracker/privacy.html', // a mobile-only app
  'https://apps.devskin.com/nutriphoto/privacy?lang=en', // a mobile-only app
  'https://haomun.com/ainutrisnap/privacy-policy/', // a mobile-only app
  'https://menomate.pointerapps.net/privacy', // a mobile-only app
  'https://hormonia.in/docscribe/privacy', // a mobile-only app
  'https://www.bas-ai.com/myhealth/legal/medical-notice-en/1.4', // an iOS-only app
  'https://nclexai.moniyazilim.com/privacy-policy', // a mobile app on its developer's host
  'https://muehldorfsd.com/privacy-policy-nursenotes.html', // an iOS app without AI
  'https://anchorhealthapp.com/privacy-policy', // a mobile app, AI one feature
  'https://www.dentinotes.com/usage-policy', // dental practice software, AI one feature
  'https://support.zhealthehr.com/portal/en/kb/articles/ai-scribe', // a chiropractic EHR, AI one feature
  'https://help.quickernotes.com/support/solutions/articles/153000253362-privacy-hipaa-ai-training-data-policy', // practice software, AI one feature
  'https://support.exorlive.com/hc/en-gb/articles/22702745932956-User-Documentation-for-ExorLive-AI-Program-Builder', // exercise software, AI one feature
  'https://www.medmehealth.com/ai-terms', // pharmacy software, AI one feature
  'https://nclexup.com/privacy/', // a question bank with one OpenAI feature
  'https://www.openyogi.com/privacy', // a question bank with AI search
  'https://medboard.pro/privacy', // an AI tutor inside a question bank (a trap of the concurrent edu3 pass)
  'https://nursemind.app/terms', // a nursing reference with an AI co-pilot
  'https://workoutwriter.com/docs/getting-started/ai-workout-generation/', // an optional AI idea generator
  'https://sobersynq.org/privacy-policy/', // a sobriety app, AI one feature
  'https://soberpedia.leanengineering.ai/privacy', // a recovery community, AI one feature
  'https://www.soberfriend.io/legal/privacy', // sober-living software, AI one feature
  'https://www.naturalfertility.pro/privacy-policy', // a practitioner's site with a chatbot
  'https://www.sleepshift.co/privacy', // a CBT-I programme, AI one part
  'https://catalystagentsystems.com/privacy', // a company site that may hold other products
  'https://grow2.ai/en/automations/operations/patient-intake-automation', // an automation agency
  'https://luupagency.com/blog/ai-voice-agent-for-dental-clinics-hipaa-aware', // an agency
  'https://airevenueforge.tech/answers/ai-receptionist-hipaa-compliance/', // an agency
  'https://workflowstackai.com/workflows/hipaa-voice-intake-dental-med-spa', // a workflow directory
  'https://www.krasa.ai/industries/dental/skills/pre-visit-intake-summary', // a prompt library
  'https://nerova.ai/use-cases/ai-insurance-verification-agent-dental-practices', // a general AI-agent vendor's use case
  'https://nirmitee.io/blog/how-to-build-ai-prior-authorization-agent-fhir-llm-architecture/', // a developer agency
  'https://emerline.com/blog/ai-agents-prior-authorization', // a software agency
  'https://inferensys.com/integration/telemedicine-platforms/ai-patient-portal-chatbots-for-telehealth', // an integration agency
  'http://genhealth.ai/for-use/prior-authorization-automation', // use-case pages, not a product page
  'https://docs.noumaris.com/features/learn-soos-simulator', // a docs host, the product not read
];

const NAMESAKES = [
  'https://www.medqbank.com/', // beside MedQBank (medqbank.ai)
  'https://www.pcs.com/', // beside PCS.ai (pcs.ai)
  'https://www.practicepatients.com/', // beside Practice Patients (practicepatients.ai)
  'https://www.narrate.com/', // beside NarrateEMS (narrateems.com)
  'https://www.psychdraft.net/', // beside PsychDraft (psychdraft.com)
  'https://www.velyn.com/', // beside Velyn (velyndental.com)
  'https://www.lghealth.org/', // beside MyLGHealth (my-lghealth.com)
  'https://www.herprotocol.com/', // beside Her Protocol (herprotocol.ai)
  'https://www.menoa.com/', // beside Menoa (menoa.no)
  'https://www.plateau.com/', // beside Plateau (plateau.run)
  'https://www.smartensity.com/', // beside Smartensity (smartensity.app)
  'https://www.kindred.com/', // beside KindredMind (kindredmind.care)
  'https://www.kindredmind.com/', // beside KindredMind (kindredmind.care)
];

describe('twenty-third-session health (health3) traps', () => {
  it('adds 14 rows, each with one domain and no prefix, one of them in the europe region', () => {
    expect(longTailC23Health3Tools.length).toBe(14);
    expect(longTailC23Health3Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(longTailC23Health3Tools.filter((t) => catalogRegion(t.id) === 'europe').map((t) => t.id)).toEqual([
      'menoa',
    ]);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC23Health3Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts', () => {
    expectEachClassifiedAs({
      'https://www.medqbank.ai/legal/terms': 'medqbank',
      'https://www.medqbank.ai/legal/privacy': 'medqbank',
      'https://clinichat.empathetics.ai/public/terms': 'clinichat-empathetics',
      'https://www.pcs.ai/blog/i-attended-4-webinars-in-june-these-were-the-most-common-questions-about-ai-in-healthcare-simulation':
        'pcs-ai-simulation',
      'https://practicepatients.ai/disclaimer': 'practice-patients',
      'https://ai.psychiatryletter.com/legal/privacy': 'psychiatry-letter-ai',
      'https://www.narrateems.com/terms-of-service': 'narrateems',
      'https://www.psychdraft.com/ai-transparency': 'psychdraft',
      'https://psychdraft.com/faq': 'psychdraft',
      'https://velyndental.com/resources/insurance-verification-ai-dental-receptionist': 'velyn-dental',
      'https://velyndental.com/resources/dental-ai-receptionist-hipaa': 'velyn-dental',
      'https://my-lghealth.com/medical-disclamer/': 'mylghealth',
      'https://herprotocol.ai/terms': 'her-protocol',
      'https://www.menoa.no/en/terms': 'menoa',
      'https://plateau.run/privacy': 'plateau-run',
      'https://smartensity.app/legal/ai-disclosure': 'smartensity',
      'https://kindredmind.care/ai-dementia-care': 'kindredmind',
    });
  });

  it('leaves general sites, parents, shared hosts, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
