import { describe, expect, it } from 'vitest';
import { dataSchemas, fieldReference, kindSchemas } from '../../src/schemas/reference.ts';
import { SkillSchema } from '../../src/schemas/skill.ts';

describe('field reference', () => {
	it('lists a skill’s fields, nested ones included, with type and presence', () => {
		const rows = Object.fromEntries(fieldReference(SkillSchema).map((r) => [r.path, r]));
		expect(rows['kind']).toMatchObject({ type: '"skill"', presence: 'required' });
		expect(rows['category']?.type).toBe('carries-over | learn-new | skip-for-now | deepen-later');
		expect(rows['prerequisites']).toMatchObject({ type: 'list of id (kebab-case)', presence: 'default: []' });
		expect(rows['proof.checks']).toMatchObject({ type: 'list of text, at least 1', presence: 'required' });
		expect(rows['resources[].url']).toMatchObject({ type: 'URL', presence: 'required' });
		expect(rows['resources[].note']?.presence).toBe('optional');
		expect(rows['sources[].locator']?.presence).toBe('optional');
	});

	it('has a description for every field of every page kind and data file: the schema is the contract', () => {
		const all = [...Object.entries(kindSchemas).map(([kind, schema]) => ({ name: kind, schema })), ...dataSchemas.map(({ file, schema }) => ({ name: file, schema }))];
		expect(all.length).toBe(12);
		const undocumented = all.flatMap(({ name, schema }) => fieldReference(schema).filter((r) => !r.description).map((r) => `${name}: ${r.path}`));
		expect(undocumented).toEqual([]);
	});
});
