// Traps beside the rows the eighteenth session's India, Middle East, Turkey and Africa pass added
// (data/regional-c18-mea.ts): the ordinary sites next to each kind of regional AI tool (exam boards, case-law archives,
// job boards, delivery and property portals, news sites), the parents of the claimed subdomains and the pages the pass
// read on hosts it did not claim, the shared-platform copies it read, the left-out hosts that are not AI products in
// their own right, and sites whose names sit close to the new entries. None of them may classify; every new host must
// reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC18MeaTools } from './data/regional-c18-mea';

const GENERAL_SITES = [
  'https://www.cbse.gov.in/', // the exam board, beside the CBSE and JEE tutors
  'https://jeemain.nta.nic.in/', // the JEE exam site, beside Tutorji
  'https://www.jamb.gov.ng/', // the Nigerian admissions board, beside ExamsTutor AI and Tueri Prep
  'https://www.waecdirect.org/', // WAEC results, beside the Nigerian exam tutors
  'https://indiankanoon.org/', // a case-law archive, beside the Indian legal-drafting tools
  'https://www.bayt.com/', // a Gulf job board, beside the Saudi AI interviewers
  'https://hungerstation.com/', // food delivery, beside Raqeb AI's dispute tool
  'https://www.propertyfinder.ae/', // a property portal, beside Aqari
  'https://www.sahibinden.com/', // Turkish classifieds, beside the Turkish services
  'https://www.ynet.co.il/', // Israeli news, beside the Hebrew assistants
  'https://www.bbc.com/swahili', // Swahili news, beside Soga
  'https://tueri.ng/privacy', // the education company whose exam-prep subdomain is claimed; the cited page itself
  'https://careersparks.ng/', // Tueri's career-guidance site, not an AI tool
  'https://vediautodevops.com/', // parent of the claimed vedsaarthi.vediautodevops.com
  'https://singularraritylabs.com/', // parent of the claimed boli.singularraritylabs.com
  'https://amjad.sa/', // parent of the claimed raqeb.amjad.sa
  'https://mlunit.com/', // the developer whose site carries WisQu's policy; only wisqu.ai is claimed
];

const SHARED_PLATFORMS = [
  'https://ai-mashinani-compass.vercel.app/privacy', // a Kenyan business assistant on vercel.app
  'https://schoolcbt-dev.pages.dev/privacy', // a Nigerian CBT tutor on pages.dev
  'https://amer-k.github.io/PRIVACY/FATWA_AI_PRIVACY_POLICY.html', // a fatwa app's policy on github.io
  'https://mugah.vercel.app/privacy.html', // a Hebrew Word add-in on vercel.app
  'https://sentinel-automations.pages.dev/privacy-policy.html', // a WhatsApp booking bot on pages.dev
  'https://quran-chrome-extension-api.vercel.app/privacy-policy', // a Quran extension's API on vercel.app
  'https://main.d2usrequgkljfu.amplifyapp.com/en/privacy', // a mufti research app on amplifyapp.com
  'https://www.nikrad.cloudyhost.org/terms?lang=en', // a copy of Qasam's terms on a shared host
];

const LEFT_OUT = [
  'https://www.talktomahak.com/privacy.html', // a policy with placeholder company details
  'https://www.goexploreandlearn.com/privacy-policy', // a policy with placeholder contact details
  'https://saanvibot.ujss.in/privacy', // a chatbot policy with placeholder company names
  'https://figway.org/en/legal/cgu', // a relocation service with an AI assistant feature
  'https://siraj.sparkhint.com/ai-policy', // a job and course platform with AI matching
  'https://tuition.in/privacy-policy', // a tutor directory with AI study tools on the side
  'https://artificial-intelligence.org.za/terms-of-service', // an AI consultancy, not a tool
  'https://www.aiethiqlab.com/en/terms-of-use', // an AI-governance consultancy
  'https://webservice.ma/en/terms-of-service', // a web agency
  'https://kaabharat.com/translator-privacy-policy', // a translator app's policy on a record label's site
  'https://nlp.snapwre.com/privacy', // a community corpus bot
  'https://africanvoices.io/terms-of-use', // a speech-dataset host
  'https://fasalqa.com/terms', // scholars answer; AI only routes the questions
  'https://2utor.net/terms.html', // a tutoring app whose terms never mention AI
];

const NAMESAKES = [
  'https://www.busara.com/', // beside Busara.ai
  'https://www.zekiya.com.tr/', // beside Zekiya
  'https://www.lingrow.com/', // beside Lingrow
  'https://www.seratk.net/', // beside Seratk
  'https://www.truechance.com/', // beside TrueChance
  'https://www.gotelugu.com/', // beside GoTelugu
  'https://www.fahan.com/', // beside Fahan
  'https://www.tutorji.com/', // beside Tutorji
];

describe('eighteenth-session India, Middle East, Turkey and Africa traps', () => {
  it('adds 53 rows, each with one domain and no prefix', () => {
    expect(regionalC18MeaTools.length).toBe(53);
    expect(regionalC18MeaTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC18MeaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://app.munsit.com/ar/terms': 'munsit',
      'https://trust.tamloot.cc/en/privacy': 'tamloot',
      'https://chat.wisqu.ai/': 'wisqu',
      'https://www.vedsaarthi.vediautodevops.com/privacy': 'ved-saarthi',
      'https://app.nadhari.ai/privacy': 'soga-nadhari',
      'https://www.lingrow.org/legal-1': 'lingrow',
      'https://raqeb.amjad.sa/en/terms': 'raqeb-ai',
      'https://prep.tueri.ng/': 'tueri-prep',
      'https://www.asvarainnovation.com/policies/tos': 'asvara-legal-ai',
      'https://dojomleh.ir/fa/terms-of-use': 'dojomleh',
      'https://forgefile.com/ar-sa/terms': 'forgefile',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
