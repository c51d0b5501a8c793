// Traps beside the rows the twenty-fifth session's fourth health pass added (data/long-tail-c25-health4.ts): the
// ordinary sites next to each kind of AI tool it added (health-privacy regulators, NHS and care regulators, dental,
// veterinary, dermatology, coding and behaviour-analysis bodies, accreditors, literature search, practice software),
// the councils', clinics' and practices' own AI notices, news and reviews about the vendors, the shared platforms,
// placeholder, bare-IP and general-product pages and the agencies and guides the pass read, and encyclopaedia pages
// whose titles match the new names. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25Health4Tools } from './data/long-tail-c25-health4';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.hhs.gov/hipaa/for-professionals/covered-entities/sample-business-associate-agreement-provisions/index.html', // the HIPAA regulator, beside the BAA pages
  'https://www.oaic.gov.au/privacy/privacy-guidance-for-organisations-and-government-agencies/health-service-providers', // Australia's privacy regulator
  'https://www.ipc.on.ca/', // Ontario's privacy commissioner, beside Transcribe Health
  'https://ico.org.uk/', // the UK data-protection regulator, beside CareClarity and Limbic
  'https://www.cqc.org.uk/', // the care regulator, beside CareClarity
  'https://www.england.nhs.uk/', // NHS England, beside Limbic
  'https://www.nice.org.uk/', // NICE, which assessed Limbic Access
  'https://www.kbv.de/', // German statutory physicians' association, beside MD Mate
  'https://www.ada.org/', // a dental association, beside Cavitech AI, DENTOMO and Dentplicity
  'https://www.opendental.com/', // dental practice software, beside the dental tools
  'https://www.avma.org/', // a veterinary association, beside Vet SOAP Notes
  'https://www.idexx.com/', // veterinary diagnostics and software, beside Vet SOAP Notes
  'https://www.aad.org/', // a dermatology academy, beside the skin-image tools
  'https://www.skincancer.org/', // a skin-cancer charity, beside the skin-image tools
  'https://aedv.es/', // the Spanish dermatology academy, beside Legit.Health
  'https://www.aapc.com/', // a coding association, beside Arintra
  'https://www.bacb.com/', // the behaviour-analyst certification board, beside ABA Compliant
  'https://www.jointcommission.org/', // an accreditor named by Chart Auditor
  'https://carf.org/', // an accreditor named by Chart Auditor
  'https://pubmed.ncbi.nlm.nih.gov/', // the literature database, beside Arkangel AI
  'https://www.therapynotes.com/', // therapy practice software, beside Chart Auditor
  'https://www.webpt.com/', // physical-therapy practice software, met in the searches
  'https://www.asha.org/practice/generative-artificial-intelligence-for-clinicians/ai-considerations-for-csd-professionals/prioritizing-security', // a professional body's AI guidance
  'https://www.gov.uk/algorithmic-transparency-records/newcastle-city-council-magic-notes', // a transparency record about Magic Notes
  'https://kent.gov.uk/about-the-council/information-and-data/access-to-information/gdpr-privacy-notices/adult-social-care-and-health/beam-magic-notes-privacy-notice', // a council's privacy notice
  'https://www.rbwm.gov.uk/council-and-democracy/strategies-and-policies/data-protection/privacy-notices/privacy-notices-social-care/magic-notes-privacy-notice', // a council's privacy notice
  'https://ascpractice.camden.gov.uk/what-matters-to-people/mosaic-and-recording/recording-meetings/use-of-magic-notes', // a council's practice guidance
  'https://www.redcar-cleveland.gov.uk/about-the-council/privacy-notices/magic-notes-privacy-notice', // a council's privacy notice
  'https://www.buckinghamshire.gov.uk/your-council/privacy/privacy-information-for-specific-services/privacy-and-magic-notes', // a council's privacy notice
  'https://www.rochdale.gov.uk/directory-record/867/adult-care-assessments-and-care-service-provision-privacy-notice', // a council's privacy notice
  'https://www.hra.nhs.uk/planning-and-improving-research/application-summaries/research-summaries/conversational-information-collection-tool-to-access-talk-therapy', // a research summary on Limbic
  'https://futurecarecapital.org.uk/latest/limbic-access-gains-certification-in-uk-first/', // news about Limbic
  'https://www.medicaldevice-network.com/interviews/talk-to-the-bot-ai-assistant-certification-marks-breakthrough-for-uk-mental-health/', // news about Limbic
  'https://canjhealthtechnol.ca/index.php/cjht/article/download/OP0556-01/2277?inline=1', // a health-technology review of RapidAI
  'https://www.zm-online.de/archiv/2020/15_16/praxis/dieser-assistent-macht-247-seinen-job/', // news about aaron.ai
  'https://homehealthcarenews.com/2025/06/how-ai-tools-help-home-health-providers-dramatically-lessen-oasis-time-burden/', // trade news
];

