type Json = any;

/**
 * What a person reads on an Adaptive Card, top to bottom: text blocks, facts ("title: value"),
 * input labels and values, choices and button titles, markdown markers removed.
 */
export function cardText(card: Json): string {
  const lines: string[] = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    switch (node.type) {
      case 'TextBlock':
        lines.push(plain(node.text));
        break;
      case 'FactSet':
        for (const fact of node.facts ?? []) lines.push(`${plain(fact.title)}: ${plain(fact.value)}`);
        break;
      case 'Action.Execute':
      case 'Action.Submit':
      case 'Action.OpenUrl':
        lines.push(`[${node.title}]`);
        break;
      default:
        if (typeof node.type === 'string' && node.type.startsWith('Input.')) {
          if (node.label) lines.push(node.label);
          if (node.value !== undefined) lines.push(String(node.value));
          for (const choice of node.choices ?? []) lines.push(choice.title);
        }
    }
    for (const key of ['body', 'items', 'columns', 'actions']) if (node[key]) visit(node[key]);
  };
  visit(card);
  return lines.join('\n');
}

/** The Adaptive Cards among an activity's attachments. */
export function cardsOf(activity: Json): Json[] {
  return (activity?.attachments ?? [])
    .filter((attachment: Json) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((attachment: Json) => attachment.content);
}

function plain(text: unknown): string {
  return String(text ?? '')
    .replace(/\*\*/g, '')
    .replace(/\\([*_(])/g, '$1');
}
