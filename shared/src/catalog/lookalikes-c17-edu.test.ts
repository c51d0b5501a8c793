// Traps beside the rows the seventeenth session's education pass added (data/long-tail-c17-edu.ts): the big
// learning sites, exam boards and tutoring marketplaces next to each kind of AI study tool, the parents of the
// subdomains the pass claims, the shared hosts, staging copies and pages it read and left out, and sites whose names
// echo the new entries. None of them may classify; every new host must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17EduTools } from './data/long-tail-c17-edu';

const GENERAL_SITES = [
  'https://www.khanacademy.org/', // a learning site, beside the AI tutors
  'https://quizlet.com/', // flashcards, beside the AI flashcard generators
  'https://ankiweb.net/', // Anki's sync site, beside the AI deck makers
  'https://www.duolingo.com/', // language learning, beside the AI language tutors
  'https://www.italki.com/', // human language teachers
  'https://www.wolframalpha.com/', // a computation engine, beside the AI math solvers
  'https://www.chegg.com/', // homework help, beside the AI homework helpers
  'https://www.collegeboard.org/', // the SAT's board, beside the AI SAT coaches
  'https://www.lsac.org/', // the LSAT's council, beside LexPrep
  'https://www.ielts.org/', // the IELTS test, beside the AI IELTS examiners
  'https://www.nzqa.govt.nz/', // NCEA's authority, beside educraft
  'https://www.teacherspayteachers.com/', // teaching resources, beside the AI lesson and worksheet tools
  'https://www.codecademy.com/', // coding courses, beside the AI coding tutors
  'https://www.tokyo-shoseki.co.jp/', // the publisher, parent of the claimed kyoukasho-ai subdomain
  'https://intrazero.com/', // the software house, parent of the claimed aiquestions subdomain
  'https://starlingtek.net/', // parent of the claimed ta.starlingtek.net
  'https://eskilled.com.au/', // an LMS vendor; its AI course creator host is not claimed here
];

const READ_AND_LEFT_OUT = [
  'https://step2solve.vercel.app/privacy', // a math solver on vercel.app
  'https://studr-web.pages.dev/privacy/', // a note-taker's policy on pages.dev
  'https://ta-starlingtek.pages.dev/terms.html', // the pages.dev copy of a claimed extension's terms
  'https://examprepai-app.lovable.app/privacy', // a study planner on lovable.app
  'https://reading-coach-2f3f5.web.app/privacy', // a reading app on web.app
  'https://flashcard-forge--konarkmurarka1.replit.app/privacy', // a flashcard generator on replit.app
  'https://eu-mentorica-ai.pages.dev/terms-and-conditions', // an AI teaching platform's pages.dev site
  'https://staging.tutoraisat.com/privacy', // a staging host
  'https://site.twwai.co/en/terms-and-conditions', // Speaksy on a borrowed host
  'https://tutors.kz/rules/ai-rules/', // an offer that does not say what its AI does
  'https://www.charliesnotebook.com/privacy', // a question bank with an AI tutor feature
  'https://www.mathroutine.com/terms', // math practice with optional AI support
  'https://airubricgenerator.online/terms', // draft terms with a sandbox checkout
  'https://studysesh.app/terms', // terms with placeholders
  'https://www.doyourmath.com/TOS', // a solver that does not say AI
  'https://papersetter.in/terms-page', // a paper generator built on a constraint solver
  'https://www.educreations.com/terms/', // whiteboard videos, not AI
  'https://doubtsolving.com/terms-and-conditions', // live human doubt solving
  'https://www.itutorenglish.com/es/terms-of-use-agreement', // human English tutors
  'https://edugenius.app/blog/ai-study-planners-personalized-schedules', // known only from its blog
  'https://teacherforge.io/blog/ai-worksheet-generators-esl', // known only from its blog
];

const NAMESAKES = [
  'https://prometheus.io/', // monitoring software, beside Prometheus Education
  'https://www.janushenderson.com/', // an asset manager, beside Janus (flashcards)
  'https://www.mentor.com/', // EDA software, beside Menttor
  'https://www.educraft.com/', // beside educraft (New Zealand)
  'https://www.studycompanion.com/', // beside Study Companion
  'https://www.codewright.com/', // beside Codewright
];

describe('seventeenth-session education traps', () => {
  it('adds 60 rows, each with no prefix', () => {
    expect(longTailC17EduTools.length).toBe(60);
    expect(longTailC17EduTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17EduTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://help.timelygrader.ai/en/articles/12608787-ai-rubric-in-assignment-setup': 'timelygrader',
      'https://docs.janus.cards/workflow/generate': 'janus-cards',
      'https://app.ogestudy.ru/terms': 'ogestudy',
      'https://app.exponentielle-schule.de/': 'exponentielle-schule',
      'https://www.solvemathsci.pro/privacy.html': 'solvemath-sci',
      'https://kyoukasho-ai.tokyo-shoseki.co.jp/guideline': 'kyokasho-ai-wakaru',
      'https://aiquestions.intrazero.com/llms-full.txt': 'ai-questions-intrazero',
      'https://www.ai-flashcards.co.za/legal/privacy': 'flash-cards-ai-za',
    });
  });

  it('leaves general sites, pages read and left out, and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...READ_AND_LEFT_OUT, ...NAMESAKES]);
  });
});
