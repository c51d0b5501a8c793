// Traps beside the rows the seventeenth session's HR and careers pass added (data/long-tail-c17-hr.ts): job boards,
// HR suites and course tools that only carry an AI feature, the parents of the subdomains the pass claimed alone,
// shared-platform, staging and copied pages the pass read and left out, and sites whose names match the new entries.
// None of them may classify; every host the pass claimed must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17HrTools } from './data/long-tail-c17-hr';

const GENERAL_SITES = [
  'https://www.linkedin.com/jobs/', // a job network, beside the auto-apply agents
  'https://www.indeed.com/', // job boards, beside the job-matching tools
  'https://www.glassdoor.com/',
  'https://www.monster.com/',
  'https://www.ziprecruiter.com/',
  'https://www.talenttitan.com/',
  'https://www.flexjobs.com/expertapplytermsofuse.aspx', // a job board whose apply feature uses AI, left out
  'https://www.jobandtalent.co/legal/terminos-de-uso-candidatos', // a staffing platform with an AI clause, left out
  'https://applicant.network/terms-of-service', // a split-fee recruiting marketplace with AI features, left out
  'https://www.executiveelitegroup.com/trust', // an executive job platform with AI matching, left out
  'https://www.workday.com/', // an HR suite, beside the AI recruiting assistants
  'https://www.hackerrank.com/', // coding assessments, beside the AI interviewers
  'https://www.schoox.com/ai-functionality-policy', // a learning platform with AI features, beside the course generator
  'https://www.easygenerator.com/en/easyai-addendum',
  'https://support.performyard.com/article/256-ai-sentiment-analysis-and-summarization', // performance software
  'https://interviewzen.com/terms', // a monitored technical-interview platform, left out
];

const PARENTS_OF_CLAIMED_SUBDOMAINS = [
  'https://jobhuntershr.com/', // parent of ai.jobhuntershr.com
  'https://eraberu-agent.com/', // parent of ai-shain.eraberu-agent.com
  'https://growleads.io/', // parent of optimizer.growleads.io
  'https://verumio.com/', // parent of screener.verumio.com
];

const SHARED_STAGING_AND_COPIES = [
  'https://agentq1.github.io/interview-copilot/privacy-policy.html', // an interview copilot on github.io
  'https://copilotinterview.pages.dev/privacy', // a pages.dev copy beside copilotinterview.ai
  'https://ai-intervue.framer.ai/privacy-policy', // an AI interviewer on a Framer site
  'https://reco-website-2t7.pages.dev/terms-and-conditions', // a recruiter tool on pages.dev
  'https://privacy-deploy-five.vercel.app/', // an extension's policy on vercel.app
  'https://mango-ocean-0f1de6810.2.azurestaticapps.net/privacy', // an auto-apply tool on Azure static apps
  'https://jc-copilot.tiiny.site/', // an extension's policy on tiiny.site
  'https://keremturkozu.github.io/ats-checker-privacy.html', // a mobile ATS checker's policy on github.io
  'https://astro.testing.resumelab.workz.pl/es/terminos-de-uso', // a testing host
  'https://stg.recruiti.dev/data-processing-agreement', // a staging host
  'https://preprod.hackerearth.com/blog/ai-assistant-for-interviews-how-it-works-and-when-to-use-one', // pre-production
  'https://staging.fellow.co/blog/a-guide-to-taking-good-interview-notes', // a staging blog
  'https://offered-jobs.com/?p=1467', // one generic "Offered" policy copied onto unrelated hosts
  'https://ai-autoworks.com/privacy-policy',
  'https://careerengineai.com/?p=1483',
];

const READ_AND_LEFT_OUT = [
  'https://new-resume.com/legal/terms.php', // a résumé builder whose terms never mention AI
  'https://cvbuilderlab.com/fr/legal/terms',
  'https://www.bewerbungsfix.de/datenschutz.html',
  'https://www.reskillr-club.de/datenschutz-ki-cv-analyse', // a coaching club's side CV check
  'https://www.hiredrift.in/User-module/terms.html', // a student screening project
  'https://www.cvisual.fr/en/cgu', // a CV builder whose AI is an optional bring-your-own-key add-on
];

const NAMESAKES = [
  'https://www.hubert.com/', // beside Hubert (hubert.ai)
  'https://www.inpla.com/', // beside Inpla (inpla.app)
  'https://www.interv.com/', // beside Interv (interv.app)
  'https://www.deckhire.com/', // beside DeckHire (deckhire.in)
  'https://www.hireloom.com/', // beside Hireloom (hireloom.co)
  'https://www.quarlo.com/', // beside Quarlo (quarlo.co)
  'https://www.careerpilot.org.uk/', // beside CareerPilot (usecareerpilot.com)
  'https://www.resumate.com/', // beside Resumate (resumate.ca)
  'https://www.echocv.com/', // beside EchoCV (echocv.me)
  'https://www.smartcv.com/', // beside SmartCV (smartcv.cc)
];

describe('seventeenth-session HR and careers traps', () => {
  it('adds 79 rows, none with a URL prefix', () => {
    expect(longTailC17HrTools.length).toBe(79);
    expect(longTailC17HrTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17HrTools), { api: true });
  });

  it('classifies the cited pages on subdomains of claimed hosts', () => {
    expectEachClassifiedAs({
      'https://crm.blindscreen.us/privacy': 'blindscreen',
      'https://2026.bewerbungsfreund.de/de/datenverarbeitung': 'bewerbungsfreund',
      'https://en.mycvfactory.com/gtu': 'mycvfactory',
      'https://agency.synccv.store/best-practice': 'synccv-agency',
      'https://ai.jobhuntershr.com/terms': 'jobhunters-ai',
      'https://careerintel.app/': 'career-intel',
    });
  });

  it('leaves general sites, parents, shared and staging hosts, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...PARENTS_OF_CLAIMED_SUBDOMAINS,
      ...SHARED_STAGING_AND_COPIES,
      ...READ_AND_LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
