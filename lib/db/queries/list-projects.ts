// Every project with its organisation, oldest first.
import { asc, eq } from 'drizzle-orm';
import { organizations, projects } from '@/drizzle/schema';
import type { Database } from '@/lib/db/client';

export interface ProjectSummary {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly organization: string;
}

export async function listProjects(db: Database): Promise<ProjectSummary[]> {
  return db
    .select({ id: projects.id, slug: projects.slug, name: projects.name, organization: organizations.name })
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.organizationId))
    .orderBy(asc(projects.createdAt));
}
