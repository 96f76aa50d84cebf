import type { z } from 'zod';
import { FieldIssue } from './problem';

/** Turns zod issues into field-level issues: the dotted path of the field and the rule it broke. */
export function toFieldIssues(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part)));
    const field = `${prefix}${path.join('.').replace(/\.\[/g, '[')}` || '(body)';
    const params = 'params' in issue ? (issue.params as { rule?: string } | undefined) : undefined;
    return { field, rule: params?.rule ?? issue.code, message: issue.message };
  });
}
