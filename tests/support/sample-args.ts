// Valid arguments for any Api method, built from its declared shape: required fields only, simplest values.
// Tests that must cover every method use it, so a new method is covered the moment it is declared.
import { API_SHAPES, type ApiArgs, type ApiMethod } from '../../shared/api';
import type { Field } from '../../shared/api-shape';

function sampleValue(field: Field): unknown {
  switch (field.type) {
    case 'string':
      return 'x';
    case 'number':
      return field.min ?? 1;
    case 'boolean':
      return true;
    case 'string[]':
      return ['x'];
    case 'enum':
      return field.values[0];
  }
}

export function sampleArgs<K extends ApiMethod>(method: K): ApiArgs<K> {
  const args: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(API_SHAPES[method])) {
    if (!field.optional) args[name] = sampleValue(field);
  }
  return args as ApiArgs<K>;
}
