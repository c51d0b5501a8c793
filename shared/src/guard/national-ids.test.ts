import { describe, expect, it } from 'vitest';
import { countNationalIds } from './national-ids';

describe('national identification numbers', () => {
  it.each([
    ['a Spanish DNI', 'DNI 12345678Z'],
    ['a Spanish NIE', 'NIE X1234567L'],
    ['an Italian codice fiscale', 'CF: RSSMRA85T10A562S'],
    ['a French NIR', 'n° sécu 2 55 08 14 168 025 38'],
    ['a Swedish personnummer', 'personnummer 811228-9874'],
    ['a German Steuer-ID next to its name', 'Steuer-IdNr. 86095742719'],
    ['a Dutch BSN next to its name', 'BSN: 111222333'],
    ['a Polish PESEL next to its name', 'PESEL 44051401359'],
    ['a Belgian national number next to its name', 'Rijksregisternummer 85.07.30-033.28'],
  ])('recognises %s', (_what, text) => expect(countNationalIds(text)).toBe(1));

  it.each([
    ['a DNI with the wrong letter', 'DNI 12345678A'],
    ['a codice fiscale with the wrong check letter', 'RSSMRA85T10A562T'],
    ['a NIR with the wrong key', '2 55 08 14 168 025 39'],
    ['a personnummer failing Luhn', '811228-9875'],
    ['a BSN failing the 11-test', 'BSN 111222334'],
  ])('refuses %s', (_what, text) => expect(countNationalIds(text)).toBe(0));

  it('does not count bare digit strings whose format needs a naming word', () => {
    expect(countNationalIds('invoice 86095742719, ticket 111222333, order 44051401359')).toBe(0);
  });
});
