// Which 文种 (docType) need an interpretation: a profile lists 规范性文件, and portals write it as
// 行政规范性文件, 规范性文件（试行） …, so a listed type contained in the docType counts. The answer
// is remembered per docType: a catalogue has a handful of them and millions of entries.

/** A test of whether an entry's docType is one a profile says needs an interpretation. */
export function docTypeMatcher(listed: readonly string[]): (docType: string | undefined) => boolean {
  const memo = new Map<string, boolean>();
  return (docType) => {
    if (docType === undefined) return false;
    let answer = memo.get(docType);
    if (answer === undefined) {
      const compact = docType.replace(/\s+/g, '');
      answer = listed.some((t) => compact.includes(t));
      if (memo.size < 10_000) memo.set(docType, answer);
    }
    return answer;
  };
}
