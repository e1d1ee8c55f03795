import { LabIcon } from '@jupyterlab/ui-components';

/** A speech bubble holding a small bar chart; follows the theme's icon colour. */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24">
  <path class="jp-icon3" fill="#616161" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2h-6.6L8 21.6V18H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm0 2v11h6v1.9L12.9 16H20V5H4z"/>
  <path class="jp-icon-brand0" fill="#1976d2" d="M6 13h2.5V9H6v4zm4.75 0h2.5V7h-2.5v6zM15.5 13H18v-3h-2.5v3z"/>
</svg>`;

export const aiserIcon = new LabIcon({ name: 'aiser-jupyter:chat', svgstr: SVG });
