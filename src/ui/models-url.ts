/** Where the app serves its pose models from (they are copied into models/ at install and verified by hash). */
export const modelsUrl = (): string => new URL(`${import.meta.env.BASE_URL}models/`, location.href).href;
