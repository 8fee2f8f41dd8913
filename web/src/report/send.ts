// Sending a report to the API, and what became of it: the report's public URL, or why it was not sent (the
// fields the API refused, or a status with its Retry-After, or no answer at all).

import type { FieldProblem } from '../../../data/report';
import { isObject, text } from '../normalise';

export type SendResult =
  | { sent: true; id: string; url: string }
  | { sent: false; status: number | null; retryAfter: number | null; problems: FieldProblem[]; timedOut: boolean };

const timeoutMs = 15_000;

function fieldProblems(body: unknown): FieldProblem[] {
  if (!isObject(body) || !Array.isArray(body.invalidParams)) return [];
  return body.invalidParams
    .filter(isObject)
    .map((p) => ({ name: text(p.name) ?? '', reason: text(p.reason) ?? 'is not accepted' }))
    .filter((p) => p.name !== '');
}

export async function sendReport(body: Record<string, unknown>): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch('/api/v1/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { sent: false, status: null, retryAfter: null, problems: [], timedOut: (error as Error).name === 'TimeoutError' };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.status === 201 && isObject(answer) && isObject(answer.report)) {
    const id = text(answer.report.id);
    if (id && /^[0-9a-z]{10}$/.test(id)) return { sent: true, id, url: `/api/v1/reports/${id}` };
  }
  const retryAfter = Number(response.headers.get('Retry-After'));
  return {
    sent: false,
    status: response.status,
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    problems: response.status === 400 ? fieldProblems(answer) : [],
    timedOut: false,
  };
}
