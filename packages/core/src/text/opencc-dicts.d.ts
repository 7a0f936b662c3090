// opencc-js ships its dictionaries as modules (`opencc-js/dict/*`, a default export in OpenCC's text
// format `from to|from to`) without type declarations.
declare module 'opencc-js/dict/HKVariantsRev' {
  const dict: string;
  export default dict;
}
