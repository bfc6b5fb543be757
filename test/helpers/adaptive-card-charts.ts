/**
 * The chart elements of Adaptive Cards as Teams documents them
 * (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/charts-in-adaptive-cards,
 * cards of version 1.5): which properties each element takes and the shape of its data. Checked
 * here independently of the renderer, since the Adaptive Card schema the `adaptivecards` package
 * ships does not know Teams' chart elements.
 */
type Json = any;

const COMMON = [
  'type',
  'id',
  'title',
  'colorSet',
  'fallback',
  'height',
  'horizontalAlignment',
  'isVisible',
  'lang',
  'requires',
  'separator',
  'spacing',
  'targetWidth',
  'grid.area',
];
const AXES = ['xAxisTitle', 'yAxisTitle', 'color'];

const PROPERTIES: Record<string, string[]> = {
  'Chart.Donut': [...COMMON, 'data'],
  'Chart.Pie': [...COMMON, 'data'],
  'Chart.VerticalBar': [...COMMON, ...AXES, 'data', 'showBarValues'],
  'Chart.VerticalBar.Grouped': [...COMMON, ...AXES, 'data', 'showBarValues', 'stacked'],
  'Chart.HorizontalBar': [...COMMON, ...AXES, 'data', 'displayMode'],
  'Chart.HorizontalBar.Stacked': [...COMMON, ...AXES, 'data'],
  'Chart.Line': [...COMMON, ...AXES, 'data'],
};

/** The elements a chart's `fallback` may be (the documented list, charts aside). */
const FALLBACK_TYPES = new Set(['Container', 'ActionSet', 'ColumnSet', 'Media', 'RichTextBlock', 'Table', 'TextBlock', 'FactSet', 'ImageSet', 'Image']);

const COLOURS = new Set(
  'good warning attention neutral categoricalRed categoricalPurple categoricalLavender categoricalBlue categoricalLightBlue categoricalTeal categoricalGreen categoricalLime categoricalMarigold sequential1 sequential2 sequential3 sequential4 sequential5 sequential6 sequential7 sequential8 divergingBlue divergingLightBlue divergingCyan divergingTeal divergingYellow divergingPeach divergingLightRed divergingRed divergingMaroon divergingGray'.split(
    ' ',
  ),
);

export const CHART_ELEMENT_TYPES = Object.keys(PROPERTIES);

/** What Teams would not take in a chart element, as readable lines; empty when it is as documented. */
export function chartElementViolations(element: Json): string[] {
  const problems: string[] = [];
  const allowed = PROPERTIES[element?.type];
  if (!allowed) return [`${element?.type} is no chart element Teams documents`];
  for (const key of Object.keys(element)) if (!allowed.includes(key)) problems.push(`${element.type} has no property ${key}`);
  if (!Array.isArray(element.data) || element.data.length === 0) problems.push(`${element.type} needs data`);
  const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
  const colour = (item: Json) => {
    if (item.color !== undefined && !COLOURS.has(item.color)) problems.push(`colour ${item.color}`);
  };
  colour(element);
  for (const item of element.data ?? []) {
    switch (element.type) {
      case 'Chart.Donut':
      case 'Chart.Pie':
        if (typeof item.legend !== 'string' || !isNumber(item.value)) problems.push(`${element.type} data needs legend and value`);
        colour(item);
        break;
      case 'Chart.VerticalBar':
      case 'Chart.HorizontalBar':
        if (!['string', 'number'].includes(typeof item.x) || !isNumber(item.y)) problems.push(`${element.type} data needs x and y`);
        colour(item);
        break;
      case 'Chart.VerticalBar.Grouped':
      case 'Chart.Line':
        if (typeof item.legend !== 'string' || !Array.isArray(item.values)) problems.push(`${element.type} data needs legend and values`);
        for (const point of item.values ?? [])
          if (!['string', 'number'].includes(typeof point.x) || !isNumber(point.y)) problems.push(`${element.type} value needs x and y`);
        break;
      case 'Chart.HorizontalBar.Stacked':
        if (typeof item.title !== 'string' || !Array.isArray(item.data)) problems.push(`${element.type} data needs title and data`);
        for (const part of item.data ?? []) {
          if (typeof part.legend !== 'string' || !isNumber(part.value)) problems.push(`${element.type} part needs legend and value`);
          colour(part);
        }
        break;
    }
  }
  if (element.fallback !== undefined && element.fallback !== 'drop' && !FALLBACK_TYPES.has(element.fallback?.type))
    problems.push(`fallback ${element.fallback?.type}`);
  return problems;
}
