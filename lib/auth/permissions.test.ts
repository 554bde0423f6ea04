import { describe, expect, it } from 'vitest';
import { ROLES } from '@/drizzle/schema/roles';
import { effectiveProjectRole } from './effective-role';
import { can, canAssignRole, PERMISSIONS, permissionsOf } from './permissions';

describe('the permission table', () => {
  it('never lets finance or viewer see content, reveal it or replay it', () => {
    for (const role of ['finance', 'viewer'] as const) {
      expect(can(role, 'traces.content')).toBe(false);
      expect(can(role, 'content.reveal')).toBe(false);
      expect(can(role, 'replay.run')).toBe(false);
      expect(can(role, 'keys.view')).toBe(false);
    }
  });

  it('gives finance costs, exports, budgets and prices but not project settings', () => {
    expect(permissionsOf('finance')).toEqual(expect.arrayContaining(['costs.view', 'costs.export', 'budgets.manage', 'prices.manage']));
    expect(can('finance', 'project.settings')).toBe(false);
  });

  it('gives the owner everything, and every permission to at least the owner', () => {
    expect(permissionsOf('owner').sort()).toEqual(Object.keys(PERMISSIONS).sort());
    for (const roles of Object.values(PERMISSIONS)) expect(roles).toContain('owner');
  });

  it('orders roles: each permission of a lesser role is held by every greater one', () => {
    const order = ['viewer', 'finance', 'engineer', 'admin', 'owner'] as const;
    // finance and engineer are siblings (costs vs content); both are below admin and above viewer.
    for (const p of permissionsOf('viewer')) for (const r of order) expect(can(r, p), `${r} ${p}`).toBe(true);
    for (const p of [...permissionsOf('finance'), ...permissionsOf('engineer')]) expect(can('admin', p), p).toBe(true);
  });

  it('refuses an unknown or missing role', () => {
    expect(can(undefined, 'project.view')).toBe(false);
  });

  it('lets only owners make or unmake owners', () => {
    expect(canAssignRole('owner', 'admin', 'owner')).toBe(true);
    expect(canAssignRole('admin', 'viewer', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'owner', 'viewer')).toBe(false);
    expect(canAssignRole('admin', 'viewer', 'finance')).toBe(true);
    expect(canAssignRole('engineer', 'viewer', 'finance')).toBe(false);
  });
});

describe('a member’s role in a project', () => {
  it('is the organisation role unless the project overrides it; none removes access; owners stay owners', () => {
    expect(effectiveProjectRole('engineer', null)).toBe('engineer');
    expect(effectiveProjectRole('engineer', 'finance')).toBe('finance');
    expect(effectiveProjectRole('viewer', 'admin')).toBe('admin');
    expect(effectiveProjectRole('admin', 'none')).toBeUndefined();
    expect(effectiveProjectRole('owner', 'none')).toBe('owner');
    expect(effectiveProjectRole(undefined, 'admin')).toBeUndefined();
    for (const r of ROLES) expect(effectiveProjectRole(r, undefined)).toBe(r);
  });
});
