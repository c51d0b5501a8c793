// Traps beside the rows the twenty-fifth session's second Africa pass added (data/regional-c25-africa2.ts): the ordinary
// sites next to each kind of AI tool it added (exam bodies and ministries, data-protection regulators, health
// regulators, job boards, legal-information and bar sites, a tax authority and the payment provider the vendors name),
// the shared-platform copies, drafts and left-out hosts the pass read, and the parent host of a claimed subdomain. None of
// them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC25Africa2Tools } from './data/regional-c25-africa2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.jamb.gov.ng/', // the exam board, beside JambDoctor
  'https://www.waecgh.org/', // the West African exam council in Ghana, beside the study tools
  'https://www.ecz.org.zm/', // Zambia's exam council, beside ZedExams
  'https://www.mopse.co.zw/', // Zimbabwe's education ministry, beside the Learners Hub
  'https://alwgh.com/privacy-policy/', // a Ghanaian education-news site met in the searches
  'https://zeilatech.com/bece-past-questions/privacy-policy/', // a past-questions app whose policy does not say AI
  'https://mutyairi.co.zw/privacy', // a test-practice app whose policy does not say AI
  'https://kenyantutors.com/pages/terms', // a human-tutor marketplace met in the searches
  'https://matric2tertiary.co.za/refund', // a human-tutoring platform met in the searches
  'https://www.rayselearning.com/terms-conditions', // human language tutors met in the searches
  'https://ndpc.gov.ng/', // Nigeria's data-protection commission, named in the NDPA policies
  'https://inforegulator.org.za/', // South Africa's Information Regulator, named in the POPIA policies
  'https://www.cndp.ma/', // Morocco's data-protection commission, met in the searches
  'https://www.hpcsa.co.za/', // the health-professions council, beside the clinical-documentation tools
  'https://ncdc.gov.ng/', // Nigeria's disease-control centre, beside OgaDoctor and Nuwell AI
  'https://medi-chat.org/privacy.html', // a telemedicine service with human doctors
  'https://www.dsokenya.com/privacy-policy/', // a second-opinion referral service
  'https://www.pnet.co.za/', // a job board, beside JobSpark and CareerAgent
  'https://www.careers24.com/', // a job board, beside JobSpark and CareerAgent
  'https://www.jobberman.com/', // a job board in Nigeria and Ghana
  'https://www.tabriz.ng/privacy', // an employer's applicant notice
  'https://nigerialii.org/', // free Nigerian legal information, beside JurisAid
  'https://www.nigerianbar.org.ng/', // the bar association, beside JurisAid
  'https://jurisciti.com/docs/privacy', // a legal community and templates site
  'https://www.dgi.gov.ma/', // Morocco's tax authority, beside Factourti
  'https://www.sars.gov.za/privacy-policy', // South Africa's tax authority, met in the searches
  'https://paystack.com/terms', // the payment provider named by the Nigerian vendors
  'https://nile.ng/terms-of-service', // a website builder for African businesses
  'https://campusassist.com.ng/privacy', // a student task marketplace
  'https://webservice.ma/en/terms-of-service', // an agency (as before)
];

const SHARED_PLATFORMS = [
  'https://tax-app-phi.vercel.app/acceptable-use', // TaxSort on a shared platform
  'https://profit-finders-ke.pages.dev/privacy.html', // a policy on a shared platform
  'https://evision-online.web.app/terms.html', // EVisionSA's terms on a shared platform
  'https://diamondbelema.github.io/expo-landing-page/privacy.html', // EXPO's policy on a shared platform
  'https://umarkhemis.github.io/fasiri/api-reference/tts/', // API docs on a shared platform
  'https://devpost.com/software/farmdoc-s', // a hackathon entry
  'https://jobradarng.vercel.app/privacy', // drafts on a shared platform
  'https://kinyaai.up.railway.app/privacy', // a policy on a shared platform
];

const LEFT_OUT = [
  'https://staging.pasango.com/privacy', // a staging host
  'https://juraai.online/privacy', // a placeholder draft
  'https://www.examia.online/privacy.html', // "[OPERATOR NAME]"
  'https://wenzi.co.za/privacy', // "[your full name / registered company name]"
  'https://www.metaschoolai.com/privacy', // a policy that does not say AI
  'https://aitanzania.online/privacy.php', // a policy that does not say AI
  'https://www.acejamb.com/privacy', // exam practice with an AI feature (as c18 decided)
  'https://gebeyalay.com/privacy', // a marketplace
  'https://garean.com/policy', // order management, not said to be AI
  'https://www.gibirnegari.com/terms', // accounting software, AI one feature
  'https://doubledownai.co.za/blog/ai-for-medical-practices.html', // a vendor blog on practices in general
];

const PARENTS = [
  'https://abrigo.ma/', // Factourti's publisher's host, not claimed
];

describe('twenty-fifth-session second Africa traps', () => {
  it('adds 15 rows, each with one domain and no prefix, in the africa region but Vivalyn MedScribe', () => {
    expect(regionalC25Africa2Tools.length).toBe(15);
    expect(regionalC25Africa2Tools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(
      regionalC25Africa2Tools.every(
        (t) => catalogRegion(t.id) === (t.id === 'vivalyn-medscribe' ? 'global' : 'africa'),
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC25Africa2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC25Africa2Tools));
    expectEachClassifiedAs({
      'https://jambdoctor.com/': 'jambdoctor',
      'https://studyhubai.xyz/': 'studyhub-ai-ng',
      'https://auraliti.app/faqs': 'auraliti',
      'https://vivalynlabs.com/': 'vivalyn-medscribe',
      'https://www.learnershub.co.zw/': 'mopse-learners-hub',
      'https://jurisaid.ng/blog/ai-legal-research-nigeria': 'jurisaid',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and parent hosts unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...PARENTS]);
  });
});
