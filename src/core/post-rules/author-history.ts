/**
 * An author's record on the desk is read from their most recent posts only. A prolific account
 * (a news bot, the department itself) can have tens of thousands of posts; counting all of them
 * for every new post made scoring slower with every row a batch stored (issue 17), and what the
 * author posted lately is the record that matters. Two hundred posts were still too many at a
 * million rows (each is three row reads per chunk the author posts in); the factor is a share,
 * which fifty posts estimate about as well. Fifty still made the read grow over a million-row
 * batch as more authors filled their window (three row reads a post, every chunk the author posts
 * in); twenty is as many as the factor's sentence needs to be worth reading ("3 of the author's
 * last 20 claims"), and its weight is full from three claims on. The SQL form is in
 * src/store/posts-repo.ts.
 */
export const AUTHOR_HISTORY_WINDOW = 20;
