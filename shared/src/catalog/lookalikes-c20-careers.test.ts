// Traps beside the rows the twentieth session's careers pass added (data/long-tail-c20-careers.ts): the ordinary sites
// next to each kind of AI career tool (job boards in the regions met, a professional network, salary data, applicant
// tracking systems, video calls, a freelance marketplace, coding practice, a CV editor), the shared-platform copies and
// the left-out hosts the pass read, and sites whose names sit close to the new entries. None of them may classify;
// every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC20CareersTools } from './data/long-tail-c20-careers';

const GENERAL_SITES = [
  'https://www.linkedin.com/jobs/', // a professional network and job board, beside the LinkedIn optimisers and auto-apply agents
  'https://www.indeed.com/', // a job board, beside the auto-apply agents
  'https://www.glassdoor.com/', // company reviews and salaries, beside the career coaches
  'https://www.levels.fyi/', // salary data, beside the salary-negotiation coach
  'https://www.payscale.com/', // salary data, beside the salary-negotiation coach
  'https://www.greenhouse.io/', // an applicant tracking system, beside the ATS scorers and auto-apply agents
  'https://www.lever.co/', // an applicant tracking system, beside the ATS scorers
  'https://zoom.us/', // video calls, beside the real-time interview copilots
  'https://www.upwork.com/', // a freelance marketplace, beside CoverMint
  'https://www.stepstone.de/', // a German job board, beside the European tools
  'https://www.welcometothejungle.com/', // a French job board, beside Motivia
  'https://www.infojobs.net/', // a Spanish job board
  'https://www.naukri.com/', // an Indian job board, beside the Indian résumé tools
  'https://www.vagas.com.br/', // a Brazilian job board
  'https://job.mynavi.jp/', // a Japanese job board
  'https://www.themuse.com/', // career advice, beside the AI career coaches
  'https://www.careerbuilder.com/', // a job board and résumé builder
  'https://www.jobberman.com/', // a Nigerian job board, beside SmartApply
  'https://leetcode.com/', // coding practice, beside the interview copilots
  'https://www.overleaf.com/', // a LaTeX editor used for CVs, beside the CV tailors
];

