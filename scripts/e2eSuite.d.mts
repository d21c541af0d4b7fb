export declare const E2E_VITEST_ARGS: string[];
export declare function reportMissingChromium(): void;
