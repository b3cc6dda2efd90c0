/** The greeting for `name`. `language` is accepted but only English exists so far. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the feature request (examples/demo/ISSUE.md) is to use it
export function greet(name, language = 'en') {
  const who = typeof name === 'string' && name.trim() !== '' ? name.trim() : 'world';
  return `Hello, ${who}!`;
}
