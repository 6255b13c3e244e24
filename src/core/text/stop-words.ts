import { wordTable } from './word-table';
/**
 * English function words that carry no claim content. Negations ("not", "no", "never") are
 * deliberately absent: stance detection needs them, and "not closed" must not match "closed".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by can could
did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in
into is it its itself just let me more most my myself of off on once only or other our ours ourselves out over own same she should
so some such than that the their theirs them themselves then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your yours yourself yourselves rt via amp just really also
get got im ive dont thats theres lol omg pls please today tonight now s t u ur`.split(/\s+/),
);

/** Spelled-out numbers, so "twelve dead" and "12 dead" share the term `12`. */
export const NUMBER_WORDS: Readonly<Record<string, string>> = wordTable({
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18',
  nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
  hundred: '100', thousand: '1000', million: '1000000', billion: '1000000000', dozen: '12', single: '1', couple: '2',
});
