import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * A validator for one of the shipped schemas, in strict mode so a schema mistake fails the test
 * (except `required` inside `anyOf` / `oneOf` branches, the standard way to say "one of these keys").
 */
export function schemaValidator(name: 'config' | 'rules'): ValidateFunction & { schema: object } {
  const schema = JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
  return Object.assign(validate, { schema });
}

/** Every property name a schema declares, anywhere in it. */
export function schemaKeys(schema: unknown): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) keys.add(name);
        if (key === 'propertyNames' && Array.isArray((value as { enum?: unknown }).enum)) for (const name of (value as { enum: string[] }).enum) keys.add(name);
        walk(value);
      }
    }
  };
  walk(schema);
  return keys;
}

/** Every mapping key used in a parsed YAML value. */
export function dataKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) dataKeys(item, keys);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key);
      dataKeys(child, keys);
    }
  }
  return keys;
}