const SHARED_PLATFORMS = [
  'https://wasimk0077.github.io/resume-optimizer-privacy', // a policy or page on a shared platform
  'https://interviewai-72569.web.app/privacy/', // a policy or page on a shared platform
  'https://ai-interview-policies.pages.dev/privacy-policy', // a policy or page on a shared platform
  'https://janewu77.github.io/apply-pilot/privacy.html', // a policy or page on a shared platform
  'https://privacy-deploy-five.vercel.app/', // a policy or page on a shared platform
  'https://jc-copilot.tiiny.site/', // a policy or page on a shared platform
  'https://sone31.github.io/jobagent-ai/privacy-policy.html', // a policy or page on a shared platform
  'https://resume-matcher-pied-three.vercel.app/privacy.html', // a policy or page on a shared platform
  'https://rtome85.github.io/jobtailor/privacy-policy.html', // a policy or page on a shared platform
  'https://wadekarg.github.io/JobMatchAI/privacy-policy.html', // a policy or page on a shared platform
  'https://mumairshah366-sudo.github.io/ResuMatch/Privacy.html', // a policy or page on a shared platform
  'https://isaac-1555.github.io/pocket-resume/privacy-policy.html', // a policy or page on a shared platform
  'https://keremturkozu.github.io/ats-checker-privacy.html', // a policy or page on a shared platform
  'https://ats-score-gamma.vercel.app/privacy', // a policy or page on a shared platform
  'https://gyanamc.github.io/AIJobAssistant/privacy-policy.html', // a policy or page on a shared platform
  'https://idyllic-malasada-8f9c67.netlify.app/privacy-policy.html', // a policy or page on a shared platform
  'https://hiregps.pages.dev/faq', // a policy or page on a shared platform
  'https://agentq1.github.io/interview-copilot/privacy-policy.html', // a policy or page on a shared platform
  'https://nunorecruits.github.io/profilefitcheck-privacy', // a policy or page on a shared platform
  'https://theboukadida92.github.io/cover-me/privacy-policy.html', // a policy or page on a shared platform
  'https://sites.google.com/view/somosunogames/inicio/interview-mirror-privacy-policy', // a policy or page on a shared platform
  'https://loopcv.freshdesk.com/support/solutions/articles/103000399849-knowledge-base', // a policy or page on a shared platform
  'https://easyapply.duckdns.org/faq/', // a policy or page on a shared platform
  'https://win-11-desktop.tailebcfd4.ts.net/privacy', // a policy or page on a shared platform
  'https://dev.resumementor.net/privacy', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://interviewai.space/privacy.html', // a bring-your-own-key desktop app with no hosted service
  'https://cleanoria.com/aivoiceinterviewpricacypolicy', // a sample policy
  'https://www.careersolutionsfortoday.com/resumebuilder.html', // a career-services site's résumé page
  'https://karrierejaeger.com/page-terms', // terms with a placeholder address
  'https://cvmaxer.com/en/terms', // a plain CV builder with an optional AI rewrite
  'https://www.ankerkopf.de/datenschutz-gpt', // a recruiting firm's custom GPT
  'https://corp.lapras.com/ai_policy', // a talent platform whose AI is one feature
  'https://us.airesume.build/privacy.php', // a template policy that does not say AI
  'https://resumegyani.in/agency/privacy-policy', // an agency policy that does not say AI
  'https://careercampblog.com/terms-of-use-disclaimer/', // a blog host whose terms name no product
  'https://www.interviewwatch.com/product/hidden-overlay-detection.html', // an overlay detector, not an AI claim
  'https://prosperitysolutions.in/extensions/job-application-assistant/privacy.html', // a developer's bring-your-own-key extension
  'https://privacy.krymodo.cc/aiboos/', // a bring-your-own-key extension policy
  'https://www.atsverification.com/privacy', // a scan whose AI is an optional paid rebuild
  'https://app.openjobai.com/privacy', // a local agent; the policy names no model
  'https://hr.trayangle.com/privacy-policy.html', // a recruiter extension on a company's subdomain
  'https://jobhunt.coach/privacy/', // a private, invite-only tool
  'https://www.roleshiftin.com/terms/', // terms that do not say AI
  'https://coverletters.co/refund-policy', // a refund policy that does not say AI
  'https://coverlettermaster.com/refunds', // a refund policy that does not say AI
  'https://www.careroute.co.uk/privacy', // a prototype
  'https://www.chatyourcareer.co.uk/privacy-policy', // human role models, not an AI
  'https://www.daze.vision/privacy', // a policy that names no product
  'https://www.auracv.net/docs/auto-apply.md', // a doc that does not say AI
  'https://www.aspyrai.app/privacy', // a placeholder policy
  'https://www.jobauto.ai/privacy', // a pre-release beta
  'https://interviewary.dotportion.com/privacy', // a bring-your-own-key prototype
  'https://www.wackyorwise.com/ai-interview-monitor/privacy-policy', // an interview monitor, not an AI claim
  'https://intl-interview.kumarpraveen.com/privacy-policy', // a personal host
  'https://linkedinrank.com/linkedin-profile-checklist', // a checklist that does not say AI
  'https://offer-letter-clarity.com/why-this-site', // a page that does not say AI
  'https://empregamais.me/termos', // a job board whose terms do not say AI
  'https://system.v0id.me/guide', // a personal host
  'https://reapply.io/blog/self-healing-job-application-agent-2026', // seen only on its blog
  'https://jobr.pro/post/anatomy-of-a-good-auto-apply-agent', // seen only on its blog
  'https://genwriter.com/blog/ai-cover-letter-checklist', // seen only on its blog
  'https://veref.work/blog/ai-interview-copilots', // seen only on its blog
  'https://www.linkediza.com/blog/how-to-know-if-your-linkedin-profile-is-good', // seen only on its blog
  'https://blog.softup.co/resumegpt-enhancing-job-seekers-journey-through-ai/', // an agency's blog about an internal project
  'https://cac.co.jp/trends/trend44.html', // a corporate article about an app, left as a lead
  'https://talenttitan.com/beyond-the-script-using-ai-to-master-behavioral-interview-questions-star-method', // a job site's article
];

