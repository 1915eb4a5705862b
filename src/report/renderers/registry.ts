/** Every renderer, one line each. The registry's test fails if one lacks its test file or its output. */
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import type { Renderer } from './renderer.js';

export const RENDERERS: Renderer[] = [json, markdown, html, junit];
