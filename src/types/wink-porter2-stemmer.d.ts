// The package ships no types; its one export stems an English word (Porter2).
declare module 'wink-porter2-stemmer' {
  function stem(word: string): string;
  export = stem;
}
