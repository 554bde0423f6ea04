export * from './users';
export * from './organizations';
export * from './projects';
export * from './api-keys';
export * from './roles';
export * from './project-settings';
export * from './price-overrides';
