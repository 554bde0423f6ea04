// The projects of one organisation: the projects settings page.
import { asc, eq } from 'drizzle-orm';
import { projects } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export interface OrgProject {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly retentionDays: number;
  readonly createdAt: Date;
}

export async function listOrgProjects(db: Database, organizationId: string): Promise<OrgProject[]> {
  return db
    .select({ id: projects.id, slug: projects.slug, name: projects.name, retentionDays: projects.retentionDays, createdAt: projects.createdAt })
    .from(projects)
    .where(eq(projects.organizationId, organizationId))
    .orderBy(asc(projects.createdAt));
}
