/** Template rendering adapter: Handlebars set-up, draft template loading and checking. */
export { loadTemplates } from './template-loader';
export { compileDraftTemplates, type LoadedDraftTemplates, type TemplateSource } from './compile-draft-templates';
export { createDraftHandlebars, DRAFT_COMPILE_OPTIONS } from './handlebars-env';
export { REPRESENTATIVE_DRAFT_CONTEXT, knownFieldPaths } from './representative-context';
export { unknownFields, type UnknownField } from './template-fields';
