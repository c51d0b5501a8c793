import { describe, expect, it } from 'vitest';
import { parseQuestions, questionsText } from './questions-text';

describe('the module editor’s question text', () => {
  it('reads questions with the right answer marked, and writes them back the same way', () => {
    const text = 'May you paste customer data?\nYes\n* No\n\nWho checks the output?\n* You\nNobody';
    const { questions, error } = parseQuestions(text);
    expect(error).toBeNull();
    expect(questions).toEqual([
      { prompt: 'May you paste customer data?', options: ['Yes', 'No'], correct: 1 },
      { prompt: 'Who checks the output?', options: ['You', 'Nobody'], correct: 0 },
    ]);
    expect(parseQuestions(questionsText(questions)).questions).toEqual(questions);
  });

  it('names the question that lacks a marked answer', () => {
    expect(parseQuestions('Q1\n* a\nb\n\nQ2\na\nb').error).toMatch(/^Question 2:/);
  });
});
