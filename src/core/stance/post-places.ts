import { samePlace, type KeyFact } from '../facts';

/** The facts of `facts` that name a place of a kind the post names (a street for a street). */
function placesOfPostKinds(facts: readonly KeyFact[], posts: readonly KeyFact[]): KeyFact[] {
  return facts.filter((f) => f.kind === 'place' && posts.some((c) => c.slot === f.slot));
}

/**
 * Whether a statement sentence's facts name one of the post's places (`posts`, the post's place
 * facts): the test every rule that binds a state to the post's place asks.
 *
 * @example namesPostPlace(statementSide.factsOf(2), claimSide.facts.filter((f) => f.kind === 'place'))
 */
export function namesPostPlace(facts: readonly KeyFact[], posts: readonly KeyFact[]): boolean {
  return placesOfPostKinds(facts, posts).some((f) => posts.some((c) => c.slot === f.slot && samePlace(c.value, f.value)));
}

/** Whether a statement sentence's facts name places of the post's kinds, and none of the post's own. */
export function namesOnlyOtherPlaces(facts: readonly KeyFact[], posts: readonly KeyFact[]): boolean {
  return placesOfPostKinds(facts, posts).length > 0 && !namesPostPlace(facts, posts);
}
