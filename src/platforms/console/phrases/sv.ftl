### Keino's phrases in Swedish: console.
### How to edit them: docs/translating.md

## The platform's name (its capabilities: console-definition.ts).

console-name = konsol
