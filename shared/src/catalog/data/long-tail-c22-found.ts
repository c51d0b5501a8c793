// Twenty-second session, at the merge (2026-12-07): AI products met while checking the well-known pass's gaps. Four
// look-ups in the stored `pages` corpus asked for well-known products that no entry claims (Gauth, Chatsonic, Ola's
// Krutrim; long-tail-c22-wellknown2.ts names them); the corpus holds no page of theirs, so they stay leads. The same
// look-ups returned these seven AI products, each on a page with a path on its own host that says it answers,
// grades, writes or advises with AI. Hosts were run through the classifier first; krut.ai, kruti.io,
// vedsaarthi.vediautodevops.com and trykairos.in were listed already.
//
// Left out: ollamaocr.com (its privacy page does not say AI), nsonia.com (Cool Ai's terms sit on its company's site,
// whose other products were not read: a lead), kulram.com (a placeholder policy) and the pages on shared hosts
// (ta-starlingtek.pages.dev, whatevergo.pages.dev, ai-avatar-chat-3d.web.app).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C22, defineTools } from './define';

export const longTailC22FoundTools: Tool[] = defineTools(
  'chat',
  [
    { id: 'gpai-app', name: 'GPAI', vendor: 'Turing Co., Ltd.', category: 'productivity', domains: ['gpai.app'], source: 'https://gpai.app/terms' }, // terms: AI-powered educational tools, an AI-assisted math and science solver with step-by-step explanations
    { id: 'gradeaid-ai', name: 'GradeAid', vendor: 'GradeAid (DK)', category: 'productivity', domains: ['gradeaid.ai'], region: 'europe', source: 'https://gradeaid.ai/terms' }, // terms (Denmark): an AI tutor for children that answers with Google Gemini
    { id: 'gus-college', name: 'Gus', vendor: 'Gus', category: 'productivity', domains: ['meetgus.app'], source: 'https://meetgus.app/privacy' }, // privacy: an AI-powered college companion that transcribes and summarises lectures and generates flashcards and quizzes
    { id: 'kali-ai-app', name: 'KALI-AI', vendor: 'Bizzsoft Digital', domains: ['kaliai.app'], region: 'india', source: 'https://kaliai.app/privacy' }, // privacy (DPDP Act): an AI chat platform that sends prompts to model providers through OpenRouter
    { id: 'chaipter', name: 'ChAIpter', vendor: 'ChAIpter', category: 'writing', domains: ['chaipter.com'], source: 'https://chaipter.com/terms' }, // terms: a writing service with AI-powered writing assistance sent to third-party AI providers
    { id: 'aispherex-writer', name: 'AISphereX Writer', vendor: 'AISphereX', category: 'writing', domains: ['writer.aispherex.com'], source: 'https://writer.aispherex.com/terms' }, // terms: an AI-powered content generation platform for social media and blogs
    { id: 'chatvisor-ai', name: 'ChatVisor', vendor: 'ChatVisor', domains: ['chatvisor.ai'], source: 'https://chatvisor.ai/terms-of-use' }, // terms: AI communication-advice services
  ],
  { checked: CHECKED_C22 },
);
