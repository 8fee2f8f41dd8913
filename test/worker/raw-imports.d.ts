// Vite's `?raw` imports: a file's text, parsed by the test itself rather than shared with the Worker.
declare module '*?raw' {
  const text: string;
  export default text;
}
