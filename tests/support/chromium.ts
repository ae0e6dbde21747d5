// The tests find and launch Chromium exactly as the diagram renderer does.
export { chromiumArgs, findChromium } from '../../src/diagram/render/find-chromium.ts';
