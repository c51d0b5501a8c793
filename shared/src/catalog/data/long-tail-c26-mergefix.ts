// Twenty-sixth session, rows added at the merge (2026-12-07). The US-law pass (data/long-tail-c26-uslaws.ts) met
// three vendors' own pages that name their products as AI but that earlier passes had trapped as general articles:
// FluxNote's compliance guides (its FTC guide says a FluxNote video is made with an AI voice and AI-generated
// visuals), UGCGen's blog (its widget makes UGC-style ads with AI avatars from a product URL) and TutorLucid's blog
// (signed "the AI tutor that teaches kids how to think"). A look-up each for FluxNote and TutorLucid confirmed the
// wording; UGCGen rests on the pass's reading. Their traps in lookalikes-c21-adsugc, c21-localbiz, c22-eduhr and
// c23-edu3 were dropped with a note. The TutorLucid look-up also met three AI tutors no entry claimed, each on its own
// host: Tutur (a children's iPad tutor whose policy says worksheet text and questions go to Google Gemini),
// TuitionTeacher AI (an AI study-supervision and learning-memory platform) and Lumikids (an AI tutor for young children,
// from its founder's own post on the product's model, data and latency). Three look-ups in `pages`.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26MergefixTools: Tool[] = defineTools(
  'productivity',
  [
    { id: 'fluxnote', name: 'FluxNote', vendor: 'FluxNote', category: 'video', domains: ['fluxnote.io'], source: 'https://fluxnote.io/guides/ftc-endorsement-rules-ai-ugc' }, // vendor guide: a FluxNote UGC-style video is made with an AI voice and AI-generated visuals
    { id: 'ugcgen', name: 'UGCGen', vendor: 'UGCGen', category: 'video', domains: ['ugcgen.ai'], source: 'https://ugcgen.ai/blog/are-ai-avatars-allowed-in-ads' }, // vendor blog: UGC-style ads with AI avatars made from a product URL
    { id: 'tutorlucid', name: 'TutorLucid', vendor: 'TutorLucid', domains: ['tutorlucid.com'], source: 'https://www.tutorlucid.com/blog/student-data-privacy-and-ai-tutors' }, // vendor blog: an AI homework tutor for K-8 children ("the AI tutor that teaches kids how to think")
    { id: 'tutur-ai', name: 'Tutur', vendor: 'Tutur', domains: ['tutur.ai'], source: 'https://tutur.ai/privacy' }, // privacy (COPPA): an iPad tutor for children; worksheet text and questions are sent to Google Gemini to generate tutoring answers
    { id: 'tuitionteacher-ai', name: 'TuitionTeacher AI', vendor: 'TuitionTeacher AI', domains: ['tuitionteacher.ai'], source: 'https://tuitionteacher.ai/p/privacy-policy' }, // privacy: an AI-powered study platform with computer-vision supervision and an AI learning memory that turns screenshots into chat and quizzes
    { id: 'lumikids', name: 'Lumikids', vendor: 'Lumikids', domains: ['lumikids.dev'], source: 'https://lumikids.dev/blog/a-parents-framework-for-evaluating-any-ai-tutor' }, // vendor blog by its founder: an AI tutor for young children, scored on its model, data collection and latency
  ],
  { checked: CHECKED_C26 },
);
