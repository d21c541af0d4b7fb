export function findChromiumPath(): string | undefined;
