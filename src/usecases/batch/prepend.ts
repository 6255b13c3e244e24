/**
 * What was read ahead to look at an input (`head`), then the rest of it: the input as it was.
 *
 * @example prepend([firstChunk], stream[Symbol.asyncIterator]())
 */
export async function* prepend<T>(head: readonly T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
