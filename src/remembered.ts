/**
 * Remembers what each distinct text read as: a scorecard repeats "Higher", "%" and "0.0%" thousands
 * of times. At most 1,000 texts are kept, so a book of all-different texts costs no more than before.
 */
export function remembered<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text: string) => {
    let result = seen.get(text);
    if (result === undefined && !seen.has(text)) {
      result = read(text);
      if (seen.size < 1000) seen.set(text, result);
    }
    return result as T;
  };
}
