/** The site's name and one-line description: Starlight's title and description, and the head of /llms.txt. */
export const siteTitle = 'Backend → AI/ML';
export const siteDescription = 'A sourced, typed roadmap from backend engineer to AI / ML engineer.';
/** The project's name where the site is described to other programs (/llms.txt). */
export const projectName = 'Backend → AI/ML roadmap';
