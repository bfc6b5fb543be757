/** The font the SVG names; the PNG renderer bundles it (chart-fonts.ts), a web page may load it too. */
export const CHART_FONT_FAMILY = 'Noto Sans';

export interface ChartSize {
  width: number;
  height: number;
}

/** Wide enough for a phone's screen and a chat column, small enough to stay a few tens of KB as PNG. */
export const DEFAULT_CHART_SIZE: ChartSize = { width: 720, height: 400 };
