export declare const elementEntries: Record<string, string>;
export declare const budgets: Record<string, number>;
