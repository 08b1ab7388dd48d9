// Files imported with a '?raw' suffix come in as their text (build.mjs): the kind icons' SVG.
declare module '*.svg?raw' {
    const text: string;
    export default text;
}
