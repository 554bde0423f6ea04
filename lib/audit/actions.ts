// Every action the audit log records, with the words the audit page shows for it.
export const AUDIT_ACTIONS = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.sign_in_throttled': 'Sign-in refused (too many failures)',
  'auth.sign_out_everywhere': 'Signed out everywhere',
  'setup.completed': 'First-run setup',
  'org.renamed': 'Organisation renamed',
  'project.created': 'Project created',
  'project.renamed': 'Project renamed',
  'project.settings_changed': 'Project settings changed',
  'price.added': 'Price override added',
  'price.removed': 'Price override removed',
  'member.invited': 'Invitation created',
  'member.invitation_revoked': 'Invitation revoked',
  'member.joined': 'Invitation accepted',
  'member.role_changed': 'Role changed',
  'member.project_role_changed': 'Project role changed',
  'member.removed': 'Member removed',
  'key.created': 'API key created',
  'key.revoked': 'API key revoked',
  'content.revealed': 'Content revealed',
  'replay.run': 'Replay run',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