const CLINIC_NOTICES = [
  'https://keycityvet.com/automated-notetaking-consent/', // a veterinary clinic's AI-scribe consent
  'https://yorkveterinaryhospital.ca/?p=21703', // a veterinary hospital's page
  'https://mhwclinic.co.uk/ai-policy/', // a clinic's AI policy
  'https://cavendishhomecare.com/use-of-artificial-intelligence-ai-policy/', // a home-care provider's AI policy
  'https://www.grayshottsurgery.co.uk/about/practice-policies/better-letter-privacy-policy/', // a GP surgery's AI notice
  'https://burnbraemedicalpractice.co.uk/privacy-notice---use-of-artificial-intelligence-ai', // a GP practice's AI notice
  'https://beachbreakot.com.au/use-of-ai', // an OT practice's AI notice
  'https://wellnesslabandclinics.com/practicepolicies/ai-policy-ensuring-confidential-human-centric-care', // a clinic's AI policy
  'https://johnrpaddockphd.com/ai-recording-and-digital-tools-policy/', // a therapist's AI policy
];

const SHARED_PLATFORMS = [
  'https://derm-ai-detect-skin-cancer.vercel.app/terms', // a skin-lesion demo on a shared platform
  'https://skincam.herokuapp.com/privacy', // a skin app on a shared platform
  'https://aibusinessos.pages.dev/veterinary-clinics/ai-ethics-and-responsible-automation-in-veterinary-clinics', // a guide on a shared platform
  'https://wgpayscalea.netlify.app/host-https-aka.ms/DragonData', // a copy of a vendor whitepaper on a shared platform
  'https://navc.sitepreview.app/todaysveterinarybusiness.com/veterinary-ai-1223', // a site preview host
  'https://indi-rave.mozello.com/informationsdienst-ravensburgsud-und-sudwest/params/post/4379428/bei-dr-kunski-im-wartezimmer---dialekt-akzent-und-nuscheln-sind-unerwunscht', // a blog on a site builder
];

