export { escapeMarkdownCell, formatFindingsMarkdown } from './markdown.js';
