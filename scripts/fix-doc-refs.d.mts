export declare const RULES: ReadonlyArray<readonly [RegExp, string]>;
export declare function fixDocRefs(text: string): string;
export declare function filesToFix(): string[];
