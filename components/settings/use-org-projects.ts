'use client';
// The organisation's projects, shared by the projects and members pages.
import { useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';

export interface OrgProjectRow {
  id: string;
  slug: string;
  name: string;
  retentionDays: number;
  createdAt: string;
}

export function useOrgProjects(org: string) {
  return useQuery({ queryKey: ['org-projects', org], queryFn: () => fetchJson<{ projects: OrgProjectRow[] }>(`/api/orgs/${org}/projects`) });
}