const NAMESAKES = [
  'https://www.tailormycv.com/', // beside Tailor My CV
  'https://www.resumebuild.com/', // beside ResumeBuildAI
  'https://www.resumeground.com/', // beside Resume Ground
  'https://www.waterapply.com/', // beside WaterApply
  'https://www.atscheck.com/', // beside ATSCheckPro
  'https://www.resumecheck.com/', // beside AI Resume Checker (resumecheck.app)
  'https://www.resumechecker.com/', // beside Resume Checkers
  'https://www.scoremyresume.com/', // beside ScoreMyResume
  'https://www.smartapply.com/', // beside SmartApply (smartapply.ng)
  'https://www.icareer.com/', // beside iCareerOS
  'https://www.linkedintailor.io/', // beside LinkedIn Tailor
  'https://www.linky.com/', // beside LINKY (linkyscore.com)
  'https://www.motivia.com/', // beside Motivia (motivai.fr)
  'https://www.coverlettertailor.io/', // beside Cover Letter Tailor
  'https://www.mycoverletter.com/', // beside MyCoverLetters
  'https://www.covermint.com/', // beside CoverMint
  'https://www.interviewstar.com/', // beside InterviewSTAR
  'https://www.starprepare.io/', // beside StarPrepare
  'https://www.massapply.com/', // beside MassApply AI
  'https://www.jobmatch.com/', // beside JobMatch (jobmatchapp.ai)
  'https://www.jobapplier.com/', // beside Fulltime Job Applier (jobapplier.app)
  'https://www.dearrecruiter.com/', // beside DearRecruiter (getdearrecruiter.com)
  'https://www.recruiterspamfilter.io/', // beside Recruiter Spam Filter
  'https://www.interviewacer.com/', // beside InterviewAcer.ai
  'https://www.copilotinterview.net/', // beside CoPilot Interview (copilotinterview.com)
  'https://www.interviewhelper.com/', // beside InterviewHelpers
  'https://www.interviewbuddy.com/', // beside InterviewBuddy (interviewbuddy.expert)
  'https://www.meetassist.com/', // beside MeetAssist
  'https://www.interwhew.io/', // beside Interwhew
  'https://www.mockinterview.com/', // beside Mock Interview (mockinterview.info)
  'https://www.prepforinterview.io/', // beside Prep For Interview
  'https://www.aicareermentor.co/', // beside AI Career Mentor
  'https://www.careercoach.com/', // beside Career Coach AI (careercoaches.app)
  'https://www.careerarchitect.com/', // beside Career Architect (careerarchitect.coach)
  'https://www.careerledger.com/', // beside CareerLedger (careerledgr.com)
  'https://www.lightninghire.io/', // beside LightningHire
  'https://www.interviewanalyzer.com/', // beside AI Interview Analyzer
];

describe('twentieth-session careers traps', () => {
  it('adds 37 rows, each with one domain and no prefix', () => {
    expect(longTailC20CareersTools.length).toBe(37);
    expect(longTailC20CareersTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20CareersTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC20CareersTools));
    expectEachClassifiedAs({
      'https://gigs.icareeros.com/legal/ai-disclosure': 'icareeros',
      'https://docs.lightninghire.com/docs/seeker/salary-negotiation': 'lightninghire',
      'https://dashboard.interviewacer.ai/privacy_policy.html': 'interviewacer',
      'https://app.aiinterviewanalyzer.com/docs/ai-transparency': 'ai-interview-analyzer',
      'https://api.jobmatchapp.ai/privacy': 'jobmatch-jobmatchapp',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
