// Traps beside the rows the seventeenth session's health pass added (data/long-tail-c17-health.ts): the health,
// lab, imaging, pet, wellbeing and research sites next to each kind of AI tool; the parent of the one claimed
// subdomain; shared-platform copies and apps the pass read but did not cite; hosts it read and left out; and sites
// whose names echo the new entries. None of them may classify, while every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17HealthTools } from './data/long-tail-c17-health';

const GENERAL_SITES = [
  'https://www.webmd.com/', // health information, beside the AI symptom checkers
  'https://www.mayoclinic.org/',
  'https://www.nhs.uk/',
  'https://www.epic.com/', // an EHR vendor, beside the AI scribes
  'https://www.psychologytoday.com/', // a therapist directory, beside the AI therapy companions
  'https://www.labcorp.com/', // laboratories, beside the AI blood-test readers
  'https://www.questdiagnostics.com/',
  'https://www.radiologyinfo.org/', // patient radiology information, beside the AI report drafters
  'https://www.petmd.com/', // pet health information, beside the veterinary AI tools
  'https://www.chewy.com/',
  'https://pubmed.ncbi.nlm.nih.gov/', // the literature database the research assistants search
  'https://www.rcsb.org/', // the protein data bank, beside the molecular discovery platform
  'https://www.drugs.com/',
  'https://www.headspace.com/', // meditation, beside the AI sleep and hypnotherapy audio
  'https://www.calm.com/',
  'https://www.strava.com/', // fitness tracking, beside the AI coaches
  'https://vetami.pk/', // parent of the claimed ai.vetami.pk
  'https://www.vetami.pk/',
];

const SHARED_AND_LEFT_OUT = [
  'https://trainersedge-fit.web.app/', // the shared host the TrainersEdge app runs on; only trainersedge.fit is claimed
  'https://blood-test-life.pages.dev/terms/', // a pages.dev copy of blood-test.life
  'https://ai-therapy.pages.dev/terms.html', // AI therapy characters on pages.dev
  'https://ontargetabasoapnotes.pages.dev/', // an ABA note tool on pages.dev
  'https://symptoma-theta.vercel.app/terms-en.html', // a symptom chat on vercel.app
  'https://mood-journal-silver-kuiper.netlify.app/privacy', // a mood journal on netlify.app
  'https://ecg-connect-test-c294cf7489e7.herokuapp.com/docs/ai-interpretation?lang=en', // a test deployment
  'https://www.pet-chart.com/ai-clinical-scribe-for-vets', // practice software with an AI feature
  'https://www.dentinotes.com/usage-policy',
  'https://vgsoft.co/products/vgpm-aba-software/features/ai-powered-session-notes',
  'https://help.zenoti.com/en/configuration/forms-configurations/ai-scribe/generate-smart-clinical-insights-using-ai-scribe.html',
  'https://support.therapymate.com/hc/en-us/articles/37023389799572-Using-Clinical-Notes-AI',
  'https://medley-cloud.com/ai-terms',
  'https://www.7mind.de/ki-begleiter-agb',
  'https://www.myglucolab.com/terms',
  'https://medwriter.ai/terms', // its terms do not say it uses AI
  'https://www.livehealthily.com/legal/vhi-terms',
  'https://wellknell.ai/privacy',
  'https://aidiagme.com/en/562-2/',
  'https://support.cardio.ai/ifu/General_Information_and_Requirements.html',
  'https://heal.peacemind.app/privacy', // read, its bare domain not, so not claimed
  'https://onlinecare.com/terms-of-use.php', // an app's terms
  'https://www.pettechfinder.com/privacy', // RadDx's policy on another party's host
  'https://mymedicalimages.com/terms-of-service', // an image viewer, not AI
  'https://radaislice.com/', // X-ray Interpreter's newsletter, not one of its tool hosts
];

const NAMESAKES = [
  'https://www.radcloud.com/', // beside RadCloudAI
  'https://www.vetera.net/', // beside Vetera
  'https://www.nutrig.com/', // beside Nutrig
  'https://www.intelectra.com/', // beside Intelectra
  'https://www.molforge.com/', // beside MolForge
  'https://www.physipal.com/', // beside PhysiPal
  'https://www.hypnothera.com/', // beside Hypnothera
  'https://www.osify.com/', // beside Osify AI
];

describe('seventeenth-session health traps', () => {
  it('adds 43 rows, each with domains and no prefix', () => {
    expect(longTailC17HealthTools.length).toBe(43);
    expect(longTailC17HealthTools.every((t) => t.domains.length > 0 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17HealthTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://help.carepilot.com/en/articles/11565540-docucare-inc-s-carepilot-problemassist-usage-policy-provider-terms':
        'carepilot',
      'https://app.glucosensei.com/privacy': 'glucosensei',
      'https://ai.vetami.pk/terms.html': 'vetami-ai-tools',
      'https://app.nutriflex.ai/': 'nutriflex-ai',
      'https://xraygpt.com/': 'xray-interpreter',
      'https://www.hellopearl.com/so-setup-guide/reading-ai-detections': 'pearl-second-opinion',
      'https://dr-garcia.doctores.cloud/': 'doctores-cloud',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_AND_LEFT_OUT, ...NAMESAKES]);
  });
});