const LEFT_OUT = [
  'https://ben-goodwin.com/healthcare-agent-privacy', // "[Company Name]" on a personal host
  'http://192.99.127.208/privacy', // a scribe policy on a bare IP address
  'https://www.charmhealth.com/resources/addons/charm-ai-scribe.html', // an EHR, AI one add-on
  'https://support.zhealthehr.com/portal/en/kb/articles/ai-scribe', // a chiropractic EHR, AI one feature
  'https://help.zenoti.com/en/configuration/forms-configurations/ai-scribe/generate-smart-clinical-insights-using-ai-scribe.html', // salon and spa software, AI one feature
  'https://support.therapyappointment.com/article/704-how-to-chart-with-ai', // practice software, AI one feature
  'https://help.chiroup.com/en_US/voice-to-chart/security-compliance-and-hipaa-for-voice-to-chart-notes', // practice software, AI one feature
  'https://support.simplepractice.com/hc/en-us/articles/42453057685133-Transcript-retention-FAQs', // practice software, AI one feature
  'https://support.exorlive.com/hc/en-gb/articles/26050320490524-AI-Program-Builder', // an exercise library, AI one feature
  'https://api.vetincloud.com/legal/ai_policy/en', // veterinary practice software, AI one feature
  'https://www.pet-chart.com/ai-clinical-scribe-for-vets', // veterinary practice software, AI one feature
  'https://dentisfy.com/en-US/privacyPolicy', // a dental-lab ordering platform with opt-in AI tools
  'https://chirosofort.de/privacy', // a chiropractic booking platform, no AI said
  'https://care-meter.co.uk/dpa', // a care-record DPA that does not say AI
  'https://medisprudence.com/security/', // a physician record-review service
  'https://privacy1.co/terms/', // a managed set-up service for a chat vendor
  'https://www.usmarttec.com/questions/can-ai-handle-phi', // an IT services firm
  'https://www.softomatesolutions.com/blog/gdpr-ai-uk-healthcare-2026/', // an agency
  'https://www.virtualrockstar.com/blog/what-you-need-to-know-about-ai-compliance-in-pt-ot-and-slp-private-practice', // a staffing agency
  'https://bayram.solutions/blog/ki-telefonassistent-arztpraxis-patientenanrufe-automatisieren', // an agency
  'https://medizinio.de/digitalisierung/telefonassistent-arztpraxis', // a marketplace for practice services
  'https://telefonie-strategie.de/ratgeber/ki-telefonie-dsgvo', // a guide
  'https://elion.health/resources/ai-autonomous-coding-buyers-guide', // a health-technology directory
  'https://comparescribes.com/glossary/zero-retention', // a comparison site
  'https://www.accountablehq.com/post/ai-for-prior-authorization-and-hipaa-compliance-requirements-risks-and-best-practices', // compliance software's blog
  'https://www.cliniccomply.com.au/blog/ai-privacy-compliance-healthcare-practices-2026', // compliance software's blog
  'https://ericgarciafl.com/ai-policy-in-veterinary-practice', // a consultant's blog
  'https://vetmedguide.com/blog/ai-veterinary-scribe-data-privacy-consent', // a guide
  'https://obermanlaw.com/why-dental-practice-owners-must-know-the-difference-ai-efficiency-vs-liability/', // a law firm
];

const NAMESAKES = [
  'https://en.wikipedia.org/wiki/Limbic_system', // beside Limbic (limbic.ai)
  'https://en.wikipedia.org/wiki/Kintsugi', // beside Kintsugi (kintsugihealth.com)
  'https://en.wikipedia.org/wiki/Ellipsis', // beside Ellipsis Health (ellipsishealth.com)
];

const EUROPE = new Set(['md-mate', 'careclarity', 'dentomo', 'legit-health', 'limbic']);

describe('twenty-fifth-session fourth health traps', () => {
  it('adds 21 rows, each with one domain and no prefix, in the europe region or else global', () => {
    expect(longTailC25Health4Tools.length).toBe(21);
    expect(longTailC25Health4Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(
      longTailC25Health4Tools.every((t) => catalogRegion(t.id) === (EUROPE.has(t.id) ? 'europe' : 'global')),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25Health4Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25Health4Tools));
    expectEachClassifiedAs({
      'https://transcribe.health/blog/baa-requirements-ai-medical-scribe': 'transcribe-health',
      'https://transcribe.health/fr-ca/blog/review-approve-ai-clinical-notes': 'transcribe-health',
      'https://ifu-58be642.legit.health/category/general-information': 'legit-health',
      'https://investigator-manual-demo.legit.health/': 'legit-health',
      'https://qms.legit.health/tf-legithealth-plus/description-and-specifications': 'legit-health',
      'https://www.kintsugihealth.com/blog/how-voice-biomarkers-are-shaping-the-mental-health-space':
        'kintsugi-health',
      'https://arintra.com/old-resources/enhancing-accuracy-and-compliance-in-medical-coding-the-unique-role-of-arintras-audit-trails':
        'arintra',
      'https://www.ellipsishealth.com/post/exploring-vocal-biomarker-technology-through-ellipsis-health-s-partnerships-and-collaborations':
        'ellipsis-health',
      'https://www.cavitech-ai.com/legal/acceptable-use': 'cavitech-ai',
    });
  });

  it('leaves general sites, notices, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...CLINIC_NOTICES,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
