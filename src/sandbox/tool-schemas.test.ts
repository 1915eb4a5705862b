import { describe, expect, it } from 'vitest';
import { toolSpecs } from './tool-schemas.js';
import { TOOL_NAMES } from './tools/registry.js';

describe('toolSpecs', () => {
  it('exports every tool as a JSON Schema a model can call', () => {
    const specs = toolSpecs();
    expect(specs.map((s) => s.name)).toEqual(TOOL_NAMES);
    expect([...TOOL_NAMES].sort()).toEqual(['create_record', 'get_record', 'perform_action', 'request_approval', 'search_records', 'update_record']);
    for (const s of specs) {
      expect(s.description.length).toBeGreaterThan(20);
      expect(s.input_schema).toMatchObject({ type: 'object', additionalProperties: false });
      expect(s.input_schema).not.toHaveProperty('$schema');
    }
    const get = specs.find((s) => s.name === 'get_record')!.input_schema as { required: string[]; properties: Record<string, unknown> };
    expect(get.required.sort()).toEqual(['id', 'object']);
    expect(Object.keys(get.properties).sort()).toEqual(['fields', 'id', 'object']);
  });
});
